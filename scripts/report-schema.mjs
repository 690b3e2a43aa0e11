#!/usr/bin/env node
/**
 * Generates docs/report-schema.json, the JSON Schema of the report that
 * `pipeline-health report --format json` prints, from the HealthReport type, so that the
 * schema cannot drift from the code. `--check` fails when the committed file is out of date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createGenerator } from "ts-json-schema-generator";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const output = path.join(root, "docs/report-schema.json");

export function generateReportSchema() {
  const generator = createGenerator({
    path: path.join(root, "src/engine/report.ts"),
    tsconfig: path.join(root, "tsconfig.json"),
    type: "HealthReport",
    expose: "export",
    topRef: true,
    jsDoc: "extended",
    additionalProperties: false,
    skipTypeCheck: true,
  });
  const schema = generator.createSchema("HealthReport");
  schema.title = "Pipeline Health report";
  return JSON.stringify(schema, null, 2) + "\n";
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const schema = generateReportSchema();
  if (process.argv.includes("--check")) {
    const committed = readFileSync(output, "utf8");
    if (committed !== schema) {
      console.error("docs/report-schema.json is out of date: run `npm run schema` and commit the result.");
      process.exit(1);
    }
    console.log("docs/report-schema.json matches src/engine/report.ts.");
  } else {
    writeFileSync(output, schema);
    console.log(`Wrote ${path.relative(root, output)}`);
  }
}
