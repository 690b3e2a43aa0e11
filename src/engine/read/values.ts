/**
 * Reading single cell values: amounts, probabilities and dates, in the forms that CRM
 * exports and hand-kept workbooks use. Every reader returns NaN for a value it cannot
 * read, so that the caller can report the cell instead of guessing.
 */
import { dayFromParts, dayFromSerial, dayFromUtcDate } from "../dates";
import type { CellValue } from "../types";
import { parseChineseNumeral } from "./chinese-numerals";
import { CURRENCY_MARKERS, currencyOfMarker, type YenCurrency } from "./currency";

/** Excel error values as Office.js and file readers return them in cells. */
const CELL_ERRORS = new Set([
  "#N/A",
  "#REF!",
  "#VALUE!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#GETTING_DATA",
  "#BUSY!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
]);

export function isBlank(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  return false;
}

export function isCellError(value: CellValue): boolean {
  if (typeof value !== "string" || value.length === 0) return false;
  // Every error text starts with "#"; the test skips the trimming and the set for other text,
  // which is nearly every cell. A character code of 32 or less is leading white space.
  const first = value.charCodeAt(0);
  if (first !== 35 && first > 32) return false;
  return CELL_ERRORS.has(value.trim().toUpperCase());
}

/** Text of a cell as a user would read it, for messages and text fields. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** Locales whose short dates put the day first (03/05/2026 is 3 May). */
const DAY_FIRST_LANGUAGES = new Set([
  "en-GB", "en-AU", "en-NZ", "en-IE", "en-IN", "en-ZA", "en-SG", "en-HK",
  "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "tr", "sv", "da", "nb", "fi", "cs", "el", "id", "vi", "th", "ar", "he", "uk", "ro", "hu",
]);

/** Locales that write 1.234,56: a comma decimal separator and dots or spaces for thousands. */
const DECIMAL_COMMA_LANGUAGES = new Set([
  "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "tr", "sv", "da", "nb", "fi", "cs", "el", "id", "vi", "uk", "ro", "hu",
]);

/** Matches a tag in any case, and in the POSIX form "en_GB" as well as "en-GB". */
function localeMatches(locale: string, set: Set<string>): boolean {
  const [language, region] = locale.trim().split(/[-_]/);
  const languageCode = language.toLowerCase();
  if (region && set.has(`${languageCode}-${region.toUpperCase()}`)) return true;
  return set.has(languageCode);
}

export function isDayFirstLocale(locale: string): boolean {
  return localeMatches(locale, DAY_FIRST_LANGUAGES);
}

export function usesDecimalComma(locale: string): boolean {
  return localeMatches(locale, DECIMAL_COMMA_LANGUAGES);
}

/** Maps full-width digits, signs and separators (０-９，．－) to their ASCII forms. */
export function toHalfWidth(text: string): string {
  // Most text has no full-width character, and one scan of the codes is cheaper than two replaces.
  let hasFullWidth = false;
  for (let c = 0; c < text.length; c++) {
    const code = text.charCodeAt(c);
    if (code === 0x3000 || (code >= 0xff01 && code <= 0xff5e)) {
      hasFullWidth = true;
      break;
    }
  }
  if (!hasFullWidth) return text;
  return text.replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

const UNIT_MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3, 百万: 1e6, k: 1e3, K: 1e3, m: 1e6, M: 1e6, mm: 1e6, MM: 1e6, bn: 1e9 };

export interface AmountOptions {
  /** Read "1.234,56" as 1234.56; set only when the workbook's or file's locale uses a decimal comma. */
  decimalComma?: boolean;
  /** Factor from the column header's unit, such as 10000 for "金额（万元）". */
  scale?: number;
}

export interface AmountCurrencyOptions extends AmountOptions {
  /** Currency of the signs ¥ and ￥, CNY by default. The deals reader sets JPY when the table points to the yen. */
  yen?: YenCurrency;
}

/**
 * Reads an amount from a number or from text with currency signs or codes, thousands
 * separators, Chinese units, Chinese numerals and accounting negatives. Excel's accounting
 * format shows zero as a dash, so a dash alone ("-", "$ -") is 0. Returns NaN when the
 * value is not an amount.
 *
 * @example parseAmount("¥1,200") // 1200
 * @example parseAmount("1.2万") // 12000
 * @example parseAmount("$3.5k") // 3500
 * @example parseAmount("(1,200)") // -1200
 * @example parseAmount("人民币一百二十万元") // 1200000
 * @example parseAmount("$ -") // 0
 */
export function parseAmount(value: CellValue, options: AmountOptions = {}): number {
  if (typeof value === "number") return Number.isFinite(value) ? value * (options.scale ?? 1) : NaN;
  if (typeof value !== "string") return NaN;
  return readAmountText(value, options).amount;
}

/**
 * Reads an amount as `parseAmount` does, together with the ISO 4217 code of the currency
 * that the cell names by sign, code or Chinese name: ¥ ￥ RMB CNY 元 人民币 are CNY (¥ and ￥
 * are JPY when `options.yen` is "JPY"), $ US$ USD 美元 are USD, HK$ HKD, € EUR, £ GBP, and so
 * on. The currency is null for numbers and for text without a currency. A cell that names
 * two different currencies ("$5 RMB") cannot be read, so its amount is NaN.
 *
 * @example parseAmountWithCurrency("US$1,200") // { amount: 1200, currency: "USD" }
 * @example parseAmountWithCurrency("¥5万", { yen: "JPY" }) // { amount: 50000, currency: "JPY" }
 * @example parseAmountWithCurrency(1200) // { amount: 1200, currency: null }
 */
export function parseAmountWithCurrency(value: CellValue, options: AmountCurrencyOptions = {}): { amount: number; currency: string | null } {
  if (typeof value !== "string") return { amount: parseAmount(value, options), currency: null };

  const { amount, markers } = readAmountText(value, options);
  const yen = options.yen ?? "CNY";
  if (markers.length === 0) return { amount, currency: null };
  const currency = currencyOfMarker(markers[0], yen);
  for (let m = 1; m < markers.length; m++) if (currencyOfMarker(markers[m], yen) !== currency) return { amount: NaN, currency: null };
  return { amount, currency };
}

/** A decimal number without sign, unit or currency, with or without thousands separators. */
const PLAIN_DECIMAL = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** Currency signs that are a whole marker on their own when they start an amount. */
const LEADING_SIGNS = new Set(["$", "¥", "￥", "€", "£", "￡", "₩", "￦", "₹"]);

function removeCommas(text: string): string {
  return text.includes(",") ? text.replace(/,/g, "") : text;
}

/**
 * Text made only of characters that belong to no currency marker: digits, separators, signs,
 * brackets, spaces and Chinese units. Half-width text is tested, so full-width letters and
 * signs have already become ASCII.
 */
const NO_CURRENCY_TEXT = /^[\d\s.,'+\-−–()万亿千百整负]*$/;

/** Reads amount text, returning the currency markers it removed on the way. */
function readAmountText(value: string, options: AmountOptions): { amount: number; markers: string[] } {
  const scale = options.scale ?? 1;
  const markers: string[] = [];
  let text = toHalfWidth(value).trim();
  if (text === "") return { amount: NaN, markers };
  // Plain digits with optional thousands separators, the commonest amount text, need none
  // of the steps below, nor does the same after one currency sign ("¥12,345"). With a
  // decimal comma the separators mean something else.
  if (!options.decimalComma) {
    if (PLAIN_DECIMAL.test(text)) return { amount: Number(removeCommas(text)) * scale, markers };
    if (LEADING_SIGNS.has(text[0]) && PLAIN_DECIMAL.test(text.slice(1))) {
      markers.push(text[0]);
      return { amount: Number(removeCommas(text.slice(1))) * scale, markers };
    }
    // One unit letter after plain digits ("1.2万", "3.5k"), multiplied as readUnsignedAmount does.
    const unit: number | undefined = UNIT_MULTIPLIERS[text[text.length - 1]];
    if (unit !== undefined && PLAIN_DECIMAL.test(text.slice(0, -1))) return { amount: Number(removeCommas(text.slice(0, -1))) * unit * scale, markers };
  }

  // Brackets are looked for after the currency is removed, because Excel's accounting
  // format writes a negative as "$ (1,200.00)" and its currency format as "($1,200.00)".
  // A trailing 整 ("exactly") ends amounts written in financial numerals: 壹万元整.
  if (!NO_CURRENCY_TEXT.test(text)) {
    text = text.replace(CURRENCY_MARKERS, (marker) => {
      markers.push(marker);
      return "";
    });
  }
  text = text.replace(/[\s\u00A0\u202F']/g, "").replace(/(?<=.)整$/, "");
  if (/^[-−–]$/.test(text)) return { amount: 0, markers };

  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1);
  }
  if (/^[-−–负]/.test(text)) {
    negative = !negative;
    text = text.slice(1);
  }

  const number = readUnsignedAmount(text, options.decimalComma ?? false);
  if (Number.isNaN(number)) return { amount: NaN, markers };
  const amount = number * scale;
  return { amount: negative ? -amount : amount, markers };
}

/**
 * Reads an amount without sign or currency: a plain number with an optional unit suffix
 * ("1.2万", "3.5k"), or else Chinese numerals ("一百二十万", "12万5千").
 */
function readUnsignedAmount(text: string, decimalComma: boolean): number {
  const unitMatch = /(百万|万|亿|千|mm|MM|bn|k|K|m|M)$/.exec(text);
  let digits = text;
  let multiplier = 1;
  if (unitMatch) {
    multiplier = UNIT_MULTIPLIERS[unitMatch[1]];
    digits = text.slice(0, -unitMatch[1].length);
  }
  const number = parsePlainNumber(digits, decimalComma);
  if (!Number.isNaN(number)) return number * multiplier;

  // Chinese numerals read "." as the decimal point, so "1.200万5千" in a decimal-comma
  // locale would be misread and is left unread instead.
  if (decimalComma && text.includes(".")) return NaN;
  return parseChineseNumeral(text);
}

/**
 * Parses digits with optional thousands separators and one decimal separator. Thousands
 * groups must have three digits, so "1,2" is rejected rather than read as 12.
 */
const DECIMAL_POINT_NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
const DECIMAL_COMMA_NUMBER = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;
const SHORT_DECIMAL = /^\.(\d+)$/;

function parsePlainNumber(text: string, decimalComma: boolean): number {
  const thousands = decimalComma ? "." : ",";
  if (!decimalComma && SHORT_DECIMAL.test(text)) return Number("0" + text);
  const match = (decimalComma ? DECIMAL_COMMA_NUMBER : DECIMAL_POINT_NUMBER).exec(text);
  if (!match) return NaN;
  const whole = match[1].split(thousands).join("");
  const fraction = match[2] ?? "";
  return Number(fraction ? `${whole}.${fraction}` : whole);
}

/**
 * Reads a probability cell without deciding its scale: numbers stay as written, text
 * "60%" becomes the fraction 0.6 and is flagged as already scaled. The column rule of
 * `scaleProbabilityColumn` then decides whether plain numbers are fractions or percents.
 */
export function parseProbabilityCell(value: CellValue): { number: number; percentSign: boolean } {
  if (typeof value === "number") return { number: Number.isFinite(value) ? value : NaN, percentSign: false };
  if (typeof value !== "string") return { number: NaN, percentSign: false };
  const text = toHalfWidth(value).trim().replace(/\s/g, "");
  if (text.endsWith("%")) {
    const number = parsePlainNumber(text.slice(0, -1), false);
    return { number: number / 100, percentSign: true };
  }
  return { number: parsePlainNumber(text, false), percentSign: false };
}

/**
 * Converts a column of raw probability numbers to fractions in place, by the column rule:
 * when every plain number lies within 0..1 they are fractions, otherwise numbers within
 * 0..100 are percents. Values outside 0..100 become NaN and their indexes are returned.
 *
 * @example scaleProbabilityColumn([0.2, 0.6]) // stays [0.2, 0.6]
 * @example scaleProbabilityColumn([20, 0.5, 60]) // becomes [0.2, 0.005, 0.6]
 *
 * NOTE: Excel stores a cell formatted as a percentage as its fraction (60% is 0.6), and
 * cell values carry no number format here, so such a cell in a column that also contains a
 * plain 60 reads as 0.6%.
 */
export function scaleProbabilityColumn(numbers: Float64Array, alreadyFractions?: Uint8Array): number[] {
  let allFractions = true;
  for (let i = 0; i < numbers.length; i++) {
    if (alreadyFractions?.[i]) continue;
    const value = numbers[i];
    if (!Number.isNaN(value) && (value < 0 || value > 1)) {
      allFractions = false;
      break;
    }
  }

  // Every plain number lies within 0..1, so without percent-sign cells nothing changes or is invalid.
  if (allFractions && !alreadyFractions?.includes(1)) return [];

  const invalid: number[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const value = numbers[i];
    if (Number.isNaN(value)) continue;
    if (alreadyFractions?.[i]) {
      if (value < 0 || value > 1) {
        numbers[i] = NaN;
        invalid.push(i);
      }
      continue;
    }
    if (value < 0 || value > 100) {
      numbers[i] = NaN;
      invalid.push(i);
    } else if (!allFractions) {
      numbers[i] = value / 100;
    }
  }
  return invalid;
}

export type DateOrder = "MDY" | "DMY";

export interface DateOptions {
  date1904?: boolean;
  /** Order of day and month in forms like 03/05/2026; decided per column or from the locale. */
  order?: DateOrder;
}

/**
 * Two-digit years follow Excel's window: 00-29 are 2000-2029 and 30-99 are 1930-1999.
 */
export function expandTwoDigitYear(year: number): number {
  return year < 30 ? 2000 + year : 1900 + year;
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s].*)?$/;
const YMD_DATE = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:\s.*)?$/;
const CHINESE_DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(?:\s.*)?$/;
const SLASH_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[\sT].*)?$/;
/** "5-Mar-2026", "05 Mar 26", "5 March 2026": Excel's d-mmm-yy and the long English form. */
const DAY_MONTH_NAME_DATE = /^(\d{1,2})[-\s/]([A-Za-z]{3,9})\.?[-\s/,]+(\d{2}|\d{4})(?:\s.*)?$/;
/** "Mar 5, 2026", "March 5 2026": the US order with the month's name. */
const MONTH_NAME_DAY_DATE = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:\s.*)?$/;

/** Month numbers by English name, full and short ("Sept" as well as "Sep"), in lower case. */
const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"].flatMap(
    (name, index): [string, number][] => [
      [name, index + 1],
      [name.slice(0, 3), index + 1],
    ],
  ).concat([["sept", 9]]),
);

/**
 * Reads a date cell into a day number; NaN when the value is not a date or the date does
 * not exist. The calendar day is taken as written: times and time-zone offsets are dropped,
 * never applied.
 *
 * @example parseDate("2026年3月5日") // day number of 2026-03-05
 * @example parseDate("2024-01-22T16:14:25.000+0000") // 2024-01-22
 * @example parseDate("03/05/2026", { order: "DMY" }) // 2026-05-03
 * @example parseDate("5-Mar-2026") // 2026-03-05
 * @example parseDate(46086) // 2026-03-05 (Excel serial)
 */
export function parseDate(value: CellValue, options: DateOptions = {}): number {
  if (typeof value === "number") {
    // Serial 1 is 1900-01-01; beyond 2958465 (9999-12-31) Excel shows ####.
    if (!Number.isFinite(value) || value < 1 || value > 2_958_465) return NaN;
    return dayFromSerial(value, options.date1904 ?? false);
  }
  if (value instanceof Date) return dayFromUtcDate(value);
  if (typeof value !== "string") return NaN;

  const text = toHalfWidth(value).trim();
  let match = ISO_DATE.exec(text) ?? YMD_DATE.exec(text) ?? CHINESE_DATE.exec(text);
  if (match) return dayFromParts(Number(match[1]), Number(match[2]), Number(match[3]));

  match = DAY_MONTH_NAME_DATE.exec(text);
  if (match) return dateWithMonthName(match[3], match[2], match[1]);
  match = MONTH_NAME_DAY_DATE.exec(text);
  if (match) return dateWithMonthName(match[3], match[1], match[2]);

  match = SLASH_DATE.exec(text);
  if (match) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    const yearText = match[3];
    const year = yearText.length === 2 ? expandTwoDigitYear(Number(yearText)) : Number(yearText);
    const order = options.order ?? "MDY";
    return order === "MDY" ? dayFromParts(year, first, second) : dayFromParts(year, second, first);
  }
  return NaN;
}

/** Day number of a date whose month is an English name; NaN for a name that is no month. */
function dateWithMonthName(yearText: string, monthName: string, dayText: string): number {
  const month = MONTH_NUMBERS.get(monthName.toLowerCase());
  if (month === undefined) return NaN;
  const year = yearText.length === 2 ? expandTwoDigitYear(Number(yearText)) : Number(yearText);
  return dayFromParts(year, month, Number(dayText));
}

/**
 * Decides day/month order for a column of text dates. A first number above 12 proves
 * day-first and a second number above 12 proves month-first. Otherwise the locale decides.
 */
export function detectDateOrder(values: Iterable<CellValue>, locale: string): DateOrder {
  for (const value of values) {
    if (typeof value !== "string" || !mayBeSlashDate(value)) continue;
    const match = SLASH_DATE.exec(toHalfWidth(value).trim());
    if (!match) continue;
    if (Number(match[1]) > 12) return "DMY";
    if (Number(match[2]) > 12) return "MDY";
  }
  return isDayFirstLocale(locale) ? "DMY" : "MDY";
}

/**
 * Tells, from its first three characters, whether a text may be a date that SLASH_DATE
 * matches: one or two digits, then a separator. Most date texts ("2026/3/5", serials
 * written as text) fail here, which is cheaper than the full test on every cell.
 */
function mayBeSlashDate(text: string): boolean {
  const first = text.charCodeAt(0);
  // Leading white space moves the separator, so such text takes the full test.
  if (first <= 32 || first === 0x3000) return true;
  return isDateSeparator(text.charCodeAt(1)) || isDateSeparator(text.charCodeAt(2));
}

/** "/", "." and "-", in half and full width. */
function isDateSeparator(code: number): boolean {
  return code === 0x2f || code === 0x2e || code === 0x2d || code === 0xff0f || code === 0xff0e || code === 0xff0d;
}

/** Reads a yes/no flag such as IsWon: TRUE/FALSE, 1/0, yes/no, 是/否; null when blank or unknown. */
export function parseFlag(value: CellValue): boolean | null {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (value === 1) return true;
    if (value === 0) return false;
    return null;
  }
  if (typeof value !== "string") return null;
  const text = value.trim().toLowerCase();
  if (["true", "1", "yes", "y", "是", "已"].includes(text)) return true;
  if (["false", "0", "no", "n", "否"].includes(text)) return false;
  return null;
}
