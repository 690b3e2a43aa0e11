/**
 * The JSON report is a contract: every report the product builds validates against
 * docs/report-schema.json, which is generated from the HealthReport type.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import { dayFromIso } from "../../src/engine/dates";
import { buildReport } from "../../src/engine/report";
import { readPipeline } from "../../src/engine/read/workbook";
import { withDefaults } from "../../src/engine/settings";
import { readWorkbookFile } from "../../src/workbook/file/read-file";

const ROOT = path.resolve(__dirname, "../..");
const REAL_DATA = path.resolve(ROOT, "../shared/data/real");
const schema = JSON.parse(readFileSync(path.join(ROOT, "docs/report-schema.json"), "utf8"));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const FILES: [string, string][] = [
  [path.join(ROOT, "assets/demo-pipeline.xlsx"), "2026-12-01"],
  [path.join(REAL_DATA, "maven-crm/sales_pipeline.csv"), "2017-06-30"],
  [path.join(REAL_DATA, "maven-crm-xlsx/sales_pipeline.xlsx"), "2017-06-30"],
  [path.join(REAL_DATA, "d365-contoso-coffee/Opportunity.csv"), "2025-09-30"],
  [path.join(REAL_DATA, "salesforce-bulk-export/Opportunity.csv"), "2024-05-15"],
  [path.join(REAL_DATA, "salesforce-devorg-powerbi/Opportunity.csv"), "2024-06-30"],
  [path.join(REAL_DATA, "ptv-revops-xlsx/opportunities.xlsx"), "2026-01-20"],
  [path.join(REAL_DATA, "superstore-pipeline-xlsx/Sales Pipeline.xlsx"), "2024-12-31"],
  [path.join(REAL_DATA, "cn-insight-template/商机导入模板.xlsx"), "2026-05-01"],
];

/** Money keys of the report: totals, amounts and forecasts, all rounded to cents. */
const MONEY_KEY = /amount|pipeline|forecast|total|perDay|weighted|^won$|^plan$|^quota$/i;

/** Lists the paths of money values with a fraction of a cent, which rounding should have removed. */
function moneyWithFractionsOfCents(value: unknown, path = "report"): string[] {
  if (Array.isArray(value)) return value.flatMap((entry, index) => moneyWithFractionsOfCents(entry, `${path}[${index}]`));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, entry]) => {
    if (typeof entry === "number" && MONEY_KEY.test(key)) {
      return Math.abs(entry * 100 - Math.round(entry * 100)) > 1e-6 ? [`${path}.${key} = ${entry}`] : [];
    }
    return moneyWithFractionsOfCents(entry, `${path}.${key}`);
  });
}

describe("report schema", () => {
  test.each(FILES)("report of %s validates", async (file, asOf) => {
    const workbook = await readWorkbookFile(new Uint8Array(readFileSync(file)), file);
    const source = readPipeline(workbook.sheets, { locale: "en-US", date1904: workbook.date1904 });
    if (!source) throw new Error(`no deals table in ${file}`);
    // A quota makes coverage a number; without one it is null, and both must validate.
    for (const quotaOverride of [null, 600000]) {
      const report = JSON.parse(JSON.stringify(buildReport(source, withDefaults({ asOf: dayFromIso(asOf), quotaOverride }))));
      const valid = validate(report);
      expect(moneyWithFractionsOfCents(report)).toEqual([]);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  test("report without a required field is rejected", () => {
    expect(validate({ schemaVersion: 1 })).toBe(false);
  });
});
