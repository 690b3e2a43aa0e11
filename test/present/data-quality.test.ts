import { buildReport, type HealthReport } from "../../src/engine/report";
import { readPipeline } from "../../src/engine/read/workbook";
import { withDefaults } from "../../src/engine/settings";
import type { SheetGrid } from "../../src/engine/types";
import { dataQualityLines, dataQualitySummary, formatShare } from "../../src/present/data-quality";
import { sheetGrid, US_OPTIONS, utcDay } from "../support/grids";
import { qualityPipelineSheet } from "../support/quality-pipeline";

function qualityReport(sheets: SheetGrid[] = [qualityPipelineSheet()]): HealthReport {
  const source = readPipeline(sheets, US_OPTIONS);
  if (!source) throw new Error("the test workbook has no deals table");
  return buildReport(source, withDefaults({ asOf: utcDay(2026, 5, 15) }));
}

describe("dataQualityLines", () => {
  // Figures worked out in test/engine/metrics/data-quality.test.ts.
  const report = qualityReport();

  test("English summary", () => {
    expect(dataQualityLines(report, "en-US")).toEqual([
      "Clean open deals: 35.7% (5 of 14)",
      "Past due open deals: 3, amount 280,000 (1 without a readable amount)",
      "Earlier rows left out for a repeated deal id: 1",
      "Deals in a stage not in the stage list: 3 (Custom Stage, Mystery)",
      "Deals without an owner: 2",
      "Open deals with a probability more than 30 points from the stage default: 1",
      "Columns not always filled: Opportunity ID 94.1%, Owner 88.2%, Amount 88.2%, Probability 41.2%, Close Date 94.1%",
    ]);
  });

  test("Chinese summary", () => {
    expect(dataQualityLines(report, "zh-CN")).toEqual([
      "无问题的进行中商机：35.7%（14 个中的 5 个）",
      "逾期的进行中商机：3 个，金额 280,000（其中 1 个没有可读的金额）",
      "因商机编号重复而未计入的前面行：1",
      "阶段不在阶段列表中的商机：3 个（Custom Stage、Mystery）",
      "缺少负责人的商机：2",
      "赢率与阶段默认值相差超过 30 个百分点的进行中商机：1",
      "未填满的列：Opportunity ID 94.1%、Owner 88.2%、Amount 88.2%、Probability 41.2%、Close Date 94.1%",
    ]);
  });
});

describe("dataQualitySummary edge cases", () => {
  const clean = sheetGrid("Deals", [
    ["Stage", "Amount", "Close Date"],
    ["Lead", 100, "2026-06-01"],
    ["Closed Won", 200, "2026-04-01"],
  ]);

  function display(report: HealthReport, id: string, language: "en-US" | "zh-CN" = "en-US"): string | undefined {
    return dataQualitySummary(report, language).find((row) => row.id === id)?.display;
  }

  test("clean pipeline", () => {
    const report = qualityReport([clean]);
    expect(display(report, "cleanShare")).toBe("100.0% (1 of 1)");
    expect(display(report, "pastDue")).toBe("0, amount 0");
    expect(display(report, "unknownStages")).toBe("0");
    expect(display(report, "fill")).toBe("None: every counted column is filled");
  });

  test("owner not mapped", () => {
    const report = qualityReport([clean]);
    expect(display(report, "missingOwner")).toBe("Not checked: no owner column");
    expect(display(report, "missingOwner", "zh-CN")).toBe("未检查：没有负责人列");
  });

  test("no open deals", () => {
    const closed = sheetGrid("Deals", [
      ["Stage", "Amount"],
      ["Closed Won", 100],
    ]);
    expect(display(qualityReport([closed]), "cleanShare")).toBe("No open deals");
  });

  test("past due deals left out of the amount", () => {
    const sheet = sheetGrid("Deals", [
      ["Stage", "Amount", "Currency", "Close Date"],
      ["Lead", 100, "CNY", "2026-04-01"],
      ["Lead", 200, "CNY", "2026-06-01"],
      ["Lead", 50, "USD", "2026-04-01"],
      ["Lead", "n/a", "CNY", "2026-04-01"],
    ]);
    const report = qualityReport([sheet]);
    expect(display(report, "pastDue")).toBe("3, amount 100 (1 without a readable amount, 1 in another currency)");
    expect(display(report, "pastDue", "zh-CN")).toBe("3 个，金额 100（其中 1 个没有可读的金额、1 个为其他币种）");
  });

  test("unknown stage names cut after five", () => {
    const rows = ["S1", "S2", "S3", "S4", "S5", "S6"].map((stage, index) => [stage, 6 - index]);
    const report = qualityReport([sheetGrid("Deals", [["Stage", "Amount"], ...rows])]);
    expect(display(report, "unknownStages")).toBe("6 (S1, S2, S3, S4, S5, …)");
  });
});

describe("formatShare", () => {
  test("one decimal in both languages", () => {
    expect(formatShare("en-US", 5 / 14)).toBe("35.7%");
    expect(formatShare("zh-CN", 1)).toBe("100.0%");
    expect(formatShare("en-US", 0)).toBe("0.0%");
  });
});
