import { buildReport, type HealthReport } from "../../src/engine/report";
import { readPipeline } from "../../src/engine/read/workbook";
import { withDefaults } from "../../src/engine/settings";
import type { SheetGrid } from "../../src/engine/types";
import { translate, type Language } from "../../src/i18n";
import { dataQualitySheetContent, issueCell } from "../../src/present/data-quality-sheet";
import { dataQualityLines } from "../../src/present/data-quality";
import { NUMBER_FORMATS, type ReportSheetContent, type SheetCell } from "../../src/present/report-sheet";
import { ExcelWorkbook } from "../../src/workbook/excel/excel-workbook";
import { FakeExcel } from "../support/fake-excel";
import { sheetGrid, US_OPTIONS, utcDay } from "../support/grids";
import { qualityPipelineSheet } from "../support/quality-pipeline";

const WRITTEN_ON = "2026-05-15";

/** Builds a quota sheet whose only row has an amount that is not a number, giving one quota issue. */
function badQuotaSheet(): SheetGrid {
  return sheetGrid("Quota", [
    ["Owner", "Period", "Quota"],
    ["", "2026", "lots"],
  ]);
}

function qualityReport(sheets: SheetGrid[] = [qualityPipelineSheet(), badQuotaSheet()]): HealthReport {
  const source = readPipeline(sheets, US_OPTIONS);
  if (!source) throw new Error("the test workbook has no deals table");
  return buildReport(source, withDefaults({ asOf: utcDay(2026, 5, 15) }));
}

function values(row: SheetCell[]): (string | number | null)[] {
  return row.map((cell) => cell.value);
}

/** Returns the index of the row whose first cell is `text`, failing the test when there is none. */
function rowIndexOf(content: ReportSheetContent, text: string): number {
  const index = content.rows.findIndex((row) => row[0].value === text);
  if (index < 0) throw new Error(`no row starts with "${text}"`);
  return index;
}

describe("dataQualitySheetContent", () => {
  const report = qualityReport();
  const english = dataQualitySheetContent(report, "en-US", WRITTEN_ON);
  const chinese = dataQualitySheetContent(report, "zh-CN", WRITTEN_ON);

  test("sheet names in both languages", () => {
    expect(english.name).toBe("Data Quality");
    expect(chinese.name).toBe("数据质量");
  });

  test("title, generated note and summary first", () => {
    const lines = dataQualityLines(report, "en-US");
    expect(english.rows[0][0]).toEqual({ value: "Data quality", format: "text", style: "title" });
    expect(english.rows[1][0].value).toBe(translate("en-US", "sheet.generated", { date: WRITTEN_ON }));
    expect(english.rows.slice(2, 2 + lines.length).map((row) => row[0].value)).toEqual(lines);
  });

  test("every row has five cells", () => {
    for (const content of [english, chinese]) {
      expect(content.columnCount).toBe(5);
      expect(content.columnWidths).toHaveLength(5);
      for (const row of content.rows) expect(row).toHaveLength(5);
    }
  });

  test("issue table rows in English", () => {
    const start = rowIndexOf(english, "Data issues (8)");
    expect(values(english.rows[start + 1])).toEqual(["Sheet", "Cell", "Column header", "Value as written", "Reason"]);
    expect(english.rows.slice(start + 2, start + 10).map(values)).toEqual([
      ["Deals", "A2", "Opportunity ID", "Q05", "Deal id appears again further down; the last row counts"],
      ["Deals", "E8", "Amount", "=2*3", "Amount is not a number"],
      ["Deals", "D9", "Stage", "Custom Stage", "Stage is not in the stage list; the deal is counted as open"],
      ["Deals", "D10", "Stage", "Custom Stage", "Stage is not in the stage list; the deal is counted as open"],
      ["Deals", "D11", "Stage", "Mystery", "Stage is not in the stage list; the deal is counted as open"],
      ["Deals", "E12", "Amount", "#N/A", "The cell contains an Excel error value"],
      ["Deals", "G17", "Close Date", "someday", "Not a valid date"],
      ["Quota", "C2", "Quota", "lots", "Quota is not a non-negative number"],
    ]);
  });

  test("issue table rows in Chinese", () => {
    const start = rowIndexOf(chinese, "数据问题（8）");
    expect(values(chinese.rows[start + 1])).toEqual(["工作表", "单元格", "列标题", "原始值", "原因"]);
    expect(chinese.rows.slice(start + 2, start + 10).map(values)).toEqual([
      ["Deals", "A2", "Opportunity ID", "Q05", "商机编号在下方再次出现，以最后一行为准"],
      ["Deals", "E8", "Amount", "=2*3", "金额不是数字"],
      ["Deals", "D9", "Stage", "Custom Stage", "阶段不在阶段列表中，该商机按进行中计算"],
      ["Deals", "D10", "Stage", "Custom Stage", "阶段不在阶段列表中，该商机按进行中计算"],
      ["Deals", "D11", "Stage", "Mystery", "阶段不在阶段列表中，该商机按进行中计算"],
      ["Deals", "E12", "Amount", "#N/A", "单元格中是 Excel 错误值"],
      ["Deals", "G17", "Close Date", "someday", "不是有效日期"],
      ["Quota", "C2", "Quota", "lots", "配额不是非负数"],
    ]);
  });

  test("every issue of the report has a row", () => {
    for (const language of ["en-US", "zh-CN"] as Language[]) {
      const content = dataQualitySheetContent(report, language, WRITTEN_ON);
      const rows = content.rows.map(values);
      for (const issue of report.issues) {
        const expected = [issue.sheet, issueCell(issue), issue.header, issue.value, translate(language, `issue.${issue.code}`)];
        expect(rows).toContainEqual(expected);
      }
    }
  });

  test("issue values are always text", () => {
    const start = rowIndexOf(english, "Data issues (8)");
    for (const row of english.rows.slice(start + 2, start + 10)) {
      expect(typeof row[3].value).toBe("string");
      expect(row[3].format).toBe("text");
    }
  });

  test("formula-like value kept as text", () => {
    const cell = english.rows.flat().find((candidate) => candidate.value === "=2*3");
    expect(cell).toEqual({ value: "=2*3", format: "text", style: "value" });
  });

  test("fill table rows", () => {
    const start = rowIndexOf(english, "Filled cells per column");
    expect(values(english.rows[start + 1])).toEqual(["Column header", "Column", "Deals filled", "Share filled", "Note"]);
    // Counts over 17 deals, worked out in test/engine/metrics/data-quality.test.ts.
    expect(english.rows.slice(start + 2).map(values)).toEqual([
      ["Opportunity ID", "A", 16, 16 / 17, ""],
      ["Opportunity Name", "B", 17, 1, ""],
      ["Owner", "C", 15, 15 / 17, ""],
      ["Stage", "D", 17, 1, ""],
      ["Amount", "E", 15, 15 / 17, ""],
      ["Probability", "F", 7, 7 / 17, ""],
      ["Close Date", "G", 16, 16 / 17, ""],
    ]);
  });

  test("fill shares use the percent format", () => {
    const start = rowIndexOf(english, "Filled cells per column");
    for (const row of english.rows.slice(start + 2)) {
      expect(row[2].format).toBe("count");
      expect(row[3].format).toBe("percent");
    }
    expect(NUMBER_FORMATS.percent).toBe("0.0%");
  });

  test("fill not counted gets a note", () => {
    const withStatus = sheetGrid("Deals", [
      ["Stage", "Status", "Amount"],
      ["Lead", "Open", 100],
    ]);
    const content = dataQualitySheetContent(qualityReport([withStatus]), "en-US", WRITTEN_ON);
    const stageRow = content.rows.find((row) => row[0].value === "Stage" && row[1].value === "A");
    expect(stageRow).toBeDefined();
    expect(values(stageRow!)).toEqual(["Stage", "A", null, null, "Not counted: this column is read together with another one"]);
  });

  test("no issues line", () => {
    const clean = sheetGrid("Deals", [
      ["Stage", "Amount"],
      ["Lead", 100],
    ]);
    const content = dataQualitySheetContent(qualityReport([clean]), "zh-CN", WRITTEN_ON);
    const start = rowIndexOf(content, "数据问题（0）");
    expect(content.rows[start + 2][0].value).toBe("未发现数据问题。");
  });

  test("every issue written without a cap", () => {
    const header = ["Deal ID", "Stage", "Amount"];
    const deals = Array.from({ length: 3000 }, (_, i) => [`D${i}`, "Lead", `bad ${i}`]);
    const report = qualityReport([sheetGrid("Deals", [header, ...deals])]);
    const content = dataQualitySheetContent(report, "en-US", WRITTEN_ON);
    const reasons = content.rows.filter((row) => row[4].value === "Amount is not a number");
    expect(reasons).toHaveLength(3000);
    expect(values(reasons[2999])).toEqual(["Deals", "C3001", "Amount", "bad 2999", "Amount is not a number"]);
  });
});

describe("issueCell", () => {
  test("cell address of a column issue", () => {
    expect(issueCell({ column: "C", row: 12 })).toBe("C12");
  });

  test("whole-row address without a column", () => {
    expect(issueCell({ column: "", row: 8 })).toBe("8:8");
  });
});

describe("Data Quality sheet written to Excel", () => {
  test("formula-like value stays text", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Deals", rows: [["Id"]] }] });
    const workbook = new ExcelWorkbook({ run: fake.run, isSetSupported: () => true, title: "Deals.xlsx" });
    const content = dataQualitySheetContent(qualityReport(), "en-US", WRITTEN_ON);
    const { sheetName } = await workbook.writeReportSheet(content);

    const sheet = fake.sheet(sheetName);
    const row = content.rows.findIndex((cells) => cells[3].value === "=2*3");
    expect(sheet.value(row, 3)).toBe("=2*3");
    expect(sheet.isFormula(row, 3)).toBe(false);
    expect(sheet.numberFormat(row, 3)).toBe("@");
  });
});
