/**
 * Sales of the twelve months up to the as-of date: the basis of next year's quota plan.
 */
import { compareText } from "../text";
import { dayFromParts, daysInMonth, partsFromDay } from "../dates";
import { periodContaining } from "../periods";
import { KIND, type DealTable } from "../types";

export interface TrailingYearSales {
  /** First and last day of the twelve months, day numbers, both ends inclusive. */
  start: number;
  end: number;
  /** Σ amount over won deals closed in those months. */
  total: number;
  /** Won amount per fiscal month, the fiscal year's first month first. */
  monthly: number[];
  /** Won amount per owner, largest first; "" is the deals without an owner. */
  byOwner: { owner: string; amount: number }[];
  /** Won deals of those months without a readable amount, left out. */
  amountMissing: number;
  /** Won deals of those months in another currency than the table's main one, left out of the sums. */
  otherCurrency: number;
  /** Won deals without a close date, which fall in no month, left out. */
  closeMissing: number;
}

/**
 * Sums the won deals of the twelve months that end on the as-of date, by fiscal month and by
 * owner, in one pass. A trailing year has complete data whenever the plan is made, while
 * the current fiscal year would be partial. The month of the as-of date is whole, because
 * its first days fall in this year and its last days in the year before.
 *
 * @example trailingYearSales(table, { asOf: dayFromIso("2026-12-01"), fiscalYearStartMonth: 4 })
 * // 2025-12-02 .. 2026-12-01; monthly[0] is April's sales, monthly[11] March's
 */
export function trailingYearSales(table: DealTable, options: { asOf: number; fiscalYearStartMonth: number }): TrailingYearSales {
  const { year, month, day } = partsFromDay(options.asOf);
  const start = dayFromParts(year - 1, month, Math.min(day, daysInMonth(year - 1, month))) + 1;
  const monthly = new Array<number>(12).fill(0);
  const owners = new Map<string, number>();
  let total = 0;
  let amountMissing = 0;
  let otherCurrency = 0;
  let closeMissing = 0;

  for (let i = 0; i < table.size; i++) {
    if (table.kind[i] !== KIND.won) continue;
    const close = table.close[i];
    if (Number.isNaN(close)) {
      closeMissing++;
      continue;
    }
    if (!(close >= start && close <= options.asOf)) continue;
    const amount = table.amount[i];
    if (Number.isNaN(amount)) {
      if (Number.isNaN(table.otherCurrencyAmount[i])) amountMissing++;
      else otherCurrency++;
      continue;
    }
    const closeMonth = partsFromDay(close).month;
    monthly[(closeMonth - options.fiscalYearStartMonth + 12) % 12] += amount;
    owners.set(table.owner[i], (owners.get(table.owner[i]) ?? 0) + amount);
    total += amount;
  }

  const byOwner = [...owners.entries()]
    .map(([owner, amount]) => ({ owner, amount }))
    .sort((a, b) => b.amount - a.amount || compareText(a.owner, b.owner));
  return { start, end: options.asOf, total, monthly, byOwner, amountMissing, otherCurrency, closeMissing };
}

/** Returns the fiscal year after the one containing `day`, as first and last day numbers and a label. */
export function nextFiscalYear(day: number, fiscalYearStartMonth: number): { start: number; end: number; label: string } {
  const current = periodContaining(day, "year", fiscalYearStartMonth);
  return periodContaining(current.end + 1, "year", fiscalYearStartMonth);
}
