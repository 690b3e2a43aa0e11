import { planQuotas, type PlanSplit, type QuotaPlanOptions } from "../../src/engine/quota-plan";

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Twelve values, all `value` except December (the 12th), which is `december`. */
function yearWithDecember(value: number, december: number): number[] {
  return [...new Array<number>(11).fill(value), december];
}

describe("planQuotas plan", () => {
  test("growth only", () => {
    // 1,000,000 × 1.1.
    expect(planQuotas({ lastActual: 1000000, growth: 0.1 }).plan).toBeCloseTo(1100000, 6);
  });

  test("growth plus uplift", () => {
    // 1,000,000 × (1 + 0.15 + 0.05).
    expect(planQuotas({ lastActual: 1000000, growth: 0.15, uplift: 0.05 }).plan).toBeCloseTo(1200000, 6);
  });

  test("growth of minus one plans nothing", () => {
    const result = planQuotas({ lastActual: 1000000, growth: -1 });
    expect(result.plan).toBe(0);
    expect(result.problems).toEqual([]);
  });

  test("owner total adds the default ten percent", () => {
    // 1,100,000 × 1.1.
    expect(planQuotas({ lastActual: 1000000, growth: 0.1 }).ownerTotal).toBeCloseTo(1210000, 6);
  });

  test("clean inputs give no problem and no note", () => {
    const result = planQuotas({ lastActual: 1000000, growth: 0.1 });
    expect(result.problems).toEqual([]);
    expect(result.notes).toEqual([]);
  });
});

describe("planQuotas split by period", () => {
  test("equal months without history", () => {
    const result = planQuotas({ lastActual: 1200000, growth: 0 });
    expect(result.seasonality).toBe("equal");
    expect(result.byPeriod.map((part) => part.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const part of result.byPeriod) {
      expect(part.weight).toBeCloseTo(1 / 12, 12);
      expect(part.amount).toBeCloseTo(100000, 6);
    }
  });

  test("equal quarters without history", () => {
    const result = planQuotas({ lastActual: 1200000, growth: 0, split: "quarter" });
    expect(result.byPeriod.map((part) => part.amount)).toEqual([300000, 300000, 300000, 300000]);
  });

  test("given quarterly seasonality", () => {
    // Plan 1,200,000; weights 1, 1, 1, 2 of 5.
    const result = planQuotas({ lastActual: 1000000, growth: 0.15, uplift: 0.05, split: "quarter", seasonality: [1, 1, 1, 2] });
    expect(result.seasonality).toBe("given");
    expect(result.byPeriod.map((part) => part.weight)).toEqual([0.2, 0.2, 0.2, 0.4]);
    const amounts = result.byPeriod.map((part) => part.amount);
    [240000, 240000, 240000, 480000].forEach((expected, i) => expect(amounts[i]).toBeCloseTo(expected, 6));
  });

  test("monthly seasonality added up by quarter", () => {
    // Plan 2,100,000. Months 1, 1, 1 | 2, 2, 2 | 1, 1, 1 | 3, 3, 3 make quarters 3, 6, 3, 9 of 21.
    const result = planQuotas({ lastActual: 2000000, growth: 0.05, split: "quarter", seasonality: [1, 1, 1, 2, 2, 2, 1, 1, 1, 3, 3, 3] });
    const amounts = result.byPeriod.map((part) => part.amount);
    [300000, 600000, 300000, 900000].forEach((expected, i) => expect(amounts[i]).toBeCloseTo(expected, 6));
  });

  test("monthly seasonality from two years of sales", () => {
    // Year 1: 100 a month, December 700. Year 2: 300 a month, December 900.
    // Means 200 a month and 800 in December, of 3,000: 1/15 a month, December 4/15.
    const result = planQuotas({ lastActual: 1500000, growth: 0, pastSales: [...yearWithDecember(100, 700), ...yearWithDecember(300, 900)] });
    expect(result.seasonality).toBe("pastSales");
    expect(result.byPeriod[0].weight).toBeCloseTo(1 / 15, 12);
    expect(result.byPeriod[0].amount).toBeCloseTo(100000, 6);
    expect(result.byPeriod[11].weight).toBeCloseTo(4 / 15, 12);
    expect(result.byPeriod[11].amount).toBeCloseTo(400000, 6);
    expect(result.notes).toEqual([]);
  });

  test("quarters from monthly sales", () => {
    // Same means: quarters 600, 600, 600 and 200 + 200 + 800 = 1,200, of 3,000.
    const result = planQuotas({ lastActual: 1500000, growth: 0, split: "quarter", pastSales: [...yearWithDecember(100, 700), ...yearWithDecember(300, 900)] });
    const amounts = result.byPeriod.map((part) => part.amount);
    [300000, 300000, 300000, 600000].forEach((expected, i) => expect(amounts[i]).toBeCloseTo(expected, 6));
  });

  test("parts add up to the plan", () => {
    const result = planQuotas({ lastActual: 987654.32, growth: 0.07, pastSales: [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8] });
    expect(sum(result.byPeriod.map((part) => part.amount))).toBeCloseTo(result.plan!, 6);
    expect(sum(result.byPeriod.map((part) => part.weight))).toBeCloseTo(1, 12);
  });

  test("partial year of sales averaged and noted", () => {
    // Thirteen months: the first month is (100 + 300) ÷ 2 = 200, the others 100; 1,300 in all.
    const result = planQuotas({ lastActual: 1300000, growth: 0, pastSales: [...new Array<number>(12).fill(100), 300] });
    expect(result.byPeriod[0].amount).toBeCloseTo(200000, 6);
    expect(result.byPeriod[1].amount).toBeCloseTo(100000, 6);
    expect(result.notes).toEqual([{ code: "pastSalesPartialYears", months: 13 }]);
  });

  test("all-zero sales give equal parts", () => {
    const result = planQuotas({ lastActual: 1200000, growth: 0, pastSales: new Array<number>(12).fill(0) });
    expect(result.seasonality).toBe("equal");
    expect(result.byPeriod[5].amount).toBeCloseTo(100000, 6);
    expect(result.notes).toEqual([{ code: "pastSalesAllZero" }]);
  });

  test("given seasonality wins over sales", () => {
    const result = planQuotas({ lastActual: 1200000, growth: 0, split: "quarter", seasonality: [1, 1, 1, 1], pastSales: yearWithDecember(100, 700) });
    expect(result.seasonality).toBe("given");
    expect(result.byPeriod[3].amount).toBeCloseTo(300000, 6);
    expect(result.notes).toEqual([{ code: "pastSalesIgnored" }]);
  });
});

describe("planQuotas split by owner", () => {
  test("shares of last period's sales", () => {
    // Owner total 1,200,000 × 1.1 = 1,320,000; Ann 60%, Bob 40%.
    const result = planQuotas({
      lastActual: 1000000,
      growth: 0.2,
      owners: [
        { owner: "Ann", lastSales: 600000 },
        { owner: "Bob", lastSales: 400000 },
      ],
    });
    expect(result.ownerWeights).toBe("lastSales");
    expect(result.byOwner.map((entry) => entry.owner)).toEqual(["Ann", "Bob"]);
    expect(result.byOwner[0].weight).toBeCloseTo(0.6, 12);
    expect(result.byOwner[0].quota).toBeCloseTo(792000, 6);
    expect(result.byOwner[1].quota).toBeCloseTo(528000, 6);
  });

  test("quotas add up to plan plus over-allocation", () => {
    const result = planQuotas({
      lastActual: 777777,
      growth: 0.13,
      owners: [
        { owner: "Ann", lastSales: 3 },
        { owner: "Bob", lastSales: 5 },
        { owner: "Cy", lastSales: 7 },
      ],
    });
    expect(sum(result.byOwner.map((entry) => entry.quota))).toBeCloseTo(result.plan! * 1.1, 6);
  });

  test("custom over-allocation", () => {
    // 1,000,000 × 1.25, shared equally by two owners without sales.
    const result = planQuotas({ lastActual: 1000000, growth: 0, overAllocation: 0.25, owners: [{ owner: "Ann" }, { owner: "Bob" }] });
    expect(result.ownerTotal).toBeCloseTo(1250000, 6);
    expect(result.byOwner[1].quota).toBeCloseTo(625000, 6);
  });

  test("no over-allocation", () => {
    const result = planQuotas({ lastActual: 1000000, growth: 0, overAllocation: 0, owners: [{ owner: "Ann", lastSales: 1 }] });
    expect(result.byOwner[0].quota).toBe(1000000);
  });

  test("equal weights when nobody sold", () => {
    const result = planQuotas({
      lastActual: 900000,
      growth: 0,
      owners: [
        { owner: "Ann", lastSales: 0 },
        { owner: "Bob", lastSales: 0 },
        { owner: "Cy", lastSales: 0 },
      ],
    });
    expect(result.ownerWeights).toBe("equal");
    // 990,000 ÷ 3.
    for (const entry of result.byOwner) expect(entry.quota).toBeCloseTo(330000, 6);
  });

  test("owner without sales gets none and is noted", () => {
    const result = planQuotas({
      lastActual: 100,
      growth: 0,
      owners: [
        { owner: "Ann", lastSales: 300 },
        { owner: "Bob", lastSales: 0 },
        { owner: "Cy" },
      ],
    });
    expect(result.byOwner.map((entry) => entry.weight)).toEqual([1, 0, 0]);
    expect(result.notes).toEqual([{ code: "ownersWithoutSales", owners: ["Bob", "Cy"] }]);
  });

  test("given owner weights", () => {
    // Weights 2, 1, 1 of 4; owner total 1,100,000.
    const result = planQuotas({
      lastActual: 1000000,
      growth: 0,
      owners: [
        { owner: "Ann", weight: 2, lastSales: 0 },
        { owner: "Bob", weight: 1, lastSales: 900 },
        { owner: "Cy", weight: 1 },
      ],
    });
    expect(result.ownerWeights).toBe("given");
    const quotas = result.byOwner.map((entry) => entry.quota);
    [550000, 275000, 275000].forEach((expected, i) => expect(quotas[i]).toBeCloseTo(expected, 6));
  });

  test("owner names trimmed", () => {
    const result = planQuotas({ lastActual: 1, growth: 0, owners: [{ owner: " Ann " }] });
    expect(result.byOwner[0].owner).toBe("Ann");
  });

  test("no owners", () => {
    const result = planQuotas({ lastActual: 1000000, growth: 0, owners: [] });
    expect(result.byOwner).toEqual([]);
    expect(result.ownerWeights).toBeNull();
    expect(result.problems).toEqual([]);
  });
});

describe("planQuotas input problems", () => {
  const OWNERS = [{ owner: "Ann", lastSales: 1 }];

  test("growth below minus one", () => {
    const result = planQuotas({ lastActual: 1000000, growth: -1.5, owners: OWNERS });
    expect(result.problems).toEqual([{ field: "growth", index: null, value: -1.5, reason: "belowMinusOne" }]);
    expect(result.plan).toBeNull();
    expect(result.ownerTotal).toBeNull();
    expect(result.byPeriod).toEqual([]);
    expect(result.byOwner).toEqual([]);
  });

  test("growth and uplift together below minus one", () => {
    const result = planQuotas({ lastActual: 1000000, growth: -0.5, uplift: -0.6 });
    expect(result.problems).toEqual([{ field: "uplift", index: null, value: -0.6, reason: "totalGrowthBelowMinusOne" }]);
    expect(result.plan).toBeNull();
  });

  test("negative last actual", () => {
    const result = planQuotas({ lastActual: -5, growth: 0.1 });
    expect(result.problems).toEqual([{ field: "lastActual", index: null, value: -5, reason: "negative" }]);
    expect(result.plan).toBeNull();
  });

  test.each([NaN, Infinity])("last actual of %p", (lastActual) => {
    const result = planQuotas({ lastActual, growth: 0.1 });
    expect(result.problems).toEqual([{ field: "lastActual", index: null, value: String(lastActual), reason: "notFinite" }]);
  });

  test("every plan problem listed at once", () => {
    const result = planQuotas({ lastActual: -1, growth: NaN, uplift: Infinity });
    expect(result.problems.map((problem) => `${problem.field} ${problem.reason}`)).toEqual([
      "lastActual negative",
      "growth notFinite",
      "uplift notFinite",
    ]);
  });

  test("seasonality of the wrong length", () => {
    const result = planQuotas({ lastActual: 1000000, growth: 0, seasonality: [1, 2, 3, 4, 5] });
    expect(result.problems).toEqual([{ field: "seasonality", index: null, value: 5, reason: "lengthMismatch" }]);
    expect(result.byPeriod).toEqual([]);
    expect(result.seasonality).toBeNull();
    // The plan itself does not depend on the seasonality.
    expect(result.plan).toBe(1000000);
  });

  test("four weights for a monthly split", () => {
    const result = planQuotas({ lastActual: 1000000, growth: 0, seasonality: [1, 1, 1, 1] });
    expect(result.problems[0].reason).toBe("lengthMismatch");
  });

  test("negative and infinite weights located", () => {
    const result = planQuotas({ lastActual: 1000000, growth: 0, split: "quarter", seasonality: [1, -2, 3, Infinity] });
    expect(result.problems).toEqual([
      { field: "seasonality", index: 1, value: -2, reason: "negative" },
      { field: "seasonality", index: 3, value: "Infinity", reason: "notFinite" },
    ]);
  });

  test("weights summing to zero", () => {
    const result = planQuotas({ lastActual: 1000000, growth: 0, split: "quarter", seasonality: [0, 0, 0, 0] });
    expect(result.problems).toEqual([{ field: "seasonality", index: null, value: 0, reason: "sumNotPositive" }]);
  });

  test("past sales shorter than a year", () => {
    const result = planQuotas({ lastActual: 1000000, growth: 0, pastSales: new Array<number>(11).fill(1), owners: OWNERS });
    expect(result.problems).toEqual([{ field: "pastSales", index: null, value: 11, reason: "tooShort" }]);
    expect(result.byPeriod).toEqual([]);
    // Owner quotas do not depend on the seasonality.
    expect(result.byOwner[0].quota).toBeCloseTo(1100000, 6);
  });

  test("negative past sales located", () => {
    const pastSales = new Array<number>(12).fill(1);
    pastSales[4] = -3;
    const result = planQuotas({ lastActual: 1000000, growth: 0, pastSales });
    expect(result.problems).toEqual([{ field: "pastSales", index: 4, value: -3, reason: "negative" }]);
  });

  test("unknown split", () => {
    const result = planQuotas({ lastActual: 1000000, growth: 0, split: "week" as PlanSplit });
    expect(result.problems).toEqual([{ field: "split", index: null, value: "week", reason: "invalidSplit" }]);
  });

  test("blank and repeated owners", () => {
    const result = planQuotas({
      lastActual: 1000000,
      growth: 0,
      owners: [
        { owner: "Ann", lastSales: 1 },
        { owner: " ", lastSales: 1 },
        { owner: "Ann", lastSales: 1 },
      ],
    });
    expect(result.problems).toEqual([
      { field: "owners", index: 1, value: " ", reason: "ownerMissing" },
      { field: "owners", index: 2, value: "Ann", reason: "ownerDuplicate" },
    ]);
    expect(result.byOwner).toEqual([]);
    expect(result.ownerWeights).toBeNull();
    expect(result.byPeriod).toHaveLength(12);
  });

  test("owner weight missing", () => {
    const result = planQuotas({ lastActual: 1000000, growth: 0, owners: [{ owner: "Ann", weight: 1 }, { owner: "Bob", lastSales: 5 }] });
    expect(result.problems).toEqual([{ field: "owners.weight", index: 1, value: "Bob", reason: "weightMissing" }]);
  });

  test("owner weights summing to zero", () => {
    const result = planQuotas({ lastActual: 1000000, growth: 0, owners: [{ owner: "Ann", weight: 0 }, { owner: "Bob", weight: 0 }] });
    expect(result.problems).toEqual([{ field: "owners.weight", index: null, value: 0, reason: "sumNotPositive" }]);
  });

  test("negative last sales of an owner", () => {
    const result = planQuotas({ lastActual: 1000000, growth: 0, owners: [{ owner: "Ann", lastSales: 5 }, { owner: "Bob", lastSales: -5 }] });
    expect(result.problems).toEqual([{ field: "owners.lastSales", index: 1, value: -5, reason: "negative" }]);
  });

  test("negative over-allocation", () => {
    const options: QuotaPlanOptions = { lastActual: 1000000, growth: 0, overAllocation: -0.1, owners: OWNERS };
    const result = planQuotas(options);
    expect(result.problems).toEqual([{ field: "overAllocation", index: null, value: -0.1, reason: "negative" }]);
    expect(result.ownerTotal).toBeNull();
    expect(result.byOwner).toEqual([]);
    expect(result.byPeriod).toHaveLength(12);
  });
});
