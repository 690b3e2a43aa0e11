/**
 * Period to date: what was won so far in the fiscal year, quarter, month and week that
 * contain the as-of date, against each period's full quota.
 */
import { dayFromParts, isoFromDay, partsFromDay } from "../dates";
import { periodContaining, periodDays, weekContaining } from "../periods";
import { quotaForPeriod, type PeriodQuota } from "../quotas";
import { amountIf, bit, isNumber } from "../branchless";
import { dealsOfKind } from "../table";
import type { DealTable, QuotaEntry } from "../types";

export interface PeriodToDateOptions {
  /** As-of date as a day number: the last day counted, inclusive. */
  asOf: number;
  /** Month (1-12) in which the fiscal year starts. */
  fiscalYearStartMonth: number;
  /** First day of the week, ISO numbering: 1 is Monday, 7 is Sunday. */
  weekStart: number;
  quotas: QuotaEntry[];
  /** Owner whose won deals and quota count; the whole team when absent. */
  owner?: string;
}

/** Why attainment and pace are null: no quota covers the period, or its quota is zero. */
export type PeriodToDateReason = "noPlan" | "planZero";

export interface PeriodToDate {
  /** First day of the full period, ISO 8601. */
  start: string;
  /** Last day of the full period, ISO 8601, which may lie after the as-of date. */
  end: string;
  /** Σ amount over won deals closed from `start` to the as-of date, both inclusive. */
  won: number;
  /** Quota of the full period, or null when no quota row covers it. */
  plan: number | null;
  /** Source of the plan, as `quotaForPeriod` reports it. */
  planBasis: PeriodQuota["basis"];
  /** won ÷ plan; null when `reason` is set. */
  attainment: number | null;
  /** won ÷ (plan × elapsedDays ÷ periodDays): 1 means on track for the quota; null when `reason` is set. */
  pace: number | null;
  /** True when won ≥ plan; null when there is no plan. */
  quotaMet: boolean | null;
  reason: PeriodToDateReason | null;
  /** Days from `start` to the as-of date, both inclusive. */
  elapsedDays: number;
  periodDays: number;
}

export interface PeriodToDateResult {
  YTD: PeriodToDate;
  QTD: PeriodToDate;
  MTD: PeriodToDate;
  WTD: PeriodToDate;
  /** Won deals of the owner (or team) without a readable amount or close date, left out of every sum. */
  wonUnusable: number;
}

export type PeriodKey = "YTD" | "QTD" | "MTD" | "WTD";
type Range = { start: number; end: number };

/**
 * Returns the fiscal year, quarter and month and the week that contain the as-of date, as
 * day numbers with both ends inclusive.
 *
 * @example periodsContaining(dayFromIso("2026-05-15"), { fiscalYearStartMonth: 4, weekStart: 1 }).YTD // 2026-04-01 .. 2027-03-31
 */
export function periodsContaining(asOf: number, options: { fiscalYearStartMonth: number; weekStart: number }): Record<PeriodKey, Range> {
  return {
    YTD: periodContaining(asOf, "year", options.fiscalYearStartMonth),
    QTD: periodContaining(asOf, "quarter", options.fiscalYearStartMonth),
    MTD: periodContaining(asOf, "month", options.fiscalYearStartMonth),
    WTD: weekContaining(asOf, options.weekStart),
  };
}

/**
 * Computes won to date, plan, attainment and pace for the fiscal year, quarter, month and
 * week that contain the as-of date, in one pass over the deals.
 *
 * @example computePeriodToDate(table, { asOf: dayFromIso("2026-05-15"), fiscalYearStartMonth: 1, weekStart: 1, quotas })
 * // QTD: 2026-04-01 .. 2026-06-30, 45 of 91 days elapsed; with 300,000 won against a plan
 * // of 910,000: attainment 0.3297, pace 300,000 ÷ (910,000 × 45 ÷ 91) = 0.6667
 */
export function computePeriodToDate(table: DealTable, options: PeriodToDateOptions): PeriodToDateResult {
  const { asOf, owner } = options;
  const ranges = periodsContaining(asOf, options);

  // The week can start in the previous fiscal year, so each period tests its own start.
  const yearStart = ranges.YTD.start;
  const quarterStart = ranges.QTD.start;
  const monthStart = ranges.MTD.start;
  const weekStart = ranges.WTD.start;
  let yearWon = 0;
  let quarterWon = 0;
  let monthWon = 0;
  let weekWon = 0;
  let wonUnusable = 0;

  const { won } = dealsOfKind(table);
  for (let k = 0; k < won.length; k++) {
    const i = won[k];
    if (owner !== undefined && table.owner[i] !== owner) continue;
    const amount = table.amount[i];
    const close = table.close[i];
    // Branchless (see ../branchless), because close dates fall in and out of the periods in
    // no order. NaN compares false, so a deal without a close date is in no period.
    wonUnusable += 1 - (isNumber(amount) & isNumber(close));
    const toDate = bit(close <= asOf);
    yearWon += amountIf(toDate & bit(close >= yearStart), amount);
    quarterWon += amountIf(toDate & bit(close >= quarterStart), amount);
    monthWon += amountIf(toDate & bit(close >= monthStart), amount);
    weekWon += amountIf(toDate & bit(close >= weekStart), amount);
  }

  // NOTE: quotaForPeriod sums the rows that lie inside a period even when they cover only part
  // of it, so a year with quota rows for some of its months gets a plan of those months alone.
  return {
    YTD: rateToDate(ranges.YTD, yearWon, quotaForPeriod(options.quotas, ranges.YTD, owner), asOf),
    QTD: rateToDate(ranges.QTD, quarterWon, quotaForPeriod(options.quotas, ranges.QTD, owner), asOf),
    MTD: rateToDate(ranges.MTD, monthWon, quotaForPeriod(options.quotas, ranges.MTD, owner), asOf),
    WTD: rateToDate(ranges.WTD, weekWon, quotaForWeek(options.quotas, ranges.WTD, owner), asOf),
    wonUnusable,
  };
}

/**
 * Returns the quota of a week. With monthly quota rows, a week that spans two months neither
 * contains a row nor lies inside one, so each month's part is prorated on its own and the
 * parts are added. The week has no plan unless every part has one.
 *
 * @example quotaForWeek(monthly rows of 3,100 for May and 3,000 for June, 2026-05-28 .. 2026-06-03) // 4 × 100 + 3 × 100 = 700
 */
export function quotaForWeek(entries: QuotaEntry[], week: Range, owner?: string): PeriodQuota {
  const whole = quotaForPeriod(entries, week, owner);
  if (whole.amount !== null) return whole;

  const { year, month } = partsFromDay(week.end);
  const endMonthStart = dayFromParts(year, month, 1);
  if (endMonthStart <= week.start) return whole;

  const before = quotaForPeriod(entries, { start: week.start, end: endMonthStart - 1 }, owner);
  const after = quotaForPeriod(entries, { start: endMonthStart, end: week.end }, owner);
  if (before.amount === null || after.amount === null) return { amount: null, basis: "none" };
  return { amount: before.amount + after.amount, basis: "prorated" };
}

/** Builds one period's figures from its won total and its quota. */
function rateToDate(range: Range, won: number, quota: PeriodQuota, asOf: number): PeriodToDate {
  const elapsedDays = asOf - range.start + 1;
  const days = periodDays(range);
  const plan = quota.amount;
  const figures = {
    start: isoFromDay(range.start),
    end: isoFromDay(range.end),
    won,
    plan,
    planBasis: quota.basis,
    elapsedDays,
    periodDays: days,
  };

  if (plan === null) return { ...figures, attainment: null, pace: null, quotaMet: null, reason: "noPlan" };
  // The quota reader rejects negative rows, so this is a zero quota: nothing to divide by, yet met.
  if (plan <= 0) return { ...figures, attainment: null, pace: null, quotaMet: won >= plan, reason: "planZero" };

  const planToDate = (plan * elapsedDays) / days;
  return { ...figures, attainment: won / plan, pace: won / planToDate, quotaMet: won >= plan, reason: null };
}
