import { scoreHealth, type HealthInputs } from "../../../src/engine/metrics/health";

/** Inputs that rate every dimension good: coverage in band, glass shape, little stalled, spread, clean, on pace. */
const HEALTHY: HealthInputs = {
  coverage: 3.5,
  quotaMet: false,
  coverageBand: { low: 3, high: 4 },
  shape: "glass",
  stalledShare: 0.1,
  inactiveShare: 0.05,
  concentration: { largestShare: 0.2, effectiveDeals: 8, atRisk: false },
  concentrationLimits: { largestShare: 0.5, effectiveDeals: 3 },
  cleanShare: 0.95,
  pace: 1.1,
};

function dimension(inputs: Partial<HealthInputs>, name: string) {
  return scoreHealth({ ...HEALTHY, ...inputs }).dimensions.find((entry) => entry.dimension === name)!;
}

describe("scoreHealth", () => {
  test("healthy inputs rate good overall", () => {
    expect(scoreHealth(HEALTHY).overall).toBe("good");
  });

  test("overall is the worst dimension", () => {
    expect(scoreHealth({ ...HEALTHY, cleanShare: 0.5 }).overall).toBe("risk");
  });

  test("unrated dimensions do not count", () => {
    const score = scoreHealth({ ...HEALTHY, coverage: null, shape: null, pace: null });
    expect(score.overall).toBe("good");
    expect(score.dimensions.filter((entry) => entry.status === null)).toHaveLength(3);
  });

  test("nothing rated gives no overall", () => {
    const score = scoreHealth({ ...HEALTHY, coverage: null, shape: null, stalledShare: null, inactiveShare: null, concentration: null, cleanShare: null, pace: null });
    expect(score.overall).toBeNull();
  });
});

describe("coverage rating", () => {
  test.each([
    // Band 3-4: below 3 is watch, below 2 (two thirds of 3) is risk.
    [3, "good", 3],
    [2.99, "watch", 3],
    [2, "watch", 3],
    [1.99, "risk", 2],
  ])("coverage %d is %s", (coverage, status, threshold) => {
    const rated = dimension({ coverage }, "coverage");
    expect(rated.status).toBe(status);
    expect(rated.threshold).toBeCloseTo(threshold, 10);
  });

  test("met quota is good", () => {
    expect(dimension({ coverage: null, quotaMet: true }, "coverage").status).toBe("good");
  });

  test("no quota is not rated", () => {
    expect(dimension({ coverage: null }, "coverage").reason).toBe("noQuota");
  });
});

describe("other ratings", () => {
  test.each([
    ["glass", "good"],
    ["funnel", "watch"],
    ["bottleneck", "risk"],
  ] as const)("shape %s is %s", (shape, status) => {
    expect(dimension({ shape }, "conversion").status).toBe(status);
  });

  test.each([
    // The worse of stalled and inactive shares counts: 0.2 and above is watch, 0.4 and above risk.
    [0.19, 0.1, "good"],
    [0.1, 0.2, "watch"],
    [0.4, 0.1, "risk"],
  ])("stalled %d inactive %d is %s", (stalledShare, inactiveShare, status) => {
    expect(dimension({ stalledShare, inactiveShare }, "movement").status).toBe(status);
  });

  test("concentration at risk is risk", () => {
    expect(dimension({ concentration: { largestShare: 0.6, effectiveDeals: 2, atRisk: true } }, "concentration").status).toBe("risk");
  });

  test("concentration near the limit is watch", () => {
    // 0.7 × 0.5 = 0.35 is the watch threshold.
    expect(dimension({ concentration: { largestShare: 0.36, effectiveDeals: 4, atRisk: false } }, "concentration").status).toBe("watch");
  });

  test.each([
    [0.9, "good"],
    [0.89, "watch"],
    [0.69, "risk"],
  ])("clean share %d is %s", (cleanShare, status) => {
    expect(dimension({ cleanShare }, "dataQuality").status).toBe(status);
  });

  test.each([
    [1, "good"],
    [0.99, "watch"],
    [0.79, "risk"],
  ])("pace %d is %s", (pace, status) => {
    expect(dimension({ pace }, "pace").status).toBe(status);
  });
});

describe("coverage above the band", () => {
  test("is good and says so", () => {
    // Band 3-4: 9.88 is above the high end of 4.
    const rated = dimension({ coverage: 9.88 }, "coverage");
    expect(rated.status).toBe("good");
    expect(rated.reason).toBe("coverageAboveBand");
    expect(rated.threshold).toBe(4);
  });
});
