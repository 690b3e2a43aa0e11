import { computeConcentration } from "../../../src/engine/metrics/concentration";
import { readPipeline } from "../../../src/engine/read/workbook";
import type { CellValue, DealTable } from "../../../src/engine/types";
import { concentrationPipelineSheet } from "../../support/concentration-pipeline";
import { sheetGrid, US_OPTIONS } from "../../support/grids";

const LIMITS = { largestShare: 0.5, effectiveDeals: 3 };

function tableOf(rows: CellValue[][]): DealTable {
  const source = readPipeline([sheetGrid("Deals", rows)], US_OPTIONS);
  if (!source) throw new Error("no deals table");
  return source.table;
}

/** Builds a table of open Lead deals owned by Ann, one per amount. */
function dealsOf(...amounts: CellValue[]): DealTable {
  return tableOf([["Deal ID", "Owner", "Stage", "Amount"], ...amounts.map((amount, i) => [`A-${i + 1}`, "Ann", "Lead", amount])]);
}

describe("computeConcentration on the concentration pipeline", () => {
  const result = computeConcentration(tableOf(concentrationPipelineSheet().rows), { limits: LIMITS });
  const ownerOf = (owner: string) => result.byOwner.find((entry) => entry.owner === owner);

  // Counted amounts in thousands: 40, 30, 20, 10, 60, 20, 50, 50, 30.
  // Σ = 310; Σ² = 1,600 + 900 + 400 + 100 + 3,600 + 400 + 2,500 + 2,500 + 900 = 12,900.

  test("overall units", () => {
    expect(result.overall.units).toBe(9);
  });

  test("overall amount", () => {
    expect(result.overall.amount).toBe(310000);
  });

  test("overall largestShare", () => {
    // 60 ÷ 310 = 0.19355…
    expect(result.overall.largestShare).toBeCloseTo(60 / 310, 12);
  });

  test("overall hhi", () => {
    // 12,900 ÷ 310² = 12,900 ÷ 96,100 = 0.13424…
    expect(result.overall.hhi).toBeCloseTo(12900 / 96100, 12);
  });

  test("overall effectiveDeals", () => {
    // 96,100 ÷ 12,900 = 7.4496…
    expect(result.overall.effectiveDeals).toBeCloseTo(96100 / 12900, 12);
  });

  test("overall not at risk", () => {
    expect(result.overall.atRisk).toBe(false);
    expect(result.overall.reasons).toEqual([]);
  });

  test("owners by amount, ties by name", () => {
    // Ann 100 and Cy 100 tie, then Bob 80, then no owner 30. Dan has no counted deal.
    expect(result.byOwner.map((entry) => entry.owner)).toEqual(["Ann", "Cy", "Bob", ""]);
  });

  test("Ann below both limits", () => {
    // 40 ÷ 100 = 0.4; hhi (1,600 + 900 + 400 + 100) ÷ 100² = 0.3; effective 10,000 ÷ 3,000 = 3.33…
    expect(ownerOf("Ann")).toEqual({
      owner: "Ann",
      units: 4,
      amount: 100000,
      largestShare: 0.4,
      hhi: expect.closeTo(0.3, 12),
      effectiveDeals: expect.closeTo(10 / 3, 12),
      atRisk: false,
      reasons: [],
    });
  });

  test("Bob over both limits", () => {
    // 60 ÷ 80 = 0.75 > 0.5; hhi (3,600 + 400) ÷ 80² = 4,000 ÷ 6,400 = 0.625; effective 1.6 < 3.
    expect(ownerOf("Bob")).toEqual({
      owner: "Bob",
      units: 2,
      amount: 80000,
      largestShare: 0.75,
      hhi: expect.closeTo(0.625, 12),
      effectiveDeals: expect.closeTo(1.6, 12),
      atRisk: true,
      reasons: ["largestShare", "effectiveDeals"],
    });
  });

  test("Cy two equal deals", () => {
    // 50 ÷ 100 = 0.5 is not above 0.5; hhi 0.25 + 0.25 = 0.5; effective 2 < 3.
    expect(ownerOf("Cy")).toEqual({
      owner: "Cy",
      units: 2,
      amount: 100000,
      largestShare: 0.5,
      hhi: 0.5,
      effectiveDeals: 2,
      atRisk: true,
      reasons: ["effectiveDeals"],
    });
  });

  test("unassigned single deal", () => {
    // C12 30,000 alone; C13's zero amount is left out.
    expect(ownerOf("")).toEqual({ owner: "", units: 1, amount: 30000, largestShare: 1, hhi: 1, effectiveDeals: 1, atRisk: true, reasons: ["largestShare", "effectiveDeals"] });
  });

  test("owner without counted deals absent", () => {
    // Dan: −10,000 and a blank amount.
    expect(ownerOf("Dan")).toBeUndefined();
  });
});

describe("computeConcentration rules", () => {
  test("single deal", () => {
    const { overall } = computeConcentration(dealsOf(70000), { limits: LIMITS });
    expect(overall.largestShare).toBe(1);
    expect(overall.hhi).toBe(1);
    expect(overall.effectiveDeals).toBe(1);
    expect(overall.atRisk).toBe(true);
  });

  test("two equal deals", () => {
    // hhi 0.5² + 0.5² = 0.5, effective 2 < 3; the largest share 0.5 is not above 0.5.
    const { overall } = computeConcentration(dealsOf(50000, 50000), { limits: LIMITS });
    expect(overall.hhi).toBe(0.5);
    expect(overall.effectiveDeals).toBe(2);
    expect(overall.reasons).toEqual(["effectiveDeals"]);
  });

  test("three equal deals on the limit", () => {
    // hhi 3 × (1/3)² = 1/3, effective exactly 3, not below 3.
    const { overall } = computeConcentration(dealsOf(10000, 10000, 10000), { limits: LIMITS });
    expect(overall.effectiveDeals).toBe(3);
    expect(overall.atRisk).toBe(false);
  });

  test("three equal deals with float error", () => {
    // Σa² ÷ (Σa)² for three deals of 1,000.01 gives effectiveDeals 2.9999999999999996,
    // which is on the limit of 3, not below it.
    const { overall } = computeConcentration(dealsOf(1000.01, 1000.01, 1000.01), { limits: LIMITS });
    expect(overall.effectiveDeals).toBeCloseTo(3, 12);
    expect(overall.atRisk).toBe(false);
  });

  test("largest share just above the limit", () => {
    // 50,001 ÷ 100,001 = 0.500005 > 0.5; effective 100,001² ÷ (50,001² + 25,000² + 25,000²) = 2.666… < 3.
    const { overall } = computeConcentration(dealsOf(50001, 25000, 25000), { limits: LIMITS });
    expect(overall.reasons).toEqual(["largestShare", "effectiveDeals"]);
  });

  test("looser limits", () => {
    // Bob: 0.75 ≤ 0.8 and 1.6 ≥ 1.5.
    const result = computeConcentration(tableOf(concentrationPipelineSheet().rows), { limits: { largestShare: 0.8, effectiveDeals: 1.5 } });
    expect(result.byOwner.find((entry) => entry.owner === "Bob")?.atRisk).toBe(false);
  });

  test("zero, negative and blank amounts left out", () => {
    // Only the 40,000 deal counts.
    const { overall } = computeConcentration(dealsOf(40000, 0, -5000, ""), { limits: LIMITS });
    expect(overall.units).toBe(1);
    expect(overall.amount).toBe(40000);
  });

  test("no counted deals", () => {
    const result = computeConcentration(dealsOf(0, ""), { limits: LIMITS });
    expect(result.overall).toEqual({ units: 0, amount: 0, largestShare: null, hhi: null, effectiveDeals: null, atRisk: false, reasons: [] });
    expect(result.byOwner).toEqual([]);
  });

  test("closed and deferred deals left out", () => {
    const table = tableOf([
      ["Deal ID", "Owner", "Stage", "Amount"],
      ["A-1", "Ann", "Closed Won", 100],
      ["A-2", "Ann", "Closed Lost", 100],
      ["A-3", "Ann", "Deferred", 100],
    ]);
    expect(computeConcentration(table, { limits: LIMITS }).overall.units).toBe(0);
  });

  test("invalid limit rejected", () => {
    expect(() => computeConcentration(dealsOf(100), { limits: { largestShare: NaN, effectiveDeals: 3 } })).toThrow(RangeError);
  });
});
