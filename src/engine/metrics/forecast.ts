/**
 * Weighted forecast: what the open pipeline is expected to bring in the period.
 */
import { isBetween, isNumber, select, valueOr } from "../branchless";
import { dealsOfKind } from "../table";
import type { DealTable } from "../types";

export interface ForecastResult {
  /**
   * Σ amount × p over open deals closing inside the period. Null when such deals exist but
   * none has a probability, because 0 would read as a forecast of nothing.
   */
  weightedForecast: number | null;
  /** wonInPeriod + weightedForecast; null when the weighted forecast is. */
  expectedTotal: number | null;
  /** Open deals closing in the period with neither a probability nor a stage default, left out. */
  probabilityMissing: number;
}

/**
 * Computes the weighted forecast: each open deal closing in the period counts its amount
 * times its probability, or its stage's default probability when the row has none.
 *
 * @example computeForecast(table, { period: Q2, wonInPeriod: 100000 })
 * // deals of 100,000 at 60% and 50,000 at 20%: 60,000 + 10,000 = 70,000; expected total 170,000
 */
export function computeForecast(table: DealTable, options: { period: { start: number; end: number }; wonInPeriod: number }): ForecastResult {
  const { start, end } = options.period;
  let weightedForecast = 0;
  let weighted = 0;
  let probabilityMissing = 0;

  // The loop is branchless (see ../branchless), because close dates, blank amounts and
  // blank probabilities come in no order: each test becomes 0 or 1 and selects what to add.
  const { open } = dealsOfKind(table);
  for (let k = 0; k < open.length; k++) {
    const i = open[k];
    const close = table.close[i];
    const amount = table.amount[i];
    // NaN compares false, so a deal without a close date is not in the period.
    const counted = isNumber(amount) & isBetween(close, start, end);
    const probability = valueOr(table.probability[i], table.stageProbability[i]);
    const hasProbability = isNumber(probability);
    probabilityMissing += counted & (1 - hasProbability);
    weighted += counted & hasProbability;
    weightedForecast += select(counted & hasProbability, amount * probability, 0);
  }

  if (weighted === 0 && probabilityMissing > 0) return { weightedForecast: null, expectedTotal: null, probabilityMissing };
  return { weightedForecast, expectedTotal: options.wonInPeriod + weightedForecast, probabilityMissing };
}

/**
 * Σ amount × probability over paired values, skipping pairs where either is NaN.
 * Shared with the WEIGHTEDFORECAST custom function.
 */
export function sumWeighted(amounts: ArrayLike<number>, probabilities: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < amounts.length; i++) {
    const product = amounts[i] * probabilities[i];
    if (!Number.isNaN(product)) total += product;
  }
  return total;
}
