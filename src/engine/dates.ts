/**
 * Calendar days as whole numbers ("day numbers": days since 1970-01-01), so that date
 * arithmetic is integer arithmetic and no time zone can move a date to the previous day.
 */

const MS_PER_DAY = 86_400_000;

/** Days between Excel's 1900-system day 0 (1899-12-30, after Excel's 1900 leap-year bug) and 1970-01-01. */
export const EXCEL_1900_OFFSET = 25_569;
/** Days between the 1904 system's day 0 (1904-01-01) and 1970-01-01. */
export const EXCEL_1904_OFFSET = 24_107;

/**
 * Returns the day number of a calendar date, or NaN when the date does not exist.
 *
 * @example dayFromParts(2026, 1, 1) // 20454
 * @example dayFromParts(2026, 2, 30) // NaN, never rolled over to March
 */
export function dayFromParts(year: number, month: number, day: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return NaN;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Splits a day number into year, month (1-12) and day of month. */
export function partsFromDay(dayNumber: number): { year: number; month: number; day: number } {
  const date = new Date(dayNumber * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * Formats a day number as ISO 8601 (YYYY-MM-DD).
 *
 * @example isoFromDay(20454) // "2026-01-01"
 */
export function isoFromDay(dayNumber: number): string {
  const { year, month, day } = partsFromDay(dayNumber);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Parses a strict ISO calendar date (YYYY-MM-DD) into a day number; NaN otherwise.
 *
 * @example dayFromIso("2026-06-17") // 20621
 */
export function dayFromIso(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return NaN;
  return dayFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * Converts an Excel serial date (fraction = time of day, dropped) to a day number. The
 * 1900 system counts a 29 February 1900 that never was (serial 60, returned as NaN), so
 * serials 1-59 (1900-01-01 .. 1900-02-28) lie one day later than the offset alone gives.
 *
 * @example dayFromSerial(46086) // 20517, 2026-03-05
 */
export function dayFromSerial(serial: number, date1904 = false): number {
  const whole = Math.floor(serial);
  if (date1904) return whole - EXCEL_1904_OFFSET;
  if (whole === 60) return NaN;
  return whole < 60 ? whole - EXCEL_1900_OFFSET + 1 : whole - EXCEL_1900_OFFSET;
}

/** Converts a day number to an Excel serial date in the 1900 system; exact from 1900-03-01 (serial 61) on. */
export function serialFromDay(dayNumber: number): number {
  return dayNumber + EXCEL_1900_OFFSET;
}

/**
 * Returns the calendar day that a JavaScript Date stands for. Spreadsheet readers such
 * as exceljs build date cells at UTC midnight, so the UTC fields are the day as written.
 */
export function dayFromUtcDate(date: Date): number {
  const time = date.getTime();
  if (Number.isNaN(time)) return NaN;
  return Math.floor(time / MS_PER_DAY);
}

/** Returns today's day number in the time zone of the machine that runs the code. */
export function todayInLocalZone(now: Date = new Date()): number {
  return dayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
