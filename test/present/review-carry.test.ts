import { carryOverReviewText, isReportSheet, isReportSheetName, typedReviewText } from "../../src/present/review-carry";
import type { ReportSheetContent, SheetCell } from "../../src/present/report-sheet";
import type { SheetGrid } from "../../src/engine/types";

const label = (value: string): SheetCell => ({ value, format: "text", style: "label" });
const header = (value: string): SheetCell => ({ value, format: "text", style: "header" });

/** A review sheet as the add-in wrote it, in English, with two deals. */
function content(): ReportSheetContent {
  return {
    kind: "review",
    name: "Weekly Review",
    columnCount: 5,
    columnWidths: [10, 10, 10, 10, 10],
    rows: [
      [label("Top deals"), label(""), label(""), label(""), label("")],
      [header("Deal ID"), header("Deal name"), header("Next step"), header("Actions needed"), header("Blockers")],
      [label("D-1"), label("ERP"), label("Send quote"), label(""), label("")],
      [label("D-2"), label("CRM"), label(""), label(""), label("")],
    ],
  };
}

describe("review text carry-over", () => {
  // The earlier sheet was written in Chinese and filled in by the manager.
  const earlier: SheetGrid = {
    name: "每周评审",
    firstRow: 1,
    firstColumn: 0,
    rows: [
      ["重点商机"],
      ["商机编号", "商机名称", "下一步", "需要的行动", "障碍"],
      ["D-1", "ERP", "Call the CFO", "Escalate pricing", ""],
      ["D-9", "Old deal", "", "Close out", ""],
    ],
  };

  test("typed text is read by deal id", () => {
    expect(typedReviewText([earlier]).get("D-1")).toEqual(["Call the CFO", "Escalate pricing", ""]);
  });

  test("typed next step and actions survive a rewrite", () => {
    const merged = carryOverReviewText(content(), typedReviewText([earlier]), "en-US");
    expect(merged.rows[2].map((cell) => cell.value)).toEqual(["D-1", "ERP", "Call the CFO", "Escalate pricing", ""]);
  });

  test("deals without typed text are unchanged", () => {
    const merged = carryOverReviewText(content(), typedReviewText([earlier]), "en-US");
    expect(merged.rows[3].map((cell) => cell.value)).toEqual(["D-2", "CRM", "", "", ""]);
  });

  test("sheets that are not reviews are ignored", () => {
    expect(typedReviewText([{ ...earlier, name: "Deals" }]).size).toBe(0);
  });
});

describe("isReportSheetName", () => {
  test.each([["Pipeline Health"], ["管道健康"], ["Weekly Review (2)"], ["每周评审"], ["Data Quality"], ["数据质量 (3)"]])("%s is the add-in's", (name) => {
    expect(isReportSheetName(name)).toBe(true);
  });

  test.each([["Deals"], ["Pipeline Health notes"], ["商机"], ["Weekly Review 2026"]])("%s is the user's", (name) => {
    expect(isReportSheetName(name)).toBe(false);
  });
});

describe("isReportSheet", () => {
  test("written report sheet is the add-in's", () => {
    const sheet: SheetGrid = { name: "Pipeline Health", firstRow: 1, firstColumn: 0, rows: [["Pipeline Health"], ["Written by the Pipeline Health add-in on 2026-12-04. Regenerating replaces this sheet."]] };
    expect(isReportSheet(sheet)).toBe(true);
  });

  test("user's deals sheet with the same name is the user's", () => {
    const sheet: SheetGrid = { name: "Pipeline Health", firstRow: 1, firstColumn: 0, rows: [["Deal ID", "Stage", "Amount"], ["A-1", "Proposal", 100]] };
    expect(isReportSheet(sheet)).toBe(false);
  });

  test("Chinese review sheet is the add-in's", () => {
    const sheet: SheetGrid = { name: "每周评审", firstRow: 1, firstColumn: 0, rows: [["重点商机"], ["由“销售管道健康”加载项于 2026-12-04 生成。"]] };
    expect(isReportSheet(sheet)).toBe(true);
  });
});
