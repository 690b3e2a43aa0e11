/**
 * Pipeline size and coverage against quota.
 */
import { amountIf, isBetween, isNumber } from "../branchless";
import { dealsOfKind } from "../table";
import type { DealTable } from "../types";

export interface CoverageOptions {
  /** Report period, day numbers, both ends inclusive. */
  period: { start: number; end: number };
  /** Quota for the period; null when none is known. */
  quota: number | null;
  /** Healthy coverage band, as multiples of the remaining quota. */
  band: { low: number; high: number };
}

export type CoverageStatus = "below" | "within" | "above" | "quotaMet" | "noQuota";

export interface CoverageResult {
  /** Σ amount over open deals. */
  openPipeline: number;
  /** Σ amount over open deals closing inside the period. */
  periodPipeline: number;
  /** Σ amount over won deals closed inside the period. */
  wonInPeriod: number;
  quota: number | null;
  /** periodPipeline ÷ (quota − wonInPeriod); null when there is no quota or it is met. */
  coverage: number | null;
  status: CoverageStatus;
  /** Rows a figure could not use, by reason. */
  skipped: {
    /**
     * Open deals without a readable amount, left out of openPipeline and periodPipeline.
     * Deals in another currency than the main one are left out too, but not counted here.
     */
    openAmountMissing: number;
    /** Open deals without a close date, left out of periodPipeline. */
    openCloseMissing: number;
    /** Won deals without a readable amount or close date, left out of wonInPeriod. */
    wonUnusable: number;
  };
}

/**
 * Computes open pipeline, pipeline closing in the period, won in the period and
 * coverage = periodPipeline ÷ (quota − wonInPeriod).
 *
 * @example computeCoverage(table, { period: Q2, quota: 600000, band: { low: 3, high: 4 } })
 * // with 1,500,000 closing in Q2 and 100,000 won: coverage 1,500,000 ÷ 500,000 = 3, status "within"
 */
export function computeCoverage(table: DealTable, options: CoverageOptions): CoverageResult {
  const { start, end } = options.period;
  let openPipeline = 0;
  let periodPipeline = 0;
  let wonInPeriod = 0;
  let openAmountMissing = 0;
  let openCloseMissing = 0;
  let wonUnusable = 0;

  // The loops are branchless (see ../branchless), because blank cells and close dates in
  // and out of the period come in no order: each test becomes 0 or 1 and selects what to add.
  const { open, won } = dealsOfKind(table);
  for (let k = 0; k < open.length; k++) {
    const i = open[k];
    const amount = table.amount[i];
    const close = table.close[i];
    // A deal missing both the amount and the close date counts under both reasons.
    openCloseMissing += 1 - isNumber(close);
    // A deal in another currency has an amount, kept apart in otherCurrencyAmount.
    openAmountMissing += 1 - (isNumber(amount) | isNumber(table.otherCurrencyAmount[i]));
    openPipeline += amountIf(1, amount);
    // NaN compares false, so a deal without a close date is not in the period.
    periodPipeline += amountIf(isBetween(close, start, end), amount);
  }
  for (let k = 0; k < won.length; k++) {
    const i = won[k];
    const amount = table.amount[i];
    const close = table.close[i];
    wonUnusable += 1 - (isNumber(amount) & isNumber(close));
    wonInPeriod += amountIf(isBetween(close, start, end), amount);
  }

  const { coverage, status } = rateCoverage(periodPipeline, wonInPeriod, options.quota, options.band);
  return {
    openPipeline,
    periodPipeline,
    wonInPeriod,
    quota: options.quota,
    coverage,
    status,
    skipped: { openAmountMissing, openCloseMissing, wonUnusable },
  };
}

/**
 * Divides the pipeline by the quota still to win and places the result against the band.
 * Shared with the COVERAGE custom function so that a cell and the report never disagree.
 *
 * @example rateCoverage(1500000, 100000, 600000, { low: 3, high: 4 }) // { coverage: 3, status: "within" }
 */
export function rateCoverage(
  pipeline: number,
  won: number,
  quota: number | null,
  band: { low: number; high: number },
): { coverage: number | null; status: CoverageStatus } {
  if (quota === null) return { coverage: null, status: "noQuota" };
  const remaining = quota - won;
  if (remaining <= 0) return { coverage: null, status: "quotaMet" };
  const coverage = pipeline / remaining;
  if (coverage < band.low) return { coverage, status: "below" };
  if (coverage > band.high) return { coverage, status: "above" };
  return { coverage, status: "within" };
}
