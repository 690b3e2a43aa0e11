/**
 * buildReport at the edges of its periods and its data. The period cases are as-of dates on
 * a quarter's first and last day, a fiscal year starting in April, weeks starting on Monday
 * or Sunday, and 29 February. The data cases are a quota already met, no won deals, one
 * deal, only deferred deals and an empty table.
 *
 * Every table is a small sheet grid read with readPipeline, as the add-in reads a workbook.
 * The expected figures are worked out by hand in the comments, and every report must be
 * plain JSON: no NaN or Infinity, and equal to itself after a JSON round trip.
 */
import { buildReport, type HealthReport } from "../../src/engine/report";
import { readPipeline, type PipelineSource } from "../../src/engine/read/workbook";
import { withDefaults, type ReportSettings } from "../../src/engine/settings";
import type { CellValue, SheetGrid } from "../../src/engine/types";
import { sheetGrid, US_OPTIONS, utcDay } from "../support/grids";

const HEADER = ["Deal ID", "Owner", "Stage", "Amount", "Probability", "Created Date", "Close Date", "Last Activity", "Stage Entered"];

/** One deal row. Fields left out are blank cells, and dates are ISO text as a user may type them. */
interface DealSpec {
  id: string;
  stage: string;
  amount: number | "";
  close: string;
  owner?: string;
  probability?: number;
  created?: string;
  lastActivity?: string;
  stageEntered?: string;
}

function dealsSheet(deals: DealSpec[]): SheetGrid {
  const rows: CellValue[][] = deals.map((deal) => [
    deal.id,
    deal.owner ?? "Ann",
    deal.stage,
    deal.amount,
    deal.probability ?? "",
    deal.created ?? "",
    deal.close,
    deal.lastActivity ?? "",
    deal.stageEntered ?? "",
  ]);
  return sheetGrid("Deals", [HEADER, ...rows]);
}

function readSheets(sheets: SheetGrid[]): PipelineSource {
  const source = readPipeline(sheets, US_OPTIONS);
  if (!source) throw new Error("readPipeline found no deals table in the test sheets");
  return source;
}

type Settings = Partial<Omit<ReportSettings, "asOf">> & { asOf: string };

/** Builds the report of a deals table (and any other sheets) for an ISO as-of date. */
function reportOf(deals: DealSpec[], settings: Settings, otherSheets: SheetGrid[] = []): HealthReport {
  const [year, month, day] = settings.asOf.split("-").map(Number);
  return buildReport(readSheets([dealsSheet(deals), ...otherSheets]), withDefaults({ ...settings, asOf: utcDay(year, month, day) }));
}

/** Paths of the numbers in a value that are NaN or ±Infinity. */
function nonFiniteNumberPaths(value: unknown, path = "report"): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => nonFiniteNumberPaths(item, `${path}[${i}]`));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => nonFiniteNumberPaths(item, `${path}.${key}`));
  }
  return [];
}

/** Checks that a report is plain JSON: JSON.stringify writes NaN and Infinity as null, so a round trip would change it. */
function expectPlainJson(report: HealthReport): void {
  const json = JSON.stringify(report);
  expect(nonFiniteNumberPaths(report)).toEqual([]);
  expect(json).not.toContain("NaN");
  expect(json).not.toContain("Infinity");
  expect(JSON.parse(json)).toEqual(report);
}

/** Weekday of an ISO date, 0 for Sunday, from Date.UTC rather than the engine's date code. */
function weekday(iso: string): number {
  const [year, month, day] = iso.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

describe("as-of date on a quarter's edge", () => {
  // Default stages: Lead 10%, Discovery 40%, Proposal 60%, Negotiation 80%. Won and open
  // deals close on both sides of the Q1/Q2 and Q2/Q3 boundaries.
  const deals: DealSpec[] = [
    { id: "W0", stage: "Closed Won", amount: 1600, close: "2026-01-01" },
    { id: "W1", stage: "Closed Won", amount: 100, close: "2026-03-31" },
    { id: "W2", stage: "Closed Won", amount: 200, close: "2026-04-01" },
    { id: "W3", stage: "Closed Won", amount: 400, close: "2026-06-30" },
    { id: "W4", stage: "Closed Won", amount: 800, close: "2026-07-01" },
    { id: "O1", stage: "Proposal", amount: 1000, close: "2026-04-01" },
    { id: "O2", stage: "Negotiation", amount: 2000, close: "2026-06-30" },
    { id: "O3", stage: "Lead", amount: 4000, close: "2026-07-01" },
    { id: "O4", stage: "Discovery", amount: 8000, close: "2026-03-31" },
  ];

  const cases = [
    {
      // Last day of Q2, a Tuesday. Q2 pipeline O1 + O2 = 3,000, won W2 + W3 = 600, and
      // weighted 1,000 × 0.6 + 2,000 × 0.8 = 2,200. Year to date W0 + W1 + W2 + W3 = 2,300
      // over 31 + 28 + 31 + 30 + 31 + 30 = 181 days. The week starts on Monday 2026-06-29.
      asOf: "2026-06-30",
      label: "2026-Q2",
      start: "2026-04-01",
      end: "2026-06-30",
      periodPipeline: 3000,
      wonInPeriod: 600,
      weightedForecast: 2200,
      ytd: { won: 2300, elapsedDays: 181 },
      qtd: { won: 600, elapsedDays: 91, periodDays: 91 },
      mtd: { won: 400, start: "2026-06-01", elapsedDays: 30, periodDays: 30 },
      wtd: { won: 400, start: "2026-06-29", elapsedDays: 2 },
      // O4 (2026-03-31) and O1 (2026-04-01) close before the as-of date.
      pastDue: { count: 2, amount: 9000 },
    },
    {
      // First day of Q2, a Wednesday. The period figures are those of 2026-06-30: wonInPeriod
      // counts W3, which closes inside the quarter though after the as-of date, because it
      // is defined on the whole period. Period to date stops at the as-of date: QTD is W2
      // alone, YTD W0 + W1 + W2 = 1,900 over 31 + 28 + 31 + 1 = 91 days, and the week from
      // Monday 2026-03-30 takes W1 from the previous quarter: 100 + 200 = 300.
      asOf: "2026-04-01",
      label: "2026-Q2",
      start: "2026-04-01",
      end: "2026-06-30",
      periodPipeline: 3000,
      wonInPeriod: 600,
      weightedForecast: 2200,
      ytd: { won: 1900, elapsedDays: 91 },
      qtd: { won: 200, elapsedDays: 1, periodDays: 91 },
      mtd: { won: 200, start: "2026-04-01", elapsedDays: 1, periodDays: 30 },
      wtd: { won: 300, start: "2026-03-30", elapsedDays: 3 },
      pastDue: { count: 1, amount: 8000 },
    },
    {
      // Last day of Q1, a Tuesday. Q1 pipeline is O4 alone, weighted 8,000 × 0.4 = 3,200.
      // Won W0 + W1 = 1,700 over 31 + 28 + 31 = 90 days.
      asOf: "2026-03-31",
      label: "2026-Q1",
      start: "2026-01-01",
      end: "2026-03-31",
      periodPipeline: 8000,
      wonInPeriod: 1700,
      weightedForecast: 3200,
      ytd: { won: 1700, elapsedDays: 90 },
      qtd: { won: 1700, elapsedDays: 90, periodDays: 90 },
      mtd: { won: 100, start: "2026-03-01", elapsedDays: 31, periodDays: 31 },
      wtd: { won: 100, start: "2026-03-30", elapsedDays: 2 },
      pastDue: { count: 0, amount: 0 },
    },
  ];

  describe.each(cases)("as of $asOf", (expected) => {
    const report = reportOf(deals, { asOf: expected.asOf });

    test("report period", () => {
      expect(report.period).toEqual({ kind: "quarter", label: expected.label, start: expected.start, end: expected.end, fiscalYearStartMonth: 1 });
    });

    test("pipeline figures", () => {
      // O1 + O2 + O3 + O4, whatever the as-of date.
      expect(report.openPipeline).toBe(15000);
      expect(report.periodPipeline).toBe(expected.periodPipeline);
      expect(report.wonInPeriod).toBe(expected.wonInPeriod);
      expect(report.weightedForecast).toBe(expected.weightedForecast);
      expect(report.expectedTotal).toBe(expected.wonInPeriod + expected.weightedForecast);
    });

    test("period to date", () => {
      expect(report.periodToDate.YTD).toMatchObject({ start: "2026-01-01", end: "2026-12-31", periodDays: 365, ...expected.ytd });
      expect(report.periodToDate.QTD).toMatchObject({ start: expected.start, end: expected.end, ...expected.qtd });
      expect(report.periodToDate.MTD).toMatchObject(expected.mtd);
      expect(report.periodToDate.WTD).toMatchObject({ periodDays: 7, ...expected.wtd });
      expect(weekday(expected.wtd.start)).toBe(1);
    });

    test("past due deals", () => {
      expect(report.pastDue).toEqual(expected.pastDue);
    });

    test("plain JSON", () => {
      expectPlainJson(report);
    });
  });
});

describe("fiscal year starting in April", () => {
  const deals: DealSpec[] = [
    { id: "W1", stage: "Closed Won", amount: 800, close: "2026-01-15" },
    { id: "W2", stage: "Closed Won", amount: 100, close: "2026-03-31" },
    { id: "W3", stage: "Closed Won", amount: 200, close: "2026-04-01" },
    { id: "W4", stage: "Closed Won", amount: 400, close: "2026-05-15" },
    { id: "O1", stage: "Proposal", amount: 1000, close: "2026-06-30" },
    { id: "O2", stage: "Proposal", amount: 3000, close: "2026-07-01" },
  ];

  describe("as of 2026-05-15, quarter", () => {
    const report = reportOf(deals, { asOf: "2026-05-15", fiscalYearStartMonth: 4 });

    test("period is the first fiscal quarter of FY2027", () => {
      // The fiscal year 2026-04-01 .. 2027-03-31 is named after the year it ends in.
      expect(report.period).toEqual({ kind: "quarter", label: "FY2027-Q1", start: "2026-04-01", end: "2026-06-30", fiscalYearStartMonth: 4 });
    });

    test("pipeline figures", () => {
      // O1 closes in the quarter, O2 a day after it. Won: W3 + W4 = 600. Weighted 1,000 × 0.6.
      expect(report.periodPipeline).toBe(1000);
      expect(report.wonInPeriod).toBe(600);
      expect(report.weightedForecast).toBe(600);
    });

    test("year to date starts on 1 April", () => {
      // W1 and W2 closed in the previous fiscal year. 30 days of April + 15 of May = 45.
      // 2026-04-01 .. 2027-03-31 has no 29 February, so 365 days.
      expect(report.periodToDate.YTD).toMatchObject({ start: "2026-04-01", end: "2027-03-31", won: 600, elapsedDays: 45, periodDays: 365 });
    });

    test("quarter, month and week to date", () => {
      expect(report.periodToDate.QTD).toMatchObject({ start: "2026-04-01", end: "2026-06-30", won: 600, elapsedDays: 45, periodDays: 91 });
      expect(report.periodToDate.MTD).toMatchObject({ start: "2026-05-01", end: "2026-05-31", won: 400, elapsedDays: 15 });
      // 2026-05-15 is a Friday. Its week runs from Monday 2026-05-11.
      expect(report.periodToDate.WTD).toMatchObject({ start: "2026-05-11", end: "2026-05-17", won: 400, elapsedDays: 5 });
    });

    test("plain JSON", () => {
      expectPlainJson(report);
    });
  });

  test("calendar year to date for contrast", () => {
    // With the fiscal year starting in January every won deal up to 2026-05-15 counts: 800 + 100 + 200 + 400.
    const report = reportOf(deals, { asOf: "2026-05-15" });
    expect(report.periodToDate.YTD).toMatchObject({ start: "2026-01-01", won: 1500 });
    expect(report.period.label).toBe("2026-Q2");
  });

  test("year period label and bounds", () => {
    const report = reportOf(deals, { asOf: "2026-05-15", fiscalYearStartMonth: 4, periodKind: "year" });
    expect(report.period).toEqual({ kind: "year", label: "FY2027", start: "2026-04-01", end: "2027-03-31", fiscalYearStartMonth: 4 });
    // O1 and O2 both close in the fiscal year, and W3 + W4 are won in it.
    expect(report.periodPipeline).toBe(4000);
    expect(report.wonInPeriod).toBe(600);
    expectPlainJson(report);
  });

  test("last fiscal quarter before April", () => {
    // 2026-03-20 lies in the fourth quarter of the fiscal year 2025-04-01 .. 2026-03-31.
    // wonInPeriod takes W1 + W2 = 900 over the whole quarter. Year to date stops at the
    // as-of date, before W2: 800.
    const report = reportOf(deals, { asOf: "2026-03-20", fiscalYearStartMonth: 4 });
    expect(report.period).toMatchObject({ label: "FY2026-Q4", start: "2026-01-01", end: "2026-03-31" });
    expect(report.wonInPeriod).toBe(900);
    expect(report.periodToDate.YTD).toMatchObject({ start: "2025-04-01", end: "2026-03-31", won: 800 });
    expect(report.periodToDate.QTD).toMatchObject({ start: "2026-01-01", won: 800 });
    expectPlainJson(report);
  });
});

describe("week start with the as-of date on a Sunday", () => {
  // June 2026: the 7th and 14th are Sundays, the 8th and 15th Mondays.
  const deals: DealSpec[] = [
    { id: "W1", stage: "Closed Won", amount: 100, close: "2026-06-07" },
    { id: "W2", stage: "Closed Won", amount: 200, close: "2026-06-08" },
    { id: "W3", stage: "Closed Won", amount: 400, close: "2026-06-13" },
    { id: "W4", stage: "Closed Won", amount: 800, close: "2026-06-14" },
    { id: "W5", stage: "Closed Won", amount: 1600, close: "2026-06-15" },
  ];
  const asOf = "2026-06-14";

  test("as-of date is a Sunday", () => {
    expect(weekday(asOf)).toBe(0);
  });

  test("week starting Monday", () => {
    // Monday 2026-06-08 .. Sunday 2026-06-14, all seven days elapsed: W2 + W3 + W4 = 1,400.
    const report = reportOf(deals, { asOf, weekStart: 1 });
    expect(report.periodToDate.WTD).toMatchObject({ start: "2026-06-08", end: "2026-06-14", won: 1400, elapsedDays: 7, periodDays: 7 });
    expectPlainJson(report);
  });

  test("week starting Sunday", () => {
    // Sunday 2026-06-14 .. Saturday 2026-06-20, its first day elapsed: W4 alone.
    const report = reportOf(deals, { asOf, weekStart: 7 });
    expect(report.periodToDate.WTD).toMatchObject({ start: "2026-06-14", end: "2026-06-20", won: 800, elapsedDays: 1, periodDays: 7 });
    expectPlainJson(report);
  });

  test("other periods ignore the week start", () => {
    // Month to date W1 .. W4 = 1,500. wonInPeriod takes all five deals of June: 3,100.
    for (const weekStart of [1, 7]) {
      const report = reportOf(deals, { asOf, weekStart });
      expect(report.periodToDate.MTD.won).toBe(1500);
      expect(report.wonInPeriod).toBe(3100);
    }
  });
});

describe("29 February 2028", () => {
  const deals: DealSpec[] = [
    { id: "W1", stage: "Closed Won", amount: 100, close: "2028-01-31" },
    { id: "W2", stage: "Closed Won", amount: 200, close: "2028-02-01" },
    { id: "W3", stage: "Closed Won", amount: 400, close: "2028-02-29" },
    { id: "W4", stage: "Closed Won", amount: 800, close: "2028-03-01" },
    { id: "O1", stage: "Negotiation", amount: 4600, close: "2028-02-29" },
  ];
  const quotas = sheetGrid("Quotas", [
    ["Owner", "Period", "Quota"],
    ["", "2028-02", 2900],
  ]);
  const report = reportOf(deals, { asOf: "2028-02-29", periodKind: "month" }, [quotas]);

  test("month period ends on the 29th", () => {
    expect(report.period).toEqual({ kind: "month", label: "2028-02", start: "2028-02-01", end: "2028-02-29", fiscalYearStartMonth: 1 });
  });

  test("month to date of the leap month", () => {
    // W2 + W3 = 600 over all 29 days, against February's plan of 2,900: attainment
    // 600 ÷ 2,900, and pace 600 ÷ (2,900 × 29 ÷ 29), the same.
    const mtd = report.periodToDate.MTD;
    expect(mtd).toMatchObject({ start: "2028-02-01", end: "2028-02-29", won: 600, plan: 2900, elapsedDays: 29, periodDays: 29, quotaMet: false, reason: null });
    expect(mtd.attainment).toBeCloseTo(600 / 2900, 12);
    expect(mtd.pace).toBeCloseTo(600 / 2900, 12);
  });

  test("longer periods count the leap day", () => {
    // 31 days of January + 29 of February = 60 elapsed. Q1 2028 has 31 + 29 + 31 = 91 days
    // and 2028 has 366. W1 + W2 + W3 = 700, because W4 closes after the as-of date.
    expect(report.periodToDate.QTD).toMatchObject({ start: "2028-01-01", end: "2028-03-31", won: 700, elapsedDays: 60, periodDays: 91 });
    expect(report.periodToDate.YTD).toMatchObject({ start: "2028-01-01", end: "2028-12-31", won: 700, elapsedDays: 60, periodDays: 366 });
  });

  test("week to date across the month end", () => {
    // 2028-02-29 is a Tuesday. Its week runs Monday 2028-02-28 .. Sunday 2028-03-05.
    expect(weekday("2028-02-29")).toBe(2);
    expect(report.periodToDate.WTD).toMatchObject({ start: "2028-02-28", end: "2028-03-05", won: 400, elapsedDays: 2 });
  });

  test("coverage against the month's quota", () => {
    // O1 closes on the leap day: 4,600 ÷ (2,900 − 600) = 2, below the band of 3 to 4.
    expect(report.quota).toBe(2900);
    expect(report.quotaBasis).toBe("sum");
    expect(report.periodPipeline).toBe(4600);
    expect(report.wonInPeriod).toBe(600);
    expect(report.coverage).toBe(2);
    expect(report.coverageStatus).toBe("below");
  });

  test("plain JSON", () => {
    expectPlainJson(report);
  });
});

describe("quota met", () => {
  // Q2 2026: won 400 + 200 = 600, and one open deal of 1,000 closing in the quarter.
  const deals: DealSpec[] = [
    { id: "W1", stage: "Closed Won", amount: 400, close: "2026-04-10" },
    { id: "W2", stage: "Closed Won", amount: 200, close: "2026-05-05" },
    { id: "O1", stage: "Proposal", amount: 1000, close: "2026-05-30" },
  ];

  test.each([
    // 600 − 500 = −100 still to win.
    [500, "above it"],
    // 600 − 600 = 0 still to win: met exactly.
    [600, "exactly"],
  ])("quota of %d, won %s", (quota) => {
    const report = reportOf(deals, { asOf: "2026-05-15", quotaOverride: quota });
    expect(report.wonInPeriod).toBe(600);
    expect(report.coverage).toBeNull();
    expect(report.coverageStatus).toBe("quotaMet");
    expect(report.health.dimensions.find((dimension) => dimension.dimension === "coverage")).toEqual({
      dimension: "coverage",
      status: "good",
      figure: null,
      threshold: null,
      reason: "quotaMet",
    });
    // The entered quota is the quarter's plan: won 600 against it.
    expect(report.periodToDate.QTD).toMatchObject({ won: 600, plan: quota, quotaMet: true, attainment: 600 / quota });
    expectPlainJson(report);
  });

  test("quota one above won", () => {
    // 1,000 ÷ (601 − 600) = 1,000, far above the band, and no longer met.
    const report = reportOf(deals, { asOf: "2026-05-15", quotaOverride: 601 });
    expect(report.coverage).toBe(1000);
    expect(report.coverageStatus).toBe("above");
    expect(report.periodToDate.QTD.quotaMet).toBe(false);
  });
});

describe("no won deals", () => {
  const openDeals: DealSpec[] = [
    { id: "O1", stage: "Proposal", amount: 1000, close: "2026-05-30", created: "2026-01-10" },
    { id: "O2", stage: "Lead", amount: 3000, close: "2026-06-10", created: "2026-02-01" },
  ];

  describe("open deals only", () => {
    const report = reportOf(openDeals, { asOf: "2026-05-15" });

    test("win rate is null with a reason", () => {
      // Nothing closed in the window, so there is nothing to divide by.
      expect(report.winRate).toMatchObject({ byCount: null, byValue: null, reason: "noClosedDeals", won: 0, lost: 0 });
      expect(report.oppToWin).toBeNull();
      expect(report.opportunities.reason).toBe("noWonDeals");
    });

    test("sales cycle is null", () => {
      expect(report.cycleDays).toEqual({ mean: null, median: null, deals: 0, skipped: 0, reason: "noWonDeals" });
    });

    test("velocity is null", () => {
      expect(report.velocity).toMatchObject({ perDay: null, reason: "noClosedDeals", openDeals: 2, averageWonAmount: null, winRate: null, cycleDaysMean: null });
    });

    test("won figures are zero", () => {
      // Weighted 1,000 × 0.6 + 3,000 × 0.1 = 900, and nothing won to add to it.
      expect(report.wonInPeriod).toBe(0);
      expect(report.weightedForecast).toBe(900);
      expect(report.expectedTotal).toBe(900);
      for (const key of ["YTD", "QTD", "MTD", "WTD"] as const) expect(report.periodToDate[key].won).toBe(0);
    });

    test("plain JSON", () => {
      expectPlainJson(report);
    });
  });

  describe("open and lost deals", () => {
    const report = reportOf(
      [
        ...openDeals,
        { id: "L1", stage: "Closed Lost", amount: 500, close: "2026-03-01", created: "2026-01-05" },
        { id: "L2", stage: "Closed Lost", amount: 1500, close: "2026-04-20", created: "2026-02-05" },
      ],
      { asOf: "2026-05-15" },
    );

    test("win rate is zero, not null", () => {
      // Two deals closed in the window, none won: 0 ÷ 2 by count, 0 ÷ 2,000 by value.
      expect(report.winRate).toMatchObject({ byCount: 0, byValue: 0, reason: null, won: 0, lost: 2, wonAmount: 0, lostAmount: 2000 });
    });

    test("sales cycle and velocity are null", () => {
      expect(report.cycleDays).toMatchObject({ mean: null, median: null, deals: 0, reason: "noWonDeals" });
      // A win rate of 0 leaves no average won amount: the reason is the missing wins.
      expect(report.velocity).toMatchObject({ perDay: null, reason: "noWonDeals", averageWonAmount: null, winRate: 0 });
      expect(report.oppToWin).toBeNull();
    });

    test("plain JSON", () => {
      expectPlainJson(report);
    });
  });
});

describe("one deal", () => {
  describe("one open deal", () => {
    // Negotiation, default probability 0.8, entered and last touched 14 days before the as-of date.
    const report = reportOf(
      [{ id: "O1", stage: "Negotiation", amount: 1000, close: "2026-05-20", created: "2026-01-10", lastActivity: "2026-05-01", stageEntered: "2026-05-01" }],
      { asOf: "2026-05-15" },
    );

    test("pipeline figures", () => {
      expect(report.deals).toEqual({ total: 1, open: 1, won: 0, lost: 0, deferred: 0 });
      expect(report.openPipeline).toBe(1000);
      expect(report.periodPipeline).toBe(1000);
      expect(report.weightedForecast).toBe(800);
      expect(report.expectedTotal).toBe(800);
    });

    test("concentration of a single deal", () => {
      // One deal is the whole pipeline: share 1, HHI 1² = 1, one effective deal.
      expect(report.concentration.overall).toMatchObject({ units: 1, amount: 1000, largestShare: 1, hhi: 1, effectiveDeals: 1, atRisk: true });
    });

    test("movement shares are zero", () => {
      // 14 days in stage and without activity, under the limits of 30.
      expect(report.stalled).toMatchObject({ count: 0, share: 0 });
      expect(report.inactive).toMatchObject({ count: 0, share: 0 });
    });

    test("top deals list the deal", () => {
      expect(report.topDeals.deals.map((deal) => [deal.id, deal.weighted])).toEqual([["O1", 800]]);
    });

    test("plain JSON", () => {
      expectPlainJson(report);
    });
  });

  describe("one won deal", () => {
    // Created 2026-04-10, won 2026-05-10: a 30-day cycle, and no open pipeline.
    const report = reportOf([{ id: "W1", stage: "Closed Won", amount: 1000, close: "2026-05-10", created: "2026-04-10" }], { asOf: "2026-05-15" });

    test("win rate and cycle", () => {
      expect(report.winRate).toMatchObject({ byCount: 1, byValue: 1, won: 1, lost: 0, reason: null });
      expect(report.cycleDays).toMatchObject({ mean: 30, median: 30, deals: 1, reason: null });
    });

    test("velocity of an empty pipeline is zero", () => {
      // 0 open deals × 1,000 × 1 ÷ 30 days.
      expect(report.velocity).toMatchObject({ perDay: 0, reason: null, openDeals: 0, averageWonAmount: 1000 });
    });

    test("open-pipeline shares are null", () => {
      expect(report.openPipeline).toBe(0);
      expect(report.concentration.overall).toMatchObject({ units: 0, largestShare: null, hhi: null, effectiveDeals: null });
      expect(report.stalled.share).toBeNull();
      expect(report.inactive.share).toBeNull();
      expect(report.dataQuality.cleanShare).toBeNull();
    });

    test("plain JSON", () => {
      expectPlainJson(report);
    });
  });
});

describe("every deal deferred", () => {
  // Deferred deals stay out of the pipeline. D3 has no close date.
  const deals: DealSpec[] = [
    { id: "D1", stage: "Deferred", amount: 1000, close: "2026-05-01", lastActivity: "2026-05-01", stageEntered: "2026-05-01" },
    { id: "D2", stage: "Deferred", amount: 2000, close: "2026-05-20", lastActivity: "2026-03-01", stageEntered: "2026-03-01" },
    { id: "D3", stage: "Deferred", amount: 4000, close: "" },
  ];

  describe("with a quota", () => {
    const report = reportOf(deals, { asOf: "2026-05-15", quotaOverride: 1000 });

    test("deals and amounts by kind", () => {
      expect(report.deals).toEqual({ total: 3, open: 0, won: 0, lost: 0, deferred: 3 });
      // 1,000 + 2,000 + 4,000.
      expect(report.amountByKind).toEqual({ open: 0, won: 0, lost: 0, deferred: 7000 });
    });

    test("pipeline figures are zero", () => {
      expect(report.openPipeline).toBe(0);
      expect(report.periodPipeline).toBe(0);
      expect(report.wonInPeriod).toBe(0);
      expect(report.weightedForecast).toBe(0);
      expect(report.expectedTotal).toBe(0);
      // D3's missing close date is no open deal's.
      expect(report.skipped).toEqual({ openAmountMissing: 0, openCloseMissing: 0, wonUnusable: 0, probabilityMissing: 0 });
    });

    test("coverage is zero, far below the band", () => {
      // 0 ÷ (1,000 − 0) = 0, under two thirds of the band's low end of 3.
      expect(report.coverage).toBe(0);
      expect(report.coverageStatus).toBe("below");
      expect(report.health.dimensions.find((dimension) => dimension.dimension === "coverage")).toMatchObject({ status: "risk", figure: 0 });
    });

    test("figures over open deals are null", () => {
      expect(report.concentration.overall).toMatchObject({ units: 0, amount: 0, largestShare: null, hhi: null, effectiveDeals: null, atRisk: false });
      expect(report.stalled.share).toBeNull();
      expect(report.inactive.share).toBeNull();
      expect(report.dataQuality.cleanShare).toBeNull();
      expect(report.pastDue).toEqual({ count: 0, amount: 0 });
      expect(report.topDeals.deals).toEqual([]);
      expect(report.winRate.byCount).toBeNull();
      expect(report.velocity).toMatchObject({ perDay: null, openDeals: 0 });
    });

    test("plain JSON", () => {
      expectPlainJson(report);
    });
  });

  test("without a quota", () => {
    const report = reportOf(deals, { asOf: "2026-05-15" });
    expect(report.coverage).toBeNull();
    expect(report.coverageStatus).toBe("noQuota");
    expectPlainJson(report);
  });
});

describe("empty table", () => {
  const sheets = [dealsSheet([])];

  test("readPipeline finds the table with no deals", () => {
    const source = readSheets(sheets);
    expect(source.table.size).toBe(0);
    expect(source.table.sheet).toBe("Deals");
    expect(source.table.headerRow).toBe(1);
    expect(source.rows).toEqual({ read: 0, deals: 0, blank: 0, duplicates: 0, totals: 0, instructions: 0 });
    expect(source.issues).toEqual([]);
  });

  describe("report", () => {
    const report = reportOf([], { asOf: "2026-05-15" });

    test("counts and sums are zero", () => {
      expect(report.deals).toEqual({ total: 0, open: 0, won: 0, lost: 0, deferred: 0 });
      expect(report.amountByKind).toEqual({ open: 0, won: 0, lost: 0, deferred: 0 });
      expect(report.openPipeline).toBe(0);
      expect(report.periodPipeline).toBe(0);
      expect(report.wonInPeriod).toBe(0);
      expect(report.weightedForecast).toBe(0);
      expect(report.expectedTotal).toBe(0);
      for (const key of ["YTD", "QTD", "MTD", "WTD"] as const) expect(report.periodToDate[key].won).toBe(0);
    });

    test("ratios are null", () => {
      expect(report.coverage).toBeNull();
      expect(report.winRate.byCount).toBeNull();
      expect(report.winRate.byValue).toBeNull();
      expect(report.cycleDays.mean).toBeNull();
      expect(report.velocity.perDay).toBeNull();
      expect(report.oppToWin).toBeNull();
      expect(report.concentration.overall.largestShare).toBeNull();
      expect(report.dataQuality.cleanShare).toBeNull();
      expect(report.shape.kind).toBeNull();
    });

    test("no health dimension is rated", () => {
      expect(report.health.overall).toBeNull();
      expect(report.health.dimensions.map((dimension) => dimension.status)).toEqual([null, null, null, null, null, null]);
    });

    test("plain JSON", () => {
      expectPlainJson(report);
    });
  });

  test("report with a quota", () => {
    // 0 ÷ (1,000 − 0) = 0 coverage. The quarter's pace is 0 ÷ its plan to date.
    const report = reportOf([], { asOf: "2026-05-15", quotaOverride: 1000 });
    expect(report.coverage).toBe(0);
    expect(report.periodToDate.QTD).toMatchObject({ won: 0, plan: 1000, attainment: 0, pace: 0 });
    expectPlainJson(report);
  });
});
