import { excelErrorOf, setDisplayLanguage } from "./custom-functions-runtime";
import { attainment, periodToDate } from "../../src/functions/functions";
import { setDateSystem1904 } from "../../src/functions/date-system";
import { serialFromDay, todayInLocalZone } from "../../src/engine/dates";

afterEach(() => {
  setDateSystem1904(false);
  setDisplayLanguage(null);
});

/** 2026-03-05, a Thursday, as a 1900-system serial. Its week starts on Monday 2026-03-02. */
const AS_OF = 46086;
const SHIFT_1904 = 1462;

/**
 * Won amounts and close dates: 100 on 2025-12-31, 200 on 2026-01-01, 300 on 2026-02-28,
 * 400 on Sunday 2026-03-01, 500 on Monday 2026-03-02, 600 on 2026-03-05, 700 on
 * 2026-03-20 (after the as-of date), and a blank amount on 2026-03-03.
 */
const AMOUNTS = [[100], [200], [300], [400], [500], [600], [700], [null]];
const DATES = [[46022], [46023], [46081], ["2026-03-01"], ["2026/3/2"], [46086], [46101], [46084]];

describe("PERIODTODATE", () => {
  test("worked example for each period", () => {
    // YTD and QTD from 2026-01-01: 200 + 300 + 400 + 500 + 600.
    expect(periodToDate(AMOUNTS, DATES, "YTD", AS_OF)).toBe(2000);
    expect(periodToDate(AMOUNTS, DATES, "QTD", AS_OF)).toBe(2000);
    // MTD from 2026-03-01: 400 + 500 + 600.
    expect(periodToDate(AMOUNTS, DATES, "MTD", AS_OF)).toBe(1500);
    // WTD from Monday 2026-03-02: 500 + 600.
    expect(periodToDate(AMOUNTS, DATES, "WTD", AS_OF)).toBe(1100);
  });

  test("period names in English and Chinese", () => {
    expect(periodToDate(AMOUNTS, DATES, "quarter", AS_OF)).toBe(2000);
    expect(periodToDate(AMOUNTS, DATES, "季度", AS_OF)).toBe(2000);
    expect(periodToDate(AMOUNTS, DATES, " mtd ", AS_OF)).toBe(1500);
    expect(periodToDate(AMOUNTS, DATES, "本周", AS_OF)).toBe(1100);
  });

  test("fiscal year starting in March", () => {
    // Fiscal year and quarter from 2026-03-01: 400 + 500 + 600.
    expect(periodToDate(AMOUNTS, DATES, "YTD", AS_OF, 3)).toBe(1500);
    expect(periodToDate(AMOUNTS, DATES, "QTD", AS_OF, 3)).toBe(1500);
  });

  test("fiscal year starting in December", () => {
    // Fiscal year from 2025-12-01 takes the 100 of 2025-12-31 as well; its quarters are
    // Dec–Feb and Mar–May, so QTD starts on 2026-03-01.
    expect(periodToDate(AMOUNTS, DATES, "YTD", AS_OF, 12)).toBe(2100);
    expect(periodToDate(AMOUNTS, DATES, "QTD", AS_OF, 12)).toBe(1500);
  });

  test("as_of omitted counts to today", () => {
    const today = serialFromDay(todayInLocalZone());
    // Today and tomorrow: only today's 50 counts in the week to date.
    expect(periodToDate([[50], [70]], [[today], [today + 1]], "WTD")).toBe(50);
  });

  test("blank cells in every platform form", () => {
    for (const blank of [0, null, ""]) {
      const amounts = [[500], [blank], [600]];
      const dates = [[46083], [46084], [blank]];
      // The blank amount adds nothing and the undated 600 is skipped.
      expect(periodToDate(amounts, dates, "MTD", AS_OF)).toBe(500);
    }
  });

  test("text amounts", () => {
    expect(periodToDate([["¥1,200"], ["1.2万"]], [[46083], [46084]], "WTD", AS_OF)).toBe(13200);
  });

  test("1904 date system", () => {
    setDateSystem1904(true);
    const dates1904 = DATES.map(([cell]) => [typeof cell === "number" ? cell - SHIFT_1904 : cell]);
    expect(periodToDate(AMOUNTS, dates1904, "MTD", AS_OF - SHIFT_1904)).toBe(1500);
    expect(periodToDate(AMOUNTS, dates1904, "WTD", "2026-03-05")).toBe(1100);
  });

  test("single cells instead of ranges", () => {
    expect(periodToDate(600 as unknown as unknown[][], AS_OF as unknown as unknown[][], "WTD", AS_OF)).toBe(600);
  });

  test("empty ranges give 0", () => {
    expect(periodToDate([], [], "YTD", AS_OF)).toBe(0);
  });

  test("unknown period gives #VALUE!", () => {
    const error = excelErrorOf(() => periodToDate(AMOUNTS, DATES, "fortnight", AS_OF));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe('period: "fortnight" is not a period. Enter YTD, QTD, MTD or WTD.');
  });

  test("fiscal start month outside 1–12 gives #NUM!", () => {
    expect(excelErrorOf(() => periodToDate(AMOUNTS, DATES, "YTD", AS_OF, 13)).code).toBe("#NUM!");
    expect(excelErrorOf(() => periodToDate(AMOUNTS, DATES, "YTD", AS_OF, 0)).code).toBe("#NUM!");
  });

  test("mismatched ranges give #VALUE!", () => {
    const error = excelErrorOf(() => periodToDate([[1], [2]], [[AS_OF]], "YTD", AS_OF));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("dates has 1 row × 1 column but amounts has 2 rows × 1 column. Select ranges of the same size.");
  });

  test("unreadable date gives #VALUE! naming row and column", () => {
    const error = excelErrorOf(() => periodToDate([[1, 2]], [[AS_OF, "Q1"]], "YTD", AS_OF));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^dates, row 1, column 2: "Q1" is not a date\./);
  });

  test("messages in Chinese", () => {
    setDisplayLanguage("zh-CN");
    const error = excelErrorOf(() => periodToDate(AMOUNTS, DATES, "fortnight", AS_OF));
    expect(error.message).toBe("period：“fortnight” 不是期间。请输入 YTD、QTD、MTD 或 WTD（或 年、季度、月、周）。");
  });
});

describe("ATTAINMENT", () => {
  test("worked example", () => {
    // QTD won 2,000 against a quarter quota of 8,000.
    expect(attainment(AMOUNTS, DATES, 8000, "QTD", AS_OF)).toBe(0.25);
    // MTD won 1,500 against a month quota of "1万" (10,000).
    expect(attainment(AMOUNTS, DATES, "1万", "MTD", AS_OF)).toBe(0.15);
  });

  test("fiscal year starting in March", () => {
    // YTD from 2026-03-01: 1,500 of 6,000.
    expect(attainment(AMOUNTS, DATES, 6000, "YTD", AS_OF, 3)).toBe(0.25);
  });

  test("quota in another currency gives #VALUE!", () => {
    const error = excelErrorOf(() => attainment([["¥2,000"]], [[AS_OF]], "$8,000", "QTD", AS_OF));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe('quota: "$8,000" is in USD, but amounts is in CNY. Convert the amounts to one currency.');
  });

  test("1904 date system", () => {
    setDateSystem1904(true);
    const dates1904 = DATES.map(([cell]) => [typeof cell === "number" ? cell - SHIFT_1904 : cell]);
    expect(attainment(AMOUNTS, dates1904, 8000, "QTD", AS_OF - SHIFT_1904)).toBe(0.25);
  });

  test("empty ranges give 0", () => {
    expect(attainment([], [], 8000, "QTD", AS_OF)).toBe(0);
  });

  test("above the quota", () => {
    expect(attainment(AMOUNTS, DATES, 1000, "YTD", AS_OF)).toBe(2);
  });

  test("quota 0, negative or blank gives #NUM!", () => {
    for (const quota of [0, -5000, null]) {
      expect(excelErrorOf(() => attainment(AMOUNTS, DATES, quota, "QTD", AS_OF)).code).toBe("#NUM!");
    }
  });

  test("unknown period gives #VALUE!", () => {
    expect(excelErrorOf(() => attainment(AMOUNTS, DATES, 8000, "", AS_OF)).code).toBe("#VALUE!");
  });
});
