import { periodContaining, periodDays } from "../../src/engine/periods";
import { utcDay } from "../support/grids";

describe("periodContaining quarter", () => {
  test("calendar quarter of mid-June", () => {
    const period = periodContaining(utcDay(2026, 6, 17), "quarter", 1);
    // 2026-04-01 = 20454 + 31 + 28 + 31 = 20544; 2026-06-30 = 20544 + 30 + 31 + 29 = 20634.
    expect(period.start).toBe(20544);
    expect(period.end).toBe(20634);
    expect(period.label).toBe("2026-Q2");
    expect(period.kind).toBe("quarter");
  });

  test.each([
    ["first day", utcDay(2026, 4, 1)],
    ["last day", utcDay(2026, 6, 30)],
  ])("quarter of its %s is the same quarter", (_name, asOf) => {
    const period = periodContaining(asOf, "quarter", 1);
    expect(period.start).toBe(utcDay(2026, 4, 1));
    expect(period.end).toBe(utcDay(2026, 6, 30));
  });

  test("day after a quarter starts the next one", () => {
    const period = periodContaining(utcDay(2026, 7, 1), "quarter", 1);
    expect(period.start).toBe(utcDay(2026, 7, 1));
    expect(period.end).toBe(utcDay(2026, 9, 30));
    expect(period.label).toBe("2026-Q3");
  });

  test("fourth quarter ends on 31 December", () => {
    const period = periodContaining(utcDay(2026, 12, 31), "quarter", 1);
    expect(period.start).toBe(utcDay(2026, 10, 1));
    expect(period.end).toBe(utcDay(2026, 12, 31));
    expect(period.label).toBe("2026-Q4");
  });

  test("April fiscal year names the quarter by end year", () => {
    // FY starting 2026-04-01 ends 2027-03-31, so it is FY2027 and April-June is its Q1.
    const period = periodContaining(utcDay(2026, 6, 17), "quarter", 4);
    expect(period.start).toBe(utcDay(2026, 4, 1));
    expect(period.end).toBe(utcDay(2026, 6, 30));
    expect(period.label).toBe("FY2027-Q1");
  });

  test("April fiscal year puts February in Q4", () => {
    // 2026-02-10 lies in the fiscal year 2025-04-01 .. 2026-03-31 (FY2026), in its last quarter.
    const period = periodContaining(utcDay(2026, 2, 10), "quarter", 4);
    expect(period.start).toBe(utcDay(2026, 1, 1));
    expect(period.end).toBe(utcDay(2026, 3, 31));
    expect(period.label).toBe("FY2026-Q4");
  });

  test("November fiscal quarter spans the year end", () => {
    // Fiscal year from November: Q1 is November, December and January.
    const period = periodContaining(utcDay(2026, 1, 15), "quarter", 11);
    expect(period.start).toBe(utcDay(2025, 11, 1));
    expect(period.end).toBe(utcDay(2026, 1, 31));
    expect(period.label).toBe("FY2026-Q1");
  });
});

describe("periodContaining year", () => {
  test("calendar year", () => {
    const period = periodContaining(utcDay(2026, 5, 15), "year", 1);
    expect(period.start).toBe(utcDay(2026, 1, 1));
    expect(period.end).toBe(utcDay(2026, 12, 31));
    expect(period.label).toBe("2026");
  });

  test("April fiscal year named by end year", () => {
    const period = periodContaining(utcDay(2026, 2, 10), "year", 4);
    expect(period.start).toBe(utcDay(2025, 4, 1));
    expect(period.end).toBe(utcDay(2026, 3, 31));
    expect(period.label).toBe("FY2026");
  });

  test("April fiscal year from its first day", () => {
    const period = periodContaining(utcDay(2026, 4, 1), "year", 4);
    expect(period.start).toBe(utcDay(2026, 4, 1));
    expect(period.end).toBe(utcDay(2027, 3, 31));
    expect(period.label).toBe("FY2027");
  });
});

describe("periodContaining month", () => {
  test("February of a leap year ends on the 29th", () => {
    const period = periodContaining(utcDay(2024, 2, 29), "month", 1);
    // 2024-02-01 = 19723 + 31 = 19754; 2024-02-29 = 19754 + 28 = 19782.
    expect(period.start).toBe(19754);
    expect(period.end).toBe(19782);
    expect(period.label).toBe("2024-02");
  });

  test("February of a common year ends on the 28th", () => {
    const period = periodContaining(utcDay(2026, 2, 10), "month", 1);
    expect(period.end).toBe(utcDay(2026, 2, 28));
  });

  test("month ignores the fiscal year start", () => {
    const period = periodContaining(utcDay(2026, 5, 15), "month", 4);
    expect(period.start).toBe(utcDay(2026, 5, 1));
    expect(period.end).toBe(utcDay(2026, 5, 31));
    expect(period.label).toBe("2026-05");
  });
});

describe("periodDays", () => {
  test.each([
    // 30 (April) + 31 (May) + 30 (June).
    ["Q2 2026", utcDay(2026, 4, 1), utcDay(2026, 6, 30), 91],
    // 31 + 28 + 31.
    ["Q1 2026", utcDay(2026, 1, 1), utcDay(2026, 3, 31), 90],
    // 31 + 29 + 31.
    ["Q1 2024", utcDay(2024, 1, 1), utcDay(2024, 3, 31), 91],
    ["2024", utcDay(2024, 1, 1), utcDay(2024, 12, 31), 366],
    ["one day", utcDay(2026, 4, 1), utcDay(2026, 4, 1), 1],
  ])("periodDays of %s is %i", (_name, start, end, expected) => {
    expect(periodDays({ start, end })).toBe(expected);
  });
});
