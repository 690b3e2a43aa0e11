import { computeByOwner } from "../../../src/engine/metrics/by-owner";
import { readPipeline } from "../../../src/engine/read/workbook";
import { sheetGrid, US_OPTIONS, utcDay } from "../../support/grids";

// Q2 2026 is the period; the look-back window is the year to 2026-06-30.
const PERIOD = { start: utcDay(2026, 4, 1), end: utcDay(2026, 6, 30) };
const WINDOW = { start: utcDay(2025, 7, 1), end: utcDay(2026, 6, 30) };

const source = readPipeline(
  [
    sheetGrid("Deals", [
      ["Deal ID", "Owner", "Stage", "Amount", "Probability", "Close Date"],
      ["A-1", "Ann", "Proposal", 100000, 0.5, "2026-05-01"], // in the period: weighted 50,000
      ["A-2", "Ann", "Negotiation", 200000, null, "2026-09-01"], // after the period
      ["A-3", "Ann", "Closed Won", 80000, null, "2026-04-15"], // won in the period and window
      ["A-4", "Ann", "Closed Lost", 50000, null, "2026-02-01"], // lost in the window
      ["B-1", "Bob", "Lead", 300000, null, "2026-06-30"], // in the period: weighted at the Lead default 10%
      ["B-2", "Bob", "Closed Won", 40000, null, "2025-06-30"], // won the day before the window
      ["C-1", "", "Proposal", null, null, "2026-05-01"], // no owner, no amount
    ]),
  ],
  US_OPTIONS,
)!;
const owners = computeByOwner(source.table, { period: PERIOD, window: WINDOW });
const byName = (name: string) => owners.find((owner) => owner.owner === name)!;

describe("computeByOwner", () => {
  test("owners by open pipeline", () => {
    // Ann 100,000 + 200,000 = 300,000; Bob 300,000 ties and "Ann" < "Bob"; the unassigned owner has 0.
    expect(owners.map((owner) => owner.owner)).toEqual(["Ann", "Bob", ""]);
  });

  test("Ann's pipeline and forecast", () => {
    expect(byName("Ann")).toMatchObject({ openDeals: 2, openPipeline: 300000, periodPipeline: 100000, weightedForecast: 50000, wonInPeriod: 80000 });
  });

  test("Ann's win rate over the window", () => {
    // 1 won, 1 lost: 1 ÷ 2.
    expect(byName("Ann").winRate).toBe(0.5);
    expect(byName("Ann").averageWonAmount).toBe(80000);
  });

  test("Bob's forecast uses the stage default", () => {
    // 300,000 × 10% = 30,000.
    expect(byName("Bob").weightedForecast).toBeCloseTo(30000, 6);
  });

  test("win before the window is not counted", () => {
    expect(byName("Bob").winRate).toBeNull();
    expect(byName("Bob").averageWonAmount).toBeNull();
  });

  test("deal without owner or amount counts as bandwidth only", () => {
    expect(byName("")).toMatchObject({ openDeals: 1, openPipeline: 0 });
  });
});
