#!/usr/bin/env node
// Builds and checks the metadata files of the custom functions.
//
// Usage:
//   node scripts/functions-metadata.mjs [--metadata FILE] [--translations FILE] [--output FILE]
//       Writes the Chinese metadata from the English metadata that webpack wrote and the
//       translation table. Defaults: --metadata dist/functions.json,
//       --translations src/functions/translations.zh-CN.json, --output dist/functions-zh-cn.json.
//   node scripts/functions-metadata.mjs --check [--translations FILE]
//       Generates the English metadata from src/functions/functions.ts with the
//       custom-functions-metadata package (no webpack), into a temporary folder that is
//       removed afterwards. Checks that the generator reports no errors, that the functions
//       and parameters match EXPECTED_SIGNATURES in src/functions/metadata.ts, and that
//       the Chinese metadata builds.
//
// Both modes exit 0 on success, 1 when a check fails (each problem names the function id
// and parameter), and 2 for invalid options.
//
// webpack.config.js can import this module for LocalizedMetadataPlugin, which emits the
// Chinese metadata next to the functions.json asset of CustomFunctionsMetadataPlugin.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

import customFunctionsMetadata from "custom-functions-metadata";
import { tsImport } from "tsx/esm/api";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export const FUNCTIONS_SOURCE = path.join(projectRoot, "src/functions/functions.ts");
export const TRANSLATIONS_FILE = path.join(projectRoot, "src/functions/translations.zh-CN.json");
export const METADATA_ASSET = "functions.json";
export const LOCALIZED_ASSET = "functions-zh-cn.json";

// The translation and check logic is TypeScript, so that jest tests it in-process (jest
// cannot load this .mjs file). tsx, a project dependency, compiles it on import.
const metadataModule = await tsImport("../src/functions/metadata.ts", import.meta.url);

/** See localizeMetadata in src/functions/metadata.ts. */
export const localizeMetadata = metadataModule.localizeMetadata;
/** See findSignatureProblems in src/functions/metadata.ts. */
export const findSignatureProblems = metadataModule.findSignatureProblems;

/** Reads a translation table (JSON keyed by function id). */
export function readTranslations(file = TRANSLATIONS_FILE) {
  return JSON.parse(readFileSync(file, "utf8"));
}

/** Serializes metadata as custom-functions-metadata does (4-space indent). */
function toJson(metadata) {
  return JSON.stringify(metadata, null, 4);
}

/**
 * Generates the English metadata of the given source files with the API that
 * custom-functions-metadata-plugin calls. Returns the parsed metadata (null when the
 * generator found errors) and the generator's error lines.
 */
export async function generateEnglishMetadata(inputFiles = [FUNCTIONS_SOURCE]) {
  const result = await customFunctionsMetadata.generateCustomFunctionsMetadata(inputFiles, false);
  if (result.errors.length > 0) return { metadata: null, errors: result.errors };
  if (result.metadataJson === "") return { metadata: null, errors: [`no @customfunction found in ${inputFiles.join(", ")}`] };
  return { metadata: JSON.parse(result.metadataJson), errors: [] };
}

/**
 * Webpack plugin that emits functions-zh-cn.json from the functions.json asset of
 * CustomFunctionsMetadataPlugin and the translation table. A missing translation fails
 * the build with one error per function or parameter. Works with webpack-dev-server too,
 * because it reads and emits assets in memory.
 */
export class LocalizedMetadataPlugin {
  constructor({ translations = TRANSLATIONS_FILE, metadataAsset = METADATA_ASSET, output = LOCALIZED_ASSET } = {}) {
    this.translations = path.resolve(translations);
    this.metadataAsset = metadataAsset;
    this.output = output;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    const name = "LocalizedMetadataPlugin";

    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      // Rebuild in watch mode when the translations change.
      compilation.fileDependencies.add(this.translations);

      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(this.metadataAsset);
        if (!asset) {
          // CustomFunctionsMetadataPlugin adds no asset when the JSDoc has errors, and reports them itself.
          compilation.errors.push(new WebpackError(`${name}: no ${this.metadataAsset} asset to translate. Add CustomFunctionsMetadataPlugin with output "${this.metadataAsset}" and fix the errors it reports.`));
          return;
        }

        const english = JSON.parse(asset.source.source().toString());
        const { metadata, problems } = localizeMetadata(english, readTranslations(this.translations));
        if (problems.length > 0) {
          for (const problem of problems) {
            compilation.errors.push(new WebpackError(`${name}: ${path.relative(projectRoot, this.translations)}: ${problem}`));
          }
          return;
        }
        compilation.emitAsset(this.output, new sources.RawSource(toJson(metadata)));
      });
    });
  }
}

/** Writes the localized metadata file; returns the problems, and writes nothing when there are any. */
function writeLocalized(english, translationsFile, outputFile) {
  const { metadata, problems } = localizeMetadata(english, readTranslations(translationsFile));
  if (problems.length === 0) writeFileSync(outputFile, toJson(metadata) + "\n");
  return problems;
}

function printProblems(heading, problems) {
  console.error(heading);
  for (const problem of problems) console.error(`  ${problem}`);
}

async function runCheck(options) {
  const { metadata, errors } = await generateEnglishMetadata([FUNCTIONS_SOURCE]);
  if (metadata === null) {
    printProblems(`custom-functions-metadata failed on ${path.relative(projectRoot, FUNCTIONS_SOURCE)}:`, errors);
    return 1;
  }

  const signatureProblems = findSignatureProblems(metadata);
  if (signatureProblems.length > 0) {
    printProblems("The generated metadata does not match EXPECTED_SIGNATURES in src/functions/metadata.ts:", signatureProblems);
    return 1;
  }

  const folder = mkdtempSync(path.join(os.tmpdir(), "functions-metadata-"));
  try {
    writeFileSync(path.join(folder, METADATA_ASSET), toJson(metadata) + "\n");
    const problems = writeLocalized(metadata, options.translations, path.join(folder, LOCALIZED_ASSET));
    if (problems.length > 0) {
      printProblems(`Translations missing or unused in ${path.relative(projectRoot, options.translations)}:`, problems);
      return 1;
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }

  const ids = metadata.functions.map((fn) => fn.id).join(", ");
  console.log(`Metadata OK: ${metadata.functions.length} functions (${ids}), each translated to zh-CN.`);
  return 0;
}

function runLocalize(options) {
  const english = JSON.parse(readFileSync(options.metadata, "utf8"));
  const problems = writeLocalized(english, options.translations, options.output);
  if (problems.length > 0) {
    printProblems(`Translations missing or unused in ${path.relative(projectRoot, options.translations)}; ${options.output} was not written:`, problems);
    return 1;
  }
  console.log(`Wrote ${path.relative(projectRoot, options.output)} (${english.functions.length} functions).`);
  return 0;
}

const USAGE =
  "Usage: node scripts/functions-metadata.mjs [--metadata FILE] [--translations FILE] [--output FILE]\n" +
  "       node scripts/functions-metadata.mjs --check [--translations FILE]";

/** Parses the command line; returns null for invalid options. */
function parseOptions(args) {
  const options = {
    check: false,
    metadata: path.join(projectRoot, "dist", METADATA_ASSET),
    translations: TRANSLATIONS_FILE,
    output: path.join(projectRoot, "dist", LOCALIZED_ASSET),
  };
  const valueOptions = { "--metadata": "metadata", "--translations": "translations", "--output": "output" };

  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--check") {
      options.check = true;
    } else if (arg in valueOptions && i + 1 < args.length) {
      options[valueOptions[arg]] = path.resolve(args[++i]);
    } else {
      console.error(arg in valueOptions ? `Missing value for ${arg}.` : `Unknown option: ${arg}`);
      return null;
    }
  }
  return options;
}

async function main(args) {
  const options = parseOptions(args);
  if (options === null) {
    console.error(USAGE);
    return 2;
  }
  return options.check ? runCheck(options) : runLocalize(options);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
