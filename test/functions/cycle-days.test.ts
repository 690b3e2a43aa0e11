import { excelErrorOf } from "./custom-functions-runtime";
import { cycleDays } from "../../src/functions/functions";
import { setDateSystem1904 } from "../../src/functions/date-system";

afterEach(() => setDateSystem1904(false));

/** 1904-system serials are 1,462 lower than 1900-system serials for the same day. */
const SHIFT_1904 = 1462;

describe("CYCLEDAYS", () => {
  test("worked example with serials and text dates", () => {
    // 2026-01-01 → 2026-03-05: 63 days; 2026-01-20 → 2026-03-05: 44; 2026-02-03 → 2026-03-05: 30.
    // Mean (63 + 44 + 30) ÷ 3.
    const created = [[46023], [46042], ["2026/2/3"]];
    const closed = [[46086], ["2026-03-05"], ["2026年3月5日"]];
    expect(cycleDays(created, closed)).toBeCloseTo(137 / 3, 12);
  });

  test("blank dates in every platform form skip the row", () => {
    // Only the 63-day row has both dates.
    for (const blank of [0, null, ""]) {
      expect(cycleDays([[46023], [blank], [46042]], [[46086], [46086], [blank]])).toBe(63);
    }
  });

  test("close before created skipped as in the report", () => {
    // 2026-03-05 → 2026-01-01 is negative; only the 30-day row counts.
    expect(cycleDays([[46086], [46056]], [[46023], [46086]])).toBe(30);
  });

  test("datetime text keeps the calendar day", () => {
    expect(cycleDays([["2026-01-01T23:59:00+0800"]], [["2026-01-02 00:01"]])).toBe(1);
  });

  test("1904 date system", () => {
    // A 1904 serial for 2026-01-01 and a text close date: 63 days only when serials are read as 1904.
    setDateSystem1904(true);
    expect(cycleDays([[46023 - SHIFT_1904]], [["2026-03-05"]])).toBe(63);
    expect(cycleDays([[46023 - SHIFT_1904]], [[46086 - SHIFT_1904]])).toBe(63);
  });

  test("single cells instead of ranges", () => {
    expect(cycleDays(46023 as unknown as unknown[][], 46086 as unknown as unknown[][])).toBe(63);
  });

  test("no row with both dates gives #DIV/0!", () => {
    expect(excelErrorOf(() => cycleDays([[null]], [[46086]])).code).toBe("#DIV/0!");
    expect(excelErrorOf(() => cycleDays([], [])).code).toBe("#DIV/0!");
  });

  test("unreadable date gives #VALUE! naming row", () => {
    const error = excelErrorOf(() => cycleDays([[46023], ["soon"]], [[46086], [46086]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe('created, row 2: "soon" is not a date. Enter a date such as 2026-03-05, or clear the cell.');
  });

  test("error cell gives #VALUE!", () => {
    const error = excelErrorOf(() => cycleDays([[46023]], [["#VALUE!"]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^closed, row 1: the cell contains the error #VALUE!/);
  });

  test("mismatched ranges give #VALUE!", () => {
    expect(excelErrorOf(() => cycleDays([[46023], [46042]], [[46086]])).code).toBe("#VALUE!");
  });
});
