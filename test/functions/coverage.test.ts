import { excelErrorOf, setDisplayLanguage } from "./custom-functions-runtime";
import { coverage } from "../../src/functions/functions";

afterEach(() => setDisplayLanguage(null));

describe("COVERAGE", () => {
  test("worked example", () => {
    // Open: 500,000 + 300,000 + 200,000 = 1,000,000.
    // Remaining quota: 600,000 − (60,000 + 140,000) = 400,000.
    // Coverage: 1,000,000 ÷ 400,000 = 2.5.
    const open = [[500000], [300000], [200000]];
    const won = [[60000], [140000]];
    expect(coverage(open, 600000, won)).toBe(2.5);
  });

  test("omitted won_to_date as null or undefined", () => {
    // 1,000,000 ÷ (500,000 − 0) = 2.
    const open = [[400000], [600000]];
    expect(coverage(open, 500000, null as unknown as undefined)).toBe(2);
    expect(coverage(open, 500000, undefined)).toBe(2);
    expect(coverage(open, 500000)).toBe(2);
  });

  test("blank cells in desktop and web forms", () => {
    // Every form reads as 500,000 + 500,000 = 1,000,000 open and 100,000 won:
    // 1,000,000 ÷ (600,000 − 100,000) = 2.
    const desktop = coverage([[500000], [0], [500000]], 600000, [[100000], [0]]);
    const webNull = coverage([[500000], [null], [500000]], 600000, [[100000], [null]]);
    const webEmpty = coverage([[500000], [""], [500000]], 600000, [[100000], [""]]);
    expect(desktop).toBe(2);
    expect(webNull).toBe(2);
    expect(webEmpty).toBe(2);
  });

  test("text amounts", () => {
    // "¥1,200" + "1.2万" + "3.5k" = 1,200 + 12,000 + 3,500 = 16,700; 16,700 ÷ (10,000 − "RMB 1,650") = 2.
    const open = [["¥1,200"], ["1.2万"], ["3.5k"]];
    expect(coverage(open, 10000, [["RMB 1,650"]])).toBeCloseTo(2, 12);
  });

  test("mixed currencies give #VALUE!", () => {
    // "¥1,200" and "RMB 1,650" are both CNY and add up; "$3.5k" is USD and cannot join them.
    expect(coverage([["¥1,200"], ["RMB 1,650"], [150]], 1000)).toBe(3);
    const error = excelErrorOf(() => coverage([["¥1,200"], [500], ["$3.5k"]], 10000));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe('open_amounts, row 3: "$3.5k" is in USD, but row 1 is in CNY. Convert the amounts to one currency.');
  });

  test("currencies mixed across arguments give #VALUE!", () => {
    const won = excelErrorOf(() => coverage([["¥100"]], 1000, [["$100"]]));
    expect(won.code).toBe("#VALUE!");
    expect(won.message).toBe('won_to_date, row 1: "$100" is in USD, but open_amounts is in CNY. Convert the amounts to one currency.');

    const quota = excelErrorOf(() => coverage([["¥100"]], "$1,000" as unknown as number));
    expect(quota.code).toBe("#VALUE!");
    expect(quota.message).toBe('quota: "$1,000" is in USD, but open_amounts is in CNY. Convert the amounts to one currency.');
  });

  test("plain numbers go with any currency", () => {
    // 1,000 ÷ ("$600" − 100) = 2.
    expect(coverage([[1000]], "$600" as unknown as number, [[100]])).toBe(2);
  });

  test("quota as text amount", () => {
    // 1,200,000 ÷ "60万" (600,000) = 2.
    expect(coverage([[1200000]], "60万" as unknown as number)).toBe(2);
  });

  test("empty ranges give 0", () => {
    expect(coverage([], 600000)).toBe(0);
    expect(coverage([[]], 600000, [[]])).toBe(0);
    expect(coverage([[null], [""]], 600000)).toBe(0);
  });

  test("scalar instead of a range", () => {
    // 500,000 ÷ (300,000 − 50,000) = 2.
    const open = 500000 as unknown as unknown[][];
    const won = 50000 as unknown as unknown[][];
    expect(coverage(open, 300000, won)).toBe(2);
  });

  test("one-cell range as quota", () => {
    expect(coverage([[800000]], [[400000]] as unknown as number)).toBe(2);
  });

  test("text open_amounts cell gives #VALUE! naming row", () => {
    const error = excelErrorOf(() => coverage([[100], [200], ["abc"]], 1000));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe('open_amounts, row 3: "abc" is not a number. Enter a number or an amount such as ¥1,200 or 1.2万, or clear the cell.');
  });

  test("boolean cell gives #VALUE!", () => {
    const error = excelErrorOf(() => coverage([[100], [true]], 1000));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^open_amounts, row 2: TRUE is not a number\./);
  });

  test("error cell object gives #VALUE!", () => {
    const errorCell = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
    const error = excelErrorOf(() => coverage([[100], [errorCell]], 1000));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("open_amounts, row 2: the cell contains the error #N/A. Correct the cell or clear it.");
  });

  test("error text and data-type error give #VALUE!", () => {
    const asText = excelErrorOf(() => coverage([[100]], 1000, [[5], ["#REF!"]]));
    expect(asText.code).toBe("#VALUE!");
    expect(asText.message).toMatch(/^won_to_date, row 2: the cell contains the error #REF!\./);

    const asDataType = excelErrorOf(() => coverage([[{ type: "Error", basicValue: "#DIV/0!" }]], 1000));
    expect(asDataType.code).toBe("#VALUE!");
    expect(asDataType.message).toMatch(/^open_amounts, row 1: the cell contains the error #DIV\/0!\./);
  });

  test("multi-column range names the column", () => {
    const error = excelErrorOf(() => coverage([[100, 200], [300, "n/a"]], 1000));
    expect(error.message).toMatch(/^open_amounts, row 2, column 2: "n\/a" is not a number\./);
  });

  test("quota 0, negative or blank gives #NUM!", () => {
    for (const quota of [0, -100000, null, ""]) {
      const error = excelErrorOf(() => coverage([[100000]], quota as unknown as number));
      expect(error.code).toBe("#NUM!");
      // Excel drops messages on #NUM!, so none is sent.
      expect(error.message).toBeUndefined();
    }
  });

  test("unreadable quota gives #VALUE!", () => {
    const error = excelErrorOf(() => coverage([[100000]], "abc" as unknown as number));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^quota: "abc" is not a number\./);
  });

  test("range as quota gives #VALUE!", () => {
    const error = excelErrorOf(() => coverage([[100000]], [[1], [2]] as unknown as number));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("quota must be one cell or value, but it has 2 rows × 1 column.");
  });

  test("quota met gives #N/A", () => {
    // Won 600,000 against a quota of 500,000: nothing is left to cover.
    const over = excelErrorOf(() => coverage([[100000]], 500000, [[400000], [200000]]));
    expect(over.code).toBe("#N/A");
    expect(over.message).toBe("Quota met: nothing left to cover");

    // Won exactly the quota.
    const exact = excelErrorOf(() => coverage([[100000]], 500000, [[500000]]));
    expect(exact.code).toBe("#N/A");
  });

  test("messages in Chinese", () => {
    setDisplayLanguage("zh-CN");

    const text = excelErrorOf(() => coverage([[100], [200], ["abc"]], 1000));
    expect(text.message).toBe("open_amounts 第 3 行：“abc” 不是数字。请输入数字或金额（如 ¥1,200、1.2万），或清空该单元格。");

    const met = excelErrorOf(() => coverage([[100000]], 500000, [[500000]]));
    expect(met.message).toBe("配额已完成：无需再覆盖");
  });

  test("other display languages use English", () => {
    setDisplayLanguage("de-DE");
    const met = excelErrorOf(() => coverage([[100000]], 500000, [[500000]]));
    expect(met.message).toBe("Quota met: nothing left to cover");
  });
});
