import { excelErrorOf } from "./custom-functions-runtime";
import { concentration, topDeals } from "../../src/functions/functions";

describe("CONCENTRATION", () => {
  test("worked example", () => {
    // Shares 0.75 and 0.25: 0.75² + 0.25² = 0.625.
    expect(concentration([[60000], [20000]])).toBe(0.625);
  });

  test("equal deals give 1 ÷ deals", () => {
    expect(concentration([[5000, 5000], [5000, 5000]])).toBe(0.25);
  });

  test("blanks, 0 and negative amounts skipped", () => {
    for (const blank of [0, null, ""]) {
      expect(concentration([[60000], [blank], [-5], [20000]])).toBe(0.625);
    }
  });

  test("text amounts", () => {
    // "6万" and "¥20,000" are 60,000 and 20,000.
    expect(concentration([["6万"], ["¥20,000"]])).toBe(0.625);
  });

  test("single cell gives 1", () => {
    expect(concentration(80000 as unknown as unknown[][])).toBe(1);
  });

  test("no positive amount gives #DIV/0!", () => {
    expect(excelErrorOf(() => concentration([[0], [null]])).code).toBe("#DIV/0!");
    expect(excelErrorOf(() => concentration([])).code).toBe("#DIV/0!");
  });

  test("unreadable amount gives #VALUE! naming row", () => {
    const error = excelErrorOf(() => concentration([[60000], ["TBD"]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^amounts, row 2: "TBD" is not a number\./);
  });
});

/** Weighted amounts: A 400,000, B 240,000, C 270,000, D 50,000. */
const IDS = [["A"], ["B"], ["C"], ["D"]];
const AMOUNTS = [[500000], [400000], [300000], [100000]];
const PROBABILITIES = [[0.8], [0.6], [0.9], [0.5]];

describe("TOPDEALS", () => {
  test("worked example", () => {
    expect(topDeals(IDS, AMOUNTS, PROBABILITIES, 2)).toEqual([
      ["A", 400000],
      ["C", 270000],
    ]);
  });

  test("n omitted returns up to 20 deals", () => {
    expect(topDeals(IDS, AMOUNTS, PROBABILITIES).map(([id]) => id)).toEqual(["A", "C", "B", "D"]);
    expect(topDeals(IDS, AMOUNTS, PROBABILITIES, null).map(([id]) => id)).toEqual(["A", "C", "B", "D"]);
  });

  test("percent probabilities", () => {
    expect(topDeals(IDS, AMOUNTS, [[80], [60], ["90%"], [50]], 1)).toEqual([["A", 400000]]);
  });

  test("ties go to the smaller id", () => {
    // Equal weights; D9 comes before D10 as the report orders ids.
    expect(topDeals([["D10"], ["D9"]], [[1000], [1000]], [[0.5], [0.5]]).map(([id]) => id)).toEqual(["D9", "D10"]);
  });

  test("blank amount or probability skips the row", () => {
    for (const blank of [null, ""]) {
      const result = topDeals(IDS, [[500000], [blank], [300000], [100000]], [[0.8], [0.6], [blank], [0.5]]);
      expect(result).toEqual([
        ["A", 400000],
        ["D", 50000],
      ]);
    }
  });

  test("blank id replaced by row number", () => {
    for (const blank of [0, null, ""]) {
      expect(topDeals([["A"], [blank]], [[100], [900]], [[0.5], [0.5]])).toEqual([
        [2, 450],
        ["A", 50],
      ]);
    }
  });

  test("numeric ids stay numbers", () => {
    expect(topDeals([[1001], [1002]], [[100], [200]], [[1], [1]])).toEqual([
      [1002, 200],
      [1001, 100],
    ]);
  });

  test("single cells instead of ranges", () => {
    const one = (value: unknown) => value as unknown[][];
    expect(topDeals(one("A"), one(1000), one(0.5))).toEqual([["A", 500]]);
  });

  test("no rankable row gives #N/A", () => {
    const error = excelErrorOf(() => topDeals([["A"]], [[null]], [[0.5]]));
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe("No row has both an amount and a probability, so there is no deal to rank.");
    expect(excelErrorOf(() => topDeals([], [], [])).code).toBe("#N/A");
  });

  test("n below 1 or fractional gives #NUM!", () => {
    expect(excelErrorOf(() => topDeals(IDS, AMOUNTS, PROBABILITIES, 0)).code).toBe("#NUM!");
    expect(excelErrorOf(() => topDeals(IDS, AMOUNTS, PROBABILITIES, 1.5)).code).toBe("#NUM!");
  });

  test("mismatched ranges give #VALUE!", () => {
    expect(excelErrorOf(() => topDeals(IDS, AMOUNTS.slice(0, 3), PROBABILITIES)).code).toBe("#VALUE!");
    const error = excelErrorOf(() => topDeals(IDS, AMOUNTS, PROBABILITIES.slice(0, 2)));
    expect(error.message).toBe("probabilities has 2 rows × 1 column but ids has 4 rows × 1 column. Select ranges of the same size.");
  });

  test("error cell in ids gives #VALUE!", () => {
    const error = excelErrorOf(() => topDeals([["A"], ["#N/A"]], [[1], [2]], [[1], [1]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^ids, row 2: the cell contains the error #N\/A/);
  });
});
