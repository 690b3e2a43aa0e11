import type { SheetGrid } from "../../src/engine/types";
import { FileWorkbook } from "../../src/workbook/file/file-workbook";
import type { FileWorkbookData } from "../../src/workbook/file/read-file";
import { ReadCancelledError, type ReadProgress } from "../../src/workbook/port";
import { reportContent } from "./report-content";

const deals: SheetGrid = { name: "Deals", rows: [["Id", "Amount"], ["D1", 100], ["D2", null]], firstRow: 1, firstColumn: 0 };

function fileData(...extra: SheetGrid[]): FileWorkbookData {
  return { fileName: "pipeline.xlsx", sheets: [deals, ...extra], date1904: false };
}

function sheetNames(workbook: FileWorkbook): string[] {
  return workbook.snapshot().sheets.map((sheet) => sheet.name);
}

describe("FileWorkbook.read", () => {
  test("returns sheets and date system", async () => {
    const workbook = new FileWorkbook({ ...fileData(), date1904: true });
    const progress: ReadProgress[] = [];

    const snapshot = await workbook.read({ onProgress: (update) => progress.push(update) });

    expect(snapshot.sheets).toEqual([deals]);
    expect(snapshot.date1904).toBe(true);
    expect(progress).toEqual([{ rowsRead: 3, rowsTotal: 3 }]);
  });

  test("exposes host and title", () => {
    const workbook = new FileWorkbook(fileData());

    expect(workbook.host).toBe("file");
    expect(workbook.title).toBe("pipeline.xlsx");
  });

  test("rejects aborted read", async () => {
    const workbook = new FileWorkbook(fileData());
    const controller = new AbortController();
    controller.abort();

    await expect(workbook.read({ signal: controller.signal })).rejects.toBeInstanceOf(ReadCancelledError);
  });
});

describe("FileWorkbook.writeReportSheet", () => {
  test("adds sheet to fresh workbook", async () => {
    const workbook = new FileWorkbook(fileData());

    const result = await workbook.writeReportSheet(reportContent());

    expect(result).toEqual({ sheetName: "Pipeline Health" });
    expect(sheetNames(workbook)).toEqual(["Deals", "Pipeline Health"]);
    const report = workbook.snapshot().sheets[1];
    expect(report.firstRow).toBe(1);
    expect(report.firstColumn).toBe(0);
    expect(report.rows[3]).toEqual(["Weighted forecast", 1250000.5, ""]);
    expect(report.rows[6]).toEqual(["Open deals", null, ""]);
  });

  test("keeps formula-like text as string", async () => {
    const dealName = '=HYPERLINK("http://x")';
    const workbook = new FileWorkbook(fileData());

    await workbook.writeReportSheet(reportContent(dealName));

    expect(workbook.snapshot().sheets[1].rows[5][1]).toBe(dealName);
  });

  test("replaces only owned sheet", async () => {
    const workbook = new FileWorkbook(fileData());

    await workbook.writeReportSheet(reportContent("First"));
    const second = await workbook.writeReportSheet(reportContent("Second"));

    expect(second).toEqual({ sheetName: "Pipeline Health" });
    expect(sheetNames(workbook)).toEqual(["Deals", "Pipeline Health"]);
    expect(workbook.snapshot().sheets[1].rows[5][1]).toBe("Second");
    expect(workbook.snapshot().sheets[0]).toBe(deals);
  });

  test("keeps file sheet of same name", async () => {
    const notes: SheetGrid = { name: "Pipeline Health", rows: [["My notes"]], firstRow: 1, firstColumn: 0 };
    const workbook = new FileWorkbook(fileData(notes));

    const result = await workbook.writeReportSheet(reportContent());

    expect(result).toEqual({ sheetName: "Pipeline Health (2)" });
    expect(sheetNames(workbook)).toEqual(["Deals", "Pipeline Health", "Pipeline Health (2)"]);
    expect(workbook.snapshot().sheets[1]).toBe(notes);
    expect(notes.rows).toEqual([["My notes"]]);
  });

  test("rewrite replaces numbered owned sheet", async () => {
    const notes: SheetGrid = { name: "Pipeline Health", rows: [["My notes"]], firstRow: 1, firstColumn: 0 };
    const workbook = new FileWorkbook(fileData(notes));

    await workbook.writeReportSheet(reportContent("First"));
    const second = await workbook.writeReportSheet(reportContent("Second"));

    expect(second).toEqual({ sheetName: "Pipeline Health (2)" });
    expect(sheetNames(workbook)).toEqual(["Deals", "Pipeline Health", "Pipeline Health (2)"]);
    expect(workbook.snapshot().sheets[2].rows[5][1]).toBe("Second");
  });

  test("matches sheet names ignoring case", async () => {
    const notes: SheetGrid = { name: "PIPELINE HEALTH", rows: [["x"]], firstRow: 1, firstColumn: 0 };
    const workbook = new FileWorkbook(fileData(notes));

    const result = await workbook.writeReportSheet(reportContent());

    expect(result.sheetName).toBe("Pipeline Health (2)");
    expect(workbook.snapshot().sheets[1]).toBe(notes);
  });

  test("does not change source data", async () => {
    const data = fileData();
    const workbook = new FileWorkbook(data);

    await workbook.writeReportSheet(reportContent());

    expect(data.sheets).toEqual([deals]);
  });
});

describe("FileWorkbook.writeReportSheet kinds", () => {
  test("replaces same kind in other language", async () => {
    const workbook = new FileWorkbook(fileData());

    await workbook.writeReportSheet(reportContent("First", "管道健康"));
    const second = await workbook.writeReportSheet(reportContent("Second", "Pipeline Health"));

    expect(second).toEqual({ sheetName: "Pipeline Health" });
    expect(sheetNames(workbook)).toEqual(["Deals", "Pipeline Health"]);
  });

  test("keeps written sheet of other kind", async () => {
    const workbook = new FileWorkbook(fileData());

    await workbook.writeReportSheet(reportContent("Acme", "Pipeline Health"));
    await workbook.writeReportSheet(reportContent("Acme", "Data Quality", "dataQuality"));
    await workbook.writeReportSheet(reportContent("Acme", "管道健康"));

    expect(sheetNames(workbook)).toEqual(["Deals", "Data Quality", "管道健康"]);
  });

  test("replaces data quality in other language", async () => {
    const workbook = new FileWorkbook(fileData());

    await workbook.writeReportSheet(reportContent("Acme", "Pipeline Health"));
    await workbook.writeReportSheet(reportContent("Acme", "Data Quality", "dataQuality"));
    await workbook.writeReportSheet(reportContent("Acme", "数据质量", "dataQuality"));

    expect(sheetNames(workbook)).toEqual(["Deals", "Pipeline Health", "数据质量"]);
  });

  test("keeps file sheet of other name", async () => {
    const notes: SheetGrid = { name: "管道健康", rows: [["备注"]], firstRow: 1, firstColumn: 0 };
    const workbook = new FileWorkbook(fileData(notes));

    await workbook.writeReportSheet(reportContent("Acme", "Pipeline Health"));

    expect(sheetNames(workbook)).toEqual(["Deals", "管道健康", "Pipeline Health"]);
    expect(workbook.snapshot().sheets[1]).toBe(notes);
  });

  test("rewrites after other-language replace", async () => {
    const notes: SheetGrid = { name: "Pipeline Health", rows: [["My notes"]], firstRow: 1, firstColumn: 0 };
    const workbook = new FileWorkbook(fileData(notes));

    await workbook.writeReportSheet(reportContent("First", "管道健康"));
    await workbook.writeReportSheet(reportContent("Second", "Pipeline Health"));
    const third = await workbook.writeReportSheet(reportContent("Third", "Pipeline Health"));

    expect(third).toEqual({ sheetName: "Pipeline Health (2)" });
    expect(sheetNames(workbook)).toEqual(["Deals", "Pipeline Health", "Pipeline Health (2)"]);
    expect(workbook.snapshot().sheets[2].rows[5][1]).toBe("Third");
  });
});
