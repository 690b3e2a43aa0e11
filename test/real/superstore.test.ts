/**
 * An analyst's workbook built from Tableau's Superstore sample. Its header is on row 2 under a
 * SUBTOTAL row, and 13 empty rows end the used range. A second sheet repeats the data with
 * formula columns, order lines share an Opportunity ID, and amounts carry float noise.
 *
 * Literal figures come from test/real/independent/compute_quirk_figures.py, which reads
 * the .xlsx with the Python standard library only.
 */
import type { HealthReport } from "../../src/engine/report";
import type { PipelineSource } from "../../src/engine/read/workbook";
import type { FileWorkbookData } from "../../src/workbook/file/read-file";
import { accountedRows, dealAtRow, LOAD_TIMEOUT_MS, loadWorkbook, reportAsOf, requireSource } from "./real-source";

const FILE = "superstore-pipeline-xlsx/Sales Pipeline.xlsx";
/** The day after the last Created Date. */
const AS_OF = "2025-01-01";

// compute_quirk_figures.py: rows 3-9996 hold 9,994 data rows, rows 9997-10009 are empty,
// and the 9,994 rows carry 5,009 distinct Opportunity IDs.
const DATA_ROWS = 9994;
const EMPTY_ROWS = 13;
const DISTINCT_IDS = 5009;
/** The workbook's own =SUBTOTAL(9,I3:I9996) in I1: Σ Sales Amount over every row. */
const SUBTOTAL_OF_AMOUNTS = 2297200.8602999211;

const COLUMNS = {
  id: "Opportunity ID",
  created: "Created Date",
  close: "Closed Date",
  stage: "Deal Stage",
  name: "Opportunity Name",
  amount: "Sales Amount",
};

describe("Superstore pipeline workbook", () => {
  let workbook: FileWorkbookData;
  let source: PipelineSource;
  let report: HealthReport;
  beforeAll(async () => {
    workbook = await loadWorkbook(FILE);
    source = requireSource(workbook);
    report = reportAsOf(source, AS_OF);
  }, LOAD_TIMEOUT_MS);

  test("every data row accounted for", () => {
    expect(source.rows.read).toBe(DATA_ROWS + EMPTY_ROWS);
    expect(accountedRows(source.rows)).toBe(source.rows.read);
    expect(source.rows.blank).toBe(EMPTY_ROWS);
    expect(source.rows.deals).toBe(DISTINCT_IDS);
  });

  test("Sales Pipeline sheet chosen over Sales Lead_Stage", () => {
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(["Sales Pipeline", "Pivot 2", "Sales Lead_Stage", "Pivot"]);
    expect(report.source.sheet).toBe("Sales Pipeline");
  });

  test("header on row 2 under a SUBTOTAL row", () => {
    // Row 1 holds only =SUBTOTAL(9,I3:I9996) in I1, whose cached value the grid shows.
    expect(workbook.sheets[0].rows[0][8]).toBeCloseTo(SUBTOTAL_OF_AMOUNTS, 6);
    expect(report.source.headerRow).toBe(2);
    expect(dealAtRow(source, 1)).toBeUndefined();
  });

  test("header mapping", () => {
    // "index" and "Row ID" are row counters of the sheet, not deal IDs.
    expect(report.source.columns).toEqual(COLUMNS);
  });

  test("stage preset and CRM guess", () => {
    expect(source.stagePreset.id).toBe("default");
    expect(source.crm).toBe("unknown");
    expect(report.dataQuality.unknownStages.count).toBe(0);
  });

  test("deals by kind", () => {
    // compute_quirk_figures.py: Deal Stage of the last row of each ID is Closed Won 2,242,
    // Closed Lost 562, Negotiating 1,716 and Proposing 489.
    expect(report.deals).toEqual({ total: DISTINCT_IDS, open: 1716 + 489, won: 2242, lost: 562, deferred: 0 });
  });

  test("last row: float noise amount and date cells", () => {
    // compute_quirk_figures.py: row 9996 is US-2020-102288, Negotiating, Sales Amount
    // 0.44399999999999901, created 2024-06-20 (format [$-409]dd-mmm-yy) and closed 2024-06-24 (format 14).
    const deal = dealAtRow(source, 9996);
    expect(deal).toMatchObject({ id: "US-2020-102288", stage: "Negotiating", kind: "open", created: "2024-06-20", close: "2024-06-24" });
    expect(deal?.amount).toBeCloseTo(0.444, 12);
  });

  test("float noise kept in the cells", () => {
    // compute_quirk_figures.py: I4 contains 17499.949999999899 for 17,499.95.
    const cell = workbook.sheets[0].rows[3][8] as number;
    expect(cell).not.toBe(17499.95);
    expect(cell).toBeCloseTo(17499.95, 9);
  });

  test("repeated IDs: earlier order lines are duplicates", () => {
    // compute_quirk_figures.py: 2,471 IDs repeat (up to 14 rows each), so 9,994 − 5,009 = 4,985
    // earlier rows. Every row of one ID has the same stage.
    expect(source.rows.duplicates).toBe(DATA_ROWS - DISTINCT_IDS);
    expect(report.dataQuality.duplicateIds).toBe(4985);
  });

  test("order lines of one ID: last line counts", () => {
    // CA-2016-145317 has 7 lines (rows 3, 645, 3411, 6261, 7010, 7286, 8953) from 22,638.48
    // down to 8.016; only row 8953 is kept. Over the workbook the kept rows add up to
    // 628,730.39 of the 2,297,200.86 that the SUBTOTAL in I1 shows. compute_quirk_figures.py
    // gives the kept rows per stage: Negotiating 211,817.9847, Proposing 63,139.031,
    // Closed Won 286,280.0618, Closed Lost 67,493.3154.
    expect(dealAtRow(source, 8953)).toMatchObject({ id: "CA-2016-145317", kind: "won" });
    expect(dealAtRow(source, 8953)?.amount).toBeCloseTo(8.016, 9);
    expect(dealAtRow(source, 3)).toBeUndefined();
    expect(report.amountByKind.open).toBeCloseTo(211817.9847 + 63139.031, 2);
    expect(report.amountByKind.won).toBeCloseTo(286280.0618, 2);
    expect(report.amountByKind.lost).toBeCloseTo(67493.3154, 2);
  });

  test("open deals past due", () => {
    // compute_quirk_figures.py: 2,200 kept rows are Negotiating or Proposing and close before 2025-01-01.
    expect(report.dataQuality.pastDue.count).toBe(2200);
  });

  test("close before created reported", () => {
    // compute_quirk_figures.py: 42 rows close before they are created, 20 of them the last
    // row of their ID. The reader keeps both dates and reports each kept one.
    const table = source.table;
    let closeBeforeCreated = 0;
    for (let i = 0; i < table.size; i++) if (table.close[i] < table.created[i]) closeBeforeCreated++;
    expect(closeBeforeCreated).toBe(20);
    expect(report.dataQuality.issueCounts).toEqual({ duplicateId: 4985, closeBeforeCreated: 20 });
  });

  test("Sales Lead_Stage sheet when chosen", () => {
    // compute_quirk_figures.py: the sheet repeats 9,993 of the rows (3-9995) with 8 formula
    // columns (H-O), followed by 13 empty rows.
    const leadStage = requireSource(workbook, { sheetName: "Sales Lead_Stage" });
    expect(leadStage.table.headerRow).toBe(2);
    expect(leadStage.rows.read).toBe(9993 + 13);
    expect(accountedRows(leadStage.rows)).toBe(leadStage.rows.read);
    expect(leadStage.rows.deals).toBe(DISTINCT_IDS);
    expect(Object.fromEntries(leadStage.table.columns.map((column) => [column.field, column.header]))).toEqual(COLUMNS);
  });
});
