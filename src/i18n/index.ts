/**
 * Message catalogs and formatting for the two languages of the product.
 */
import { enUS, enUSSingular, type MessageKey } from "./en-US";
import { zhCN } from "./zh-CN";

export type Language = "en-US" | "zh-CN";
export type { MessageKey };

const CATALOGS: Record<Language, Record<MessageKey, string>> = { "en-US": enUS, "zh-CN": zhCN };
// Chinese nouns have no plural form, so only English needs singular messages.
const SINGULAR: Record<Language, Partial<Record<MessageKey, string>>> = { "en-US": enUSSingular, "zh-CN": {} };

/**
 * Picks the product language for a BCP 47 tag such as Office's display language or the
 * browser's: any Chinese tag gives zh-CN, everything else en-US.
 */
export function languageFor(tag: string | undefined | null): Language {
  return tag && tag.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}

/**
 * Returns the message for a key with `{name}` placeholders filled in.
 *
 * @example translate("en-US", "figure.quota", { period: "2026-Q2" }) // "Quota for 2026-Q2"
 */
export function translate(language: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = (params.count === 1 ? SINGULAR[language][key] : undefined) ?? CATALOGS[language][key];
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in params ? String(params[name]) : placeholder));
}

/** A translate function bound to one language. */
export type Translator = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(language: Language): Translator {
  return (key, params) => translate(language, key, params);
}

/**
 * Formats an amount with grouping, as the language writes it: whole amounts without
 * decimals, others with exactly two, so a column of amounts lines up on the cents.
 *
 * @example formatAmount("en-US", 30002070.5) // "30,002,070.50"
 * @example formatAmount("en-US", 600000) // "600,000"
 */
export function formatAmount(language: Language, amount: number): string {
  const digits = isWholeAmount(amount) ? 0 : 2;
  return new Intl.NumberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount);
}

/**
 * Formats a column of amounts with one number of decimals for all: two when any amount has
 * cents, so that a table never shows "841,777" above "1,304,872.80".
 *
 * @example formatAmountColumn("en-US", [841777, 1304872.8]) // ["841,777.00", "1,304,872.80"]
 */
export function formatAmountColumn(language: Language, amounts: readonly number[]): string[] {
  const digits = amounts.every(isWholeAmount) ? 0 : 2;
  const format = new Intl.NumberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return amounts.map((amount) => format.format(amount));
}

function isWholeAmount(amount: number): boolean {
  return Math.abs(amount * 100 - Math.round(amount) * 100) < 0.5;
}

/** Formats a coverage ratio as "3.2×". */
export function formatRatio(language: Language, ratio: number): string {
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(ratio)}×`;
}
