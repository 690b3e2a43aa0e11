import { nextFiscalYear, trailingYearSales } from "../../../src/engine/metrics/sales-history";
import { readPipeline } from "../../../src/engine/read/workbook";
import { sheetGrid, US_OPTIONS, utcDay } from "../../support/grids";

const source = readPipeline(
  [
    sheetGrid("Deals", [
      ["Deal ID", "Owner", "Stage", "Amount", "Close Date"],
      ["W-1", "Ann", "Closed Won", 100, "2025-12-01"], // the day before the window: left out
      ["W-2", "Ann", "Closed Won", 200, "2025-12-02"], // first day of the window
      ["W-3", "Bob", "Closed Won", 300, "2026-04-15"],
      ["W-4", "Bob", "Closed Won", 400, "2026-12-01"], // the as-of date
      ["W-5", "", "Closed Won", null, "2026-06-01"], // no amount
      ["L-1", "Ann", "Closed Lost", 900, "2026-05-01"], // lost: never sales
    ]),
  ],
  US_OPTIONS,
)!;

describe("trailingYearSales", () => {
  const sales = trailingYearSales(source.table, { asOf: utcDay(2026, 12, 1), fiscalYearStartMonth: 4 });

  test("window is the twelve months to the as-of date", () => {
    expect(sales.start).toBe(utcDay(2025, 12, 2));
    expect(sales.end).toBe(utcDay(2026, 12, 1));
  });

  test("total sums won deals in the window", () => {
    // 200 + 300 + 400; W-1 is a day early, W-5 has no amount, L-1 is lost.
    expect(sales.total).toBe(900);
    expect(sales.amountMissing).toBe(1);
  });

  test("months follow the fiscal year", () => {
    // With an April start, April is month 0 and December month 8: W-3 in April, W-2 and W-4 in December.
    expect(sales.monthly[0]).toBe(300);
    expect(sales.monthly[8]).toBe(600);
  });

  test("owners largest first", () => {
    expect(sales.byOwner).toEqual([
      { owner: "Bob", amount: 700 },
      { owner: "Ann", amount: 200 },
    ]);
  });
});

describe("nextFiscalYear", () => {
  test("calendar year after December", () => {
    expect(nextFiscalYear(utcDay(2026, 12, 1), 1)).toMatchObject({ start: utcDay(2027, 1, 1), end: utcDay(2027, 12, 31), label: "2027" });
  });

  test("April fiscal year named by its end", () => {
    // 2026-12-01 is in FY2027 (April 2026 – March 2027), so the next is FY2028.
    expect(nextFiscalYear(utcDay(2026, 12, 1), 4)).toMatchObject({ start: utcDay(2027, 4, 1), end: utcDay(2028, 3, 31), label: "FY2028" });
  });
});

describe("trailingYearSales left out", () => {
  const withCurrencies = readPipeline(
    [
      sheetGrid("Deals", [
        ["Deal ID", "Stage", "Amount", "Currency", "Close Date"],
        ["W-1", "Closed Won", 100, "CNY", "2026-03-01"],
        ["W-2", "Closed Won", 200, "CNY", "2026-04-01"],
        ["W-3", "Closed Won", 300, "USD", "2026-05-01"], // another currency than the main CNY
        ["W-4", "Closed Won", 400, "CNY", null], // no close date
        ["W-5", "Closed Won", null, "CNY", "2026-06-01"], // no amount
      ]),
    ],
    US_OPTIONS,
  )!;
  const sales = trailingYearSales(withCurrencies.table, { asOf: utcDay(2026, 12, 1), fiscalYearStartMonth: 1 });

  test("total keeps the main currency", () => {
    expect(sales.total).toBe(300);
  });

  test("other currency counted apart", () => {
    expect(sales.otherCurrency).toBe(1);
    expect(sales.amountMissing).toBe(1);
  });

  test("deal without close date counted", () => {
    expect(sales.closeMissing).toBe(1);
  });
});
