#!/usr/bin/env node
// Validates the add-in manifest offline, in two steps:
//   1. `office-addin-manifest info` reads it with Microsoft's manifest parser, which needs no network.
//   2. checkManifest (manifest-check.cjs) runs the structural checks for a shared runtime.
// Prints a one-line summary and exits 0 when both pass. Otherwise prints each problem and exits 1.
//
// Usage: node scripts/validate-manifest.mjs [MANIFEST]   (default: manifest.xml in the project root)
//
// This script never runs `office-addin-manifest validate`, because that command posts the
// manifest to a Microsoft web service.

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { checkManifest } from "./manifest-check.cjs";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const INFO_TIMEOUT_MS = 60_000;

/** Returns the path of office-addin-manifest's command-line script, from the package's bin field. */
function findOfficeAddinManifestCli() {
  const require = createRequire(import.meta.url);
  const packageJsonPath = require.resolve("office-addin-manifest/package.json");
  const packageJson = JSON.parse(readFileSync(packageJsonPath, "utf8"));
  const bin = typeof packageJson.bin === "string" ? packageJson.bin : packageJson.bin["office-addin-manifest"];
  return path.join(path.dirname(packageJsonPath), bin);
}

/**
 * Runs `office-addin-manifest info` on the manifest and returns { fields, problems }.
 * `info` exits 0 even for XML that is not an add-in manifest and prints empty fields,
 * so the Id, Name and Type fields must also be present.
 */
function runManifestInfo(manifestPath) {
  let cliPath;
  try {
    cliPath = findOfficeAddinManifestCli();
  } catch (error) {
    return { fields: {}, problems: [`office-addin-manifest is not installed (${error.message}). Run npm install.`] };
  }

  // The CLI runs through the current Node binary, so it works the same on Windows, where
  // node_modules/.bin contains .cmd wrappers.
  const result = spawnSync(process.execPath, [cliPath, "info", manifestPath], {
    cwd: projectRoot,
    encoding: "utf8",
    timeout: INFO_TIMEOUT_MS,
  });
  if (result.error) {
    return { fields: {}, problems: [`office-addin-manifest info failed to run: ${result.error.message}`] };
  }
  const output = `${result.stdout}${result.stderr}`.trim();
  if (result.status !== 0) {
    return {
      fields: {},
      problems: [`office-addin-manifest info failed with exit code ${result.status}: ${output.replace(/\s*\n\s*/g, " ")}`],
    };
  }

  const fields = {};
  for (const line of result.stdout.split("\n")) {
    const match = /^ {2}([A-Za-z ]+): (.*)$/.exec(line);
    if (match) {
      fields[match[1]] = match[2].trim();
    }
  }
  const problems = [];
  for (const name of ["Id", "Name", "Type"]) {
    if (!fields[name]) {
      problems.push(`office-addin-manifest info found no ${name} in the manifest.`);
    }
  }
  return { fields, problems };
}

function main() {
  const manifestArgument = process.argv[2];
  const manifestPath = manifestArgument ? path.resolve(manifestArgument) : path.join(projectRoot, "manifest.xml");
  const displayPath = path.relative(process.cwd(), manifestPath) || manifestPath;

  let xmlText;
  try {
    xmlText = readFileSync(manifestPath, "utf8");
  } catch (error) {
    console.error(`${displayPath}: failed to read the manifest: ${error.message}`);
    return 1;
  }

  const info = runManifestInfo(manifestPath);
  const problems = [...info.problems, ...checkManifest(xmlText)];
  if (problems.length > 0) {
    for (const problem of problems) {
      console.error(`${displayPath}: ${problem}`);
    }
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    console.error(`${displayPath}: ${count} found.`);
    return 1;
  }

  const { Name: name, Version: version, Id: id } = info.fields;
  console.log(`${displayPath} is valid: ${name} ${version} (${id}), parsed by office-addin-manifest info and passed the structural checks.`);
  return 0;
}

process.exitCode = main();
