import { computeCoverage, rateCoverage } from "../../../src/engine/metrics/coverage";
import { readPipeline } from "../../../src/engine/read/workbook";
import type { DealTable } from "../../../src/engine/types";
import { CN_OPTIONS, sheetGrid, US_OPTIONS, utcDay } from "../../support/grids";
import { handPipelineSheet } from "../../support/hand-pipeline";

const BAND = { low: 3, high: 4 };
const Q2_2026 = { start: utcDay(2026, 4, 1), end: utcDay(2026, 6, 30) };

function handTable(): DealTable {
  const source = readPipeline([handPipelineSheet()], CN_OPTIONS);
  if (!source) throw new Error("the hand-made pipeline has no deals table");
  return source.table;
}

describe("computeCoverage on the hand-made pipeline", () => {
  const table = handTable();
  const result = computeCoverage(table, { period: Q2_2026, quota: 600000, band: BAND });

  test("openPipeline sums open deals with an amount", () => {
    // D01 100,000 + D02 200,000 + D03 300,000 + D04 400,000 + D05 500,000 + D06 150,000
    // + D07 250,000 + D09 80,000 + D15 40,000 + D16 15,000 (1.5万) + D18 35,000 + D19 20,000
    // = 2,090,000. D08 (blank) and D17 ("abc") have no amount; D14 is deferred.
    expect(result.openPipeline).toBeCloseTo(2090000, 6);
  });

  test("periodPipeline counts the quarter's first and last day", () => {
    // D01 (04-01) 100,000 + D02 (06-30) 200,000 + D05 (05-20) 500,000 + D06 150,000
    // + D07 250,000 + D15 40,000 + D16 15,000 + D19 20,000 = 1,275,000.
    // D03 (07-01) and D04 (03-31) fall outside, D18 closes in August, D09 has no date.
    expect(result.periodPipeline).toBeCloseTo(1275000, 6);
  });

  test("wonInPeriod counts the quarter's last day", () => {
    // D10 (04-15) 120,000 + D11 (06-30) 90,000 = 210,000; D12 (03-31) is the day before.
    expect(result.wonInPeriod).toBe(210000);
  });

  test("coverage within the band", () => {
    // 1,275,000 ÷ (600,000 − 210,000) = 1,275,000 ÷ 390,000 = 3.2692…
    expect(result.coverage).toBeCloseTo(1275000 / 390000, 9);
    expect(result.status).toBe("within");
  });

  test("skipped open deals without an amount", () => {
    // D08 and D17.
    expect(result.skipped.openAmountMissing).toBe(2);
  });

  test("skipped open deals without a close date", () => {
    // D09.
    expect(result.skipped.openCloseMissing).toBe(1);
  });

  test("no won deal skipped", () => {
    expect(result.skipped.wonUnusable).toBe(0);
  });

  test("quota echoed", () => {
    expect(result.quota).toBe(600000);
  });

  test("coverage below the band", () => {
    // 1,275,000 ÷ (1,000,000 − 210,000) = 1,275,000 ÷ 790,000 = 1.6139…
    const below = computeCoverage(table, { period: Q2_2026, quota: 1000000, band: BAND });
    expect(below.coverage).toBeCloseTo(1275000 / 790000, 9);
    expect(below.status).toBe("below");
  });

  test("coverage above the band", () => {
    // 1,275,000 ÷ (500,000 − 210,000) = 1,275,000 ÷ 290,000 = 4.3965…
    const above = computeCoverage(table, { period: Q2_2026, quota: 500000, band: BAND });
    expect(above.coverage).toBeCloseTo(1275000 / 290000, 9);
    expect(above.status).toBe("above");
  });

  test("quota met exactly", () => {
    // 210,000 − 210,000 = 0: nothing left to cover.
    const met = computeCoverage(table, { period: Q2_2026, quota: 210000, band: BAND });
    expect(met.coverage).toBeNull();
    expect(met.status).toBe("quotaMet");
  });

  test("quota exceeded", () => {
    const met = computeCoverage(table, { period: Q2_2026, quota: 200000, band: BAND });
    expect(met.coverage).toBeNull();
    expect(met.status).toBe("quotaMet");
  });

  test("no quota", () => {
    const none = computeCoverage(table, { period: Q2_2026, quota: null, band: BAND });
    expect(none.coverage).toBeNull();
    expect(none.status).toBe("noQuota");
    expect(none.periodPipeline).toBeCloseTo(1275000, 6);
  });

  test("next quarter's figures", () => {
    // Q3 2026: D03 (07-01) 300,000 + D18 (08-01) 35,000 = 335,000; nothing won.
    const q3 = computeCoverage(table, { period: { start: utcDay(2026, 7, 1), end: utcDay(2026, 9, 30) }, quota: null, band: BAND });
    expect(q3.periodPipeline).toBe(335000);
    expect(q3.wonInPeriod).toBe(0);
  });

  test("previous quarter's figures", () => {
    // Q1 2026: D04 (03-31) 400,000 open; D12 (03-31) 70,000 won.
    const q1 = computeCoverage(table, { period: { start: utcDay(2026, 1, 1), end: utcDay(2026, 3, 31) }, quota: null, band: BAND });
    expect(q1.periodPipeline).toBe(400000);
    expect(q1.wonInPeriod).toBe(70000);
  });
});

describe("computeCoverage skip reasons", () => {
  test("deal without amount and close date counted under both", () => {
    const grid = sheetGrid("Deals", [
      ["Deal ID", "Stage", "Amount", "Close Date"],
      ["A-1", "Lead", "", ""],
      ["A-2", "Lead", 100, ""],
      ["A-3", "Lead", "", "2026-05-01"],
    ]);
    const source = readPipeline([grid], US_OPTIONS);
    if (!source) throw new Error("no deals table");
    const result = computeCoverage(source.table, { period: Q2_2026, quota: null, band: BAND });
    // Close missing. Amount missing.
    expect(result.skipped.openCloseMissing).toBe(2);
    expect(result.skipped.openAmountMissing).toBe(2);
    expect(result.openPipeline).toBe(100);
    expect(result.periodPipeline).toBe(0);
  });
});

describe("rateCoverage", () => {
  test.each([
    // 900 ÷ (400 − 100) = 3: the low edge is within.
    [900, 100, 400, 3, "within"],
    // 1,200 ÷ 300 = 4: the high edge is within.
    [1200, 100, 400, 4, "within"],
    // 899 ÷ 300 = 2.9967.
    [899, 100, 400, 899 / 300, "below"],
    // 1,201 ÷ 300 = 4.0033.
    [1201, 100, 400, 1201 / 300, "above"],
    [0, 0, 400, 0, "below"],
  ])("pipeline %i, won %i, quota %i", (pipeline, won, quota, coverage, status) => {
    const rated = rateCoverage(pipeline, won, quota, BAND);
    expect(rated.coverage).toBeCloseTo(coverage, 12);
    expect(rated.status).toBe(status);
  });

  test("won above quota is met", () => {
    expect(rateCoverage(900, 500, 400, BAND)).toEqual({ coverage: null, status: "quotaMet" });
  });

  test("null quota has no coverage", () => {
    expect(rateCoverage(900, 0, null, BAND)).toEqual({ coverage: null, status: "noQuota" });
  });
});
