import {
  dayFromIso,
  dayFromParts,
  dayFromSerial,
  dayFromUtcDate,
  daysInMonth,
  isoFromDay,
  partsFromDay,
  serialFromDay,
  todayInLocalZone,
} from "../../src/engine/dates";

// Day numbers by hand: 1970-01-01 is 0. From 1970 to 2026 there are 56 years with 14 leap
// years (1972 .. 2024), so 2026-01-01 is 56 × 365 + 14 = 20454.
const JAN_1_2026 = 20454;
// 2024-01-01 = 20454 − 365 (2025) − 366 (2024) = 19723; 2024-02-29 = 19723 + 31 + 28 = 19782.
const FEB_29_2024 = 19782;
// 2026-03-05 = 20454 + 31 (Jan) + 28 (Feb) + 4 = 20517.
const MAR_5_2026 = 20517;

describe("dayFromParts", () => {
  test.each([
    [1970, 1, 1, 0],
    [1969, 12, 31, -1],
    [2026, 1, 1, JAN_1_2026],
    [2026, 3, 5, MAR_5_2026],
    [2024, 2, 29, FEB_29_2024],
    // 2026-12-31 = 20454 + 364.
    [2026, 12, 31, 20818],
  ])("dayFromParts %i-%i-%i is %i", (year, month, day, expected) => {
    expect(dayFromParts(year, month, day)).toBe(expected);
  });

  test.each([
    [2026, 2, 29],
    [2023, 2, 29],
    [1900, 2, 29],
    [2026, 2, 30],
    [2026, 4, 31],
    [2026, 13, 1],
    [2026, 0, 1],
    [2026, 1, 0],
    [2026.5, 1, 1],
  ])("dayFromParts rejects %s-%s-%s", (year, month, day) => {
    expect(dayFromParts(year, month, day)).toBeNaN();
  });

  test("dayFromParts accepts 29 February 2000", () => {
    // 2000 is divisible by 400, so it is a leap year.
    expect(Number.isNaN(dayFromParts(2000, 2, 29))).toBe(false);
  });
});

describe("daysInMonth", () => {
  test.each([
    [2024, 2, 29],
    [2026, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [2026, 4, 30],
    [2026, 12, 31],
  ])("daysInMonth %i-%i is %i", (year, month, expected) => {
    expect(daysInMonth(year, month)).toBe(expected);
  });
});

describe("partsFromDay and isoFromDay", () => {
  test("partsFromDay splits 29 February 2024", () => {
    expect(partsFromDay(FEB_29_2024)).toEqual({ year: 2024, month: 2, day: 29 });
  });

  test("partsFromDay handles days before 1970", () => {
    expect(partsFromDay(-1)).toEqual({ year: 1969, month: 12, day: 31 });
  });

  test.each([
    [0, "1970-01-01"],
    [JAN_1_2026, "2026-01-01"],
    [FEB_29_2024, "2024-02-29"],
  ])("isoFromDay %i is %s", (day, expected) => {
    expect(isoFromDay(day)).toBe(expected);
  });
});

describe("dayFromIso", () => {
  test("dayFromIso reads a strict ISO date", () => {
    // 2026-06-17 = 20454 + 31 + 28 + 31 + 30 + 31 (Jan .. May) + 16 = 20621.
    expect(dayFromIso("2026-06-17")).toBe(20621);
  });

  test("dayFromIso trims spaces", () => {
    expect(dayFromIso(" 2026-01-01 ")).toBe(JAN_1_2026);
  });

  test.each(["2026-6-17", "2026/06/17", "17-06-2026", "2026-02-30", "2026-06-17T10:00", ""])("dayFromIso rejects %j", (text) => {
    expect(dayFromIso(text)).toBeNaN();
  });
});

describe("Excel serial dates", () => {
  test("dayFromSerial reads the 1900 system", () => {
    // 20517 + 25569 (days from 1899-12-30 to 1970-01-01) = 46086.
    expect(dayFromSerial(46086)).toBe(MAR_5_2026);
  });

  test("dayFromSerial drops the time of day", () => {
    expect(dayFromSerial(46086.99)).toBe(MAR_5_2026);
  });

  test("dayFromSerial reads the 1904 system", () => {
    // The 1904 system counts 1462 days fewer: 46086 − 1462 = 44624.
    expect(dayFromSerial(44624, true)).toBe(MAR_5_2026);
  });

  test("dayFromSerial reads serial 61 as 1 March 1900", () => {
    // 1900-03-01 = −(70 × 365 + 17 leap days 1904 .. 1968) + 59 = −25567 + 59 = −25508.
    expect(dayFromSerial(61)).toBe(-25508);
  });

  test("dayFromSerial reads serial 1 as 1 January 1900", () => {
    // Excel numbers 1900-01-01 as 1 and counts a 29 February 1900 that never was (serial 60),
    // so serials below 61 are one day later than a count from 1899-12-30 gives.
    // 1900-01-01 = −25567.
    expect(dayFromSerial(1)).toBe(-25567);
  });

  test("dayFromSerial rejects serial 60", () => {
    // Serial 60 is the 29 February 1900 that Excel counts but the calendar lacks.
    expect(dayFromSerial(60)).toBeNaN();
  });

  test("serialFromDay inverts dayFromSerial", () => {
    expect(serialFromDay(MAR_5_2026)).toBe(46086);
  });
});

describe("dayFromUtcDate and todayInLocalZone", () => {
  test("dayFromUtcDate takes the UTC calendar day", () => {
    expect(dayFromUtcDate(new Date(Date.UTC(2026, 2, 5, 23, 59)))).toBe(MAR_5_2026);
  });

  test("dayFromUtcDate of an invalid Date is NaN", () => {
    expect(dayFromUtcDate(new Date("not a date"))).toBeNaN();
  });

  test("todayInLocalZone takes the local calendar day", () => {
    // Built from local fields, so the result is 5 March in every time zone.
    expect(todayInLocalZone(new Date(2026, 2, 5, 23, 30))).toBe(MAR_5_2026);
  });
});
