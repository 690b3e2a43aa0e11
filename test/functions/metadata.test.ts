import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

import {
  findSignatureProblems,
  localizeMetadata,
  type FunctionsMetadata,
  type TranslationTable,
} from "../../src/functions/metadata";
import zhCNTranslations from "../../src/functions/translations.zh-CN.json";

const projectRoot = path.resolve(__dirname, "../..");
const functionsSource = path.join(projectRoot, "src/functions/functions.ts");
const script = path.join(projectRoot, "scripts/functions-metadata.mjs");

/** Generates functions.json in-process with the API that the webpack plugin calls. */
async function generateMetadata(): Promise<FunctionsMetadata> {
  const result = await generateCustomFunctionsMetadata([functionsSource], false);
  expect(result.errors).toEqual([]);
  return JSON.parse(result.metadataJson) as FunctionsMetadata;
}

/** Parameter names with "?" after optional ones, such as "open_amounts, quota, won_to_date?". */
function signatureOf(metadata: FunctionsMetadata, id: string): string {
  const fn = metadata.functions.find((candidate) => candidate.id === id);
  if (!fn) throw new Error(`${id} is missing from the metadata; ids are ${metadata.functions.map((f) => f.id).join(", ")}.`);
  return fn.parameters.map((parameter) => `${parameter.name}${parameter.optional ? "?" : ""}`).join(", ");
}

/** Returns a small metadata sample in the generator's format, independent of functions.ts. */
function sampleMetadata(): FunctionsMetadata {
  return {
    allowCustomDataForDataTypeAny: true,
    functions: [
      {
        id: "COVERAGE",
        name: "COVERAGE",
        description: "Coverage.",
        parameters: [
          { name: "open_amounts", description: "Open amounts.", type: "any", dimensionality: "matrix" },
          { name: "quota", description: "Quota.", type: "number" },
        ],
        result: { type: "number" },
      },
    ],
  };
}

function sampleTranslations(): TranslationTable {
  return {
    COVERAGE: {
      description: "覆盖率。",
      parameters: { open_amounts: { description: "进行中金额。" }, quota: { description: "配额。" } },
    },
  };
}

/** Every function of the PIPELINE namespace, in the order functions.ts declares them. */
const FUNCTION_IDS = [
  "COVERAGE",
  "WEIGHTEDFORECAST",
  "WINRATE",
  "CONVERSION",
  "CYCLEDAYS",
  "VELOCITY",
  "STALLED",
  "LEADSNEEDED",
  "CONCENTRATION",
  "PERIODTODATE",
  "ATTAINMENT",
  "QUOTAPLAN",
  "TOPDEALS",
];

describe("generated metadata", () => {
  let metadata: FunctionsMetadata;

  beforeAll(async () => {
    metadata = await generateMetadata();
  });

  test("function ids and names", () => {
    expect(metadata.functions.map((fn) => fn.id)).toEqual(FUNCTION_IDS);
    expect(metadata.functions.map((fn) => fn.name)).toEqual(FUNCTION_IDS);
  });

  test("parameters and optional flags", () => {
    expect(signatureOf(metadata, "COVERAGE")).toBe("open_amounts, quota, won_to_date?");
    expect(signatureOf(metadata, "WEIGHTEDFORECAST")).toBe("amounts, probabilities");
    expect(signatureOf(metadata, "WINRATE")).toBe("stages, amounts?");
    expect(signatureOf(metadata, "CONVERSION")).toBe("stages, from_stage, to_stage");
    expect(signatureOf(metadata, "CYCLEDAYS")).toBe("created, closed");
    expect(signatureOf(metadata, "VELOCITY")).toBe("open_count, avg_deal, win_rate, cycle_days");
    expect(signatureOf(metadata, "STALLED")).toBe("dates, days?, as_of?");
    expect(signatureOf(metadata, "LEADSNEEDED")).toBe("target, avg_deal, conversion");
    expect(signatureOf(metadata, "CONCENTRATION")).toBe("amounts");
    expect(signatureOf(metadata, "PERIODTODATE")).toBe("amounts, dates, period, as_of?, fy_start_month?");
    expect(signatureOf(metadata, "ATTAINMENT")).toBe("amounts, dates, quota, period, as_of?, fy_start_month?");
    expect(signatureOf(metadata, "QUOTAPLAN")).toBe("last_sales, growth, seasonality?, over_allocation?");
    expect(signatureOf(metadata, "TOPDEALS")).toBe("ids, amounts, probabilities, n?");
  });

  test("spilled results are matrices", () => {
    const spilled = metadata.functions.filter((fn) => (fn.result as { dimensionality?: string }).dimensionality === "matrix").map((fn) => fn.id);
    expect(spilled).toEqual(["QUOTAPLAN", "TOPDEALS"]);
  });

  test("only functions that default to today are volatile", () => {
    const volatile = metadata.functions.filter((fn) => (fn.options as { volatile?: boolean } | undefined)?.volatile === true).map((fn) => fn.id);
    expect(volatile).toEqual(["STALLED", "PERIODTODATE", "ATTAINMENT"]);
  });

  test("range parameters are any matrices", () => {
    const coverage = metadata.functions.find((fn) => fn.id === "COVERAGE")!;
    const open_amounts = coverage.parameters.find((parameter) => parameter.name === "open_amounts")!;
    const quota = coverage.parameters.find((parameter) => parameter.name === "quota")!;
    expect(open_amounts.type).toBe("any");
    expect(open_amounts.dimensionality).toBe("matrix");
    // quota is any so that a text amount such as "60万" reaches the coercion layer.
    expect(quota.type).toBe("any");
    expect(quota.dimensionality).toBeUndefined();
  });

  test("every function and parameter has an English description", () => {
    for (const fn of metadata.functions) {
      expect(fn.description).toBeTruthy();
      for (const parameter of fn.parameters) expect(`${fn.id}.${parameter.name}: ${parameter.description ?? ""}`).toMatch(/: \S/);
    }
  });

  test("matches the expected signatures", () => {
    expect(findSignatureProblems(metadata)).toEqual([]);
  });

  test("every function has a zh-CN translation", () => {
    const { problems, metadata: localized } = localizeMetadata(metadata, zhCNTranslations as TranslationTable);
    expect(problems).toEqual([]);
    expect(localized.functions.map((fn) => fn.name)).toEqual(FUNCTION_IDS);
    for (const fn of localized.functions) {
      expect(fn.description).toMatch(/[\u4e00-\u9fff]/);
      for (const parameter of fn.parameters) expect(`${fn.id}.${parameter.name}: ${parameter.description}`).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe("localizeMetadata", () => {
  test("replaces descriptions and keeps the rest", () => {
    const english = sampleMetadata();
    const { metadata, problems } = localizeMetadata(english, sampleTranslations());
    expect(problems).toEqual([]);

    const [coverage] = metadata.functions;
    expect(coverage.id).toBe("COVERAGE");
    expect(coverage.name).toBe("COVERAGE");
    expect(coverage.description).toBe("覆盖率。");
    expect(coverage.parameters.map((parameter) => parameter.description)).toEqual(["进行中金额。", "配额。"]);
    expect(coverage.parameters[0].dimensionality).toBe("matrix");
    expect(coverage.result).toEqual({ type: "number" });
    expect(metadata.allowCustomDataForDataTypeAny).toBe(true);
    // The English input is left unchanged.
    expect(english.functions[0].description).toBe("Coverage.");
  });

  test("missing function translation", () => {
    const { problems } = localizeMetadata(sampleMetadata(), {});
    expect(problems).toEqual(["COVERAGE: missing translation of the function"]);
  });

  test("missing parameter and description translations", () => {
    const translations = sampleTranslations();
    delete translations.COVERAGE.parameters.quota;
    translations.COVERAGE.description = " ";
    const { problems } = localizeMetadata(sampleMetadata(), translations);
    expect(problems).toEqual([
      "COVERAGE: missing translation of the description",
      "COVERAGE.quota: missing translation of the parameter description",
    ]);
  });

  test("unused translations", () => {
    const translations = sampleTranslations();
    translations.COVERAGE.parameters.won_to_date = { description: "已赢单。" };
    translations.OLDNAME = { description: "旧函数。", parameters: {} };
    const { problems } = localizeMetadata(sampleMetadata(), translations);
    expect(problems).toEqual([
      "COVERAGE.won_to_date: translation for a parameter that the function does not have",
      "OLDNAME: translation for a function that the metadata does not contain",
    ]);
  });
});

describe("findSignatureProblems", () => {
  test("reports missing, changed and unexpected functions", () => {
    const metadata = sampleMetadata();
    metadata.functions.push({ id: "EXTRA", name: "EXTRA", parameters: [] });
    const problems = findSignatureProblems(metadata, {
      COVERAGE: [
        { name: "open_amounts", optional: false },
        { name: "quota", optional: false },
        { name: "won_to_date", optional: true },
      ],
      WEIGHTEDFORECAST: [],
    });
    expect(problems).toEqual([
      "COVERAGE: parameters are (open_amounts, quota), expected (open_amounts, quota, won_to_date?)",
      "WEIGHTEDFORECAST: function missing from the metadata",
      "EXTRA: function not in the expected list",
    ]);
  });
});

// These tests run the script in a child process, because jest cannot load an .mjs module.
describe("functions-metadata.mjs", () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), "functions-metadata-test-"));
  });

  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  function runScript(args: string[]) {
    return spawnSync(process.execPath, [script, ...args], { cwd: projectRoot, encoding: "utf8", timeout: 60_000 });
  }

  test("--check passes", () => {
    const run = runScript(["--check"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("COVERAGE, WEIGHTEDFORECAST");
  });

  test("writes functions-zh-cn.json", () => {
    const metadataFile = path.join(folder, "functions.json");
    const translationsFile = path.join(folder, "translations.json");
    const output = path.join(folder, "functions-zh-cn.json");
    writeFileSync(metadataFile, JSON.stringify(sampleMetadata()));
    writeFileSync(translationsFile, JSON.stringify(sampleTranslations()));

    const run = runScript(["--metadata", metadataFile, "--translations", translationsFile, "--output", output]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);

    const written = JSON.parse(readFileSync(output, "utf8")) as FunctionsMetadata;
    expect(written.functions[0].name).toBe("COVERAGE");
    expect(written.functions[0].parameters[1].description).toBe("配额。");
  });

  test("exits 1 naming the untranslated parameter", () => {
    const metadataFile = path.join(folder, "functions.json");
    const translationsFile = path.join(folder, "translations.json");
    const output = path.join(folder, "functions-zh-cn.json");
    const translations = sampleTranslations();
    delete translations.COVERAGE.parameters.quota;
    writeFileSync(metadataFile, JSON.stringify(sampleMetadata()));
    writeFileSync(translationsFile, JSON.stringify(translations));

    const run = runScript(["--metadata", metadataFile, "--translations", translationsFile, "--output", output]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("COVERAGE.quota: missing translation of the parameter description");
    expect(() => readFileSync(output)).toThrow();
  });

  test("--check exits 1 for an incomplete table", () => {
    const translationsFile = path.join(folder, "translations.json");
    const translations = JSON.parse(JSON.stringify(zhCNTranslations)) as TranslationTable;
    delete translations.WEIGHTEDFORECAST;
    writeFileSync(translationsFile, JSON.stringify(translations));

    const run = runScript(["--check", "--translations", translationsFile]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("WEIGHTEDFORECAST: missing translation of the function");
  });

  test("unknown option exits 2", () => {
    const run = runScript(["--bogus"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Unknown option: --bogus");
  });
});
