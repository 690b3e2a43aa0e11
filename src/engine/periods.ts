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
