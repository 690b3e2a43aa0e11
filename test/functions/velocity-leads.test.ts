import { excelErrorOf } from "./custom-functions-runtime";
import { leadsNeeded, velocity } from "../../src/functions/functions";

describe("VELOCITY", () => {
  test("worked example", () => {
    // 10 open deals × 50,000 × 0.25 ÷ 50 days = 2,500 a day.
    expect(velocity(10, 50000, 0.25, 50)).toBe(2500);
  });

  test("win rate as a percent or percent text", () => {
    expect(velocity(10, 50000, 25, 50)).toBe(2500);
    expect(velocity(10, 50000, "25%", 50)).toBe(2500);
  });

  test("text amount and one-cell ranges", () => {
    expect(velocity([[10]], "5万", [["25%"]], [[50]])).toBe(2500);
  });

  test("blank win rate reads as 0", () => {
    for (const blank of [0, null, ""]) expect(velocity(10, 50000, blank, 50)).toBe(0);
  });

  test("cycle of 0 days gives #DIV/0!", () => {
    expect(excelErrorOf(() => velocity(10, 50000, 0.25, 0)).code).toBe("#DIV/0!");
    expect(excelErrorOf(() => velocity(10, 50000, 0.25, null)).code).toBe("#DIV/0!");
  });

  test("negative input gives #NUM!", () => {
    expect(excelErrorOf(() => velocity(-1, 50000, 0.25, 50)).code).toBe("#NUM!");
    expect(excelErrorOf(() => velocity(10, -50000, 0.25, 50)).code).toBe("#NUM!");
    expect(excelErrorOf(() => velocity(10, 50000, 0.25, -50)).code).toBe("#NUM!");
  });

  test("win rate above 100% gives #VALUE!", () => {
    const error = excelErrorOf(() => velocity(10, 50000, 150, 50));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("win_rate: 150 is outside 0–100%. Enter a fraction (0.6), a percent (60) or text such as 60%.");
  });

  test("range of several cells gives #VALUE!", () => {
    expect(excelErrorOf(() => velocity([[10], [20]], 50000, 0.25, 50)).code).toBe("#VALUE!");
  });

  test("error cell gives #VALUE!", () => {
    const error = excelErrorOf(() => velocity(10, "#N/A", 0.25, 50));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("avg_deal: the cell contains the error #N/A. Correct the cell or clear it.");
  });
});

describe("LEADSNEEDED", () => {
  test("worked example", () => {
    // 500,000 ÷ (50,000 × 0.25) = 40 exactly, not 41.
    expect(leadsNeeded(500000, 50000, [[0.25]])).toBe(40);
    // 100,000 ÷ (30,000 × 0.3) = 11.1 rounds up to 12.
    expect(leadsNeeded(100000, 30000, 0.3 as unknown as unknown[][])).toBe(12);
  });

  test("stage rates are multiplied", () => {
    // 0.5 × 0.8 × 0.625 = 0.25, as fractions or as percents.
    expect(leadsNeeded(500000, 50000, [[0.5], [0.8], [0.625]])).toBe(40);
    expect(leadsNeeded(500000, 50000, [[50], [80], [62.5]])).toBe(40);
    expect(leadsNeeded(500000, 50000, [["50%", "80%", "62.5%"]])).toBe(40);
  });

  test("fractional average keeps a whole result", () => {
    // 15,000 ÷ (100,000 ÷ 7 × 0.15) = 7 exactly, although floating point gives 7.000000000000001.
    expect(15000 / ((100000 / 7) * 0.15)).toBeGreaterThan(7);
    expect(leadsNeeded(15000, 100000 / 7, [[0.15]])).toBe(7);
  });

  test("target met gives 0", () => {
    expect(leadsNeeded(0, 50000, [[0.25]])).toBe(0);
    expect(leadsNeeded(-10000, 50000, [[0.25]])).toBe(0);
  });

  test("text target", () => {
    expect(leadsNeeded("50万", 50000, [["25%"]])).toBe(40);
  });

  test("blank conversion reads as 0", () => {
    // Excel on Windows and Mac passes a blank as 0, so a blank reads as 0 on every platform
    // and the product is 0.
    expect(excelErrorOf(() => leadsNeeded(500000, 50000, [[0.5], [null]])).code).toBe("#DIV/0!");
    expect(excelErrorOf(() => leadsNeeded(500000, 50000, [])).code).toBe("#DIV/0!");
  });

  test("conversion of 0 gives #DIV/0!", () => {
    expect(excelErrorOf(() => leadsNeeded(500000, 50000, [[0]])).code).toBe("#DIV/0!");
  });

  test("average of 0 or less gives #NUM!", () => {
    expect(excelErrorOf(() => leadsNeeded(500000, 0, [[0.25]])).code).toBe("#NUM!");
    expect(excelErrorOf(() => leadsNeeded(500000, -1, [[0.25]])).code).toBe("#NUM!");
  });

  test("unreadable conversion gives #VALUE! naming row", () => {
    const error = excelErrorOf(() => leadsNeeded(500000, 50000, [[0.5], ["half"]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^conversion, row 2: "half" is not a fraction or a percent\./);
  });
});
