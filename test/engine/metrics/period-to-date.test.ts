import { computePeriodToDate, quotaForWeek, type PeriodToDateOptions } from "../../../src/engine/metrics/period-to-date";
import { isoWeekday, weekContaining } from "../../../src/engine/periods";
import type { QuotaEntry } from "../../../src/engine/types";
import { dealTableFromRows, type DealRow } from "../../support/deal-table-rows";
import { utcDay } from "../../support/grids";

function quota(start: number, end: number, amount: number, owner = ""): QuotaEntry {
  return { owner, start, end, amount, sheet: "Quotas", row: 2 };
}

/** 3,650,000 for calendar 2026: 10,000 a day, so a prorated plan is 10,000 × its days. */
const YEAR_2026 = quota(utcDay(2026, 1, 1), utcDay(2026, 12, 31), 3650000);

function won(close: number | undefined, amount: number | undefined, owner = ""): DealRow {
  return { kind: "won", close, amount, owner };
}

function options(asOf: number, quotas: QuotaEntry[], overrides: Partial<PeriodToDateOptions> = {}): PeriodToDateOptions {
  return { asOf, fiscalYearStartMonth: 1, weekStart: 1, quotas, ...overrides };
}

describe("isoWeekday", () => {
  test.each([
    ["1970-01-01, day 0", utcDay(1970, 1, 1), 4],
    ["1969-12-31, a negative day", utcDay(1969, 12, 31), 3],
    ["2026-06-08", utcDay(2026, 6, 8), 1],
    ["2026-06-14", utcDay(2026, 6, 14), 7],
  ])("weekday of %s", (_name, day, expected) => {
    expect(isoWeekday(day)).toBe(expected);
  });
});

describe("weekContaining", () => {
  test("Sunday in a Monday week ends it", () => {
    const week = weekContaining(utcDay(2026, 6, 14), 1);
    expect(week.start).toBe(utcDay(2026, 6, 8));
    expect(week.end).toBe(utcDay(2026, 6, 14));
  });

  test("Sunday in a Sunday week starts it", () => {
    const week = weekContaining(utcDay(2026, 6, 14), 7);
    expect(week.start).toBe(utcDay(2026, 6, 14));
    expect(week.end).toBe(utcDay(2026, 6, 20));
  });

  test("Monday in a Monday week starts it", () => {
    const week = weekContaining(utcDay(2026, 6, 8), 1);
    expect(week.start).toBe(utcDay(2026, 6, 8));
    expect(week.end).toBe(utcDay(2026, 6, 14));
  });

  test("Wednesday week start", () => {
    // 2026-06-08 is a Monday, so its Wednesday week began on Wednesday 2026-06-03.
    const week = weekContaining(utcDay(2026, 6, 8), 3);
    expect(week.start).toBe(utcDay(2026, 6, 3));
    expect(week.end).toBe(utcDay(2026, 6, 9));
  });

  test("week spans the year end", () => {
    // 2026-01-01 is a Thursday.
    const week = weekContaining(utcDay(2026, 1, 1), 1);
    expect(week.start).toBe(utcDay(2025, 12, 29));
    expect(week.end).toBe(utcDay(2026, 1, 4));
  });

  test.each([0, 8, 1.5, NaN])("week start %p rejected", (weekStart) => {
    expect(() => weekContaining(utcDay(2026, 6, 8), weekStart)).toThrow(RangeError);
  });
});

describe("computePeriodToDate in mid-May", () => {
  // As-of Friday 2026-05-15. Won amounts are powers of two so that each sum shows its deals.
  const table = dealTableFromRows([
    won(utcDay(2025, 12, 31), 100), // last year
    won(utcDay(2026, 1, 1), 1000), // first day of the year
    won(utcDay(2026, 3, 31), 2000), // last day of Q1
    won(utcDay(2026, 4, 1), 4000), // first day of Q2
    won(utcDay(2026, 5, 1), 8000), // first day of May
    won(utcDay(2026, 5, 10), 16000), // Sunday before the week
    won(utcDay(2026, 5, 11), 32000), // Monday, first day of the week
    won(utcDay(2026, 5, 15), 64000), // the as-of date
    won(utcDay(2026, 5, 16), 128000), // the day after
    won(undefined, 256000), // no close date
    won(utcDay(2026, 5, 12), undefined), // no amount
    { kind: "open", close: utcDay(2026, 5, 12), amount: 500000 },
    { kind: "lost", close: utcDay(2026, 5, 12), amount: 600000 },
    { kind: "deferred", close: utcDay(2026, 5, 12), amount: 700000 },
  ]);
  const asOf = utcDay(2026, 5, 15);
  const result = computePeriodToDate(table, options(asOf, [YEAR_2026]));

  test("full period bounds", () => {
    expect([result.YTD.start, result.YTD.end]).toEqual(["2026-01-01", "2026-12-31"]);
    expect([result.QTD.start, result.QTD.end]).toEqual(["2026-04-01", "2026-06-30"]);
    expect([result.MTD.start, result.MTD.end]).toEqual(["2026-05-01", "2026-05-31"]);
    expect([result.WTD.start, result.WTD.end]).toEqual(["2026-05-11", "2026-05-17"]);
  });

  test("won from period start to as-of", () => {
    // YTD 1,000 + 2,000 + 4,000 + 8,000 + 16,000 + 32,000 + 64,000.
    expect(result.YTD.won).toBe(127000);
    // QTD 4,000 + 8,000 + 16,000 + 32,000 + 64,000.
    expect(result.QTD.won).toBe(124000);
    // MTD 8,000 + 16,000 + 32,000 + 64,000.
    expect(result.MTD.won).toBe(120000);
    // WTD 32,000 + 64,000.
    expect(result.WTD.won).toBe(96000);
  });

  test("elapsed and period days", () => {
    // YTD: 31 + 28 + 31 + 30 + 15 = 135 of 365. QTD: 30 + 15 = 45 of 91. MTD 15 of 31. WTD Monday to Friday, 5 of 7.
    expect([result.YTD.elapsedDays, result.YTD.periodDays]).toEqual([135, 365]);
    expect([result.QTD.elapsedDays, result.QTD.periodDays]).toEqual([45, 91]);
    expect([result.MTD.elapsedDays, result.MTD.periodDays]).toEqual([15, 31]);
    expect([result.WTD.elapsedDays, result.WTD.periodDays]).toEqual([5, 7]);
  });

  test("plan is the full period's quota", () => {
    // The yearly row is the year's own quota; shorter periods get 10,000 a day.
    expect(result.YTD.plan).toBe(3650000);
    expect(result.YTD.planBasis).toBe("sum");
    expect(result.QTD.plan).toBeCloseTo(910000, 6);
    expect(result.MTD.plan).toBeCloseTo(310000, 6);
    expect(result.WTD.plan).toBeCloseTo(70000, 6);
    expect(result.WTD.planBasis).toBe("prorated");
  });

  test("attainment is won over plan", () => {
    expect(result.YTD.attainment).toBeCloseTo(127000 / 3650000, 12);
    expect(result.QTD.attainment).toBeCloseTo(124000 / 910000, 12);
    expect(result.MTD.attainment).toBeCloseTo(120000 / 310000, 12);
    expect(result.WTD.attainment).toBeCloseTo(96000 / 70000, 12);
  });

  test("pace is won over plan to date", () => {
    // Plan to date = plan × elapsed ÷ period days = 10,000 × elapsed days.
    expect(result.YTD.pace).toBeCloseTo(127000 / 1350000, 12);
    expect(result.QTD.pace).toBeCloseTo(124000 / 450000, 12);
    expect(result.MTD.pace).toBeCloseTo(120000 / 150000, 12);
    expect(result.WTD.pace).toBeCloseTo(96000 / 50000, 12);
  });

  test("only the week's quota met", () => {
    expect(result.YTD.quotaMet).toBe(false);
    expect(result.QTD.quotaMet).toBe(false);
    expect(result.MTD.quotaMet).toBe(false);
    expect(result.WTD.quotaMet).toBe(true);
    expect(result.WTD.reason).toBeNull();
  });

  test("won deals without amount or close counted", () => {
    expect(result.wonUnusable).toBe(2);
  });
});

describe("computePeriodToDate at quarter edges", () => {
  const table = dealTableFromRows([
    won(utcDay(2026, 3, 30), 1000),
    won(utcDay(2026, 3, 31), 2000),
    won(utcDay(2026, 4, 1), 4000),
    won(utcDay(2026, 4, 2), 8000),
    won(utcDay(2026, 6, 30), 16000),
    won(utcDay(2026, 7, 1), 32000),
  ]);

  test("first day of a quarter", () => {
    // As-of Wednesday 2026-04-01; its Monday week began on 2026-03-30, inside Q1.
    const result = computePeriodToDate(table, options(utcDay(2026, 4, 1), [YEAR_2026]));
    expect(result.QTD.won).toBe(4000);
    expect(result.QTD.elapsedDays).toBe(1);
    // 4,000 ÷ (910,000 × 1 ÷ 91) = 4,000 ÷ 10,000.
    expect(result.QTD.pace).toBeCloseTo(0.4, 12);
    expect(result.MTD.won).toBe(4000);
    expect(result.YTD.won).toBe(7000);
    expect(result.WTD.start).toBe("2026-03-30");
    expect(result.WTD.won).toBe(7000);
    expect(result.WTD.elapsedDays).toBe(3);
    // 7,000 ÷ (70,000 × 3 ÷ 7) = 7,000 ÷ 30,000.
    expect(result.WTD.pace).toBeCloseTo(7000 / 30000, 12);
  });

  test("last day of a quarter", () => {
    const result = computePeriodToDate(table, options(utcDay(2026, 6, 30), [YEAR_2026]));
    // 4,000 + 8,000 + 16,000; the 2026-07-01 deal is after the as-of date.
    expect(result.QTD.won).toBe(28000);
    expect(result.QTD.elapsedDays).toBe(91);
    expect(result.QTD.periodDays).toBe(91);
    // The whole quarter has elapsed, so pace equals attainment.
    expect(result.QTD.attainment).toBeCloseTo(28000 / 910000, 12);
    expect(result.QTD.pace).toBeCloseTo(28000 / 910000, 12);
    expect(result.MTD.won).toBe(16000);
    expect([result.MTD.elapsedDays, result.MTD.periodDays]).toEqual([30, 30]);
  });

  test("month without wins has zero attainment", () => {
    // As-of 2026-05-31: nothing was won in May, which is a figure, not a gap.
    const result = computePeriodToDate(table, options(utcDay(2026, 5, 31), [YEAR_2026]));
    expect(result.MTD.won).toBe(0);
    expect(result.MTD.attainment).toBe(0);
    expect(result.MTD.pace).toBe(0);
    expect(result.MTD.reason).toBeNull();
  });
});

describe("computePeriodToDate with an April fiscal year", () => {
  const table = dealTableFromRows([
    won(utcDay(2025, 3, 31), 100),
    won(utcDay(2025, 4, 1), 1000),
    won(utcDay(2025, 12, 31), 2000),
    won(utcDay(2026, 1, 1), 4000),
    won(utcDay(2026, 3, 31), 8000),
    won(utcDay(2026, 4, 1), 16000),
    won(utcDay(2026, 5, 15), 32000),
  ]);
  const fiscal2027 = quota(utcDay(2026, 4, 1), utcDay(2027, 3, 31), 3650000);
  const fiscal2026 = quota(utcDay(2025, 4, 1), utcDay(2026, 3, 31), 365000);

  test("year runs April to March", () => {
    const result = computePeriodToDate(table, options(utcDay(2026, 5, 15), [fiscal2026, fiscal2027], { fiscalYearStartMonth: 4 }));
    expect([result.YTD.start, result.YTD.end]).toEqual(["2026-04-01", "2027-03-31"]);
    // 16,000 + 32,000.
    expect(result.YTD.won).toBe(48000);
    // 2026-04-01 .. 2026-05-15: 30 + 15 days.
    expect(result.YTD.elapsedDays).toBe(45);
    expect(result.YTD.plan).toBe(3650000);
    // Q1 of FY2027 is April to June.
    expect([result.QTD.start, result.QTD.end]).toEqual(["2026-04-01", "2026-06-30"]);
    expect(result.QTD.plan).toBeCloseTo(910000, 6);
  });

  test("February lies in the fiscal year's last quarter", () => {
    const result = computePeriodToDate(table, options(utcDay(2026, 2, 10), [fiscal2026, fiscal2027], { fiscalYearStartMonth: 4 }));
    expect([result.YTD.start, result.YTD.end]).toEqual(["2025-04-01", "2026-03-31"]);
    // 1,000 + 2,000 + 4,000: 2025-03-31 is the year before, 2026-03-31 after the as-of date.
    expect(result.YTD.won).toBe(7000);
    // April to December 2025 is 275 days, then 31 in January and 10 in February.
    expect(result.YTD.elapsedDays).toBe(316);
    expect(result.YTD.periodDays).toBe(365);
    expect([result.QTD.start, result.QTD.end]).toEqual(["2026-01-01", "2026-03-31"]);
    expect(result.QTD.won).toBe(4000);
    // 365,000 × 90 ÷ 365 = 90,000.
    expect(result.QTD.plan).toBeCloseTo(90000, 6);
  });

  test("first day of the fiscal year", () => {
    const result = computePeriodToDate(table, options(utcDay(2026, 4, 1), [fiscal2026, fiscal2027], { fiscalYearStartMonth: 4 }));
    expect(result.YTD.won).toBe(16000);
    expect(result.YTD.elapsedDays).toBe(1);
    // 16,000 ÷ (3,650,000 × 1 ÷ 365) = 16,000 ÷ 10,000.
    expect(result.YTD.pace).toBeCloseTo(1.6, 12);
  });
});

describe("computePeriodToDate week start", () => {
  // As-of Sunday 2026-05-17.
  const table = dealTableFromRows([
    won(utcDay(2026, 5, 10), 1000), // the Sunday before
    won(utcDay(2026, 5, 11), 2000), // Monday
    won(utcDay(2026, 5, 16), 4000), // Saturday
    won(utcDay(2026, 5, 17), 8000), // the as-of Sunday
  ]);
  const asOf = utcDay(2026, 5, 17);

  test("Monday week ends on the as-of Sunday", () => {
    const result = computePeriodToDate(table, options(asOf, [YEAR_2026], { weekStart: 1 }));
    expect([result.WTD.start, result.WTD.end]).toEqual(["2026-05-11", "2026-05-17"]);
    expect(result.WTD.won).toBe(14000);
    expect(result.WTD.elapsedDays).toBe(7);
    // The whole week has elapsed: pace = attainment = 14,000 ÷ 70,000.
    expect(result.WTD.pace).toBeCloseTo(0.2, 12);
  });

  test("Sunday week starts on the as-of Sunday", () => {
    const result = computePeriodToDate(table, options(asOf, [YEAR_2026], { weekStart: 7 }));
    expect([result.WTD.start, result.WTD.end]).toEqual(["2026-05-17", "2026-05-23"]);
    expect(result.WTD.won).toBe(8000);
    expect(result.WTD.elapsedDays).toBe(1);
    // 8,000 ÷ (70,000 × 1 ÷ 7).
    expect(result.WTD.pace).toBeCloseTo(0.8, 12);
  });
});

describe("computePeriodToDate in a leap February", () => {
  const table = dealTableFromRows([
    won(utcDay(2024, 1, 31), 1000),
    won(utcDay(2024, 2, 1), 2000),
    won(utcDay(2024, 2, 29), 4000),
    won(utcDay(2024, 3, 1), 8000),
  ]);
  const february = quota(utcDay(2024, 2, 1), utcDay(2024, 2, 29), 29000);
  const result = computePeriodToDate(table, options(utcDay(2024, 2, 29), [february]));

  test("month to 29 February", () => {
    expect([result.MTD.start, result.MTD.end]).toEqual(["2024-02-01", "2024-02-29"]);
    expect(result.MTD.won).toBe(6000);
    expect([result.MTD.elapsedDays, result.MTD.periodDays]).toEqual([29, 29]);
    expect(result.MTD.plan).toBe(29000);
    expect(result.MTD.pace).toBeCloseTo(6000 / 29000, 12);
  });

  test("leap year has 366 days", () => {
    expect(result.YTD.won).toBe(7000);
    // 31 + 29 days.
    expect([result.YTD.elapsedDays, result.YTD.periodDays]).toEqual([60, 366]);
  });

  test("year plan sums the rows inside it", () => {
    // quotaForPeriod adds every row that lies inside the period, even when they cover one month of twelve.
    expect(result.YTD.plan).toBe(29000);
    expect(result.YTD.planBasis).toBe("sum");
  });

  test("quarter plan of a monthly row", () => {
    expect([result.QTD.start, result.QTD.end]).toEqual(["2024-01-01", "2024-03-31"]);
    expect(result.QTD.periodDays).toBe(91);
    expect(result.QTD.plan).toBe(29000);
  });
});

describe("computePeriodToDate without a usable plan", () => {
  const table = dealTableFromRows([won(utcDay(2026, 5, 4), 5000)]);

  test("no quota rows give null with a reason", () => {
    const result = computePeriodToDate(table, options(utcDay(2026, 5, 15), []));
    for (const key of ["YTD", "QTD", "MTD", "WTD"] as const) {
      expect(result[key].plan).toBeNull();
      expect(result[key].planBasis).toBe("none");
      expect(result[key].attainment).toBeNull();
      expect(result[key].pace).toBeNull();
      expect(result[key].quotaMet).toBeNull();
      expect(result[key].reason).toBe("noPlan");
    }
    expect(result.MTD.won).toBe(5000);
  });

  test("zero quota is met without a ratio", () => {
    const result = computePeriodToDate(table, options(utcDay(2026, 5, 15), [quota(utcDay(2026, 5, 1), utcDay(2026, 5, 31), 0)]));
    expect(result.MTD.plan).toBe(0);
    expect(result.MTD.attainment).toBeNull();
    expect(result.MTD.pace).toBeNull();
    expect(result.MTD.quotaMet).toBe(true);
    expect(result.MTD.reason).toBe("planZero");
  });
});

describe("computePeriodToDate quota met", () => {
  test("won equal to plan meets it", () => {
    const table = dealTableFromRows([won(utcDay(2026, 5, 4), 70000), won(utcDay(2026, 5, 12), 50000)]);
    const may = quota(utcDay(2026, 5, 1), utcDay(2026, 5, 31), 120000);
    const result = computePeriodToDate(table, options(utcDay(2026, 5, 15), [may]));
    expect(result.MTD.attainment).toBe(1);
    expect(result.MTD.quotaMet).toBe(true);
    // 120,000 ÷ (120,000 × 15 ÷ 31) = 31 ÷ 15.
    expect(result.MTD.pace).toBeCloseTo(31 / 15, 12);
  });
});

describe("computePeriodToDate for one owner", () => {
  const table = dealTableFromRows([
    won(utcDay(2026, 4, 2), 1000, "Ann"),
    won(utcDay(2026, 5, 12), 2000, "Ann"),
    won(utcDay(2026, 5, 13), 4000, "Bob"),
    won(undefined, 8000, "Bob"),
    won(utcDay(2026, 5, 14), 16000, ""),
  ]);
  const annYear = quota(utcDay(2026, 1, 1), utcDay(2026, 12, 31), 365000, "Ann");
  const asOf = utcDay(2026, 5, 15);

  test("owner's wins against owner's quota", () => {
    const result = computePeriodToDate(table, options(asOf, [annYear, YEAR_2026], { owner: "Ann" }));
    expect(result.QTD.won).toBe(3000);
    expect(result.WTD.won).toBe(2000);
    // 365,000 × 91 ÷ 365.
    expect(result.QTD.plan).toBeCloseTo(91000, 6);
    expect(result.wonUnusable).toBe(0);
  });

  test("owner without a quota row", () => {
    const result = computePeriodToDate(table, options(asOf, [annYear, YEAR_2026], { owner: "Bob" }));
    expect(result.QTD.won).toBe(4000);
    expect(result.QTD.reason).toBe("noPlan");
    expect(result.wonUnusable).toBe(1);
  });

  test("team counts every owner", () => {
    const result = computePeriodToDate(table, options(asOf, [annYear, YEAR_2026]));
    // 1,000 + 2,000 + 4,000 + 16,000; the team row, not Ann's, is the plan.
    expect(result.QTD.won).toBe(23000);
    expect(result.QTD.plan).toBeCloseTo(910000, 6);
  });
});

describe("quotaForWeek", () => {
  // Monday 2026-04-27 .. Sunday 2026-05-03: four days of April, three of May.
  const week = { start: utcDay(2026, 4, 27), end: utcDay(2026, 5, 3) };
  const april = quota(utcDay(2026, 4, 1), utcDay(2026, 4, 30), 30000);
  const may = quota(utcDay(2026, 5, 1), utcDay(2026, 5, 31), 62000);

  test("week across two monthly rows", () => {
    // 4 × 1,000 + 3 × 2,000.
    const result = quotaForWeek([april, may], week);
    expect(result.amount).toBeCloseTo(10000, 6);
    expect(result.basis).toBe("prorated");
  });

  test("week with one month missing has no plan", () => {
    expect(quotaForWeek([april], week)).toEqual({ amount: null, basis: "none" });
  });

  test("week inside a yearly row", () => {
    const result = quotaForWeek([YEAR_2026], week);
    expect(result.amount).toBeCloseTo(70000, 6);
  });

  test("week inside one month", () => {
    const inMay = { start: utcDay(2026, 5, 4), end: utcDay(2026, 5, 10) };
    expect(quotaForWeek([april], inMay)).toEqual({ amount: null, basis: "none" });
    expect(quotaForWeek([may], inMay).amount).toBeCloseTo(14000, 6);
  });

  test("report's week uses the monthly split", () => {
    const table = dealTableFromRows([won(utcDay(2026, 4, 28), 5000)]);
    const result = computePeriodToDate(table, options(utcDay(2026, 4, 30), [april, may]));
    expect(result.WTD.plan).toBeCloseTo(10000, 6);
    // 5,000 ÷ (10,000 × 4 ÷ 7).
    expect(result.WTD.pace).toBeCloseTo(5000 / (40000 / 7), 12);
  });
});
