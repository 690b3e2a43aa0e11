/**
 * Every file of the real data folder: it is read, and either its deals table accounts for
 * every row below the header or it has no deals table. A file added to the folder fails
 * the listing test until it is given an entry here and tests of its quirks.
 */
import { readdirSync } from "node:fs";
import * as path from "node:path";
import type { FileWorkbookData } from "../../src/workbook/file/read-file";
import { accountedRows, LOAD_TIMEOUT_MS, loadWorkbook, readSource, REAL_DATA, reportAsOf, requireSource } from "./real-source";

/** Rows read from the deals table of each file, or null for a file without one. */
const EXPECTED_ROWS_READ: Record<string, number | null> = {
  "cn-insight-template/商机导入模板.xlsx": 5,
  "d365-contoso-coffee/Account.csv": null,
  "d365-contoso-coffee/Goal.csv": null,
  "d365-contoso-coffee/Opportunity.csv": 5229,
  "maven-crm-excel-mdy/sales_pipeline.csv": 8800,
  "maven-crm-xlsx/sales_pipeline.xlsx": 8800,
  "maven-crm/accounts.csv": null,
  "maven-crm/data_dictionary.csv": null,
  "maven-crm/products.csv": null,
  "maven-crm/sales_pipeline.csv": 8800,
  "maven-crm/sales_teams.csv": null,
  "ptv-revops-xlsx/opportunities.xlsx": 2621,
  "salesforce-bulk-export/Account.csv": null,
  "salesforce-bulk-export/Opportunity.csv": 50,
  "salesforce-devorg-powerbi/Account.csv": null,
  // A stage history, one row per change, which is not a deals table (see salesforce-devorg.test.ts).
  "salesforce-devorg-powerbi/OpportunityHistory.csv": null,
  "salesforce-devorg-powerbi/Opportunity.csv": 36,
  "superstore-pipeline-xlsx/Sales Pipeline.xlsx": 9994 + 13,
};

function dataFiles(): string[] {
  return readdirSync(REAL_DATA, { recursive: true, encoding: "utf8" })
    .filter((entry) => /\.(csv|xlsx)$/i.test(entry))
    .map((entry) => entry.split(path.sep).join("/"))
    .sort();
}

test("every data file has an entry", () => {
  expect(dataFiles()).toEqual(Object.keys(EXPECTED_ROWS_READ).sort());
});

describe.each(Object.entries(EXPECTED_ROWS_READ))("%s", (file, rowsRead) => {
  test(
    rowsRead === null ? "read, with no deals table" : "read, with every row accounted for",
    async () => {
      const source = readSource(await loadWorkbook(file));
      if (rowsRead === null) {
        expect(source).toBeNull();
        return;
      }
      expect(source).not.toBeNull();
      expect(source?.rows.read).toBe(rowsRead);
      expect(accountedRows(source!.rows)).toBe(rowsRead);
    },
    LOAD_TIMEOUT_MS,
  );
});

/** The same sheets with every empty cell as "", the form in which Office.js returns empty cells. */
function withOfficeBlanks(workbook: FileWorkbookData): FileWorkbookData {
  const sheets = workbook.sheets.map((sheet) => ({ ...sheet, rows: sheet.rows.map((row) => row.map((value) => (value === null || value === undefined ? "" : value))) }));
  return { ...workbook, sheets };
}

describe.each(Object.entries(EXPECTED_ROWS_READ).filter(([, rowsRead]) => rowsRead !== null))("%s with empty cells as \"\"", (file) => {
  test(
    "reads the same deals, issues and report",
    async () => {
      const workbook = await loadWorkbook(file);
      const expected = requireSource(workbook);
      const actual = requireSource(withOfficeBlanks(workbook));
      expect(actual.rows).toEqual(expected.rows);
      expect(actual.issues).toEqual(expected.issues);
      expect(actual.table).toEqual(expected.table);
      expect(reportAsOf(actual, "2024-06-30")).toEqual(reportAsOf(expected, "2024-06-30"));
    },
    LOAD_TIMEOUT_MS,
  );
});
