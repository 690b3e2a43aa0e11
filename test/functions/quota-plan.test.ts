import { excelErrorOf } from "./custom-functions-runtime";
import { quotaPlan } from "../../src/functions/functions";

/** An omitted optional argument, which Excel passes as null. */
const OMITTED = null as unknown as undefined;

/** Compares a spilled array cell by cell to 6 decimals, since 1.15 has no exact binary form. */
function expectSpill(actual: number[][], expected: number[][]): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, r) => {
    expect(row.length).toBe(expected[r].length);
    row.forEach((cell, c) => expect(cell).toBeCloseTo(expected[r][c], 6));
  });
}

describe("QUOTAPLAN", () => {
  test("team plan from one cell", () => {
    // 1,000,000 × (1 + 15%) = 1,150,000.
    expectSpill(quotaPlan([[1000000]], "15%"), [[1150000]]);
    expectSpill(quotaPlan(1000000 as unknown as unknown[][], 0.15), [[1150000]]);
  });

  test("growth as a plain number of percent", () => {
    // 15 and −5 typed into General cells mean 15% and −5%; 0.15 is the fraction itself.
    expectSpill(quotaPlan([[1000000]], 15), [[1150000]]);
    expectSpill(quotaPlan([[1000000]], -5), [[950000]]);
    expectSpill(quotaPlan([[1000000]], "-5%"), [[950000]]);
    expectSpill(quotaPlan([[1000000]], 1), [[2000000]]);
  });

  test("growth above 100% as text", () => {
    expectSpill(quotaPlan([[1000000]], "150%"), [[2500000]]);
  });

  test("team plan by quarter follows seasonality's direction", () => {
    // Weights 1, 1, 1, 2 are shares 0.2, 0.2, 0.2, 0.4 of 1,150,000.
    expectSpill(quotaPlan([[1000000]], 0.15, [[1, 1, 1, 2]]), [[230000, 230000, 230000, 460000]]);
    expectSpill(quotaPlan([[1000000]], 0.15, [[1], [1], [1], [2]]), [[230000], [230000], [230000], [460000]]);
  });

  test("team plan by month", () => {
    // Twelve equal weights: 1,200,000 ÷ 12 = 100,000 a month.
    const plan = quotaPlan([[1000000]], 0.2, [new Array(12).fill(1)]);
    expectSpill(plan, [new Array(12).fill(100000)]);
  });

  test("owner quotas with 10% over-allocation", () => {
    // Plan 1,000,000 × 1.2 = 1,200,000; owners together 1,320,000, shared 60:40.
    expectSpill(quotaPlan([[600000], [400000]], 0.2), [[792000], [528000]]);
  });

  test("owners in a row spill across", () => {
    expectSpill(quotaPlan([[600000, 400000]], 0.2), [[792000, 528000]]);
  });

  test("owner quotas by quarter", () => {
    // 792,000 and 528,000 split 0.2, 0.2, 0.2, 0.4.
    expectSpill(quotaPlan([[600000], [400000]], 0.2, [[1, 1, 1, 2]]), [
      [158400, 158400, 158400, 316800],
      [105600, 105600, 105600, 211200],
    ]);
  });

  test("given over-allocation", () => {
    expectSpill(quotaPlan([[600000], [400000]], 0.2, OMITTED, 0), [[720000], [480000]]);
    expectSpill(quotaPlan([[600000], [400000]], 0.2, OMITTED, "25%"), [[900000], [600000]]);
  });

  test("blank owner cell gets no quota", () => {
    for (const blank of [0, null, ""]) {
      expectSpill(quotaPlan([[600000], [blank], [400000]], 0.2), [[792000], [0], [528000]]);
    }
  });

  test("text amounts and percent weights", () => {
    // 60万 + 40万 = 1,000,000; weights "10%" and "30%" are 1:3.
    expectSpill(quotaPlan([["60万"], ["40万"]], 0, [["10%", "10%", "10%", "70%"]], 0), [
      [60000, 60000, 60000, 420000],
      [40000, 40000, 40000, 280000],
    ]);
  });

  test("no sales last period shares equally", () => {
    expectSpill(quotaPlan([[0], [0]], 0.2), [[0], [0]]);
  });

  test("empty last_sales plans 0", () => {
    expect(quotaPlan([], 0.1)).toEqual([[0]]);
  });

  test("two-dimensional last_sales gives #VALUE!", () => {
    const error = excelErrorOf(() => quotaPlan([[1, 2], [3, 4]], 0.1));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("last_sales must be one row or one column, but it has 2 rows × 2 columns.");
  });

  test("quotas rounded to the cent", () => {
    // 400 × 1.1 = 440, shared 3:1, is 330 and 110, where floating point gives 330.00000000000006.
    expect(quotaPlan([[300], [100]], 0)).toEqual([[330], [110]]);
  });

  test("two-dimensional seasonality gives #VALUE!", () => {
    const error = excelErrorOf(() => quotaPlan([[1000]], 0.1, [[1, 1], [1, 2]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("seasonality must be one row or one column, but it has 2 rows × 2 columns.");
  });

  test("seasonality of another length gives #VALUE!", () => {
    const error = excelErrorOf(() => quotaPlan([[1000]], 0.1, [[1, 2, 3]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("seasonality has 3 weights. Enter 12 monthly weights or 4 quarterly weights.");
  });

  test("growth below −100% gives #NUM!", () => {
    expect(excelErrorOf(() => quotaPlan([[1000]], "-150%")).code).toBe("#NUM!");
  });

  test("negative sales or weights give #NUM!", () => {
    expect(excelErrorOf(() => quotaPlan([[600000], [-1]], 0.1)).code).toBe("#NUM!");
    expect(excelErrorOf(() => quotaPlan([[1000]], 0.1, [[1, 1, -1, 1]])).code).toBe("#NUM!");
    expect(excelErrorOf(() => quotaPlan([[1000]], 0.1, OMITTED, -0.1)).code).toBe("#NUM!");
  });

  test("weights adding up to 0 give #NUM!", () => {
    expect(excelErrorOf(() => quotaPlan([[1000]], 0.1, [[0, 0, 0, 0]])).code).toBe("#NUM!");
  });

  test("unreadable growth gives #VALUE!", () => {
    const error = excelErrorOf(() => quotaPlan([[1000]], "a lot"));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe('growth: "a lot" is not a number. Enter a number, or clear the cell.');
  });

  test("unreadable sales cell gives #VALUE! naming row", () => {
    const error = excelErrorOf(() => quotaPlan([[1000], ["n/a"]], 0.1));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^last_sales, row 2: "n\/a" is not a number\./);
  });
});
