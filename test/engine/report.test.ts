import { buildReport, roundMoney, type HealthReport } from "../../src/engine/report";
import { readPipeline, type PipelineSource } from "../../src/engine/read/workbook";
import { withDefaults, type ReportSettings } from "../../src/engine/settings";
import type { SheetGrid } from "../../src/engine/types";
import { CN_OPTIONS, utcDay } from "../support/grids";
import { handPipelineSheet, yearlyQuotaSheet } from "../support/hand-pipeline";

// Figures of the hand-made pipeline for the quarter 2026-04-01 .. 2026-06-30; the arithmetic
// is written out in test/engine/metrics/coverage.test.ts and forecast.test.ts.
const OPEN_PIPELINE = 2090000;
const PERIOD_PIPELINE = 1275000;
const WON_IN_PERIOD = 210000;
const WEIGHTED_FORECAST = 622000;

function source(sheets: SheetGrid[]): PipelineSource {
  const read = readPipeline(sheets, CN_OPTIONS);
  if (!read) throw new Error("the hand-made pipeline has no deals table");
  return read;
}

function report(settings: Partial<ReportSettings> = {}, sheets: SheetGrid[] = [handPipelineSheet()]): HealthReport {
  return buildReport(source(sheets), withDefaults({ asOf: utcDay(2026, 5, 15), ...settings }));
}

describe("buildReport on the hand-made pipeline", () => {
  const result = report({ quotaOverride: 600000 });

  test("as-of date and period", () => {
    expect(result.asOf).toBe("2026-05-15");
    expect(result.period.label).toBe("2026-Q2");
    expect(result.period.start).toBe("2026-04-01");
    expect(result.period.end).toBe("2026-06-30");
  });

  test("deals by kind", () => {
    // Open: D01-D09, D15-D19 = 14; won: D10-D12; lost: D13; deferred: D14.
    expect(result.deals).toEqual({ total: 19, open: 14, won: 3, lost: 1, deferred: 1 });
  });

  test("amount by kind", () => {
    expect(result.amountByKind.open).toBeCloseTo(OPEN_PIPELINE, 6);
    // D10 120,000 + D11 90,000 + D12 70,000.
    expect(result.amountByKind.won).toBe(280000);
    expect(result.amountByKind.lost).toBe(60000);
    expect(result.amountByKind.deferred).toBe(110000);
  });

  test("headline figures", () => {
    expect(result.openPipeline).toBeCloseTo(OPEN_PIPELINE, 6);
    expect(result.periodPipeline).toBeCloseTo(PERIOD_PIPELINE, 6);
    expect(result.wonInPeriod).toBe(WON_IN_PERIOD);
    expect(result.weightedForecast).toBeCloseTo(WEIGHTED_FORECAST, 6);
    // 210,000 + 622,000.
    expect(result.expectedTotal).toBeCloseTo(832000, 6);
  });

  test("coverage against the quota given", () => {
    // 1,275,000 ÷ (600,000 − 210,000) = 3.2692…
    expect(result.quota).toBe(600000);
    expect(result.quotaBasis).toBe("override");
    expect(result.coverage).toBeCloseTo(1275000 / 390000, 9);
    expect(result.coverageStatus).toBe("within");
    expect(result.coverageBand).toEqual({ low: 3, high: 4 });
  });

  test("skipped counts", () => {
    // D08 and D17 have no amount, D09 no close date, D19 no probability.
    expect(result.skipped).toEqual({ openAmountMissing: 2, openCloseMissing: 1, wonUnusable: 0, probabilityMissing: 1 });
  });

  test("rows accounted for", () => {
    // 20 rows below the header: 19 deals and one blank row.
    expect(result.rows).toEqual({ read: 20, deals: 19, blank: 1, duplicates: 0, totals: 0, instructions: 0 });
  });

  test("source columns", () => {
    expect(result.source.sheet).toBe("商机");
    expect(result.source.headerRow).toBe(2);
    expect(result.source.stagePreset).toBe("default");
    expect(result.source.columns).toEqual({
      id: "商机编号",
      name: "商机名称",
      owner: "负责人",
      stage: "商机阶段",
      amount: "金额",
      probability: "赢率",
      close: "预计成交日期",
    });
  });

  test("issues located", () => {
    const issues = result.issues.map((issue) => `${issue.code} ${issue.sheet}!${issue.column}${issue.row} ${issue.value}`);
    expect(issues.sort()).toEqual(["amountInvalid 商机!E20 abc", "stageUnknown 商机!D18 自定义阶段", "stageUnknown 商机!D22 待评估"]);
  });
});

describe("buildReport quota", () => {
  test("no quota", () => {
    const result = report();
    expect(result.quota).toBeNull();
    expect(result.quotaBasis).toBe("none");
    expect(result.coverage).toBeNull();
    expect(result.coverageStatus).toBe("noQuota");
  });

  test("yearly quota sheet prorated", () => {
    const result = report({}, [handPipelineSheet(), yearlyQuotaSheet()]);
    // 3,650,000 × 91 / 365 = 910,000.
    expect(result.quota).toBeCloseTo(910000, 6);
    expect(result.quotaBasis).toBe("prorated");
    expect(result.source.quotaSheet).toBe("配额");
  });

  test("coverage below the band with the quota sheet", () => {
    const result = report({}, [handPipelineSheet(), yearlyQuotaSheet()]);
    // 1,275,000 ÷ (910,000 − 210,000) = 1,275,000 ÷ 700,000 = 1.8214…
    expect(result.coverage).toBeCloseTo(1275000 / 700000, 9);
    expect(result.coverageStatus).toBe("below");
  });

  test("quota given wins over the sheet", () => {
    const result = report({ quotaOverride: 500000 }, [handPipelineSheet(), yearlyQuotaSheet()]);
    expect(result.quota).toBe(500000);
    expect(result.quotaBasis).toBe("override");
  });

  test("quota met", () => {
    const result = report({ quotaOverride: 150000 });
    expect(result.coverage).toBeNull();
    expect(result.coverageStatus).toBe("quotaMet");
  });
});

describe("buildReport periods", () => {
  test("April fiscal year gives the same quarter", () => {
    const result = report({ fiscalYearStartMonth: 4 });
    expect(result.period.label).toBe("FY2027-Q1");
    expect(result.period.fiscalYearStartMonth).toBe(4);
    expect(result.periodPipeline).toBeCloseTo(PERIOD_PIPELINE, 6);
  });

  test("as-of on the quarter's first day", () => {
    const result = report({ asOf: utcDay(2026, 4, 1) });
    expect(result.period.start).toBe("2026-04-01");
    expect(result.periodPipeline).toBeCloseTo(PERIOD_PIPELINE, 6);
  });

  test("as-of on the day after the quarter", () => {
    const result = report({ asOf: utcDay(2026, 7, 1) });
    // Q3: D03 (07-01) 300,000 + D18 (08-01) 35,000.
    expect(result.periodPipeline).toBe(335000);
    expect(result.wonInPeriod).toBe(0);
    // 300,000 × 0.4 (需求分析) + 35,000 × 0.2 (资格确认) = 120,000 + 7,000.
    expect(result.weightedForecast).toBeCloseTo(127000, 6);
  });

  test("month period", () => {
    const result = report({ periodKind: "month" });
    expect(result.period.label).toBe("2026-05");
    // May: D05 500,000 + D06 150,000 + D16 15,000 + D19 20,000 = 685,000.
    expect(result.periodPipeline).toBe(685000);
    // 400,000 + 75,000 + 12,000; D19 has no probability.
    expect(result.weightedForecast).toBeCloseTo(487000, 6);
    expect(result.wonInPeriod).toBe(0);
  });

  test("year period", () => {
    const result = report({ periodKind: "year" });
    // Every open deal with an amount and a 2026 close date: 2,090,000 − D09 80,000 (no date).
    expect(result.periodPipeline).toBeCloseTo(2010000, 6);
    // 120,000 + 90,000 + 70,000.
    expect(result.wonInPeriod).toBe(280000);
  });
});

describe("buildReport output", () => {
  test("report survives JSON", () => {
    const result = report({ quotaOverride: 600000 });
    const parsed = JSON.parse(JSON.stringify(result)) as HealthReport;
    expect(parsed.coverage).toBeCloseTo(1275000 / 390000, 9);
    expect(parsed.schemaVersion).toBe(1);
  });
});

describe("roundMoney", () => {
  test("removes floating-point drift", () => {
    // 30,002,070.50 summed in binary floating point comes out as 30002070.499999996.
    expect(roundMoney(30002070.499999996)).toBe(30002070.5);
  });

  test("keeps cents", () => {
    expect(roundMoney(255762.152)).toBe(255762.15);
  });
});

describe("report movement and health", () => {
  const source = readPipeline(
    [
      {
        name: "Deals",
        firstRow: 1,
        firstColumn: 0,
        rows: [
          ["Deal ID", "Stage", "Amount", "Close Date", "Created Date"],
          ["A-1", "Proposal", 100000, "2026-06-30", "2026-01-10"],
          ["A-2", "Negotiation", 100000, "2026-06-30", "2026-03-01"],
        ],
      },
    ],
    { locale: "en-US", date1904: false },
  )!;
  const report = buildReport(source, withDefaults({ asOf: utcDay(2026, 5, 15) }));

  test("stalled share is null without stage dates", () => {
    // Neither deal has a stage-entered date, so none can be judged stalled.
    expect(report.stalled.unknown).toBe(2);
    expect(report.stalled.share).toBeNull();
  });

  test("inactive judged on created date", () => {
    // 2026-05-15 − 2026-01-10 = 125 days and − 2026-03-01 = 75 days, both ≥ 30: 200,000 of 200,000.
    expect(report.inactive.count).toBe(2);
    expect(report.inactive.basis.created).toBe(2);
    expect(report.inactive.share).toBe(1);
  });

  test("health rates movement as risk", () => {
    const movement = report.health.dimensions.find((entry) => entry.dimension === "movement")!;
    expect(movement.status).toBe("risk");
    expect(movement.figure).toBe(1);
  });

  test("two equal deals are concentrated", () => {
    // Shares 0.5 and 0.5: hhi 0.5, effective deals 2, below the limit of 3.
    expect(report.concentration.overall.effectiveDeals).toBeCloseTo(2, 10);
    expect(report.concentration.overall.atRisk).toBe(true);
  });
});

describe("entered quota and pace", () => {
  const source = readPipeline(
    [
      {
        name: "Deals",
        firstRow: 1,
        firstColumn: 0,
        rows: [
          ["Deal ID", "Stage", "Amount", "Close Date"],
          ["W-1", "Closed Won", 100000, "2026-04-10"],
          ["O-1", "Proposal", 500000, "2026-06-20"],
        ],
      },
    ],
    { locale: "en-US", date1904: false },
  )!;

  test("entered quota sets the quarter's plan and pace", () => {
    // Q2 2026 has 91 days; on 2026-05-15, 45 have passed. 100,000 ÷ (600,000 × 45 ÷ 91) = 0.337…
    const report = buildReport(source, withDefaults({ asOf: utcDay(2026, 5, 15), quotaOverride: 600000 }));
    expect(report.periodToDate.QTD.plan).toBe(600000);
    expect(report.periodToDate.QTD.pace).toBeCloseTo(100000 / ((600000 * 45) / 91), 10);
    expect(report.health.dimensions.find((entry) => entry.dimension === "pace")?.status).toBe("risk");
  });

  test("without a quota the pace is not rated", () => {
    const report = buildReport(source, withDefaults({ asOf: utcDay(2026, 5, 15) }));
    expect(report.periodToDate.QTD.plan).toBeNull();
    expect(report.health.dimensions.find((entry) => entry.dimension === "pace")?.status).toBeNull();
  });
});
