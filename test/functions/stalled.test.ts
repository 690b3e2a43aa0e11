import { excelErrorOf } from "./custom-functions-runtime";
import { stalled } from "../../src/functions/functions";
import { setDateSystem1904 } from "../../src/functions/date-system";
import { serialFromDay, todayInLocalZone } from "../../src/engine/dates";

afterEach(() => setDateSystem1904(false));

/** 2026-03-05 as a 1900-system serial. */
const AS_OF = 46086;
const SHIFT_1904 = 1462;

/** Stage-entered dates 30, 31, 63 and 4 days before 2026-03-05, and a blank. */
const ENTERED = [[46056], [46055], [46023], [null], ["2026-03-01"]];

describe("STALLED", () => {
  test("worked example with the 30-day default", () => {
    // 31 and 63 days exceed 30; 30 days is the limit's last day and not stalled yet.
    expect(stalled(ENTERED, null, AS_OF)).toBe(2);
  });

  test("given stall limit", () => {
    expect(stalled(ENTERED, 60, AS_OF)).toBe(1);
    expect(stalled(ENTERED, 0, AS_OF)).toBe(4);
    expect(stalled(ENTERED, "45", AS_OF)).toBe(1);
  });

  test("as_of as date text", () => {
    expect(stalled(ENTERED, 30, "2026-03-05")).toBe(2);
  });

  test("as_of omitted counts to today", () => {
    const today = serialFromDay(todayInLocalZone());
    expect(stalled([[today - 31], [today - 30], [today]])).toBe(1);
  });

  test("blank cells in every platform form", () => {
    // A desktop blank (0) is not a date serial, so it is read as a blank, not as 1899-12-30.
    for (const blank of [0, null, ""]) {
      expect(stalled([[46023], [blank]], 30, AS_OF)).toBe(1);
    }
  });

  test("1904 date system", () => {
    setDateSystem1904(true);
    const entered1904 = ENTERED.map(([cell]) => [typeof cell === "number" ? cell - SHIFT_1904 : cell]);
    expect(stalled(entered1904, 30, AS_OF - SHIFT_1904)).toBe(2);
    expect(stalled(entered1904, 30, "2026-03-05")).toBe(2);
  });

  test("single cell instead of a range", () => {
    expect(stalled(46023 as unknown as unknown[][], 30, AS_OF)).toBe(1);
  });

  test("empty range gives 0", () => {
    expect(stalled([], 30, AS_OF)).toBe(0);
  });

  test("negative or fractional days give #NUM!", () => {
    expect(excelErrorOf(() => stalled(ENTERED, -1, AS_OF)).code).toBe("#NUM!");
    expect(excelErrorOf(() => stalled(ENTERED, 2.5, AS_OF)).code).toBe("#NUM!");
  });

  test("unreadable days gives #VALUE!", () => {
    const error = excelErrorOf(() => stalled(ENTERED, "a month", AS_OF));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe('days: "a month" is not a number. Enter a number, or clear the cell.');
  });

  test("unreadable date gives #VALUE! naming row", () => {
    const error = excelErrorOf(() => stalled([[46023], ["last week"]], 30, AS_OF));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^dates, row 2: "last week" is not a date\./);
  });

  test("range as as_of gives #VALUE!", () => {
    const error = excelErrorOf(() => stalled(ENTERED, 30, [[AS_OF], [AS_OF]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("as_of must be one cell or value, but it has 2 rows × 1 column.");
  });
});
