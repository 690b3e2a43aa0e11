/**
 * Win rates, opportunity-to-win ratio, sales cycle and pipeline velocity, over the deals
 * closed in a look-back window that ends on the as-of date.
 */
import { pipelineSteps, type StagePreset } from "../read/stages";
import { amountIf, bit, isBetween, isNumber } from "../branchless";
import { medianInPlace } from "../median";
import { dealsOfKind } from "../table";
import type { DealTable } from "../types";

export interface WinRateOptions {
  /** Day the report is computed for, as a day number. It is the window's last day. */
  asOf: number;
  /** Length of the window in days, the as-of date included. A positive integer. */
  lookbackDays: number;
  /** Stage list of the table. The order of its open stages places open and lost deals for `oppToWin`. */
  stages: StagePreset;
}

/**
 * Reason a figure is null:
 * - `noClosedDeals`: no won or lost deal closed in the window.
 * - `noClosedAmounts`: the closed deals in the window have no usable amount, or their amounts sum to 0.
 * - `noWonDeals`: no won deal closed in the window.
 * - `noWonAmounts`: no won deal in the window has a usable amount.
 * - `noCycleDates`: no won deal in the window has a created date on or before its close date.
 * - `cycleDaysZero`: every sales cycle in the window is 0 days, so velocity would divide by 0.
 */
export type WinRateReason = "noClosedDeals" | "noClosedAmounts" | "noWonDeals" | "noWonAmounts" | "noCycleDates" | "cycleDaysZero";

/** Figures of `computeWinRates`, with amounts as unrounded sums. No field is NaN or Infinity. */
export interface WinRateResult {
  /** Look-back window, day numbers, both ends inclusive. */
  window: { start: number; end: number };
  winRate: {
    /** won ÷ (won + lost), or null when no deal closed in the window. */
    byCount: number | null;
    /** wonAmount ÷ (wonAmount + lostAmount), over closed deals with a usable amount. */
    byValue: number | null;
    /** Won deals closed in the window, with or without an amount. */
    won: number;
    /** Lost deals closed in the window, with or without an amount. */
    lost: number;
    wonAmount: number;
    lostAmount: number;
    reason: Extract<WinRateReason, "noClosedDeals" | "noClosedAmounts"> | null;
    skipped: {
      /** Won and lost deals without a close date, which no window can place. */
      closeMissing: number;
      /** Closed deals in the window whose amount is missing or negative: counted in byCount only. */
      amountUnusable: number;
    };
  };
  /** opportunities.reached ÷ winRate.won, or null when no deal was won in the window. */
  oppToWin: number | null;
  /** Numerator of `oppToWin` and the deals it could not place. */
  opportunities: {
    /**
     * Deals that reached the first stage after the entry stage. These are open deals created
     * in the window (or without a created date) at that stage or later, and lost deals in the
     * window whose own stage is that stage or later. Every won deal in the window counts too.
     */
    reached: number;
    /** Open deals in the window whose stage is not an open stage of the list, left out of `reached`. */
    openStageUnknown: number;
    /** Lost deals in the window whose own stage is no open or won stage, counted at the entry stage only. */
    lostWithoutHistory: number;
    /** True when lostWithoutHistory > 0, because those deals may have gone further. */
    estimated: boolean;
    reason: Extract<WinRateReason, "noWonDeals"> | null;
  };
  /** close − created in days, over won deals in the window. */
  cycleDays: {
    mean: number | null;
    /** Middle value, or the mean of the two middle values for an even count. */
    median: number | null;
    /** Won deals in the window that gave a cycle. */
    deals: number;
    /** Won deals in the window without a created date, or closing before it was created. */
    skipped: number;
    reason: Extract<WinRateReason, "noWonDeals" | "noCycleDates"> | null;
  };
  velocity: VelocityResult & {
    /** Every open deal of the table, whatever its dates or amount. */
    openDeals: number;
    /** wonAmount ÷ won deals in the window with a usable amount. */
    averageWonAmount: number | null;
    /** Same as winRate.byCount. */
    winRate: number | null;
    /** Same as cycleDays.mean. */
    cycleDaysMean: number | null;
  };
}

export interface VelocityResult {
  /** Amount per day the pipeline is expected to bring in. */
  perDay: number | null;
  reason: WinRateReason | null;
}

/**
 * Computes win rates, the opportunity-to-win ratio, the sales cycle and pipeline velocity.
 *
 * The window contains the days [asOf − lookbackDays + 1, asOf], both ends inclusive, so a
 * 365-day look-back ending on 2026-06-30 starts on 2025-07-01. A won or lost deal is in the
 * window when its close date is. Deferred deals count nowhere.
 *
 * An amount is usable when it is present and not negative. Missing amounts are NaN in the
 * table, and so are amounts in a currency other than the main one. A negative amount would
 * push byValue outside 0..1.
 *
 * @example computeWinRates(table, { asOf: dayFromIso("2026-06-30"), lookbackDays: 365, stages: DEFAULT_STAGES })
 * // window 2025-07-01 .. 2026-06-30. With 3 won (300,000) and 1 lost (100,000) deal closed in it:
 * // winRate.byCount 3 ÷ 4 = 0.75, winRate.byValue 300,000 ÷ 400,000 = 0.75
 * @throws RangeError when asOf is not an integer or lookbackDays is not a positive integer.
 */
export function computeWinRates(table: DealTable, options: WinRateOptions): WinRateResult {
  const { asOf, lookbackDays } = options;
  if (!Number.isInteger(asOf)) {
    throw new RangeError(`Invalid asOf ${asOf}: expected a whole day number (days since 1970-01-01).`);
  }
  if (!Number.isInteger(lookbackDays) || lookbackDays < 1) {
    throw new RangeError(`Invalid lookbackDays ${lookbackDays}: expected a whole number of days, 1 or more.`);
  }
  const window = { start: asOf - lookbackDays + 1, end: asOf };

  const tally = tallyDeals(table, window, options.stages);
  const { won, lost, wonAmount, lostAmount } = tally;
  const winRate = rateWins(won, lost, wonAmount, lostAmount);
  const cycleDays = summarizeCycles(tally.cycles, tally.cycleSum, tally.cycleSkipped, won);
  const averageWonAmount = tally.wonWithAmount > 0 ? wonAmount / tally.wonWithAmount : null;
  const velocity = velocityPerDay(tally.openDeals, averageWonAmount, winRate.byCount, cycleDays.mean);
  const reached = tally.openPastEntry + tally.lostPastEntry + won;

  return {
    window,
    winRate: {
      ...winRate,
      won,
      lost,
      wonAmount,
      lostAmount,
      skipped: { closeMissing: tally.closeMissing, amountUnusable: tally.amountUnusable },
    },
    oppToWin: won > 0 ? reached / won : null,
    opportunities: {
      reached,
      openStageUnknown: tally.openStageUnknown,
      lostWithoutHistory: tally.lostWithoutHistory,
      estimated: tally.lostWithoutHistory > 0,
      reason: won > 0 ? null : "noWonDeals",
    },
    cycleDays,
    velocity: { ...velocity, openDeals: tally.openDeals, averageWonAmount, winRate: winRate.byCount, cycleDaysMean: cycleDays.mean },
  };
}

/** Counts and sums of one pass over the table. */
interface Tally {
  won: number;
  lost: number;
  wonAmount: number;
  lostAmount: number;
  wonWithAmount: number;
  closeMissing: number;
  amountUnusable: number;
  openDeals: number;
  openPastEntry: number;
  openStageUnknown: number;
  lostPastEntry: number;
  lostWithoutHistory: number;
  /** Sales cycles in days, in table order. */
  cycles: Float64Array;
  cycleSum: number;
  cycleSkipped: number;
}

/**
 * Tallies the open, lost and won deals, one loop each. A deal reaches the first stage
 * after the entry stage (the first open stage of the list) when it is:
 * - an open deal created in the window, or without a created date, whose stage is at open
 *   position 1 or later. Open deals created before the window are older opportunities.
 * - a won deal in the window, which passed every stage.
 * - a lost deal in the window whose own stage is at open position 1 or later (Pipedrive and
 *   Odoo keep the stage where a lost deal stopped), or is a won stage.
 * `computeConversion` counts the same deals at its second stage, and a test checks that.
 */
function tallyDeals(table: DealTable, window: { start: number; end: number }, stages: StagePreset): Tally {
  const { start, end } = window;
  const positionByCode = placeStages(stages, table.stageNames);
  const openStageCount = stages.stages.filter((stage) => stage.kind === "open").length;
  // Furthest open-stage position of a lost deal, by stage code. A won stage name on a lost
  // deal means it went through every open stage.
  const lostFurthestByCode = positionByCode.map((position) => (position === WON_POSITION ? openStageCount - 1 : position));
  const { open, won, lost } = dealsOfKind(table);

  // The loops are branchless (see ../branchless), because close and created dates fall in
  // and out of the window in no order: each test becomes 0 or 1 and is added.
  let openPastEntry = 0;
  let openStageUnknown = 0;
  for (let k = 0; k < open.length; k++) {
    const i = open[k];
    // An open deal without a created date counts, as one created in the window does.
    const created = table.created[i];
    const inWindow = 1 - (bit(created < start) | bit(created > end));
    const position = positionByCode[table.stageCode[i]];
    // UNPLACED and WON_POSITION are the negative positions.
    openStageUnknown += inWindow & bit(position < 0);
    openPastEntry += inWindow & bit(position >= 1);
  }

  let closeMissing = 0;
  let amountUnusable = 0;
  let lostCount = 0;
  let lostAmount = 0;
  let lostPastEntry = 0;
  let lostWithoutHistory = 0;
  for (let k = 0; k < lost.length; k++) {
    const i = lost[k];
    const close = table.close[i];
    closeMissing += 1 - isNumber(close);
    // NaN compares false, so a deal without a close date is not in the window.
    const inWindow = isBetween(close, start, end);
    const amount = table.amount[i];
    const usable = bit(amount >= 0);
    lostCount += inWindow;
    lostAmount += amountIf(inWindow & usable, amount);
    amountUnusable += inWindow & (1 - usable);
    const furthest = lostFurthestByCode[table.stageCode[i]];
    lostPastEntry += inWindow & bit(furthest >= 1);
    // Limitation: without a stage history a lost deal that its own stage does not place
    // counts as reaching only the entry stage, and the ratio is marked estimated.
    lostWithoutHistory += inWindow & bit(furthest < 0);
  }

  let wonCount = 0;
  let wonAmount = 0;
  let wonWithAmount = 0;
  // At most one cycle per won deal, so their count bounds the cycles. Every deal writes its
  // cycle to the next free slot, and only a deal with a cycle moves past it.
  const cycles = new Float64Array(won.length);
  let cycleCount = 0;
  let cycleSum = 0;
  let cycleSkipped = 0;
  for (let k = 0; k < won.length; k++) {
    const i = won[k];
    const close = table.close[i];
    closeMissing += 1 - isNumber(close);
    const inWindow = isBetween(close, start, end);
    const amount = table.amount[i];
    const usable = bit(amount >= 0);
    wonCount += inWindow;
    wonAmount += amountIf(inWindow & usable, amount);
    wonWithAmount += inWindow & usable;
    amountUnusable += inWindow & (1 - usable);
    // NaN compares false, so a missing created date gives no cycle either.
    const cycle = close - table.created[i];
    const hasCycle = inWindow & bit(cycle >= 0);
    cycles[cycleCount] = cycle;
    cycleCount += hasCycle;
    cycleSum += amountIf(hasCycle, cycle);
    cycleSkipped += inWindow - hasCycle;
  }

  return {
    won: wonCount,
    lost: lostCount,
    wonAmount,
    lostAmount,
    wonWithAmount,
    closeMissing,
    amountUnusable,
    openDeals: open.length,
    openPastEntry,
    openStageUnknown,
    lostPastEntry,
    lostWithoutHistory,
    cycles: cycles.subarray(0, cycleCount),
    cycleSum,
    cycleSkipped,
  };
}

/**
 * Computes velocity = openDeals × averageWonAmount × winRate ÷ cycleDaysMean, in amount per
 * day. Null when an input is null or the mean cycle is 0 days, with the reason. Exported so
 * that the VELOCITY custom function can give the same figure as the report.
 *
 * @example velocityPerDay(10, 50000, 0.25, 50) // { perDay: 2500, reason: null }: 10 × 50,000 × 0.25 ÷ 50
 */
export function velocityPerDay(
  openDeals: number,
  averageWonAmount: number | null,
  winRate: number | null,
  cycleDaysMean: number | null,
): VelocityResult {
  if (winRate === null) return { perDay: null, reason: "noClosedDeals" };
  if (averageWonAmount === null) return { perDay: null, reason: winRate === 0 ? "noWonDeals" : "noWonAmounts" };
  if (cycleDaysMean === null) return { perDay: null, reason: "noCycleDates" };
  if (cycleDaysMean === 0) return { perDay: null, reason: "cycleDaysZero" };
  return { perDay: (openDeals * averageWonAmount * winRate) / cycleDaysMean, reason: null };
}

/** Position that `placeStages` gives a won stage name, which follows every open stage. */
const WON_POSITION = -1;
/** Position that `placeStages` gives a name that is neither an open nor a won stage. */
const UNPLACED = -2;

/**
 * Places each distinct stage text of a table: the 0-based position of its stage among the
 * open stages of the list, WON_POSITION for a won stage, or UNPLACED for anything else.
 */
function placeStages(preset: StagePreset, stageNames: readonly string[]): Int32Array {
  const steps = pipelineSteps(preset);
  return Int32Array.from(stageNames, (stage) => steps.positionOf(stage) ?? (steps.isWon(stage) ? WON_POSITION : UNPLACED));
}

/**
 * Computes win rates from the closed deals' counts and amounts: byCount = won ÷ (won + lost)
 * and byValue = wonAmount ÷ (wonAmount + lostAmount). Null with a reason when there is
 * nothing to divide by. Exported so that the WINRATE custom function gives the report's figure.
 *
 * @example rateWins(3, 1, 300000, 100000) // { byCount: 0.75, byValue: 0.75, reason: null }
 */
export function rateWins(
  won: number,
  lost: number,
  wonAmount: number,
  lostAmount: number,
): { byCount: number | null; byValue: number | null; reason: "noClosedDeals" | "noClosedAmounts" | null } {
  if (won + lost === 0) return { byCount: null, byValue: null, reason: "noClosedDeals" };
  const byCount = won / (won + lost);
  const closedAmount = wonAmount + lostAmount;
  if (closedAmount === 0) return { byCount, byValue: null, reason: "noClosedAmounts" };
  return { byCount, byValue: wonAmount / closedAmount, reason: null };
}

/** Summarises the sales cycles of the won deals in the window, with the reason when there are none. */
function summarizeCycles(cycles: Float64Array, sum: number, skipped: number, won: number): WinRateResult["cycleDays"] {
  const deals = cycles.length;
  if (deals === 0) return { mean: null, median: null, deals, skipped, reason: won === 0 ? "noWonDeals" : "noCycleDates" };
  return { ...cycleStatistics(cycles, sum), deals, skipped, reason: null };
}

/**
 * Returns the mean and the median of a non-empty list of sales cycles, given their sum. The
 * median is the middle value, or the mean of the two middle values for an even count. Takes
 * it by selection, which reorders `cycles` in place. Exported for the CYCLEDAYS custom function.
 *
 * @example cycleStatistics(Float64Array.of(30, 10, 20, 40), 100) // { mean: 25, median: 25 }
 */
export function cycleStatistics(cycles: Float64Array, sum: number): { mean: number; median: number } {
  return { mean: sum / cycles.length, median: medianInPlace(cycles) };
}
