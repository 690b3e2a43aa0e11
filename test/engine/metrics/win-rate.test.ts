import { computeConversion } from "../../../src/engine/metrics/conversion";
import { computeWinRates, velocityPerDay, type WinRateResult } from "../../../src/engine/metrics/win-rate";
import { CRM_PRESETS, DEFAULT_STAGES, type StagePreset } from "../../../src/engine/read/stages";
import { readPipeline } from "../../../src/engine/read/workbook";
import type { CellValue } from "../../../src/engine/types";
import { sheetGrid, US_OPTIONS, utcDay } from "../../support/grids";
import { WIN_RATE_HEADER, winRatePipelineSheet } from "../../support/win-rate-pipeline";

const AS_OF = utcDay(2026, 6, 30);
const LOOKBACK = 365;

/** Reads rows under the win-rate header (id, stage, amount, created, close) and computes the figures. */
function winRatesOf(rows: CellValue[][], options: { lookbackDays?: number; stages?: StagePreset } = {}): WinRateResult {
  const source = readPipeline([sheetGrid("Deals", [WIN_RATE_HEADER, ...rows])], US_OPTIONS);
  if (!source) throw new Error("no deals table");
  return computeWinRates(source.table, {
    asOf: AS_OF,
    lookbackDays: options.lookbackDays ?? LOOKBACK,
    stages: options.stages ?? source.stagePreset,
  });
}

describe("computeWinRates on the hand-made pipeline", () => {
  const source = readPipeline([winRatePipelineSheet()], US_OPTIONS);
  if (!source) throw new Error("the win-rate pipeline has no deals table");
  const result = computeWinRates(source.table, { asOf: AS_OF, lookbackDays: LOOKBACK, stages: source.stagePreset });

  test("stage list is the default", () => {
    expect(source.stagePreset.id).toBe(DEFAULT_STAGES.id);
  });

  test("window start is 364 days before as-of", () => {
    // 2026-06-30 − 365 + 1 = 2025-07-01.
    expect(result.window.start).toBe(utcDay(2025, 7, 1));
  });

  test("window end is the as-of date", () => {
    expect(result.window.end).toBe(AS_OF);
  });

  test("won counts deals closed in the window", () => {
    // W01-W07; W08 closes the day before the window, W09 after the as-of date, W10 has no date.
    expect(result.winRate.won).toBe(7);
  });

  test("lost counts deals closed in the window", () => {
    // L01-L04; L05 closes the day before the window.
    expect(result.winRate.lost).toBe(4);
  });

  test("byCount counts closed deals without an amount", () => {
    // 7 ÷ (7 + 4) = 0.6364; W05 and L03 have no amount but count.
    expect(result.winRate.byCount).toBeCloseTo(7 / 11, 12);
  });

  test("wonAmount skips deals without an amount", () => {
    // W01 100,000 + W02 200,000 + W03 50,000 + W04 150,000 + W06 80,000 + W07 120,000 = 700,000.
    expect(result.winRate.wonAmount).toBe(700000);
  });

  test("lostAmount skips deals without an amount", () => {
    // L01 100,000 + L02 300,000 + L04 50,000 = 450,000.
    expect(result.winRate.lostAmount).toBe(450000);
  });

  test("byValue over closed deals with an amount", () => {
    // 700,000 ÷ (700,000 + 450,000) = 14 ÷ 23 = 0.6087.
    expect(result.winRate.byValue).toBeCloseTo(14 / 23, 12);
  });

  test("win rate has no reason", () => {
    expect(result.winRate.reason).toBeNull();
  });

  test("closed deal without close date skipped", () => {
    // W10.
    expect(result.winRate.skipped.closeMissing).toBe(1);
  });

  test("closed deals without amount counted", () => {
    // W05 and L03.
    expect(result.winRate.skipped.amountUnusable).toBe(2);
  });

  test("oppToWin counts open deals past the entry stage", () => {
    // Open past Lead in the window: O02 Qualified, O03 Proposal, O04 Negotiation, O07 Discovery = 4.
    // (4 + 7 won) ÷ 7 = 1.5714. O01 is at Lead, O05's stage is unknown, O06 was created the
    // day before the window, and the lost deals stay at Lead.
    expect(result.oppToWin).toBeCloseTo(11 / 7, 12);
  });

  test("opportunities reached", () => {
    expect(result.opportunities.reached).toBe(11);
  });

  test("lost deals without history counted", () => {
    // L01-L04: "Closed Lost" is no open stage.
    expect(result.opportunities.lostWithoutHistory).toBe(4);
  });

  test("reached equals the conversion into the second stage", () => {
    const conversion = computeConversion(source.table, {
      asOf: AS_OF,
      lookbackDays: LOOKBACK,
      stages: source.stagePreset,
      history: null,
      remaining: null,
      averageWonAmount: null,
    });
    expect(result.opportunities.reached).toBe(conversion.transitions[0].reachedTo);
  });

  test("open deal with unknown stage counted", () => {
    // O05 "Custom Stage".
    expect(result.opportunities.openStageUnknown).toBe(1);
  });

  test("oppToWin estimated when deals were lost", () => {
    expect(result.opportunities.estimated).toBe(true);
  });

  test("cycle deals exclude missing and negative cycles", () => {
    // W01 30, W02 60, W03 30, W04 60, W05 10.
    expect(result.cycleDays.deals).toBe(5);
  });

  test("cycle skipped counts missing created and negative cycle", () => {
    // W06 has no created date; W07 closes 10 days before it was created.
    expect(result.cycleDays.skipped).toBe(2);
  });

  test("cycle mean", () => {
    // (30 + 60 + 30 + 60 + 10) ÷ 5 = 190 ÷ 5 = 38.
    expect(result.cycleDays.mean).toBe(38);
  });

  test("cycle median of an odd count", () => {
    // Sorted 10, 30, 30, 60, 60: the third is 30.
    expect(result.cycleDays.median).toBe(30);
  });

  test("velocity counts every open deal", () => {
    // O01-O07, O06 too, whatever its created date; X01 is deferred.
    expect(result.velocity.openDeals).toBe(7);
  });

  test("velocity average won amount", () => {
    // 700,000 ÷ 6 won deals with an amount (W05 has none) = 116,666.67.
    expect(result.velocity.averageWonAmount).toBeCloseTo(700000 / 6, 6);
  });

  test("velocity per day", () => {
    // 7 × (700,000 ÷ 6) × (7 ÷ 11) ÷ 38 = 34,300,000 ÷ 2,508 = 13,676.24 per day.
    expect(result.velocity.perDay).toBeCloseTo(34300000 / 2508, 6);
  });

  test("velocity repeats its inputs", () => {
    expect(result.velocity.winRate).toBe(result.winRate.byCount);
    expect(result.velocity.cycleDaysMean).toBe(38);
  });

  test("velocity has no reason", () => {
    expect(result.velocity.reason).toBeNull();
  });

  test("result survives JSON unchanged", () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe("computeWinRates window boundaries", () => {
  test("first day of the window counts", () => {
    expect(winRatesOf([["A-1", "Closed Won", 100, "", "2025-07-01"]]).winRate.won).toBe(1);
  });

  test("day before the window does not count", () => {
    expect(winRatesOf([["A-1", "Closed Won", 100, "", "2025-06-30"]]).winRate.won).toBe(0);
  });

  test("as-of date counts", () => {
    expect(winRatesOf([["A-1", "Closed Lost", 100, "", "2026-06-30"]]).winRate.lost).toBe(1);
  });

  test("day after the as-of date does not count", () => {
    expect(winRatesOf([["A-1", "Closed Lost", 100, "", "2026-07-01"]]).winRate.lost).toBe(0);
  });

  test("one-day look-back holds only the as-of date", () => {
    const result = winRatesOf(
      [
        ["A-1", "Closed Won", 100, "", "2026-06-29"],
        ["A-2", "Closed Won", 100, "", "2026-06-30"],
      ],
      { lookbackDays: 1 },
    );
    expect(result.window).toEqual({ start: AS_OF, end: AS_OF });
    expect(result.winRate.won).toBe(1);
  });

  test("30-day look-back starts 29 days before as-of", () => {
    // 2026-06-30 − 30 + 1 = 2026-06-01: A-2 counts, A-1 (05-31) does not.
    const result = winRatesOf(
      [
        ["A-1", "Closed Won", 100, "", "2026-05-31"],
        ["A-2", "Closed Won", 100, "", "2026-06-01"],
      ],
      { lookbackDays: 30 },
    );
    expect(result.window.start).toBe(utcDay(2026, 6, 1));
    expect(result.winRate.won).toBe(1);
  });
});

describe("computeWinRates without won or closed deals", () => {
  describe("only lost deals", () => {
    const result = winRatesOf([
      ["A-1", "Closed Lost", 100, "2026-01-01", "2026-02-01"],
      ["A-2", "Proposal", 200, "2026-01-01", "2026-08-01"],
    ]);

    test("byCount is zero", () => {
      expect(result.winRate.byCount).toBe(0);
    });

    test("byValue is zero", () => {
      expect(result.winRate.byValue).toBe(0);
    });

    test("oppToWin null", () => {
      expect(result.oppToWin).toBeNull();
    });

    test("oppToWin reason noWonDeals", () => {
      expect(result.opportunities.reason).toBe("noWonDeals");
    });

    test("cycle null with noWonDeals", () => {
      expect(result.cycleDays).toEqual({ mean: null, median: null, deals: 0, skipped: 0, reason: "noWonDeals" });
    });

    test("velocity null with noWonDeals", () => {
      expect(result.velocity.perDay).toBeNull();
      expect(result.velocity.reason).toBe("noWonDeals");
    });
  });

  describe("no closed deals", () => {
    const result = winRatesOf([
      ["A-1", "Lead", 100, "2026-01-01", "2026-08-01"],
      ["A-2", "Deferred", 200, "2026-01-01", "2026-02-01"],
    ]);

    test("win rates null with noClosedDeals", () => {
      expect(result.winRate.byCount).toBeNull();
      expect(result.winRate.byValue).toBeNull();
      expect(result.winRate.reason).toBe("noClosedDeals");
    });

    test("deferred deal not counted as closed", () => {
      expect(result.winRate.won + result.winRate.lost).toBe(0);
    });

    test("velocity null with noClosedDeals", () => {
      expect(result.velocity.perDay).toBeNull();
      expect(result.velocity.reason).toBe("noClosedDeals");
    });

    test("oppToWin not estimated", () => {
      expect(result.opportunities.estimated).toBe(false);
    });

    test("result survives JSON unchanged", () => {
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    });
  });
});

describe("computeWinRates with one deal", () => {
  // Created 2026-03-01, won 2026-03-21: 20 days.
  const result = winRatesOf([["A-1", "Closed Won", 100000, "2026-03-01", "2026-03-21"]]);

  test("win rates are one", () => {
    expect(result.winRate.byCount).toBe(1);
    expect(result.winRate.byValue).toBe(1);
  });

  test("cycle mean and median equal the deal's cycle", () => {
    expect(result.cycleDays.mean).toBe(20);
    expect(result.cycleDays.median).toBe(20);
  });

  test("oppToWin is one", () => {
    // (0 open past the entry stage + 1 won) ÷ 1.
    expect(result.oppToWin).toBe(1);
  });

  test("velocity zero without open deals", () => {
    // 0 × 100,000 × 1 ÷ 20.
    expect(result.velocity.perDay).toBe(0);
  });
});

describe("computeWinRates amounts", () => {
  test("byValue skips closed deals without an amount", () => {
    // byCount 2 ÷ 3; byValue 300 ÷ (300 + 100) = 0.75, A-2 left out.
    const result = winRatesOf([
      ["A-1", "Closed Won", 300, "", "2026-01-10"],
      ["A-2", "Closed Won", "", "", "2026-01-11"],
      ["A-3", "Closed Lost", 100, "", "2026-01-12"],
    ]);
    expect(result.winRate.byCount).toBeCloseTo(2 / 3, 12);
    expect(result.winRate.byValue).toBe(0.75);
  });

  test("byValue null when no closed amounts", () => {
    const result = winRatesOf([
      ["A-1", "Closed Won", "", "", "2026-01-10"],
      ["A-2", "Closed Lost", "", "", "2026-01-12"],
    ]);
    expect(result.winRate.byCount).toBe(0.5);
    expect(result.winRate.byValue).toBeNull();
    expect(result.winRate.reason).toBe("noClosedAmounts");
  });

  test("byValue null when closed amounts are zero", () => {
    const result = winRatesOf([
      ["A-1", "Closed Won", 0, "", "2026-01-10"],
      ["A-2", "Closed Lost", 0, "", "2026-01-12"],
    ]);
    expect(result.winRate.byValue).toBeNull();
    expect(result.winRate.reason).toBe("noClosedAmounts");
  });

  test("negative amount skipped by byValue", () => {
    // A-2's −500 is unusable: 300 ÷ (300 + 100) = 0.75, and byCount 1 ÷ 3 still counts A-2.
    const result = winRatesOf([
      ["A-1", "Closed Won", 300, "", "2026-01-10"],
      ["A-2", "Closed Lost", -500, "", "2026-01-11"],
      ["A-3", "Closed Lost", 100, "", "2026-01-12"],
    ]);
    expect(result.winRate.byValue).toBe(0.75);
    expect(result.winRate.byCount).toBeCloseTo(1 / 3, 12);
    expect(result.winRate.skipped.amountUnusable).toBe(1);
  });

  test("velocity null without won amounts", () => {
    const result = winRatesOf([
      ["A-1", "Closed Won", "", "2026-01-01", "2026-01-11"],
      ["A-2", "Lead", 100, "", "2026-08-01"],
    ]);
    expect(result.velocity.averageWonAmount).toBeNull();
    expect(result.velocity.reason).toBe("noWonAmounts");
  });
});

describe("computeWinRates cycle days", () => {
  test("median of an even count", () => {
    // Cycles 100, 10, 40, 20 in row order; sorted 10, 20, 40, 100: (20 + 40) ÷ 2 = 30.
    const result = winRatesOf([
      ["A-1", "Closed Won", 100, "2026-01-01", "2026-04-11"],
      ["A-2", "Closed Won", 100, "2026-01-01", "2026-01-11"],
      ["A-3", "Closed Won", 100, "2026-01-01", "2026-02-10"],
      ["A-4", "Closed Won", 100, "2026-01-01", "2026-01-21"],
    ]);
    expect(result.cycleDays.median).toBe(30);
  });

  test("mean of an even count", () => {
    // (100 + 10 + 40 + 20) ÷ 4 = 42.5.
    const result = winRatesOf([
      ["A-1", "Closed Won", 100, "2026-01-01", "2026-04-11"],
      ["A-2", "Closed Won", 100, "2026-01-01", "2026-01-11"],
      ["A-3", "Closed Won", 100, "2026-01-01", "2026-02-10"],
      ["A-4", "Closed Won", 100, "2026-01-01", "2026-01-21"],
    ]);
    expect(result.cycleDays.mean).toBe(42.5);
  });

  test("median sorts numerically", () => {
    // Cycles 9, 100, 20: sorted as numbers 9, 20, 100, so the median is 20, not "100" < "20" < "9".
    const result = winRatesOf([
      ["A-1", "Closed Won", 100, "2026-01-01", "2026-01-10"],
      ["A-2", "Closed Won", 100, "2026-01-01", "2026-04-11"],
      ["A-3", "Closed Won", 100, "2026-01-01", "2026-01-21"],
    ]);
    expect(result.cycleDays.median).toBe(20);
  });

  test("negative cycle skipped", () => {
    // 10 days. A-2 closes 5 days before it was created.
    const result = winRatesOf([
      ["A-1", "Closed Won", 100, "2026-01-01", "2026-01-11"],
      ["A-2", "Closed Won", 100, "2026-01-20", "2026-01-15"],
    ]);
    expect(result.cycleDays.deals).toBe(1);
    expect(result.cycleDays.skipped).toBe(1);
    expect(result.cycleDays.mean).toBe(10);
  });

  test("lost deals give no cycle", () => {
    const result = winRatesOf([
      ["A-1", "Closed Won", 100, "2026-01-01", "2026-01-11"],
      ["A-2", "Closed Lost", 100, "2026-01-01", "2026-03-01"],
    ]);
    expect(result.cycleDays.deals).toBe(1);
    expect(result.cycleDays.mean).toBe(10);
  });

  test("no created dates give noCycleDates", () => {
    const result = winRatesOf([["A-1", "Closed Won", 100, "", "2026-01-11"]]);
    expect(result.cycleDays.mean).toBeNull();
    expect(result.cycleDays.reason).toBe("noCycleDates");
    expect(result.velocity.reason).toBe("noCycleDates");
  });

  test("zero-day cycle gives velocity cycleDaysZero", () => {
    // Created and won on the same day: a cycle of 0 that counts, but velocity cannot divide by it.
    const result = winRatesOf([
      ["A-1", "Closed Won", 100, "2026-01-11", "2026-01-11"],
      ["A-2", "Lead", 100, "", "2026-08-01"],
    ]);
    expect(result.cycleDays.mean).toBe(0);
    expect(result.velocity.perDay).toBeNull();
    expect(result.velocity.reason).toBe("cycleDaysZero");
  });
});

describe("computeWinRates stage positions", () => {
  test("Chinese alias of the second stage counts", () => {
    // 资格确认 is Qualified, position 1: (1 + 1 won) ÷ 1 = 2.
    const result = winRatesOf([
      ["A-1", "资格确认", 100, "", "2026-08-01"],
      ["A-2", "Closed Won", 100, "", "2026-01-11"],
    ]);
    expect(result.oppToWin).toBe(2);
  });

  test("stage names match case- and space-insensitively", () => {
    // "  NEGOTIATION " is Negotiation, position 4: (1 + 1) ÷ 1 = 2.
    const result = winRatesOf([
      ["A-1", "  NEGOTIATION ", 100, "", "2026-08-01"],
      ["A-2", "Closed Won", 100, "", "2026-01-11"],
    ]);
    expect(result.oppToWin).toBe(2);
  });

  test("entry stage does not count", () => {
    // Two deals at Lead, position 0: (0 + 1) ÷ 1 = 1.
    const result = winRatesOf([
      ["A-1", "Lead", 100, "", "2026-08-01"],
      ["A-2", "线索", 100, "", "2026-08-01"],
      ["A-3", "Closed Won", 100, "", "2026-01-11"],
    ]);
    expect(result.oppToWin).toBe(1);
  });

  test("open deal created before the window not counted", () => {
    // A-1 was created on 2025-06-30, the day before the window: (0 + 1) ÷ 1 = 1.
    const result = winRatesOf([
      ["A-1", "Proposal", 100, "2025-06-30", "2026-08-01"],
      ["A-2", "Closed Won", 100, "", "2026-01-11"],
    ]);
    expect(result.oppToWin).toBe(1);
  });

  test("open deal created on the window's first day counted", () => {
    // (1 + 1) ÷ 1 = 2.
    const result = winRatesOf([
      ["A-1", "Proposal", 100, "2025-07-01", "2026-08-01"],
      ["A-2", "Closed Won", 100, "", "2026-01-11"],
    ]);
    expect(result.oppToWin).toBe(2);
  });

  test("open deal created after as-of not counted", () => {
    const result = winRatesOf([
      ["A-1", "Proposal", 100, "2026-07-01", "2026-08-01"],
      ["A-2", "Closed Won", 100, "", "2026-01-11"],
    ]);
    expect(result.oppToWin).toBe(1);
  });

  test("lost deals do not count as reached", () => {
    // (0 + 2 won) ÷ 2 = 1, whatever the 3 lost deals reached.
    const result = winRatesOf([
      ["A-1", "Closed Won", 100, "", "2026-01-11"],
      ["A-2", "Closed Won", 100, "", "2026-01-12"],
      ["A-3", "Closed Lost", 100, "", "2026-01-13"],
      ["A-4", "Closed Lost", 100, "", "2026-01-14"],
      ["A-5", "Closed Lost", 100, "", "2026-01-15"],
    ]);
    expect(result.oppToWin).toBe(1);
    expect(result.opportunities.lostWithoutHistory).toBe(3);
    expect(result.opportunities.estimated).toBe(true);
  });

  describe("lost deals placed by a status column", () => {
    // Pipedrive keeps the stage where a lost deal stopped and marks it lost in the status.
    const pipedrive = CRM_PRESETS.find((preset) => preset.id === "pipedrive")!;
    const source = readPipeline(
      [
        sheetGrid("Deals", [
          ["Deal ID", "Stage", "Status", "Amount", "Close Date"],
          ["A-1", "Qualified", "lost", 100, "2026-01-10"],
          ["A-2", "Demo Scheduled", "lost", 100, "2026-01-11"],
          ["A-3", "Negotiations Started", "won", 100, "2026-01-12"],
          ["A-4", "Closed Won", "lost", 100, "2026-01-13"],
          ["A-5", "Mystery", "lost", 100, "2026-01-14"],
        ]),
      ],
      US_OPTIONS,
    );
    if (!source) throw new Error("no deals table");
    const result = computeWinRates(source.table, { asOf: AS_OF, lookbackDays: LOOKBACK, stages: pipedrive });

    test("lost deals counted as lost", () => {
      expect(result.winRate.lost).toBe(4);
    });

    test("reached counts lost deals past the entry stage", () => {
      // A-2 at Demo Scheduled (position 2), A-4 at a won stage name (every open stage), A-3 won = 3.
      // A-1 stopped at Qualified, the entry stage; A-5's stage is unknown.
      expect(result.opportunities.reached).toBe(3);
    });

    test("oppToWin with placed lost deals", () => {
      // 3 ÷ 1 won.
      expect(result.oppToWin).toBe(3);
    });

    test("only the unplaced lost deal lacks history", () => {
      //
      expect(result.opportunities.lostWithoutHistory).toBe(1);
    });
  });

  test("Salesforce list places Qualification second", () => {
    // Prospecting 0, Qualification 1, Needs Analysis 2: (2 + 1) ÷ 1 = 3.
    const salesforce = CRM_PRESETS.find((preset) => preset.id === "salesforce")!;
    const result = winRatesOf(
      [
        ["A-1", "Prospecting", 100, "", "2026-08-01"],
        ["A-2", "Qualification", 100, "", "2026-08-01"],
        ["A-3", "Needs Analysis", 100, "", "2026-08-01"],
        ["A-4", "Closed Won", 100, "", "2026-01-11"],
      ],
      { stages: salesforce },
    );
    expect(result.oppToWin).toBe(3);
  });

  test("stage of another list is unknown", () => {
    // Salesforce's Qualification is in no open stage of the default list.
    const result = winRatesOf(
      [
        ["A-1", "Qualification", 100, "", "2026-08-01"],
        ["A-2", "Closed Won", 100, "", "2026-01-11"],
      ],
      { stages: DEFAULT_STAGES },
    );
    expect(result.opportunities.openStageUnknown).toBe(1);
    expect(result.oppToWin).toBe(1);
  });
});

describe("computeWinRates options", () => {
  const source = readPipeline([winRatePipelineSheet()], US_OPTIONS);
  if (!source) throw new Error("the win-rate pipeline has no deals table");

  test.each([0, -1, 1.5, Number.NaN])("rejects lookbackDays %p", (lookbackDays) => {
    expect(() => computeWinRates(source.table, { asOf: AS_OF, lookbackDays, stages: DEFAULT_STAGES })).toThrow(RangeError);
  });

  test("rejects fractional asOf", () => {
    expect(() => computeWinRates(source.table, { asOf: AS_OF + 0.5, lookbackDays: LOOKBACK, stages: DEFAULT_STAGES })).toThrow(RangeError);
  });
});

describe("velocityPerDay", () => {
  test("multiplies and divides", () => {
    // 10 × 50,000 × 0.25 ÷ 50 = 2,500.
    expect(velocityPerDay(10, 50000, 0.25, 50)).toEqual({ perDay: 2500, reason: null });
  });

  test.each([
    [null, 0.5, 10, "noWonAmounts"],
    [null, 0, 10, "noWonDeals"],
    [100, null, 10, "noClosedDeals"],
    [100, 0.5, null, "noCycleDates"],
    [100, 0.5, 0, "cycleDaysZero"],
  ])("average %p, win rate %p, cycle %p gives %s", (averageWonAmount, winRate, cycleDaysMean, reason) => {
    expect(velocityPerDay(5, averageWonAmount, winRate, cycleDaysMean)).toEqual({ perDay: null, reason });
  });
});
