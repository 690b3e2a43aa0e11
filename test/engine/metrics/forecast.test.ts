import { computeForecast, sumWeighted } from "../../../src/engine/metrics/forecast";
import { readPipeline } from "../../../src/engine/read/workbook";
import { CN_OPTIONS, sheetGrid, US_OPTIONS, utcDay } from "../../support/grids";
import { handPipelineSheet } from "../../support/hand-pipeline";

const Q2_2026 = { start: utcDay(2026, 4, 1), end: utcDay(2026, 6, 30) };

describe("computeForecast on the hand-made pipeline", () => {
  const source = readPipeline([handPipelineSheet()], CN_OPTIONS);
  if (!source) throw new Error("the hand-made pipeline has no deals table");
  const result = computeForecast(source.table, { period: Q2_2026, wonInPeriod: 210000 });

  test("weightedForecast uses row and stage probabilities", () => {
    // Open deals closing in Q2 2026, amount × p:
    //   D01 线索 100,000 × 0.1 (stage)      =  10,000
    //   D02 资格确认 200,000 × 0.2 (stage)  =  40,000
    //   D05 谈判 500,000 × 0.8 (stage)      = 400,000
    //   D06 方案报价 150,000 × 0.5 ("50%")   =  75,000
    //   D07 需求分析 250,000 × 0.3 (row 30) =  75,000
    //   D15 自定义阶段 40,000 × 0.25 (row 25) = 10,000
    //   D16 谈判 15,000 × 0.8 (stage)       =  12,000
    //   D19 待评估 20,000: no probability, skipped
    // Total 622,000.
    expect(result.weightedForecast).toBeCloseTo(622000, 6);
  });

  test("expectedTotal adds wonInPeriod", () => {
    // 210,000 + 622,000.
    expect(result.expectedTotal).toBeCloseTo(832000, 6);
  });

  test("deal without any probability counted", () => {
    // D19.
    expect(result.probabilityMissing).toBe(1);
  });
});

describe("computeForecast rules", () => {
  function forecastOf(rows: (string | number)[][]): number | null {
    const source = readPipeline([sheetGrid("Deals", [["Deal ID", "Stage", "Amount", "Probability", "Close Date"], ...rows])], US_OPTIONS);
    if (!source) throw new Error("no deals table");
    return computeForecast(source.table, { period: Q2_2026, wonInPeriod: 0 }).weightedForecast;
  }

  test("row probability 0 wins over the stage default", () => {
    // 100,000 × 0, not × 0.8, because a row probability of 0% is a value, not a blank.
    expect(forecastOf([["A-1", "Negotiation", 100000, 0, "2026-05-01"], ["A-2", "Negotiation", 50000, 0.5, "2026-05-01"]])).toBeCloseTo(25000, 6);
  });

  test("won, lost and deferred deals are not forecast", () => {
    expect(forecastOf([["A-1", "Closed Won", 100000, "", "2026-05-01"], ["A-2", "Closed Lost", 100000, "", "2026-05-01"], ["A-3", "Deferred", 100000, "", "2026-05-01"]])).toBe(0);
  });

  test("deal closing the day after the quarter is not forecast", () => {
    // Only A-1 counts: 100,000 × 0.6 (Proposal).
    expect(forecastOf([["A-1", "Proposal", 100000, "", "2026-06-30"], ["A-2", "Proposal", 100000, "", "2026-07-01"]])).toBeCloseTo(60000, 6);
  });
});

describe("sumWeighted", () => {
  test("sums products of pairs", () => {
    // 100 × 0.5 + 200 × 0.25 = 100.
    expect(sumWeighted([100, 200], [0.5, 0.25])).toBeCloseTo(100, 12);
  });

  test("skips pairs with a NaN", () => {
    expect(sumWeighted([100, NaN, 300], [0.5, 0.5, NaN])).toBe(50);
  });
});

describe("forecast without any probability", () => {
  test("weighted forecast is null", () => {
    // Two open deals close in Q2 2026, both in a stage no list knows and without a probability.
    const source = readPipeline(
      [
        {
          name: "Deals",
          firstRow: 1,
          firstColumn: 0,
          rows: [
            ["Deal ID", "Stage", "Amount", "Close Date"],
            ["X-1", "Mystery", 100000, "2026-05-01"],
            ["X-2", "Mystery", 50000, "2026-06-01"],
          ],
        },
      ],
      { locale: "en-US", date1904: false },
    )!;
    const result = computeForecast(source.table, { period: { start: utcDay(2026, 4, 1), end: utcDay(2026, 6, 30) }, wonInPeriod: 0 });
    expect(result.weightedForecast).toBeNull();
    expect(result.expectedTotal).toBeNull();
    expect(result.probabilityMissing).toBe(2);
  });
});
