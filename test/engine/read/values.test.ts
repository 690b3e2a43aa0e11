import fc from "fast-check";
import {
  cellText,
  detectDateOrder,
  expandTwoDigitYear,
  isBlank,
  isCellError,
  isDayFirstLocale,
  parseAmount,
  parseAmountWithCurrency,
  parseDate,
  parseFlag,
  parseProbabilityCell,
  scaleProbabilityColumn,
  toHalfWidth,
  usesDecimalComma,
} from "../../../src/engine/read/values";
import { utcDay } from "../../support/grids";

describe("parseAmount", () => {
  test.each([
    ["¥1,200", 1200],
    ["￥1,200", 1200],
    ["$3.5k", 3500],
    ["(1,200)", -1200],
    ["-1,200", -1200],
    ["$-1,200", -1200],
    // U+2212 minus sign.
    ["−1,200", -1200],
    // Excel's currency and accounting formats put negatives in brackets.
    ["($1,200.00)", -1200],
    ["$ (1,200.00)", -1200],
    ["RMB 5,000.50", 5000.5],
    ["CNY 5000", 5000],
    ["USD 1,000", 1000],
    ["5000元", 5000],
    ["€ 999.99", 999.99],
    ["£12", 12],
    // Full-width digits as typed with a Chinese input method.
    ["１２３", 123],
    ["１，２００", 1200],
    ["$1,500,000.00 ", 1500000],
    [" 42 ", 42],
    ["1 200", 1200],
    [".5", 0.5],
    ["0", 0],
    // 2.5 × 1,000,000.
    ["2.5M", 2500000],
  ])("parseAmount reads %j", (text, expected) => {
    expect(parseAmount(text)).toBeCloseTo(expected, 9);
  });

  test.each([
    // 1.2 × 10,000.
    ["1.2万", 12000],
    ["1.2万元", 12000],
    // 3 × 100,000,000.
    ["3亿", 300000000],
    ["¥0.5亿", 50000000],
    ["15万", 150000],
  ])("parseAmount reads Chinese units in %j", (text, expected) => {
    expect(parseAmount(text)).toBeCloseTo(expected, 6);
  });

  test.each([
    ["RMB5000", 5000],
    ["USD1,000", 1000],
  ])("parseAmount reads code touching digits %j", (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });

  test("parseAmount reads numbers as they are", () => {
    expect(parseAmount(1234.5)).toBe(1234.5);
  });

  test("parseAmount applies the header scale to numbers", () => {
    // 12.5 in a column headed "金额（万元）" is 12.5 × 10,000.
    expect(parseAmount(12.5, { scale: 10000 })).toBe(125000);
  });

  test("parseAmount applies the header scale to text", () => {
    expect(parseAmount("1,200", { scale: 1000 })).toBe(1200000);
  });

  test("parseAmount reads a decimal comma with the option", () => {
    // 1.234,56 in German notation is one thousand two hundred thirty-four and 56 hundredths.
    expect(parseAmount("1.234,56", { decimalComma: true })).toBeCloseTo(1234.56, 9);
  });

  test("parseAmount reads a decimal comma with space thousands", () => {
    expect(parseAmount("1 234,56 €", { decimalComma: true })).toBeCloseTo(1234.56, 9);
  });

  test("parseAmount rejects a decimal comma without the option", () => {
    expect(parseAmount("1.234,56")).toBeNaN();
  });

  test.each(["abc", "1,2", "1.2.3", "", "   ", "$", "万", "k", "1e5", "#N/A", "--5", "5-"])(
    "parseAmount rejects %j",
    (text) => {
      expect(parseAmount(text)).toBeNaN();
    },
  );

  test.each([
    ["boolean", true],
    ["null", null],
    ["undefined", undefined],
    ["Infinity", Infinity],
    ["NaN", NaN],
  ])("parseAmount rejects %s", (_name, value) => {
    expect(parseAmount(value)).toBeNaN();
  });
});

describe("parseAmount with Chinese numerals", () => {
  test.each([
    ["五万", 50000],
    ["一百二十万", 1200000],
    ["三千五百", 3500],
    ["两亿", 200000000],
    ["十二万五千", 125000],
    ["零", 0],
    ["一万零五百", 10500],
    ["五万元", 50000],
    ["人民币五万", 50000],
    ["人民币一百二十万元", 1200000],
    ["RMB 三千五百", 3500],
    ["¥两亿", 200000000],
    // Financial numerals end with 整 ("exactly") on contracts.
    ["壹拾贰万伍仟元整", 125000],
    // Full-width digits mixed with units, as typed with a Chinese input method.
    ["１２万", 120000],
    ["１２万５千元", 125000],
    ["负五万", -50000],
    ["(五万)", -50000],
  ])("parseAmount reads %j", (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });

  test("header scale applies to Chinese numerals", () => {
    // 十二 in a column headed "金额（万元）" is 12 × 10,000.
    expect(parseAmount("十二", { scale: 10000 })).toBe(120000);
  });

  test("Chinese numerals read in a decimal-comma locale", () => {
    expect(parseAmount("十二万五千", { decimalComma: true })).toBe(125000);
  });

  test("point in a decimal-comma locale left unread", () => {
    // "1.5万3千" reads "." as a decimal point, which a German file does not mean.
    expect(parseAmount("1.5万3千", { decimalComma: true })).toBeNaN();
  });

  test.each(["五五", "二〇二六", "万元", "整", "人民币"])("parseAmount rejects %j", (text) => {
    expect(parseAmount(text)).toBeNaN();
  });
});

describe("parseAmount accounting zero", () => {
  // Excel's accounting format shows zero as a dash beside the currency sign.
  test.each(["-", " - ", "$ -", "$ -   ", "¥ -", "￥-", "€ -", "−", "–"])("%j is 0", (text) => {
    expect(parseAmount(text)).toBe(0);
  });

  test("dash with a scale is 0", () => {
    expect(parseAmount("-", { scale: 10000 })).toBe(0);
  });

  test.each(["--", "- -", "$ - -"])("%j is rejected", (text) => {
    expect(parseAmount(text)).toBeNaN();
  });
});

describe("parseAmountWithCurrency", () => {
  test.each([
    ["¥1,200", 1200, "CNY"],
    ["￥1,200", 1200, "CNY"],
    ["RMB 5,000", 5000, "CNY"],
    ["CNY5000", 5000, "CNY"],
    ["5000元", 5000, "CNY"],
    ["人民币五万", 50000, "CNY"],
    ["$3.5k", 3500, "USD"],
    ["US$1,000", 1000, "USD"],
    ["USD 1,000", 1000, "USD"],
    ["5000美元", 5000, "USD"],
    ["HK$800", 800, "HKD"],
    ["HKD 800", 800, "HKD"],
    ["5,000港币", 5000, "HKD"],
    ["€ 999.99", 999.99, "EUR"],
    ["£12", 12, "GBP"],
    ["JPY 100000", 100000, "JPY"],
    ["100000円", 100000, "JPY"],
    ["SGD 10", 10, "SGD"],
    ["S$10", 10, "SGD"],
    ["AUD 10", 10, "AUD"],
    ["CAD 10", 10, "CAD"],
    ["CHF 10", 10, "CHF"],
    ["KRW 10", 10, "KRW"],
    ["₩10", 10, "KRW"],
    ["INR 10", 10, "INR"],
    ["₹10", 10, "INR"],
    ["TWD 10", 10, "TWD"],
    ["NT$10", 10, "TWD"],
    ["($1,200.00)", -1200, "USD"],
    ["$ -", 0, "USD"],
    ["1,200", 1200, null],
    ["十二万", 120000, null],
  ])("%j reads %d in %s", (text, amount, currency) => {
    const read = parseAmountWithCurrency(text);
    expect(read.amount).toBeCloseTo(amount, 9);
    expect(read.currency).toBe(currency);
  });

  test("¥ is JPY with the yen option", () => {
    expect(parseAmountWithCurrency("¥5万", { yen: "JPY" })).toEqual({ amount: 50000, currency: "JPY" });
  });

  test("number has no currency", () => {
    expect(parseAmountWithCurrency(1200)).toEqual({ amount: 1200, currency: null });
  });

  test("number takes the scale", () => {
    expect(parseAmountWithCurrency(12.5, { scale: 10000 }).amount).toBe(125000);
  });

  test("same currency twice is one currency", () => {
    expect(parseAmountWithCurrency("USD $5")).toEqual({ amount: 5, currency: "USD" });
  });

  test("two currencies in a cell are unreadable", () => {
    const read = parseAmountWithCurrency("$5 RMB");
    expect(read.amount).toBeNaN();
    expect(read.currency).toBeNull();
  });

  test("invalid text keeps its currency", () => {
    // The currency is still known, but the amount is not.
    const read = parseAmountWithCurrency("USD abc");
    expect(read.amount).toBeNaN();
    expect(read.currency).toBe("USD");
  });
});

describe("parseProbabilityCell", () => {
  test("60% text is the fraction 0.6", () => {
    const cell = parseProbabilityCell("60%");
    expect(cell.number).toBeCloseTo(0.6, 12);
    expect(cell.percentSign).toBe(true);
  });

  test("full-width percent text", () => {
    expect(parseProbabilityCell("６０％").number).toBeCloseTo(0.6, 12);
  });

  test("60 % with a space", () => {
    expect(parseProbabilityCell("60 %").number).toBeCloseTo(0.6, 12);
  });

  test("plain number stays as written", () => {
    const cell = parseProbabilityCell(60);
    expect(cell.number).toBe(60);
    expect(cell.percentSign).toBe(false);
  });

  test("number text stays as written", () => {
    expect(parseProbabilityCell("0.25").number).toBe(0.25);
  });

  test.each(["high", "%", "", true])("invalid cell %j is NaN", (value) => {
    expect(parseProbabilityCell(value).number).toBeNaN();
  });
});

describe("scaleProbabilityColumn", () => {
  test("all within 0..1 are fractions", () => {
    const numbers = new Float64Array([0.2, 0.6, 1, 0]);
    const invalid = scaleProbabilityColumn(numbers);
    expect(Array.from(numbers)).toEqual([0.2, 0.6, 1, 0]);
    expect(invalid).toEqual([]);
  });

  test("any number above 1 makes the column percents", () => {
    // 20 / 100, 0.5 / 100, 60 / 100.
    const numbers = new Float64Array([20, 0.5, 60]);
    scaleProbabilityColumn(numbers);
    expect(numbers[0]).toBeCloseTo(0.2, 12);
    expect(numbers[1]).toBeCloseTo(0.005, 12);
    expect(numbers[2]).toBeCloseTo(0.6, 12);
  });

  test("above 100 is invalid", () => {
    const numbers = new Float64Array([50, 150]);
    const invalid = scaleProbabilityColumn(numbers);
    expect(invalid).toEqual([1]);
    expect(numbers[0]).toBeCloseTo(0.5, 12);
    expect(numbers[1]).toBeNaN();
  });

  test("negative is invalid", () => {
    const numbers = new Float64Array([0.5, -0.1]);
    expect(scaleProbabilityColumn(numbers)).toEqual([1]);
    expect(numbers[1]).toBeNaN();
  });

  test("blank cells stay NaN and count for nothing", () => {
    const numbers = new Float64Array([NaN, 0.4]);
    expect(scaleProbabilityColumn(numbers)).toEqual([]);
    expect(numbers[0]).toBeNaN();
    expect(numbers[1]).toBe(0.4);
  });

  test("percent-sign cells keep their fraction", () => {
    // "60%" was read as 0.6; the plain 30 makes the other cells percents, not the 0.6.
    const numbers = new Float64Array([0.6, 30]);
    scaleProbabilityColumn(numbers, new Uint8Array([1, 0]));
    expect(numbers[0]).toBeCloseTo(0.6, 12);
    expect(numbers[1]).toBeCloseTo(0.3, 12);
  });

  test("percent-sign cell above 100% is invalid", () => {
    const numbers = new Float64Array([1.5]);
    expect(scaleProbabilityColumn(numbers, new Uint8Array([1]))).toEqual([0]);
    expect(numbers[0]).toBeNaN();
  });
});

describe("parseDate", () => {
  // 2026-03-05 = 20454 + 31 + 28 + 4 = 20517.
  const MAR_5_2026 = 20517;

  test.each([
    ["ISO", "2026-03-05"],
    ["ISO without zero padding", "2026-3-5"],
    ["slashes", "2026/3/5"],
    ["dots", "2026.3.5"],
    ["Chinese", "2026年3月5日"],
    ["Chinese with 号", "2026年3月5号"],
    ["Chinese with spaces", "2026 年 3 月 5 日"],
    ["full-width digits", "２０２６－０３－０５"],
    ["ISO with a time", "2026-03-05 14:30:00"],
    ["Excel's d-mmm-yyyy", "5-Mar-2026"],
    ["Excel's dd-mmm-yy", "05-Mar-26"],
    ["day and full month name", "5 March 2026"],
    ["month name first", "Mar 5, 2026"],
    ["full month name first", "March 5 2026"],
    ["month name in capitals, with a time", "05-MAR-2026 14:30"],
  ])("parseDate reads %s", (_name, text) => {
    expect(parseDate(text)).toBe(MAR_5_2026);
  });

  test("parseDate reads Sept as September", () => {
    expect(parseDate("30-Sept-2026")).toBe(utcDay(2026, 9, 30));
  });

  test.each(["5-Mrz-2026", "30-Feb-2026", "Mar 32, 2026", "5-Marc-2026"])("parseDate rejects %j", (text) => {
    expect(parseDate(text)).toBeNaN();
  });

  test("parseDate keeps the written day of an ISO time with offset", () => {
    // 16:14 at +0000 is still 22 January in every zone west of +07:46, but the rule is
    // to keep the day as written in any case.
    expect(parseDate("2024-01-22T16:14:25.000+0000")).toBe(utcDay(2024, 1, 22));
  });

  test("parseDate keeps the written day of a late time with offset", () => {
    expect(parseDate("2024-01-22T23:30:00-08:00")).toBe(utcDay(2024, 1, 22));
  });

  test("parseDate reads a 1900-system serial", () => {
    // 20517 + 25569 = 46086.
    expect(parseDate(46086)).toBe(MAR_5_2026);
  });

  test("parseDate reads a 1904-system serial", () => {
    // 46086 − 1462 = 44624.
    expect(parseDate(44624, { date1904: true })).toBe(MAR_5_2026);
  });

  test("parseDate drops the time of a serial", () => {
    expect(parseDate(46086.75)).toBe(MAR_5_2026);
  });

  test("parseDate reads a Date as its UTC day", () => {
    expect(parseDate(new Date(Date.UTC(2026, 2, 5)))).toBe(MAR_5_2026);
  });

  test.each([0, -5, 2958466, Infinity])("parseDate rejects serial %s", (serial) => {
    expect(parseDate(serial)).toBeNaN();
  });

  test("03/05/2026 is 5 March month-first", () => {
    expect(parseDate("03/05/2026", { order: "MDY" })).toBe(MAR_5_2026);
  });

  test("03/05/2026 is 3 May day-first", () => {
    expect(parseDate("03/05/2026", { order: "DMY" })).toBe(utcDay(2026, 5, 3));
  });

  test("slash date defaults to month-first", () => {
    expect(parseDate("03/05/2026")).toBe(MAR_5_2026);
  });

  test("two-digit year 24 is 2024", () => {
    expect(parseDate("02/03/24", { order: "MDY" })).toBe(utcDay(2024, 2, 3));
  });

  test("two-digit year 95 is 1995", () => {
    expect(parseDate("02/03/95", { order: "MDY" })).toBe(utcDay(1995, 2, 3));
  });

  test("US date with a time drops the time", () => {
    expect(parseDate("9/10/2025 4:37", { order: "MDY" })).toBe(utcDay(2025, 9, 10));
  });

  test("dashed day-first date", () => {
    expect(parseDate("31-12-2025", { order: "DMY" })).toBe(utcDay(2025, 12, 31));
  });

  test.each([
    ["30 February in Chinese", "2026年2月30日"],
    ["30 February in ISO", "2026-02-30"],
    ["29 February of a common year", "2026-02-29"],
    ["month 13 month-first", "13/05/2026"],
    ["words", "next week"],
    ["empty", ""],
    ["date followed by text", "2026-03-05abc"],
  ])("parseDate rejects %s", (_name, text) => {
    expect(parseDate(text, { order: "MDY" })).toBeNaN();
  });

  test.each([
    ["boolean", true],
    ["null", null],
    ["invalid Date", new Date("x")],
  ])("parseDate rejects %s", (_name, value) => {
    expect(parseDate(value)).toBeNaN();
  });
});

describe("expandTwoDigitYear", () => {
  test.each([
    [0, 2000],
    [29, 2029],
    [30, 1930],
    [99, 1999],
  ])("%i becomes %i", (year, expected) => {
    expect(expandTwoDigitYear(year)).toBe(expected);
  });
});

describe("detectDateOrder", () => {
  test("first part above 12 proves day-first", () => {
    expect(detectDateOrder(["03/05/2026", "25/05/2026"], "en-US")).toBe("DMY");
  });

  test("second part above 12 proves month-first", () => {
    expect(detectDateOrder(["03/05/2026", "05/25/2026"], "en-GB")).toBe("MDY");
  });

  test("ambiguous dates follow an en-US locale", () => {
    expect(detectDateOrder(["03/05/2026", "04/06/2026"], "en-US")).toBe("MDY");
  });

  test("ambiguous dates follow an en-GB locale", () => {
    expect(detectDateOrder(["03/05/2026", "04/06/2026"], "en-GB")).toBe("DMY");
  });

  test("ambiguous dates follow a German locale", () => {
    expect(detectDateOrder(["03/05/2026"], "de-DE")).toBe("DMY");
  });

  test("numbers and ISO text do not decide", () => {
    expect(detectDateOrder([46086, "2026-03-25", null, "03/05/2026"], "en-GB")).toBe("DMY");
  });

  test("dates with times still decide", () => {
    expect(detectDateOrder(["5/20/2024 7:42"], "en-GB")).toBe("MDY");
  });

  test.each([
    ["a one-digit month", "3.25.2026", "MDY"],
    ["dashes", "25-3-2026", "DMY"],
    ["full-width digits and slashes", "２５／０３／２０２６", "DMY"],
    ["full-width dots", "３．２５．２０２６", "MDY"],
    ["leading spaces", "   25/03/2026", "DMY"],
    ["leading ideographic space", "\u300003/25/2026", "MDY"],
  ])("order read from %s", (_, text, order) => {
    // The locale's own order is the opposite, so only the text can give the expected one.
    const locale = order === "DMY" ? "en-US" : "en-GB";
    expect(detectDateOrder(["2026/3/5", 46086, text], locale)).toBe(order);
  });
});

describe("locale rules", () => {
  test.each([
    ["en-GB", true],
    ["en-gb", true],
    ["en_GB", true],
    ["de-DE", true],
    ["fr", true],
    ["en-US", false],
    ["zh-CN", false],
    ["ja-JP", false],
  ])("isDayFirstLocale %s is %s", (locale, expected) => {
    expect(isDayFirstLocale(locale)).toBe(expected);
  });

  test.each([
    ["de-DE", true],
    ["fr-FR", true],
    ["en-GB", false],
    ["en-US", false],
    ["zh-CN", false],
  ])("usesDecimalComma %s is %s", (locale, expected) => {
    expect(usesDecimalComma(locale)).toBe(expected);
  });
});

describe("parseFlag", () => {
  test.each([
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    ["TRUE", true],
    ["false", false],
    ["1", true],
    ["0", false],
    ["Yes", true],
    ["no", false],
    ["Y", true],
    ["N", false],
    ["是", true],
    ["否", false],
  ])("parseFlag reads %j as %s", (value, expected) => {
    expect(parseFlag(value)).toBe(expected);
  });

  test.each([[""], [null], [2], ["maybe"]])("parseFlag of %j is null", (value) => {
    expect(parseFlag(value)).toBeNull();
  });
});

describe("cell helpers", () => {
  test.each([[null], [undefined], [""], ["   "]])("isBlank %j", (value) => {
    expect(isBlank(value)).toBe(true);
  });

  test.each([[0], [false], ["x"]])("isBlank is false for %j", (value) => {
    expect(isBlank(value)).toBe(false);
  });

  test.each(["#N/A", "#REF!", " #value! ", "#DIV/0!"])("isCellError %j", (value) => {
    expect(isCellError(value)).toBe(true);
  });

  test.each(["N/A", "#hashtag", 0])("isCellError is false for %j", (value) => {
    expect(isCellError(value)).toBe(false);
  });

  test("cellText writes a Date as its ISO day", () => {
    expect(cellText(new Date(Date.UTC(2026, 2, 5)))).toBe("2026-03-05");
  });

  test("cellText trims text", () => {
    expect(cellText("  Acme ")).toBe("Acme");
  });

  test("toHalfWidth maps full-width digits and separators", () => {
    expect(toHalfWidth("１２，３４５．６")).toBe("12,345.6");
  });
});

describe("value properties", () => {
  // Amounts as whole cents up to 10^11 (a hundred billion with cents).
  const amounts = fc.integer({ min: 0, max: 10_000_000_000_000 }).map((cents) => cents / 100);
  const grouped = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: true });

  function expectSameAmount(read: number, amount: number): void {
    expect(Math.abs(read - amount)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(amount)));
  }

  test("¥ with thousands separators reads back", () => {
    fc.assert(
      fc.property(amounts, (amount) => {
        expectSameAmount(parseAmount("¥" + grouped.format(amount)), amount);
      }),
    );
  });

  test("万 units read back", () => {
    fc.assert(
      fc.property(amounts, (amount) => {
        // Six decimals of 万 keep the cents: 0.000001 × 10,000 = 0.01.
        expectSameAmount(parseAmount((amount / 1e4).toFixed(6) + "万"), amount);
      }),
    );
  });

  test("plain number text reads back", () => {
    fc.assert(
      fc.property(amounts, (amount) => {
        expectSameAmount(parseAmount(String(amount)), amount);
      }),
    );
  });

  // Days from 1930-01-01 to 2099-12-31, inside the two-digit-year window and four-digit years.
  const days = fc.integer({ min: utcDay(1930, 1, 1), max: utcDay(2099, 12, 31) });

  function partsOf(day: number): { year: number; month: number; dayOfMonth: number } {
    const date = new Date(day * 86_400_000);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, dayOfMonth: date.getUTCDate() };
  }

  test("date forms read back to the same day", () => {
    fc.assert(
      fc.property(days, (day) => {
        const { year, month, dayOfMonth } = partsOf(day);
        const two = (n: number) => String(n).padStart(2, "0");
        expect(parseDate(`${year}-${two(month)}-${two(dayOfMonth)}`)).toBe(day);
        expect(parseDate(`${year}/${month}/${dayOfMonth}`)).toBe(day);
        expect(parseDate(`${year}年${month}月${dayOfMonth}日`)).toBe(day);
        expect(parseDate(`${month}/${dayOfMonth}/${year}`, { order: "MDY" })).toBe(day);
        expect(parseDate(`${dayOfMonth}/${month}/${year}`, { order: "DMY" })).toBe(day);
      }),
    );
  });

  const amountLikeText = fc.string({
    unit: fc.constantFrom(..."0123456789,.-+()¥$€万亿kKmM% 　１２，．RMBUSD年月日/:T#NA".split("")),
    maxLength: 20,
  });

  test("random strings never throw from parseAmount", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), amountLikeText), fc.boolean(), (text, decimalComma) => {
        const read = parseAmount(text, { decimalComma });
        expect(typeof read).toBe("number");
      }),
    );
  });

  test("random strings never throw from parseDate", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), amountLikeText), fc.constantFrom("MDY" as const, "DMY" as const), (text, order) => {
        const read = parseDate(text, { order });
        expect(typeof read).toBe("number");
      }),
    );
  });

  test("parseDate returns whole days or NaN", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), amountLikeText), (text) => {
        const read = parseDate(text);
        expect(Number.isNaN(read) || Number.isInteger(read)).toBe(true);
      }),
    );
  });
});

describe("amount text with one sign or unit", () => {
  const UNITS: [string, number][] = [["", 1], ["万", 1e4], ["亿", 1e8], ["千", 1e3], ["k", 1e3], ["M", 1e6]];
  const SIGNS: [string, string | null][] = [["", null], ["¥", "CNY"], ["￥", "CNY"], ["$", "USD"], ["€", "EUR"], ["£", "GBP"]];

  test("reads digits, separators, sign and unit", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 99 }), fc.boolean(), fc.constantFrom(...UNITS), fc.constantFrom(...SIGNS), (whole, cents, grouped, [unit, multiplier], [sign, currency]) => {
        const digits = grouped ? whole.toLocaleString("en-US") : String(whole);
        const text = `${sign}${digits}.${String(cents).padStart(2, "0")}${sign === "" ? unit : ""}`;
        const expected = sign === "" ? (whole + cents / 100) * multiplier : whole + cents / 100;
        const parsed = parseAmountWithCurrency(text);
        // The two sides round differently, so they may differ in the last bits of a large amount.
        expect(Math.abs(parsed.amount - expected)).toBeLessThanOrEqual(expected * 1e-12);
        expect(parsed.currency).toBe(currency);
      }),
    );
  });
});
