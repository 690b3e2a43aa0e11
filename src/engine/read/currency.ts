/**
 * Currencies of deals: ISO 4217 codes read from the signs, codes and names that amount
 * cells, currency columns and amount headers use, and the step that keeps amounts of
 * different currencies out of one sum. Amounts are never converted, because the
 * workbook gives no exchange rate.
 *
 * Ambiguous signs are read one way everywhere: $ is USD and 元 is CNY. ¥ is CNY unless the
 * amount header, the currency column or the locale points to JPY (see `chooseYenCurrency`).
 */
import { KIND, type DealTable } from "../types";

/** The currency that ¥ (and the full-width ￥) stands for: Chinese yuan or Japanese yen. */
export type YenCurrency = "CNY" | "JPY";

/** ISO 4217 codes that amount cells may carry next to the number ("USD 1,000", "5000CNY"). */
const CELL_CODES = ["CNY", "USD", "EUR", "GBP", "HKD", "JPY", "TWD", "SGD", "AUD", "CAD", "CHF", "KRW", "INR"];

/**
 * Currency markers in amount cells, longest first so that "US$" is one marker and not
 * "US" followed by "$". Letters may not touch a code or a prefixed $, but digits may,
 * so that "RMB5000" and "5000USD" are read.
 */
export const CURRENCY_MARKERS =
  /(?<![A-Za-z])(?:US|HK|NT|SG|AU|CA|S|A|C)\$|(?<![A-Za-z])(?:RMB|CNY|USD|EUR|GBP|HKD|JPY|TWD|SGD|AUD|CAD|CHF|KRW|INR)(?![A-Za-z])|人民币|美元|美金|欧元|英镑|日元|日圆|港币|港元|新台币|台币|新加坡元|新币|澳元|澳币|加元|加币|瑞士法郎|韩元|印度卢比|元|圆|円|[$¥￥€£￡₩￦₹]/gi;

const YEN_SIGNS = new Set(["¥", "￥"]);

/**
 * Amount text that names no currency outright: digits, separators, signs, brackets, Chinese
 * units and the yen signs, which stand for the yuan or the yen and so name neither.
 */
const PLAIN_AMOUNT_TEXT = /^[\d\s.,+\-()万亿千百¥￥]*$/;

/** Currency of each marker except the yen signs, keyed in upper case. */
const MARKER_CURRENCIES: Record<string, string> = {
  "US$": "USD",
  "HK$": "HKD",
  "NT$": "TWD",
  "SG$": "SGD",
  "S$": "SGD",
  "AU$": "AUD",
  "A$": "AUD",
  "CA$": "CAD",
  "C$": "CAD",
  RMB: "CNY",
  人民币: "CNY",
  元: "CNY",
  圆: "CNY",
  美元: "USD",
  美金: "USD",
  欧元: "EUR",
  英镑: "GBP",
  日元: "JPY",
  日圆: "JPY",
  円: "JPY",
  港币: "HKD",
  港元: "HKD",
  新台币: "TWD",
  台币: "TWD",
  新加坡元: "SGD",
  新币: "SGD",
  澳元: "AUD",
  澳币: "AUD",
  加元: "CAD",
  加币: "CAD",
  瑞士法郎: "CHF",
  韩元: "KRW",
  印度卢比: "INR",
  $: "USD",
  "€": "EUR",
  "£": "GBP",
  "￡": "GBP",
  "₩": "KRW",
  "￦": "KRW",
  "₹": "INR",
  ...Object.fromEntries(CELL_CODES.map((code) => [code, code])),
};

/**
 * Returns the ISO 4217 code of one marker found by `CURRENCY_MARKERS`. The yen signs give
 * `yen`, and null when `yen` is null (the caller wants only currencies named outright).
 *
 * @example currencyOfMarker("HK$", "CNY") // "HKD"
 * @example currencyOfMarker("¥", "JPY") // "JPY"
 */
export function currencyOfMarker(marker: string, yen: YenCurrency | null): string | null {
  if (YEN_SIGNS.has(marker)) return yen;
  return MARKER_CURRENCIES[marker.toUpperCase()] ?? null;
}

/** English names as CRMs write them (Dynamics 365 "US Dollar"), lower case without spaces or dots. */
const CURRENCY_NAMES: Record<string, string> = {
  usdollar: "USD",
  usdollars: "USD",
  unitedstatesdollar: "USD",
  unitedstatesdollars: "USD",
  americandollar: "USD",
  euro: "EUR",
  euros: "EUR",
  britishpound: "GBP",
  britishpounds: "GBP",
  poundsterling: "GBP",
  sterling: "GBP",
  japaneseyen: "JPY",
  yen: "JPY",
  chineseyuan: "CNY",
  chineseyuanrenminbi: "CNY",
  yuan: "CNY",
  yuanrenminbi: "CNY",
  renminbi: "CNY",
  hongkongdollar: "HKD",
  hongkongdollars: "HKD",
  singaporedollar: "SGD",
  singaporedollars: "SGD",
  australiandollar: "AUD",
  australiandollars: "AUD",
  canadiandollar: "CAD",
  canadiandollars: "CAD",
  swissfranc: "CHF",
  swissfrancs: "CHF",
  southkoreanwon: "KRW",
  koreanwon: "KRW",
  indianrupee: "INR",
  indianrupees: "INR",
  newtaiwandollar: "TWD",
  taiwandollar: "TWD",
};

let isoCodes: Set<string> | null = null;

/** True for the currency codes that this runtime's Intl supports (ICU's list of current ISO 4217 codes). */
function isIsoCurrencyCode(code: string): boolean {
  if (!isoCodes) {
    const supported = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("currency") : [];
    isoCodes = new Set([...supported, ...CELL_CODES]);
  }
  return isoCodes.has(code);
}

/**
 * Reads the value of a currency column: an ISO 4217 code in any case ("usd"), a sign
 * ("$", "€"), a Chinese or English name ("人民币", "US Dollar", "Euro"), or a code with its
 * name ("USD - US Dollar", "Euro (EUR)"). Returns the code, or null when the text names no
 * currency. The yen signs give `options.yen`, CNY by default.
 *
 * @example currencyFromText("US Dollar") // "USD"
 * @example currencyFromText("人民币") // "CNY"
 * @example currencyFromText("mxn") // "MXN"
 */
export function currencyFromText(text: string, options: { yen?: YenCurrency | null } = {}): string | null {
  const normalized = text.normalize("NFKC").trim();
  if (normalized === "") return null;

  const marker = normalized.replace(/\s+/g, "");
  if (YEN_SIGNS.has(marker)) return options.yen === undefined ? "CNY" : options.yen;
  const fromMarker = MARKER_CURRENCIES[marker.toUpperCase()];
  if (fromMarker) return fromMarker;

  const nameKey = normalized.toLowerCase().replace(/[\s.·_-]+/g, "");
  const fromName = CURRENCY_NAMES[nameKey];
  if (fromName) return fromName;

  if (/^[A-Za-z]{3}$/.test(normalized) && isIsoCurrencyCode(normalized.toUpperCase())) return normalized.toUpperCase();

  // A code with its name: "USD - US Dollar", "USD: US Dollar" or "Euro (EUR)".
  const withName = /^([A-Za-z]{3})\s*[-–:]\s*\S/.exec(normalized) ?? /\(([A-Za-z]{3})\)$/.exec(normalized);
  if (withName && isIsoCurrencyCode(withName[1].toUpperCase())) return withName[1].toUpperCase();
  return null;
}

/** Units written beside a currency in a header's brackets: "(万元)", "(k USD)", "(USD millions)". */
const HEADER_UNITS = /万|亿|千|百万|millions?|thousands?|000s|'000|\b(?:k|m|mm|bn)\b/gi;

/**
 * Returns the currency that an amount header names in brackets, such as "Amount (USD)",
 * "Amount ($)" or "预计金额（万元）", or in a trailing 万元 or 元. Returns null when the header
 * names none.
 *
 * @example headerCurrency("预计金额（万元）") // "CNY"
 * @example headerCurrency("Amount (k USD)") // "USD"
 */
export function headerCurrency(header: string, options: { yen?: YenCurrency | null } = {}): string | null {
  const text = header.normalize("NFKC");
  for (const match of text.matchAll(/\(([^)]*)\)/g)) {
    const unitless = match[1].replace(HEADER_UNITS, "").trim();
    const currency = currencyFromText(unitless, options);
    if (currency) return currency;
  }
  return /元$/.test(text.trim()) ? "CNY" : null;
}

/**
 * Returns the currencies that a text names outright, leaving out the yen signs: "USD 5" gives
 * ["USD"], "¥5" gives [].
 */
export function namedCurrencies(text: string): string[] {
  // Digits, separators, signs, brackets, Chinese units and yen signs name no currency, even
  // after NFKC, and they are most amount texts, so those skip the normalising and the marker search.
  if (PLAIN_AMOUNT_TEXT.test(text)) return [];
  const found: string[] = [];
  for (const match of text.normalize("NFKC").matchAll(CURRENCY_MARKERS)) {
    const currency = currencyOfMarker(match[0], null);
    if (currency) found.push(currency);
  }
  return found;
}

/**
 * Decides what ¥ means in one table. The amount header decides when it names the yuan or
 * the yen ("金额（日元）"). Otherwise the currencies that the table names outright (its
 * currency column and the codes in its amount cells) decide: JPY when they include JPY and
 * not CNY. Otherwise a Japanese locale gives JPY, and everything else CNY, because the
 * product is made for Chinese workbooks first.
 *
 * @example chooseYenCurrency({ header: "Amount", named: ["JPY", "USD"], locale: "en-US" }) // "JPY"
 * @example chooseYenCurrency({ header: "Amount", named: [], locale: "zh-CN" }) // "CNY"
 */
export function chooseYenCurrency(context: { header: string; named: Iterable<string>; locale: string }): YenCurrency {
  const fromHeader = headerCurrency(context.header, { yen: null });
  if (fromHeader === "JPY" || fromHeader === "CNY") return fromHeader;

  const named = new Set(context.named);
  if (named.has("JPY") && !named.has("CNY")) return "JPY";
  if (named.has("CNY")) return "CNY";
  return /^ja(?:[-_]|$)/i.test(context.locale.trim()) ? "JPY" : "CNY";
}

/**
 * Finds the main currency of a table and keeps every other currency out of its sums. The
 * main currency is the one with the most deals, and on a tie the one met first. Deals in
 * another currency keep their row, but their amount moves from `amount` to
 * `otherCurrencyAmount`, so that no total mixes currencies. Deals without a currency count
 * as the main one. Sets `table.mainCurrency` and returns the indexes of the deals whose
 * amount was moved.
 *
 * @example setAsideOtherCurrencies(table) // with currencies ["USD", "USD", "EUR", ""] and amounts all readable: [2]
 */
export function setAsideOtherCurrencies(table: DealTable): number[] {
  const counts = new Map<string, number>();
  for (const currency of table.currency) {
    if (currency !== "") counts.set(currency, (counts.get(currency) ?? 0) + 1);
  }

  // Map iteration follows insertion, so a strict comparison keeps the first currency met on a tie.
  let main: string | null = null;
  for (const [currency, count] of counts) {
    if (main === null || count > counts.get(main)!) main = currency;
  }
  table.mainCurrency = main;

  const moved: number[] = [];
  for (let i = 0; i < table.size; i++) {
    const currency = table.currency[i];
    if (currency === "" || currency === main || Number.isNaN(table.amount[i])) continue;
    table.otherCurrencyAmount[i] = table.amount[i];
    table.amount[i] = NaN;
    moved.push(i);
  }
  return moved;
}

/** Currencies of a table as the report shows them. */
export interface CurrencySummary {
  /** ISO 4217 code of most deals, or null when no deal names a currency. */
  main: string | null;
  /**
   * Every other currency with its number of deals (any kind) and the Σ of its open deals'
   * amounts, which the report's totals leave out. Most deals first, then the first met.
   */
  others: { code: string; deals: number; amount: number }[];
}

/**
 * Summarizes the currencies of a table read by `readDeals`.
 *
 * @example summarizeCurrencies(table) // { main: "USD", others: [{ code: "EUR", deals: 1, amount: 500 }] }
 */
export function summarizeCurrencies(table: DealTable): CurrencySummary {
  const others = new Map<string, { code: string; deals: number; amount: number }>();
  for (let i = 0; i < table.size; i++) {
    const code = table.currency[i];
    if (code === "" || code === table.mainCurrency) continue;
    const entry = others.get(code) ?? { code, deals: 0, amount: 0 };
    entry.deals++;
    const amount = table.otherCurrencyAmount[i];
    if (table.kind[i] === KIND.open && !Number.isNaN(amount)) entry.amount += amount;
    others.set(code, entry);
  }
  // Array.prototype.sort is stable, so equal counts keep the order in which they were met.
  return { main: table.mainCurrency, others: [...others.values()].sort((a, b) => b.deals - a.deals) };
}
