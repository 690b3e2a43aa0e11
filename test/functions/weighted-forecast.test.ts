import { excelErrorOf, setDisplayLanguage } from "./custom-functions-runtime";
import { weightedForecast } from "../../src/functions/functions";

afterEach(() => setDisplayLanguage(null));

describe("WEIGHTEDFORECAST", () => {
  test("worked example", () => {
    // 100,000 × 0.6 + 50,000 × 0.2 + 200,000 × 0.1 = 60,000 + 10,000 + 20,000 = 90,000.
    const amounts = [[100000], [50000], [200000]];
    const probabilities = [[0.6], [0.2], [0.1]];
    expect(weightedForecast(amounts, probabilities)).toBeCloseTo(90000, 6);
  });

  test("60, 0.6 and 60% give the same forecast", () => {
    // 100,000 × 0.6 + 50,000 × 0.2 = 70,000 in every form.
    const amounts = [[100000], [50000]];
    const percents = weightedForecast(amounts, [[60], [20]]);
    const fractions = weightedForecast(amounts, [[0.6], [0.2]]);
    const percentText = weightedForecast(amounts, [["60%"], ["20%"]]);
    expect(percents).toBeCloseTo(70000, 6);
    expect(fractions).toBeCloseTo(70000, 6);
    expect(percentText).toBeCloseTo(70000, 6);
  });

  test("percent text mixed with fractions", () => {
    // "60%" is 0.6 whatever the other cells are; 0.2 stays a fraction: 60,000 + 10,000 = 70,000.
    expect(weightedForecast([[100000], [50000]], [["60%"], [0.2]])).toBeCloseTo(70000, 6);
  });

  test("blank pairs in desktop and web forms", () => {
    // Row 2 has a blank probability and row 3 a blank amount, so only row 1 counts:
    // 100,000 × 0.6 = 60,000. On the desktop the blanks arrive as 0 and add 0 × p or a × 0.
    const desktop = weightedForecast([[100000], [50000], [0]], [[0.6], [0], [0.5]]);
    const webNull = weightedForecast([[100000], [50000], [null]], [[0.6], [null], [0.5]]);
    const webEmpty = weightedForecast([[100000], [50000], [""]], [[0.6], [""], [0.5]]);
    expect(desktop).toBeCloseTo(60000, 6);
    expect(webNull).toBeCloseTo(60000, 6);
    expect(webEmpty).toBeCloseTo(60000, 6);
  });

  test("desktop blank does not change the column rule", () => {
    // A blank read as 0 lies within 0..1, so 60 and 20 are still percents: 60,000 + 10,000 = 70,000.
    expect(weightedForecast([[100000], [0], [50000]], [[60], [0], [20]])).toBeCloseTo(70000, 6);
  });

  test("text amounts", () => {
    // "¥1,200" × 0.5 + "1.2万" × 0.25 = 600 + 3,000 = 3,600.
    expect(weightedForecast([["¥1,200"], ["1.2万"]], [[0.5], ["25%"]])).toBeCloseTo(3600, 6);
  });

  test("empty ranges give 0", () => {
    expect(weightedForecast([], [])).toBe(0);
    expect(weightedForecast([[]], [[]])).toBe(0);
    expect(weightedForecast([[null]], [[null]])).toBe(0);
  });

  test("scalars instead of ranges", () => {
    // 100,000 × 60% = 60,000, with 60 read as a percent because it is above 1.
    const amount = 100000 as unknown as unknown[][];
    expect(weightedForecast(amount, 60 as unknown as unknown[][])).toBeCloseTo(60000, 6);
    expect(weightedForecast(amount, 0.6 as unknown as unknown[][])).toBeCloseTo(60000, 6);
  });

  test("mismatched row counts give #VALUE!", () => {
    const error = excelErrorOf(() => weightedForecast([[1], [2], [3]], [[0.1], [0.2]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe(
      "probabilities has 2 rows × 1 column but amounts has 3 rows × 1 column. Select ranges of the same size.",
    );
  });

  test("column against row gives #VALUE!", () => {
    const error = excelErrorOf(() => weightedForecast([[1], [2]], [[0.1, 0.2]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^probabilities has 1 row × 2 columns but amounts has 2 rows × 1 column\./);
  });

  test("text probability gives #VALUE! naming row", () => {
    const error = excelErrorOf(() => weightedForecast([[1], [2], [3]], [[0.1], [0.2], ["abc"]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe(
      'probabilities, row 3: "abc" is not a fraction or a percent. Enter a fraction (0.6), a percent (60) or text such as 60%, or clear the cell.',
    );
  });

  test("text amount gives #VALUE! naming row", () => {
    const error = excelErrorOf(() => weightedForecast([[1], ["abc"]], [[0.1], [0.2]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^amounts, row 2: "abc" is not a number\./);
  });

  test("error cell gives #VALUE! naming row", () => {
    const errorCell = new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidReference);
    const error = excelErrorOf(() => weightedForecast([[1], [2]], [[0.1], [errorCell]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("probabilities, row 2: the cell contains the error #REF!. Correct the cell or clear it.");
  });

  test("probability outside 0..100 gives #VALUE!", () => {
    for (const probability of [150, -5, "120%"]) {
      const error = excelErrorOf(() => weightedForecast([[1], [2]], [[50], [probability]]));
      expect(error.code).toBe("#VALUE!");
      expect(error.message).toMatch(/^probabilities, row 2: .+ is outside 0–100%\./);
    }
  });

  test("messages in Chinese", () => {
    setDisplayLanguage("zh-CN");
    const mismatch = excelErrorOf(() => weightedForecast([[1], [2], [3]], [[0.1], [0.2]]));
    expect(mismatch.message).toBe("probabilities 为 2 行 × 1 列，而 amounts 为 3 行 × 1 列。请选择大小相同的区域。");

    const errorCell = excelErrorOf(() => weightedForecast([[1], ["#N/A"]], [[0.1], [0.2]]));
    expect(errorCell.message).toBe("amounts 第 2 行：单元格包含错误值 #N/A。请更正或清空该单元格。");
  });
});
