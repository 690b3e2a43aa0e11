/**
 * The Maven "CRM Sales Opportunities" data set in three forms: the original CSV (ISO dates,
 * CRLF), the CSV after a round trip through Excel (M/D/YYYY, LF) and a real .xlsx with date
 * cells. The four side tables of the data set contain no deals.
 *
 * Literal figures come from test/real/independent/compute_quirk_figures.py, which parses
 * the files with the Python standard library only.
 */
import { runCli } from "../../src/cli/main";
import type { PipelineSource } from "../../src/engine/read/workbook";
import { KIND } from "../../src/engine/types";
import type { FileWorkbookData } from "../../src/workbook/file/read-file";
import { accountedRows, csvDataRows, dealAtRow, LOAD_TIMEOUT_MS, loadWorkbook, readSource, realPath, reportAsOf, requireSource } from "./real-source";

const ORIGINAL = "maven-crm/sales_pipeline.csv";
const EXCEL_MDY = "maven-crm-excel-mdy/sales_pipeline.csv";
const XLSX = "maven-crm-xlsx/sales_pipeline.xlsx";

// compute_quirk_figures.py: 8,800 data rows in each of the three files.
const DATA_ROWS = 8800;

const MAVEN_COLUMNS = {
  id: "opportunity_id",
  owner: "sales_agent",
  account: "account",
  stage: "deal_stage",
  created: "engage_date",
  close: "close_date",
  amount: "close_value",
};

describe.each([ORIGINAL, EXCEL_MDY, XLSX])("Maven pipeline %s", (file) => {
  let source: PipelineSource;
  beforeAll(async () => {
    source = requireSource(await loadWorkbook(file));
  }, LOAD_TIMEOUT_MS);

  test("every data row accounted for", () => {
    expect(source.rows.read).toBe(DATA_ROWS);
    expect(accountedRows(source.rows)).toBe(source.rows.read);
    expect(source.rows.deals).toBe(DATA_ROWS);
  });

  test("unique IDs give no duplicates", () => {
    // compute_quirk_figures.py: 8,800 distinct opportunity_id values.
    expect(source.rows.duplicates).toBe(0);
    expect(reportAsOf(source, "2017-06-30").dataQuality.duplicateIds).toBe(0);
  });

  test("header mapping", () => {
    expect(reportAsOf(source, "2017-06-30").source.columns).toEqual(MAVEN_COLUMNS);
  });

  test("stage preset and CRM guess", () => {
    // Engaging and Prospecting are not a CRM's own stage names, so no CRM is guessed.
    expect(source.stagePreset.id).toBe("default");
    expect(source.crm).toBe("unknown");
    expect(reportAsOf(source, "2017-06-30").dataQuality.unknownStages.count).toBe(0);
  });

  test("deals by kind from the stage", () => {
    // compute_quirk_figures.py: Won 4,238, Lost 2,473, Engaging 1,589 + Prospecting 500 open.
    const deals = reportAsOf(source, "2017-06-30").deals;
    expect(deals.won).toBe(4238);
    expect(deals.lost).toBe(2473);
    expect(deals.open).toBe(1589 + 500);
    expect(deals.deferred).toBe(0);
  });

  test("first row: amount, dates and stage kind", () => {
    // compute_quirk_figures.py: row 2 is 1C1I7A6R, Won, engaged 2016-10-20, closed 2017-03-01, 1054.
    const deal = dealAtRow(source, 2);
    expect(deal).toMatchObject({ id: "1C1I7A6R", stage: "Won", kind: "won", amount: 1054, created: "2016-10-20", close: "2017-03-01" });
  });

  test("lost deals carry close_value 0, not blank", () => {
    // compute_quirk_figures.py: all 2,473 Lost rows have close_value "0".
    const report = reportAsOf(source, "2017-06-30");
    const table = source.table;
    let lostWithZero = 0;
    for (let i = 0; i < table.size; i++) if (table.kind[i] === KIND.lost && table.amount[i] === 0) lostWithZero++;
    expect(lostWithZero).toBe(2473);
    expect(report.amountByKind.lost).toBe(0);
    expect(report.skipped.wonUnusable).toBe(0);
  });

  test("open deals lack amount and close", () => {
    // compute_quirk_figures.py: close_date and close_value are blank on all 2,089 open deals.
    const report = reportAsOf(source, "2017-06-30");
    expect(report.openPipeline).toBe(0);
    expect(report.skipped.openAmountMissing).toBe(2089);
    expect(report.skipped.openCloseMissing).toBe(2089);
    expect(report.dataQuality.pastDue.count).toBe(0);
  });

  test("close_value without a currency", () => {
    expect(reportAsOf(source, "2017-06-30").currency).toEqual({ main: null, others: [] });
  });

  test("blank account and engage_date cells", () => {
    // compute_quirk_figures.py: account blank on 1,425 rows, engage_date on the 500 Prospecting rows.
    const fields = reportAsOf(source, "2017-06-30").dataQuality.fields;
    expect(fields.find((field) => field.field === "account")?.filled).toBe(DATA_ROWS - 1425);
    expect(fields.find((field) => field.field === "created")?.filled).toBe(DATA_ROWS - 500);
  });

  test("GTXPro product name left as text", () => {
    // The pipeline spells GTXPro (1,480 rows, compute_quirk_figures.py) where products.csv
    // has GTX Pro. The product column maps to no deal field, so no figure depends on the join.
    expect(source.headers).toContain("product");
    expect(source.table.columns.map((column) => column.header)).not.toContain("product");
  });
});

describe("Maven pipeline file formats", () => {
  let original: PipelineSource;
  let excelMdy: PipelineSource;
  let xlsx: PipelineSource;
  let xlsxWorkbook: FileWorkbookData;
  beforeAll(async () => {
    original = requireSource(await loadWorkbook(ORIGINAL));
    excelMdy = requireSource(await loadWorkbook(EXCEL_MDY));
    xlsxWorkbook = await loadWorkbook(XLSX);
    xlsx = requireSource(xlsxWorkbook);
  }, LOAD_TIMEOUT_MS);

  test.each([ORIGINAL, EXCEL_MDY])("row count of %s against a CSV parse", async (file) => {
    const source = file === ORIGINAL ? original : excelMdy;
    expect((await csvDataRows(file)).length).toBe(source.rows.read);
  });

  test("CRLF line endings add no row", async () => {
    // compute_quirk_figures.py: the original has 8,801 CRLF line ends and no bare LF, the
    // Excel copy 8,801 LF. Both grids hold the header plus 8,800 rows.
    const crlf = await loadWorkbook(ORIGINAL);
    const lf = await loadWorkbook(EXCEL_MDY);
    expect(crlf.sheets[0].rows).toHaveLength(DATA_ROWS + 1);
    expect(lf.sheets[0].rows).toHaveLength(DATA_ROWS + 1);
    expect(crlf.sheets[0].rows[0][7]).toBe("close_value");
  });

  test("M/D/YYYY dates without leading zeros", () => {
    // Row 2 of the Excel copy reads 10/20/2016 and 3/1/2017.
    expect(dealAtRow(excelMdy, 2)).toMatchObject({ created: "2016-10-20", close: "2017-03-01" });
    expect(excelMdy.issues.filter((issue) => issue.code === "dateInvalid")).toEqual([]);
  });

  test("M/D/YYYY dates in en-GB locale", async () => {
    // close_date has days above 12 (3/11/2017), which prove month-first order.
    const source = requireSource(await loadWorkbook(EXCEL_MDY), { locale: "en-GB" });
    expect(dealAtRow(source, 2)).toMatchObject({ created: "2016-10-20", close: "2017-03-01" });
  }, LOAD_TIMEOUT_MS);

  test("three formats give the same deals", () => {
    for (const copy of [excelMdy, xlsx]) {
      expect(Array.from(copy.table.row)).toEqual(Array.from(original.table.row));
      expect(copy.table.id).toEqual(original.table.id);
      expect(Array.from(copy.table.kind)).toEqual(Array.from(original.table.kind));
      expect(Array.from(copy.table.amount)).toEqual(Array.from(original.table.amount));
      expect(Array.from(copy.table.created)).toEqual(Array.from(original.table.created));
      expect(Array.from(copy.table.close)).toEqual(Array.from(original.table.close));
    }
  });

  test("xlsx date cells read as dates", () => {
    // compute_quirk_figures.py: F2 and G2 are numbers in format 14 (a date format), 2016-10-20 and 2017-03-01.
    expect(xlsxWorkbook.sheets[0].rows[1][5]).toBeInstanceOf(Date);
    expect(dealAtRow(xlsx, 2)).toMatchObject({ created: "2016-10-20", close: "2017-03-01", amount: 1054 });
  });

  test("xlsx ID 0E761F02 stays text", () => {
    // compute_quirk_figures.py: A1579 is the shared string "0E761F02", which a number parser would read as 0.
    expect(xlsxWorkbook.sheets[0].rows[1578][0]).toBe("0E761F02");
    expect(dealAtRow(xlsx, 1579)?.id).toBe("0E761F02");
    expect(dealAtRow(original, 1579)?.id).toBe("0E761F02");
  });

  test("xlsx range is no Excel table", () => {
    expect(xlsxWorkbook.sheets.map((sheet) => sheet.name)).toEqual(["sales_pipeline"]);
    expect(xlsx.tableName).toBeNull();
  });
});

describe.each([
  // compute_quirk_figures.py: data rows of each side table.
  { file: "maven-crm/accounts.csv", rows: 85 },
  { file: "maven-crm/products.csv", rows: 7 },
  { file: "maven-crm/sales_teams.csv", rows: 35 },
  { file: "maven-crm/data_dictionary.csv", rows: 21 },
])("Maven side table $file", ({ file, rows }) => {
  test("read whole, with no deals table", async () => {
    const workbook = await loadWorkbook(file);
    expect(workbook.sheets[0].rows).toHaveLength(rows + 1);
    expect(readSource(workbook)).toBeNull();
  });

  test("command line exits 2", async () => {
    let stdout = "";
    let stderr = "";
    const code = await runCli(["report", realPath(file), "--as-of", "2017-06-30"], {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      env: { LANG: "en_US.UTF-8" },
    });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("No deals table found");
  });
});
