import { readPipeline } from "../../src/engine/read/workbook";
import type { ReportSheetContent, SheetCell, SheetCellStyle } from "../../src/present/report-sheet";
import { ExcelWorkbook } from "../../src/workbook/excel/excel-workbook";
import { rowBlocks, WRITE_BLOCK_CELLS, WRITE_BLOCK_CHARACTERS, WRITE_BLOCK_ROWS } from "../../src/workbook/excel/excel-write";
import { OWNER_PROPERTY_KEY } from "../../src/workbook/excel/report-sheet-names";
import { ReadCancelledError, type ReadProgress } from "../../src/workbook/port";
import { FakeExcel, NOT_LOADED, NOT_SYNCED, type FakeExcelOptions } from "../support/fake-excel";
import { reportContent } from "./report-content";

const ALL_SETS = () => true;
const NO_SETS = () => false;

/** Rows of a deals table: a header and `count` deals, with an empty cell in every seventh row. */
function dealRows(count: number): unknown[][] {
  const rows: unknown[][] = [["Id", "Name", "Stage", "Amount", "Close", "Won"]];
  for (let i = 1; i <= count; i++) {
    rows.push([`D${i}`, `Deal ${i}`, i % 7 === 0 ? "" : "Proposal", i * 10, 46000 + (i % 365), i % 3 === 0]);
  }
  return rows;
}

function setUp(options: FakeExcelOptions, blockRows?: number, isSetSupported = ALL_SETS) {
  const fake = new FakeExcel(options);
  const workbook = new ExcelWorkbook({ run: fake.run, blockRows, isSetSupported, title: "Deals.xlsx" });
  return { fake, workbook };
}

describe("ExcelWorkbook.read", () => {
  const source = dealRows(24_999);

  test("reads large sheet in blocks", async () => {
    const { fake, workbook } = setUp({ sheets: [{ name: "Deals", rows: source }] });
    const progress: ReadProgress[] = [];

    const snapshot = await workbook.read({ onProgress: (update) => progress.push(update) });

    expect(source).toHaveLength(25_000);
    expect(snapshot.sheets).toHaveLength(1);
    expect(snapshot.sheets[0].name).toBe("Deals");
    expect(snapshot.sheets[0].rows).toEqual(source);
    expect(snapshot.sheets[0].firstRow).toBe(1);
    expect(snapshot.sheets[0].firstColumn).toBe(0);
    expect(fake.valuesLoads.map((load) => load.rowCount)).toEqual([10_000, 10_000, 5_000]);
    expect(fake.valuesLoads.map((load) => load.address)).toEqual(["A1:F10000", "A10001:F20000", "A20001:F25000"]);
    expect(fake.syncCount).toBe(2 + 3);
    expect(progress).toEqual([
      { rowsRead: 10_000, rowsTotal: 25_000 },
      { rowsRead: 20_000, rowsTotal: 25_000 },
      { rowsRead: 25_000, rowsTotal: 25_000 },
    ]);
  });

  test("passes empty cells on as blanks", async () => {
    const rows = [
      ["Id", "Stage", "Amount"],
      ["D1", "", 100],
      ["", "Proposal", ""],
      ["D3", "Proposal", 0],
    ];
    const { workbook } = setUp({ sheets: [{ name: "Deals", rows }] });

    const snapshot = await workbook.read();
    const source = readPipeline(snapshot.sheets, { locale: "en-US", date1904: false });

    expect(snapshot.sheets[0].rows).toEqual(rows);
    expect(source).not.toBeNull();
    expect([...source!.table.amount]).toEqual([100, NaN, 0]);
    expect(source!.table.id).toEqual(["D1", "3", "D3"]);
    expect(source!.issues.map((issue) => `${issue.code} ${issue.column}${issue.row}`)).toEqual(["stageMissing B2"]);
  });

  test("skips hidden sheets", async () => {
    const { fake, workbook } = setUp({
      sheets: [
        { name: "Deals", rows: [["Id"], ["D1"]] },
        { name: "Lookup", rows: [["x"]], visibility: "Hidden" },
        { name: "Internal", rows: [["y"]], visibility: "VeryHidden" },
        { name: "Quotas", rows: [["Owner"], ["Li Wei"]] },
      ],
    });

    const snapshot = await workbook.read();

    expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual(["Deals", "Quotas"]);
    expect(fake.valuesLoads.map((load) => load.sheet)).toEqual(["Deals", "Quotas"]);
    expect(fake.syncCount).toBe(2 + 2);
  });

  test("offsets grid to used range", async () => {
    const rows = [
      ["Id", "Amount"],
      ["D1", 5],
    ];
    const { fake, workbook } = setUp({ sheets: [{ name: "Deals", rows, origin: { row: 4, column: 2 } }] });

    const snapshot = await workbook.read();

    expect(snapshot.sheets[0].firstRow).toBe(5);
    expect(snapshot.sheets[0].firstColumn).toBe(2);
    expect(snapshot.sheets[0].rows).toEqual(rows);
    expect(fake.valuesLoads.map((load) => load.address)).toEqual(["C5:D6"]);
  });

  test("returns empty grid for empty sheet", async () => {
    const { fake, workbook } = setUp({ sheets: [{ name: "Blank" }, { name: "Deals", rows: [["Id"]] }] });

    const snapshot = await workbook.read();

    expect(snapshot.sheets[0]).toEqual({ name: "Blank", rows: [], firstRow: 1, firstColumn: 0, tables: [] });
    expect(snapshot.sheets[1].rows).toEqual([["Id"]]);
    expect(fake.syncCount).toBe(2 + 1);
  });

  test("halves block after payload error", async () => {
    const { fake, workbook } = setUp({ sheets: [{ name: "Deals", rows: source }], payloadLimitRows: 3_000 });
    const progress: ReadProgress[] = [];

    const snapshot = await workbook.read({ onProgress: (update) => progress.push(update) });

    expect(snapshot.sheets[0].rows).toEqual(source);
    const failed = fake.valuesLoads.filter((load) => load.outcome === "payloadLimit");
    const read = fake.valuesLoads.filter((load) => load.outcome === "read");
    expect(failed.map((load) => load.rowCount)).toEqual([10_000, 5_000]);
    expect(read).toHaveLength(10);
    expect(read.every((load) => load.rowCount === 2_500)).toBe(true);
    expect(progress.at(-1)).toEqual({ rowsRead: 25_000, rowsTotal: 25_000 });
    expect(fake.syncCount).toBe(2 + 2 + 10);
  });

  test("halves block after request payload error", async () => {
    const { fake, workbook } = setUp({
      sheets: [{ name: "Deals", rows: source }],
      payloadLimitRows: 8_000,
      payloadErrorCode: "RequestPayloadSizeLimitExceeded",
    });

    const snapshot = await workbook.read();

    expect(snapshot.sheets[0].rows).toEqual(source);
    expect(fake.valuesLoads.map((load) => load.rowCount)).toEqual([10_000, 5_000, 5_000, 5_000, 5_000, 5_000]);
  });

  test("halves block after null values", async () => {
    const { fake, workbook } = setUp({ sheets: [{ name: "Deals", rows: source }], nullValuesAboveRows: 6_000 });

    const snapshot = await workbook.read();

    expect(snapshot.sheets[0].rows).toEqual(source);
    expect(fake.valuesLoads.map((load) => load.outcome)).toEqual(["nullValues", "read", "read", "read", "read", "read"]);
    expect(fake.valuesLoads.map((load) => load.rowCount)).toEqual([10_000, 5_000, 5_000, 5_000, 5_000, 5_000]);
  });

  test("rethrows payload error at minimum block", async () => {
    const { fake, workbook } = setUp({ sheets: [{ name: "Deals", rows: source }], payloadLimitRows: 50 });

    await expect(workbook.read()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });

    expect(fake.valuesLoads.map((load) => load.rowCount)).toEqual([10_000, 5_000, 2_500, 1_250, 625, 312, 156, 100]);
    expect(fake.valuesLoads.every((load) => load.outcome === "payloadLimit")).toBe(true);
  });

  test("fails when values stay null", async () => {
    const { workbook } = setUp({ sheets: [{ name: "Deals", rows: source }], nullValuesAboveRows: 10 });

    await expect(workbook.read()).rejects.toThrow('Excel returned no values for rows 1-100 of sheet "Deals", even in a block of 100 rows');
  });

  test("cancels between blocks", async () => {
    const { fake, workbook } = setUp({ sheets: [{ name: "Deals", rows: source }] });
    const controller = new AbortController();

    const reading = workbook.read({ signal: controller.signal, onProgress: () => controller.abort() });

    await expect(reading).rejects.toBeInstanceOf(ReadCancelledError);
    expect(fake.valuesLoads).toHaveLength(1);
    expect(fake.syncCount).toBe(2 + 1);
  });

  test("cancels before first sync", async () => {
    const { fake, workbook } = setUp({ sheets: [{ name: "Deals", rows: source }] });
    const controller = new AbortController();
    controller.abort();

    await expect(workbook.read({ signal: controller.signal })).rejects.toBeInstanceOf(ReadCancelledError);
    expect(fake.syncCount).toBe(0);
  });

  test("reads 1904 date system", async () => {
    const { workbook } = setUp({ sheets: [{ name: "Deals", rows: [["Id"]] }], use1904DateSystem: true });

    expect((await workbook.read()).date1904).toBe(true);
  });

  test("assumes 1900 dates without ExcelApi 1.16", async () => {
    const { workbook } = setUp({ sheets: [{ name: "Deals", rows: [["Id"]] }], use1904DateSystem: true }, undefined, NO_SETS);

    expect((await workbook.read()).date1904).toBe(false);
  });

  test("rejects invalid block size", () => {
    expect(() => new ExcelWorkbook({ blockRows: 0 })).toThrow("invalid blockRows: 0");
    expect(() => new ExcelWorkbook({ blockRows: 2.5 })).toThrow("invalid blockRows: 2.5");
  });

  test("exposes host and title", () => {
    const { workbook } = setUp({ sheets: [] });

    expect(workbook.host).toBe("excel");
    expect(workbook.title).toBe("Deals.xlsx");
  });
});

describe("ExcelWorkbook.read tables", () => {
  const rows = dealRows(9);

  test("reads table position", async () => {
    const { workbook } = setUp({
      sheets: [{ name: "Deals", rows, origin: { row: 2, column: 1 }, tables: [{ name: "DealsTable", range: { rowIndex: 2, columnIndex: 1, rowCount: 10, columnCount: 6 } }] }],
    });

    const snapshot = await workbook.read();

    expect(snapshot.sheets[0].tables).toEqual([{ name: "DealsTable", headerRow: 3, firstColumn: 1, rowCount: 10, columnCount: 6 }]);
  });

  test("leaves totals row out", async () => {
    const { workbook } = setUp({
      sheets: [{ name: "Deals", rows, tables: [{ name: "DealsTable", range: { rowIndex: 0, columnIndex: 0, rowCount: 11, columnCount: 6 }, showTotals: true }] }],
    });

    const snapshot = await workbook.read();

    expect(snapshot.sheets[0].tables?.[0].headerRow).toBe(1);
    expect(snapshot.sheets[0].tables?.[0].rowCount).toBe(10);
  });

  test("skips table without header row", async () => {
    const { workbook } = setUp({
      sheets: [
        {
          name: "Deals",
          rows,
          tables: [
            { name: "NoHeaders", range: { rowIndex: 1, columnIndex: 0, rowCount: 9, columnCount: 6 }, showHeaders: false },
            { name: "Quotas", range: { rowIndex: 0, columnIndex: 8, rowCount: 3, columnCount: 2 } },
          ],
        },
      ],
    });

    const snapshot = await workbook.read();

    expect(snapshot.sheets[0].tables?.map((table) => table.name)).toEqual(["Quotas"]);
  });

  test("skips tables on hidden sheets", async () => {
    const table = (name: string) => ({ name, range: { rowIndex: 0, columnIndex: 0, rowCount: 2, columnCount: 1 } });
    const { fake, workbook } = setUp({
      sheets: [
        { name: "Deals", rows, tables: [table("DealsTable")] },
        { name: "Lookup", rows: [["Stage"], ["Won"]], visibility: "Hidden", tables: [table("Stages")] },
        { name: "Internal", rows: [["Key"], ["x"]], visibility: "VeryHidden", tables: [table("Keys")] },
      ],
    });

    const snapshot = await workbook.read();

    expect(snapshot.sheets.flatMap((sheet) => sheet.tables ?? []).map((region) => region.name)).toEqual(["DealsTable"]);
    expect(fake.tableRangeLoads.map((load) => load.table)).toEqual(["DealsTable"]);
  });

  test("assigns tables to their sheets", async () => {
    const table = (name: string, columnIndex: number) => ({ name, range: { rowIndex: 0, columnIndex, rowCount: 2, columnCount: 1 } });
    const { workbook } = setUp({
      sheets: [
        { name: "Deals", rows: [["Id", "", "Owner"], ["D1", "", "Li Wei"]], tables: [table("Ids", 0), table("Owners", 2)] },
        { name: "Blank" },
        { name: "Quotas", rows: [["Owner"], ["Li Wei"]], tables: [table("QuotaTable", 0)] },
      ],
    });

    const snapshot = await workbook.read();

    expect(snapshot.sheets[0].tables?.map((region) => region.name)).toEqual(["Ids", "Owners"]);
    expect(snapshot.sheets[0].tables?.[1].firstColumn).toBe(2);
    expect(snapshot.sheets[1].tables).toEqual([]);
    expect(snapshot.sheets[2].tables?.map((region) => region.name)).toEqual(["QuotaTable"]);
  });

  test("loads tables without extra sync", async () => {
    const { fake, workbook } = setUp({
      sheets: [{ name: "Deals", rows, tables: [{ name: "DealsTable", range: { rowIndex: 0, columnIndex: 0, rowCount: 10, columnCount: 6 } }] }],
    });

    await workbook.read();

    expect(fake.syncCount).toBe(2 + 1);
    expect(fake.tableRangeLoads).toEqual([{ sync: 2, table: "DealsTable" }]);
  });
});

describe("ExcelWorkbook.writeReportSheet", () => {
  const dataSheet = { name: "Deals", rows: [["Id", "Name"], ["D1", "Acme"]] };
  const expectedFormats = [
    ["@", "@", "@"],
    ["@", "@", "@"],
    ["@", "@", "@"],
    ["@", "#,##0.00", "@"],
    ["@", '0.00"×"', "@"],
    ["@", "@", "@"],
    ["@", "#,##0", "@"],
  ];

  test("adds owned sheet to fresh workbook", async () => {
    const { fake, workbook } = setUp({ sheets: [dataSheet] });

    const result = await workbook.writeReportSheet(reportContent());

    expect(result).toEqual({ sheetName: "Pipeline Health" });
    expect(fake.sheetNames()).toEqual(["Deals", "Pipeline Health"]);
    expect(fake.addedSheets).toEqual(["Pipeline Health"]);
    expect(fake.deletedSheets).toEqual([]);
    expect(fake.sheet("Pipeline Health").customProperty(OWNER_PROPERTY_KEY)).toBe("report");
    expect(fake.activeSheetName).toBe("Pipeline Health");
  });

  test("sets number formats before values", async () => {
    const { fake, workbook } = setUp({ sheets: [dataSheet] });

    await workbook.writeReportSheet(reportContent());

    const writes = fake.rangeWritesTo("Pipeline Health");
    expect(writes.map((write) => write.property)).toEqual(["numberFormat", "values"]);
    expect(writes[0].address).toBe("A1:C7");
    expect(writes[1].address).toBe("A1:C7");
    expect(writes[0].order).toBeLessThan(writes[1].order);
    expect(writes[0].sync).toBe(writes[1].sync);
    expect(writes[0].data).toEqual(expectedFormats);
  });

  test("writes values in one array", async () => {
    const { fake, workbook } = setUp({ sheets: [dataSheet] });

    await workbook.writeReportSheet(reportContent());

    const values = fake.rangeWritesTo("Pipeline Health").find((write) => write.property === "values");
    expect(values?.data).toEqual([
      ["Pipeline Health", "", ""],
      ["Written on 2026-03-31", "", ""],
      ["Figure", "Value", "Note"],
      ["Weighted forecast", 1250000.5, ""],
      ["Coverage", 2.5, "-3 deals since last week"],
      ["Largest deal", "Acme renewal", ""],
      ["Open deals", "", ""],
    ]);
    const sheet = fake.sheet("Pipeline Health");
    expect(sheet.value(3, 1)).toBe(1250000.5);
    expect(sheet.numberFormat(3, 1)).toBe("#,##0.00");
    expect(sheet.value(6, 1)).toBeNull();
    expect(sheet.isFormula(4, 2)).toBe(false);
  });

  test("writes formula-like deal name as text", async () => {
    const dealName = '=HYPERLINK("http://x")';
    const { fake, workbook } = setUp({ sheets: [dataSheet] });

    await workbook.writeReportSheet(reportContent(dealName));

    const sheet = fake.sheet("Pipeline Health");
    expect(sheet.value(5, 1)).toBe(dealName);
    expect(sheet.numberFormat(5, 1)).toBe("@");
    expect(sheet.isFormula(5, 1)).toBe(false);
    expect(sheet.formulaCells.size).toBe(0);
  });

  test("formats strings in number cells as text", async () => {
    const content = reportContent();
    content.rows[3][1] = { value: "+86 10 5555", format: "amount", style: "value" };
    const { fake, workbook } = setUp({ sheets: [dataSheet] });

    await workbook.writeReportSheet(content);

    const sheet = fake.sheet("Pipeline Health");
    expect(sheet.numberFormat(3, 1)).toBe("@");
    expect(sheet.isFormula(3, 1)).toBe(false);
  });

  test("bolds title and header rows", async () => {
    const { fake, workbook } = setUp({ sheets: [dataSheet] });

    await workbook.writeReportSheet(reportContent());

    const bold = fake.formatWrites.filter((write) => write.property === "bold");
    expect(bold.map((write) => [write.address, write.value])).toEqual([
      ["A1:C1", true],
      ["A3:C3", true],
    ]);
  });

  test("sets column widths in points", async () => {
    const { fake, workbook } = setUp({ sheets: [dataSheet] });

    await workbook.writeReportSheet(reportContent());

    const widths = fake.formatWrites.filter((write) => write.property === "columnWidth");
    expect(widths.map((write) => [write.address, write.value])).toEqual([
      ["A1", 34 * 7],
      ["B1", 18 * 7],
      ["C1", 70 * 7],
    ]);
  });

  test("writes everything in final sync", async () => {
    const { fake, workbook } = setUp({ sheets: [dataSheet] });

    await workbook.writeReportSheet(reportContent());

    const finalSync = fake.syncCount;
    // Sheet names, then owner markers, then the write.
    expect(finalSync).toBe(3);
    expect(fake.calculationSuspendedSyncs).toEqual([finalSync]);
    expect(fake.rangeWrites.every((write) => write.sync === finalSync)).toBe(true);
    expect(fake.formatWrites.every((write) => write.sync === finalSync)).toBe(true);
  });

  test("replaces only owned sheet", async () => {
    const { fake, workbook } = setUp({ sheets: [dataSheet] });

    await workbook.writeReportSheet(reportContent("First"));
    const second = await workbook.writeReportSheet(reportContent("Second"));

    expect(second).toEqual({ sheetName: "Pipeline Health" });
    expect(fake.sheetNames()).toEqual(["Deals", "Pipeline Health"]);
    expect(fake.deletedSheets).toEqual(["Pipeline Health"]);
    expect(fake.addedSheets).toEqual(["Pipeline Health", "Pipeline Health"]);
    expect(fake.sheet("Pipeline Health").value(5, 1)).toBe("Second");
    expect(fake.sheet("Deals").valuesOf({ rowIndex: 0, columnIndex: 0, rowCount: 2, columnCount: 2 })).toEqual(dataSheet.rows);
    expect(fake.rangeWritesTo("Deals")).toEqual([]);
  });

  test("keeps user sheet of same name", async () => {
    const userRows = [["My notes"], ["call Acme"]];
    const { fake, workbook } = setUp({ sheets: [dataSheet, { name: "Pipeline Health", rows: userRows }] });

    const result = await workbook.writeReportSheet(reportContent());

    expect(result).toEqual({ sheetName: "Pipeline Health (2)" });
    expect(fake.sheetNames()).toEqual(["Deals", "Pipeline Health", "Pipeline Health (2)"]);
    expect(fake.deletedSheets).toEqual([]);
    expect(fake.rangeWritesTo("Pipeline Health")).toEqual([]);
    expect(fake.sheet("Pipeline Health").valuesOf({ rowIndex: 0, columnIndex: 0, rowCount: 2, columnCount: 1 })).toEqual(userRows);
    expect(fake.sheet("Pipeline Health").customProperty(OWNER_PROPERTY_KEY)).toBeUndefined();
    expect(fake.sheet("Pipeline Health (2)").customProperty(OWNER_PROPERTY_KEY)).toBe("report");
  });

  test("rewrite replaces numbered owned sheet", async () => {
    const { fake, workbook } = setUp({ sheets: [dataSheet, { name: "Pipeline Health", rows: [["My notes"]] }] });

    await workbook.writeReportSheet(reportContent("First"));
    const second = await workbook.writeReportSheet(reportContent("Second"));

    expect(second).toEqual({ sheetName: "Pipeline Health (2)" });
    expect(fake.sheetNames()).toEqual(["Deals", "Pipeline Health", "Pipeline Health (2)"]);
    expect(fake.deletedSheets).toEqual(["Pipeline Health (2)"]);
    expect(fake.sheet("Pipeline Health").value(0, 0)).toBe("My notes");
  });

  test("skips sheet with other owner value", async () => {
    const { fake, workbook } = setUp({
      sheets: [dataSheet, { name: "Pipeline Health", rows: [["x"]], customProperties: { [OWNER_PROPERTY_KEY]: "someone else" } }],
    });

    const result = await workbook.writeReportSheet(reportContent());

    expect(result.sheetName).toBe("Pipeline Health (2)");
    expect(fake.deletedSheets).toEqual([]);
  });

  test("matches sheet names ignoring case", async () => {
    const { fake, workbook } = setUp({ sheets: [dataSheet, { name: "pipeline health", rows: [["x"]] }] });

    const result = await workbook.writeReportSheet(reportContent());

    expect(result.sheetName).toBe("Pipeline Health (2)");
    expect(fake.sheet("pipeline health").value(0, 0)).toBe("x");
  });

  test("searches past ten existing names", async () => {
    const existing = Array.from({ length: 12 }, (_, i) => ({ name: i === 0 ? "Pipeline Health" : `Pipeline Health (${i + 1})`, rows: [["x"]] }));
    const { fake, workbook } = setUp({ sheets: [dataSheet, ...existing] });

    const result = await workbook.writeReportSheet(reportContent());

    expect(result.sheetName).toBe("Pipeline Health (13)");
    expect(fake.addedSheets).toEqual(["Pipeline Health (13)"]);
  });

  test("writes Chinese report sheet name", async () => {
    const { fake, workbook } = setUp({ sheets: [dataSheet, { name: "管道健康", rows: [["备注"]] }] });

    const result = await workbook.writeReportSheet(reportContent("Acme", "管道健康"));

    expect(result.sheetName).toBe("管道健康 (2)");
    expect(fake.sheet("管道健康").value(0, 0)).toBe("备注");
  });
});

describe("ExcelWorkbook.writeReportSheet kinds", () => {
  const dataSheet = { name: "Deals", rows: [["Id", "Name"], ["D1", "Acme"]] };
  const owned = (name: string, kind: string) => ({ name, rows: [["old"]], customProperties: { [OWNER_PROPERTY_KEY]: kind } });

  test("marks sheet with its kind", async () => {
    const { fake, workbook } = setUp({ sheets: [dataSheet] });

    await workbook.writeReportSheet(reportContent("Acme", "Data Quality", "dataQuality"));

    expect(fake.sheet("Data Quality").customProperty(OWNER_PROPERTY_KEY)).toBe("dataQuality");
  });

  test("replaces same kind in other language", async () => {
    const { fake, workbook } = setUp({ sheets: [dataSheet, owned("管道健康", "report")] });

    const result = await workbook.writeReportSheet(reportContent("Acme", "Pipeline Health"));

    expect(result.sheetName).toBe("Pipeline Health");
    expect(fake.deletedSheets).toEqual(["管道健康"]);
    expect(fake.sheetNames()).toEqual(["Deals", "Pipeline Health"]);
  });

  test("replaces old report marker", async () => {
    // Versions before sheet kinds marked every add-in sheet with "report".
    const { fake, workbook } = setUp({ sheets: [dataSheet, owned("Pipeline Health", "report"), owned("管道健康", "report")] });

    await workbook.writeReportSheet(reportContent("Acme", "Pipeline Health"));

    expect(fake.deletedSheets).toEqual(["Pipeline Health", "管道健康"]);
    expect(fake.sheet("Pipeline Health").customProperty(OWNER_PROPERTY_KEY)).toBe("report");
  });

  test("keeps owned sheet of other kind", async () => {
    const { fake, workbook } = setUp({ sheets: [dataSheet, owned("数据质量", "dataQuality")] });

    await workbook.writeReportSheet(reportContent("Acme", "Pipeline Health"));

    expect(fake.deletedSheets).toEqual([]);
    expect(fake.sheet("数据质量").value(0, 0)).toBe("old");
  });

  test("replaces data quality in other language", async () => {
    const { fake, workbook } = setUp({ sheets: [dataSheet, owned("Pipeline Health", "report"), owned("Data Quality", "dataQuality")] });

    await workbook.writeReportSheet(reportContent("Acme", "数据质量", "dataQuality"));

    expect(fake.deletedSheets).toEqual(["Data Quality"]);
    expect(fake.sheetNames()).toEqual(["Deals", "Pipeline Health", "数据质量"]);
  });

  test("keeps unmarked sheet of other name", async () => {
    const { fake, workbook } = setUp({ sheets: [dataSheet, { name: "管道健康", rows: [["备注"]] }] });

    await workbook.writeReportSheet(reportContent("Acme", "Pipeline Health"));

    expect(fake.deletedSheets).toEqual([]);
    expect(fake.sheet("管道健康").value(0, 0)).toBe("备注");
  });

  test("keeps sheet with unknown marker", async () => {
    const { fake, workbook } = setUp({ sheets: [dataSheet, owned("管道健康", "someone else")] });

    await workbook.writeReportSheet(reportContent("Acme", "Pipeline Health"));

    expect(fake.deletedSheets).toEqual([]);
  });

  test("deletes last visible old sheet", async () => {
    const { fake, workbook } = setUp({ sheets: [{ ...dataSheet, visibility: "Hidden" }, owned("管道健康", "report")] });

    await workbook.writeReportSheet(reportContent("Acme", "Pipeline Health"));

    expect(fake.sheetNames()).toEqual(["Deals", "Pipeline Health"]);
    expect(fake.activeSheetName).toBe("Pipeline Health");
  });

  test("loads all markers in one sync", async () => {
    const others = Array.from({ length: 15 }, (_, i) => ({ name: `Notes ${i + 1}`, rows: [["x"]] }));
    const { fake, workbook } = setUp({ sheets: [dataSheet, ...others, owned("管道健康", "report")] });

    await workbook.writeReportSheet(reportContent("Acme", "Pipeline Health"));

    expect(fake.syncCount).toBe(3);
    expect(fake.deletedSheets).toEqual(["管道健康"]);
  });

  test("replaces in three syncs", async () => {
    const { fake, workbook } = setUp({ sheets: [dataSheet] });
    await workbook.writeReportSheet(reportContent("First"));
    const syncsBefore = fake.syncCount;

    await workbook.writeReportSheet(reportContent("Second"));

    expect(syncsBefore).toBe(3);
    expect(fake.syncCount - syncsBefore).toBe(3);
  });
});

describe("ExcelWorkbook.writeReportSheet blocks", () => {
  const ROWS = 12_000;
  const formulaRow = 11_500;
  const dataSheet = { name: "Deals", rows: [["Id"], ["D1"]] };

  /** Builds a Data Quality layout of a title, a header and issue rows. Row `formulaRow` has a value starting with "=". */
  function issueContent(rowCount = ROWS): ReportSheetContent {
    const cell = (value: string, style: SheetCellStyle = "label"): SheetCell => ({ value, format: "text", style });
    const rows: SheetCell[][] = [
      [cell("Data Quality", "title"), cell("", "title"), cell("", "title"), cell("", "title"), cell("", "title")],
      [cell("Sheet", "header"), cell("Cell", "header"), cell("Header", "header"), cell("Value", "header"), cell("Reason", "header")],
    ];
    for (let row = rows.length; row < rowCount; row++) {
      const value = row === formulaRow ? "=SUM(A1:A2)" : `${row}`;
      rows.push([cell("Deals"), cell(`D${row}`), cell("Amount"), cell(value, "value"), cell("not a number")]);
    }
    return { kind: "dataQuality", name: "Data Quality", rows, columnCount: 5, columnWidths: [22, 10, 24, 32, 64] };
  }

  test("writes 12,000 rows in 3 blocks", async () => {
    const { fake, workbook } = setUp({ sheets: [dataSheet] });

    await workbook.writeReportSheet(issueContent());

    const values = fake.rangeWritesTo("Data Quality").filter((write) => write.property === "values");
    expect(values.map((write) => write.address)).toEqual(["A1:E5000", "A5001:E10000", "A10001:E12000"]);
    expect(values.map((write) => write.sync)).toEqual([3, 4, 5]);
    expect(fake.syncCount).toBe(2 + 3);
  });

  test("sets formats before values per block", async () => {
    const { fake, workbook } = setUp({ sheets: [dataSheet] });

    await workbook.writeReportSheet(issueContent());

    const writes = fake.rangeWritesTo("Data Quality");
    expect(writes.map((write) => write.property)).toEqual(["numberFormat", "values", "numberFormat", "values", "numberFormat", "values"]);
    for (let block = 0; block < 3; block++) {
      const [format, values] = [writes[2 * block], writes[2 * block + 1]];
      expect(format.address).toBe(values.address);
      expect(format.sync).toBe(values.sync);
      expect(format.order).toBeLessThan(values.order);
    }
  });

  test("keeps formula text in last block", async () => {
    const { fake, workbook } = setUp({ sheets: [dataSheet] });

    await workbook.writeReportSheet(issueContent());

    const sheet = fake.sheet("Data Quality");
    expect(sheet.value(formulaRow, 3)).toBe("=SUM(A1:A2)");
    expect(sheet.numberFormat(formulaRow, 3)).toBe("@");
    expect(sheet.isFormula(formulaRow, 3)).toBe(false);
    expect(sheet.formulaCells.size).toBe(0);
  });

  test("writes every row once", async () => {
    const { fake, workbook } = setUp({ sheets: [dataSheet] });

    await workbook.writeReportSheet(issueContent());

    const sheet = fake.sheet("Data Quality");
    expect(sheet.usedArea()).toEqual({ rowIndex: 0, columnIndex: 0, rowCount: ROWS, columnCount: 5 });
    expect(sheet.value(4_999, 1)).toBe("D4999");
    expect(sheet.value(5_000, 1)).toBe("D5000");
    expect(sheet.value(ROWS - 1, 1)).toBe(`D${ROWS - 1}`);
  });

  test("suspends calculation for each block", async () => {
    const { fake, workbook } = setUp({ sheets: [dataSheet] });

    await workbook.writeReportSheet(issueContent());

    expect(fake.calculationSuspendedSyncs).toEqual([3, 4, 5]);
  });

  test("bolds only title and header rows", async () => {
    const { fake, workbook } = setUp({ sheets: [dataSheet] });

    await workbook.writeReportSheet(issueContent());

    const bold = fake.formatWrites.filter((write) => write.property === "bold");
    expect(bold.map((write) => write.address)).toEqual(["A1:E1", "A2:E2"]);
  });

  test("sets sheet up in first block", async () => {
    const { fake, workbook } = setUp({ sheets: [dataSheet] });

    await workbook.writeReportSheet(issueContent());

    const widths = fake.formatWrites.filter((write) => write.property === "columnWidth");
    expect(widths.map((write) => write.sync)).toEqual([3, 3, 3, 3, 3]);
    expect(fake.addedSheets).toEqual(["Data Quality"]);
    expect(fake.sheet("Data Quality").customProperty(OWNER_PROPERTY_KEY)).toBe("dataQuality");
    expect(fake.activeSheetName).toBe("Data Quality");
  });

  test("writes empty content in one sync", async () => {
    const { fake, workbook } = setUp({ sheets: [dataSheet] });

    await workbook.writeReportSheet({ ...issueContent(), rows: [] });

    expect(fake.syncCount).toBe(3);
    expect(fake.rangeWritesTo("Data Quality")).toEqual([]);
    expect(fake.activeSheetName).toBe("Data Quality");
  });
});

describe("rowBlocks", () => {
  const row = (columnCount: number, value = "x"): SheetCell[] =>
    Array.from({ length: columnCount }, () => ({ value, format: "text", style: "label" }));
  const rows = (count: number, columnCount: number, value = "x") => Array.from({ length: count }, () => row(columnCount, value));

  test("caps rows per block", () => {
    expect(rowBlocks({ rows: rows(12_000, 5), columnCount: 5 })).toEqual([
      { start: 0, rowCount: WRITE_BLOCK_ROWS },
      { start: 5_000, rowCount: 5_000 },
      { start: 10_000, rowCount: 2_000 },
    ]);
  });

  test("caps cells per block", () => {
    const blocks = rowBlocks({ rows: rows(6_000, 20), columnCount: 20 });

    expect(blocks.map((block) => block.rowCount)).toEqual([1_250, 1_250, 1_250, 1_250, 1_000]);
    expect(WRITE_BLOCK_CELLS / 20).toBe(1_250);
  });

  test("caps characters per block", () => {
    const longText = "长".repeat(100_000);
    const blocks = rowBlocks({ rows: rows(25, 1, longText), columnCount: 1 });

    expect(WRITE_BLOCK_CHARACTERS / longText.length).toBe(10);
    expect(blocks.map((block) => block.rowCount)).toEqual([10, 10, 5]);
  });

  test("gives long row own block", () => {
    const content = { rows: [row(1), row(1, "x".repeat(WRITE_BLOCK_CHARACTERS + 1)), row(1)], columnCount: 1 };

    expect(rowBlocks(content)).toEqual([
      { start: 0, rowCount: 1 },
      { start: 1, rowCount: 1 },
      { start: 2, rowCount: 1 },
    ]);
  });

  test("returns no blocks without cells", () => {
    expect(rowBlocks({ rows: [], columnCount: 3 })).toEqual([]);
    expect(rowBlocks({ rows: rows(3, 0), columnCount: 0 })).toEqual([]);
  });
});

describe("fake Excel", () => {
  test("rejects values read without sync", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Deals", rows: [["Id"]] }] });

    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("Deals");
      const range = sheet.getRangeByIndexes(0, 0, 1, 1);
      expect(range.values).toBe(NOT_LOADED);
      range.load("values");
      expect(range.values).toBe(NOT_SYNCED);
      await context.sync();
      expect(range.values).toEqual([["Id"]]);
    });
  });

  test("parses unformatted text as formula", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Deals" }] });

    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("Deals");
      sheet.getRangeByIndexes(0, 0, 1, 1).values = [['=HYPERLINK("http://x")']];
      await context.sync();
    });

    expect(fake.sheet("Deals").isFormula(0, 0)).toBe(true);
  });

  test("rejects batch ending without sync", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Deals" }] });

    const run = fake.run(async (context) => {
      context.workbook.worksheets.add("Report");
    });

    await expect(run).rejects.toThrow("1 queued operations were never synced");
  });
});

describe("saved choices", () => {
  /** A stand-in for Office.Settings that stores values and reports each saveAsync. */
  function fakeSettings(failSave = false) {
    const values = new Map<string, unknown>();
    let saves = 0;
    const settings = {
      get: (name: string) => values.get(name) ?? null,
      set: (name: string, value: unknown) => void values.set(name, value),
      remove: (name: string) => void values.delete(name),
      saveAsync: (callback: (result: { status: string; error: { message: string } }) => void) => {
        saves++;
        callback(failSave ? { status: "failed", error: { message: "settings could not be saved" } } : { status: "succeeded", error: { message: "" } });
      },
    };
    return { settings: settings as unknown as Office.Settings, values, saves: () => saves };
  }

  test("choices are empty before any save", async () => {
    const { settings } = fakeSettings();
    const workbook = new ExcelWorkbook({ run: jest.fn(), settings: () => settings, isSetSupported: () => true });
    expect(await workbook.loadChoices()).toEqual({});
  });

  test("saved choices load back", async () => {
    const { settings, saves } = fakeSettings();
    const workbook = new ExcelWorkbook({ run: jest.fn(), settings: () => settings, isSetSupported: () => true });
    await workbook.saveChoices({ mapping: { amount: "Est. revenue" }, quota: "60万" });
    expect(await workbook.loadChoices()).toEqual({ mapping: { amount: "Est. revenue" }, quota: "60万" });
    expect(saves()).toBe(1);
  });

  test("failed settings save rejects", async () => {
    const { settings } = fakeSettings(true);
    const workbook = new ExcelWorkbook({ run: jest.fn(), settings: () => settings, isSetSupported: () => true });
    await expect(workbook.saveChoices({ quota: "1" })).rejects.toThrow("settings could not be saved");
  });
});
