/**
 * A RevOps take-home workbook saved by Excel Online: a used range wider than the data,
 * a Status column instead of stages, repeated IDs and a StartDate that is no created date.
 *
 * Literal figures come from test/real/independent/compute_quirk_figures.py, which reads
 * the .xlsx with the Python standard library only.
 */
import type { HealthReport } from "../../src/engine/report";
import type { PipelineSource } from "../../src/engine/read/workbook";
import type { CellValue } from "../../src/engine/types";
import type { FileWorkbookData } from "../../src/workbook/file/read-file";
import { accountedRows, dealAtRow, isoOfDateCell, LOAD_TIMEOUT_MS, loadWorkbook, reportAsOf, requireSource } from "./real-source";

const FILE = "ptv-revops-xlsx/opportunities.xlsx";
/** The date the workbook was handed out: open deals closing before it are overdue. */
const FILE_DATE = "2026-01-20";

// compute_quirk_figures.py: 2,621 data rows, 1,835 distinct IDs.
const DATA_ROWS = 2621;
const DISTINCT_IDS = 1835;

describe("PTV RevOps workbook", () => {
  let workbook: FileWorkbookData;
  let source: PipelineSource;
  let report: HealthReport;
  beforeAll(async () => {
    workbook = await loadWorkbook(FILE);
    source = requireSource(workbook);
    report = reportAsOf(source, FILE_DATE);
  }, LOAD_TIMEOUT_MS);

  test("every data row accounted for", () => {
    expect(source.rows.read).toBe(DATA_ROWS);
    expect(accountedRows(source.rows)).toBe(DATA_ROWS);
    expect(source.rows.deals).toBe(DISTINCT_IDS);
    expect(source.rows.blank).toBe(0);
  });

  test("used range wider than the data", () => {
    // The used range is A1:R2622 because Q:R carry date formatting on empty cells
    // (compute_quirk_figures.py: cells exist in columns A-G and Q-R only).
    expect(workbook.sheets[0].rows).toHaveLength(DATA_ROWS + 1);
    expect(workbook.sheets[0].rows[0]).toHaveLength(18);
    expect(source.headers).toEqual(["ID", "ProductName", "CustomerName", "ACV", "Status", "CloseDate", "StartDate"]);
  });

  test("header mapping", () => {
    expect(report.source.columns).toEqual({ id: "ID", account: "CustomerName", amount: "ACV", status: "Status", close: "CloseDate" });
    expect(report.source.headerRow).toBe(1);
  });

  test("StartDate not used as created", () => {
    // compute_quirk_figures.py: StartDate is after CloseDate on 2,615 of 2,621 rows, so it is
    // a contract start, and a cycle time from it would be negative.
    expect(report.source.columns.created).toBeUndefined();
    expect(Object.values(report.source.columns)).not.toContain("StartDate");
  });

  test("stage preset and CRM guess", () => {
    expect(source.stagePreset.id).toBe("default");
    expect(source.crm).toBe("unknown");
  });

  test("Status decides the kind", () => {
    // compute_quirk_figures.py: Status of the last row of each ID is Won 390, Lost 1,093, Open 352.
    expect(report.deals).toEqual({ total: DISTINCT_IDS, open: 352, won: 390, lost: 1093, deferred: 0 });
    expect(report.dataQuality.unknownStages.count).toBe(0);
  });

  test("amounts by kind over the last rows", () => {
    // compute_quirk_figures.py: Σ ACV of the last row of each ID per Status.
    expect(report.amountByKind.open).toBe(71563300);
    expect(report.amountByKind.won).toBe(74679230);
    expect(report.amountByKind.lost).toBe(219909900);
  });

  test("ACV without currency", () => {
    expect(report.currency).toEqual({ main: null, others: [] });
  });

  test("last row: amount, close date and kind", () => {
    // compute_quirk_figures.py: row 2622 is OPP-2025-1213, Won, ACV 175,500, CloseDate 2026-12-31.
    expect(dealAtRow(source, 2622)).toMatchObject({ id: "OPP-2025-1213", kind: "won", amount: 175500, close: "2026-12-31", created: null });
  });

  test("duplicate IDs: last row counts", () => {
    // compute_quirk_figures.py: 682 IDs repeat, giving 2,621 − 1,835 = 786 earlier rows.
    // OPP-2025-0924 sits on rows 3, 1612 and 2151 with three products and three ACVs.
    expect(source.rows.duplicates).toBe(DATA_ROWS - DISTINCT_IDS);
    expect(report.dataQuality.duplicateIds).toBe(786);
    expect(dealAtRow(source, 2151)).toMatchObject({ id: "OPP-2025-0924", amount: 50300, kind: "lost", close: "2026-08-29" });
    expect(dealAtRow(source, 3)).toBeUndefined();
    expect(dealAtRow(source, 1612)).toBeUndefined();
    const flagged = source.issues.filter((issue) => issue.code === "duplicateId" && issue.value === "OPP-2025-0924").map((issue) => issue.row);
    expect(flagged).toEqual([3, 1612]);
  });

  test("blank ProductName raises no issue", () => {
    // compute_quirk_figures.py: 51 blank ProductName cells. The column maps to no field.
    expect(Object.values(report.source.columns)).not.toContain("ProductName");
    expect(report.dataQuality.issueCounts).toEqual({ duplicateId: 786 });
  });

  test("past due against a count of the raw cells", () => {
    // Independent count over the sheet grid: Status "Open" and CloseDate before the file
    // date, over every row and over the last row of each ID. compute_quirk_figures.py
    // gives the same 246 and 132.
    const [header, ...rows] = workbook.sheets[0].rows;
    const column = (name: string) => header.indexOf(name);
    const isPastDue = (row: CellValue[]) => row[column("Status")] === "Open" && (isoOfDateCell(row[column("CloseDate")]) ?? "9999") < FILE_DATE;
    const lastRowOfId = new Map<CellValue, CellValue[]>();
    for (const row of rows) lastRowOfId.set(row[column("ID")], row);

    const pastDueRows = rows.filter(isPastDue).length;
    const pastDueDeals = [...lastRowOfId.values()].filter(isPastDue).length;
    expect(pastDueRows).toBe(246);
    expect(pastDueDeals).toBe(132);
    expect(report.dataQuality.pastDue.count).toBe(pastDueDeals);
    // compute_quirk_figures.py: Σ ACV of those 132 deals.
    expect(report.dataQuality.pastDue.amount).toBe(25539200);
  });
});
