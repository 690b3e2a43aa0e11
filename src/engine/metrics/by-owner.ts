/**
 * The headline figures per owner, so a manager can compare reps: revenue against units,
 * and how many open deals each carries (bandwidth).
 */
import { amountIf, isBetween, isNumber, select, valueOr } from "../branchless";
import { compareText } from "../text";
import { dealsOfKind } from "../table";
import type { DealTable } from "../types";

export interface OwnerFigures {
  /** Owner as written in the deals table; "" for deals without one. */
  owner: string;
  /** Open deals: the rep's bandwidth. */
  openDeals: number;
  openPipeline: number;
  periodPipeline: number;
  wonInPeriod: number;
  /** Σ amount × probability over the owner's open deals closing in the period. */
  weightedForecast: number;
  /** Won and lost deals closed in the look-back window. */
  won: number;
  lost: number;
  /** won ÷ (won + lost) in the window, or null when the owner closed nothing there. */
  winRate: number | null;
  /** Σ won amount in the window ÷ won deals with an amount there, or null without any. */
  averageWonAmount: number | null;
}

export interface ByOwnerOptions {
  period: { start: number; end: number };
  /** Look-back window of win rates, day numbers, both ends inclusive. */
  window: { start: number; end: number };
}

/**
 * Computes each owner's figures in one pass, with the same rules as the team's: amounts
 * that are missing are left out of sums, probabilities fall back to the stage default, and
 * deals without one add nothing to the forecast. Owners come largest open pipeline first.
 *
 * @example computeByOwner(table, { period: Q2, window })
 * // [{ owner: "Ann", openDeals: 3, openPipeline: 450000, winRate: 0.5, … }, { owner: "Bob", … }]
 */
export function computeByOwner(table: DealTable, options: ByOwnerOptions): OwnerFigures[] {
  const { period, window } = options;
  // One slot per distinct owner text, indexed by the table's owner codes. Typed arrays keep
  // the loop free of per-owner objects.
  const owners = table.ownerNames.length;
  const deals = new Float64Array(owners);
  const openDeals = new Float64Array(owners);
  const openPipeline = new Float64Array(owners);
  const periodPipeline = new Float64Array(owners);
  const wonInPeriod = new Float64Array(owners);
  const weightedForecast = new Float64Array(owners);
  const wonCount = new Float64Array(owners);
  const lostCount = new Float64Array(owners);
  const wonAmount = new Float64Array(owners);
  const wonWithAmount = new Float64Array(owners);

  const { open, won, lost } = dealsOfKind(table);
  for (let i = 0; i < table.size; i++) deals[table.ownerCode[i]]++;

  // The loops are branchless (see ../branchless), because blank amounts and close dates in
  // and out of the period come in no order: each test becomes 0 or 1 and selects what to add.
  for (let k = 0; k < open.length; k++) {
    const i = open[k];
    const code = table.ownerCode[i];
    const amount = table.amount[i];
    const close = table.close[i];
    const inPeriod = isBetween(close, period.start, period.end);
    openDeals[code]++;
    openPipeline[code] += amountIf(1, amount);
    periodPipeline[code] += amountIf(inPeriod, amount);
    // A deal without a probability or stage default adds nothing to the forecast.
    const probability = valueOr(table.probability[i], table.stageProbability[i]);
    const counted = inPeriod & isNumber(amount) & isNumber(probability);
    weightedForecast[code] += select(counted, amount * probability, 0);
  }

  for (let k = 0; k < won.length; k++) {
    const i = won[k];
    const code = table.ownerCode[i];
    const amount = table.amount[i];
    const close = table.close[i];
    const inPeriod = isBetween(close, period.start, period.end);
    const inWindow = isBetween(close, window.start, window.end);
    wonInPeriod[code] += amountIf(inPeriod, amount);
    wonCount[code] += inWindow;
    wonAmount[code] += amountIf(inWindow, amount);
    wonWithAmount[code] += inWindow & isNumber(amount);
  }

  for (let k = 0; k < lost.length; k++) {
    const i = lost[k];
    const close = table.close[i];
    lostCount[table.ownerCode[i]] += isBetween(close, window.start, window.end);
  }

  const figures: OwnerFigures[] = [];
  for (let code = 0; code < owners; code++) {
    if (deals[code] === 0) continue;
    const closed = wonCount[code] + lostCount[code];
    figures.push({
      owner: table.ownerNames[code],
      openDeals: openDeals[code],
      openPipeline: openPipeline[code],
      periodPipeline: periodPipeline[code],
      wonInPeriod: wonInPeriod[code],
      weightedForecast: weightedForecast[code],
      won: wonCount[code],
      lost: lostCount[code],
      winRate: closed === 0 ? null : wonCount[code] / closed,
      averageWonAmount: wonWithAmount[code] === 0 ? null : wonAmount[code] / wonWithAmount[code],
    });
  }
  return figures.sort((a, b) => b.openPipeline - a.openPipeline || compareText(a.owner, b.owner));
}
