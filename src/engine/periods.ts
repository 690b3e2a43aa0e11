/**
 * Report periods: the fiscal quarter, month or year that contains an as-of date.
 */
import { dayFromParts, daysInMonth, partsFromDay } from "./dates";

export type PeriodKind = "quarter" | "month" | "year";

export interface Period {
  kind: PeriodKind;
  /** First day, as a day number. */
  start: number;
  /** Last day, inclusive, as a day number. */
  end: number;
  /** Short label: "2026-Q2", "2026-05", "2026", or "FY2027-Q1" when the fiscal year starts after January. */
  label: string;
}

/**
 * Returns the fiscal period of the given kind that contains `asOf`. A fiscal year that
 * starts in a month other than January is named after the calendar year it ends in,
 * as Microsoft and most US companies do.
 *
 * @example periodContaining(dayFromIso("2026-06-17"), "quarter", 1) // 2026-04-01 .. 2026-06-30, "2026-Q2"
 * @example periodContaining(dayFromIso("2026-06-17"), "quarter", 4) // 2026-04-01 .. 2026-06-30, "FY2027-Q1"
 */
export function periodContaining(asOf: number, kind: PeriodKind, fiscalYearStartMonth = 1): Period {
  const { year, month } = partsFromDay(asOf);
  const monthsIntoYear = (month - fiscalYearStartMonth + 12) % 12;
  const fiscalStartYear = month >= fiscalYearStartMonth ? year : year - 1;
  const fiscalYearName = fiscalYearStartMonth === 1 ? fiscalStartYear : fiscalStartYear + 1;
  const prefix = fiscalYearStartMonth === 1 ? `${fiscalYearName}` : `FY${fiscalYearName}`;

  if (kind === "month") {
    const start = dayFromParts(year, month, 1);
    return { kind, start, end: start + daysInMonth(year, month) - 1, label: `${year}-${String(month).padStart(2, "0")}` };
  }

  const firstMonthOffset = kind === "year" ? 0 : monthsIntoYear - (monthsIntoYear % 3);
  const monthCount = kind === "year" ? 12 : 3;
  const start = monthStart(fiscalStartYear, fiscalYearStartMonth + firstMonthOffset);
  const end = monthStart(fiscalStartYear, fiscalYearStartMonth + firstMonthOffset + monthCount) - 1;
  const label = kind === "year" ? prefix : `${prefix}-Q${Math.floor(monthsIntoYear / 3) + 1}`;
  return { kind, start, end, label };
}

/** First day of a month given as a year and a month count that may run past 12. */
function monthStart(year: number, month: number): number {
  const yearOffset = Math.floor((month - 1) / 12);
  return dayFromParts(year + yearOffset, month - 12 * yearOffset, 1);
}

/** Number of days in a period, both ends included. */
export function periodDays(period: { start: number; end: number }): number {
  return period.end - period.start + 1;
}

/**
 * Returns the ISO weekday of a day number: 1 is Monday, 7 is Sunday. Day 0, 1970-01-01,
 * was a Thursday.
 *
 * @example isoWeekday(dayFromIso("2026-06-14")) // 7, a Sunday
 */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/**
 * Returns the seven-day week that contains `asOf`, starting on `weekStart` (ISO numbering:
 * 1 is Monday, 7 is Sunday). Throws a RangeError when `weekStart` is not an integer 1-7.
 *
 * @example weekContaining(dayFromIso("2026-06-14"), 1) // 2026-06-08 .. 2026-06-14, Monday to Sunday
 * @example weekContaining(dayFromIso("2026-06-14"), 7) // 2026-06-14 .. 2026-06-20, Sunday to Saturday
 */
export function weekContaining(asOf: number, weekStart: number): { start: number; end: number } {
  if (!Number.isInteger(weekStart) || weekStart < 1 || weekStart > 7) {
    throw new RangeError(`Invalid week start ${weekStart}: expected an ISO weekday from 1 (Monday) to 7 (Sunday).`);
  }
  const daysSinceStart = (isoWeekday(asOf) - weekStart + 7) % 7;
  const start = asOf - daysSinceStart;
  return { start, end: start + 6 };
}
