/**
 * Date and period arguments of the custom functions. Dates arrive as serial numbers in the
 * workbook's date system, or as text that the reader understands ("2026-03-05",
 * "2026/3/5", "2026年3月5日"). They leave the coercion layer as day numbers (days since
 * 1970-01-01), which is what the engine computes with.
 */
import { todayInLocalZone } from "../engine/dates";
import { cellText, detectDateOrder, parseDate, type DateOrder } from "../engine/read/values";
import type { CellValue } from "../engine/types";
import { ArgumentProblem, readCells, readScalar, readWholeNumber, type RangeNumbers } from "./coerce";
import { usesDateSystem1904 } from "./date-system";

/** The periods to date of PERIODTODATE and ATTAINMENT, as the report names them. */
export type PeriodKey = "YTD" | "QTD" | "MTD" | "WTD";

/**
 * Names of each period, compared after trimming and lower-casing. The report's own keys
 * come first, then the period's name in English and in Chinese.
 */
const PERIOD_NAMES: Record<PeriodKey, readonly string[]> = {
  YTD: ["ytd", "year", "y", "年", "年度", "本年", "年初至今", "本年至今"],
  QTD: ["qtd", "quarter", "q", "季", "季度", "本季", "本季度", "季初至今", "本季度至今"],
  MTD: ["mtd", "month", "m", "月", "月度", "本月", "月初至今", "本月至今"],
  WTD: ["wtd", "week", "w", "周", "本周", "周初至今", "本周至今"],
};

/**
 * Returns the locale that decides ambiguous text dates such as 03/05/2026: Office's
 * content language, which is the workbook's editing language, else en-US.
 */
function functionsLocale(): string {
  if (typeof Office === "undefined") return "en-US";
  return Office.context?.contentLanguage || Office.context?.displayLanguage || "en-US";
}

/**
 * Reads a range of dates into day numbers, NaN for a blank cell or 0. The order of day and month
 * in text such as 03/05/2026 is decided once for the whole range, as the reader decides it
 * for a column. Throws "unreadableDate" naming the argument and the row for anything else.
 *
 * @example readDates("dates", [[46086], ["2026年3月5日"]]).values // both 20517, the day number of 2026-03-05
 */
export function readDates(argument: string, range: unknown): RangeNumbers {
  const date1904 = usesDateSystem1904();
  let order: DateOrder | null = null;
  const orderFor = (): DateOrder => {
    order ??= detectDateOrder(textsOf(range), functionsLocale());
    return order;
  };

  const serialOptions = { date1904 };
  return readCells(
    argument,
    range,
    (value, _index, details) => {
      const day = typeof value === "string" ? parseDate(value, { order: orderFor() }) : parseDate(value as CellValue, serialOptions);
      if (Number.isNaN(day)) throw new ArgumentProblem("unreadableDate", details);
      return day;
    },
    (serial) => {
      // Excel on Windows and Mac passes a blank cell as 0, which is no date (serial 1 is 1900-01-01).
      if (serial === 0) return NaN;
      const day = parseDate(serial, serialOptions);
      return Number.isNaN(day) ? null : day;
    },
  );
}

/** Lists the text cells of a range argument, for deciding the day and month order. */
function* textsOf(range: unknown): Iterable<CellValue> {
  if (!Array.isArray(range)) {
    if (typeof range === "string") yield range;
    return;
  }
  for (const row of range) {
    for (const cell of Array.isArray(row) ? row : [row]) if (typeof cell === "string") yield cell;
  }
}

/**
 * Reads the as-of date: a date serial or date text, or today in the user's time zone when
 * the argument is blank or omitted.
 *
 * @example readAsOf("as_of", null) // today's day number
 */
export function readAsOf(argument: string, value: unknown): number {
  const { plain, details } = readScalar(argument, value);
  // A blank cell that Excel on Windows and Mac passes as 0 means "no date" too.
  if (plain === null || plain === 0) return todayInLocalZone();

  const order = detectDateOrder([plain as CellValue], functionsLocale());
  const day = parseDate(plain as CellValue, { date1904: usesDateSystem1904(), order });
  if (Number.isNaN(day)) throw new ArgumentProblem("unreadableDate", details);
  return day;
}

/**
 * Reads a period to date: YTD, QTD, MTD or WTD, or the period's name in English or Chinese
 * ("quarter", "季度", "本季度至今"). Throws "unknownPeriod" for anything else, blank included.
 *
 * @example readPeriodKey("period", "季度") // "QTD"
 */
export function readPeriodKey(argument: string, value: unknown): PeriodKey {
  const { plain } = readScalar(argument, value);
  const written = plain === null ? "" : cellText(plain as CellValue);
  const text = written.toLowerCase();
  for (const key of Object.keys(PERIOD_NAMES) as PeriodKey[]) {
    if (PERIOD_NAMES[key].includes(text)) return key;
  }
  throw new ArgumentProblem("unknownPeriod", { argument, value: written });
}

/**
 * Reads the month (1–12) in which the fiscal year starts; 1 (January) when blank or omitted.
 * Throws "monthOutOfRange" (#NUM!) for other numbers.
 *
 * @example readFiscalYearStartMonth("fy_start_month", 4) // 4: the fiscal year starts in April
 */
export function readFiscalYearStartMonth(argument: string, value: unknown): number {
  const month = readWholeNumber(argument, value, { min: 1, fallback: 1 });
  if (month > 12) throw new ArgumentProblem("monthOutOfRange", { argument, value });
  return month;
}
