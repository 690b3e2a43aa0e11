/**
 * Command-line arguments of `pipeline-health report`, validated into options. Every user
 * mistake becomes a `UsageError` carrying a translated, one-line message.
 */
import { dayFromIso } from "../engine/dates";
import type { PeriodKind } from "../engine/periods";
import { DEAL_FIELDS, type HeaderMapping } from "../engine/read/headers";
import { parseAmount } from "../engine/read/values";
import { languageFor, type Language, type MessageKey } from "../i18n";

export interface ReportArguments {
  file: string;
  asOf: number | null;
  quota: number | null;
  periodKind: PeriodKind;
  fiscalYearStartMonth: number;
  sheet: string | null;
  /** Excel table to read the deals from (--table). */
  table: string | null;
  /** A second file holding the quota table, such as a CRM's goals export. */
  quotasFile: string | null;
  /** Path of an .xlsx copy of the workbook with the report sheets added. */
  out: string | null;
  /** Header text per field from --map FIELD=HEADER. An empty HEADER leaves the field unmapped. */
  map: HeaderMapping;
  locale: string;
  language: Language;
  format: "table" | "json";
}

/** A mistake of the user's, as opposed to a bug: printed as one line, exit code 2. */
export class UsageError extends Error {
  /**
   * @param key message shown to the user
   * @param params values for the message's placeholders
   * @param translatedParams messages filled into placeholders of `key`, such as `{ expected: "cli.expected.date" }`, in the same language
   */
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
    readonly translatedParams: Record<string, MessageKey> = {},
  ) {
    super(key);
    this.name = "UsageError";
  }
}

/** Reads the locale of the environment (LC_ALL, LC_MESSAGES, LANG) as a BCP 47 tag such as "zh-CN". */
export function environmentLocale(env: NodeJS.ProcessEnv): string {
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  const match = /^([a-z]{2,3})(?:[_-]([A-Za-z]{2}))?/.exec(raw);
  if (!match || match[1] === "c") return "en-US";
  return match[2] ? `${match[1]}-${match[2].toUpperCase()}` : match[1];
}

const VALUE_OPTIONS = ["--out", "--as-of", "--quota", "--quotas", "--period", "--fy-start", "--sheet", "--table", "--map", "--locale", "--lang", "--format"] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

/** Splits command words into option values, --map entries and the one FILE argument. */
function collectOptions(words: string[], allowed: readonly string[]): { values: Map<string, string>; map: HeaderMapping; file: string } {
  const values = new Map<string, string>();
  const map: HeaderMapping = {};
  const positional: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word.startsWith("--")) {
      positional.push(word);
      continue;
    }
    const [name, inline] = word.split(/=(.*)/s, 2);
    if (!allowed.includes(name)) throw new UsageError("cli.unknownOption", { option: name });
    const value = inline ?? words[++i];
    if (value === undefined || (inline === undefined && value.startsWith("--"))) throw new UsageError("cli.missingValue", { option: name });
    if (name === "--map") parseMapping(value, map);
    else values.set(name, value);
  }
  if (positional.length === 0) throw new UsageError("cli.missingFile");
  if (positional.length > 1) throw new UsageError("cli.extraArgument", { value: positional[1] });
  return { values, map, file: positional[0] };
}

/** Parses the words after `report`. */
export function parseReportArguments(words: string[], env: NodeJS.ProcessEnv): ReportArguments {
  return reportArgumentsOf(collectOptions(words, VALUE_OPTIONS), env);
}

/** Reads the report's options from the collected words of `report` or `plan`. */
function reportArgumentsOf(collected: ReturnType<typeof collectOptions>, env: NodeJS.ProcessEnv): ReportArguments {
  const { values, map, file } = collected;
  const environment = environmentLocale(env);
  return {
    file,
    asOf: values.has("--as-of") ? parseAsOf(values.get("--as-of")!) : null,
    quota: values.has("--quota") ? parseQuota(values.get("--quota")!) : null,
    periodKind: parseChoice("--period", values.get("--period") ?? "quarter", ["quarter", "month", "year"]),
    fiscalYearStartMonth: values.has("--fy-start") ? parseMonth(values.get("--fy-start")!) : 1,
    sheet: values.get("--sheet") ?? null,
    table: values.get("--table") ?? null,
    quotasFile: values.get("--quotas") ?? null,
    out: values.get("--out") ?? null,
    map,
    locale: values.has("--locale") ? parseLocale(values.get("--locale")!) : environment,
    language: values.has("--lang") ? parseLanguage(values.get("--lang")!) : languageFor(environment),
    format: parseChoice("--format", values.get("--format") ?? "table", ["table", "json"]),
  };
}

/**
 * Adds one --map FIELD=HEADER to `map`. FIELD is a deal field name in any case; a later
 * --map of the same field wins. An empty HEADER leaves the field unmapped.
 */
function parseMapping(text: string, map: HeaderMapping): void {
  const separator = text.indexOf("=");
  const name = separator < 0 ? "" : text.slice(0, separator).trim().toLowerCase();
  const field = DEAL_FIELDS.find((candidate) => candidate.toLowerCase() === name);
  if (field === undefined) {
    throw new UsageError("cli.invalidMap", { value: text, fields: DEAL_FIELDS.join(", ") });
  }
  map[field] = text.slice(separator + 1).trim();
}

function parseAsOf(text: string): number {
  const day = dayFromIso(text);
  if (Number.isNaN(day)) throw new UsageError("cli.invalidOption", { option: "--as-of", value: text }, { expected: "cli.expected.date" });
  return day;
}

function parseQuota(text: string): number {
  const amount = parseAmount(text);
  if (Number.isNaN(amount) || amount <= 0) throw new UsageError("cli.invalidOption", { option: "--quota", value: text }, { expected: "cli.expected.positiveAmount" });
  return amount;
}

function parseMonth(text: string): number {
  const month = Number(text);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new UsageError("cli.invalidOption", { option: "--fy-start", value: text }, { expected: "cli.expected.month" });
  return month;
}

/** Checks a locale tag such as "de-DE" or its POSIX form "de_DE"; the tag decides date order and decimal commas. */
function parseLocale(text: string): string {
  try {
    Intl.getCanonicalLocales(text.trim().replace(/_/g, "-"));
  } catch {
    throw new UsageError("cli.invalidOption", { option: "--locale", value: text }, { expected: "cli.expected.locale" });
  }
  return text.trim();
}

function parseLanguage(text: string): Language {
  if (!/^(zh|en)/i.test(text)) throw new UsageError("cli.invalidOption", { option: "--lang", value: text, expected: "zh-CN | en-US" });
  return languageFor(text);
}

function parseChoice<T extends string>(option: string, text: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(text)) throw new UsageError("cli.invalidOption", { option, value: text, expected: choices.join(" | ") });
  return text as T;
}

export interface PlanArguments extends ReportArguments {
  growth: number;
  uplift: number;
  overAllocation: number;
  split: "month" | "quarter";
}

const PLAN_OPTIONS = ["--as-of", "--growth", "--uplift", "--over-allocation", "--split", "--fy-start", "--sheet", "--table", "--map", "--locale", "--lang", "--format"] as const;

/** Parses the words after `plan`: the report's reading options plus the plan's rates. */
export function parsePlanArguments(words: string[], env: NodeJS.ProcessEnv): PlanArguments {
  const collected = collectOptions(words, PLAN_OPTIONS);
  const base = reportArgumentsOf(collected, env);
  const { values } = collected;
  if (!values.has("--growth")) throw new UsageError("cli.missingGrowth");
  return {
    ...base,
    growth: parseRate("--growth", values.get("--growth")!),
    uplift: values.has("--uplift") ? parseRate("--uplift", values.get("--uplift")!) : 0,
    overAllocation: values.has("--over-allocation") ? parseRate("--over-allocation", values.get("--over-allocation")!) : 0.1,
    split: parseChoice("--split", values.get("--split") ?? "month", ["month", "quarter"]),
  };
}

/**
 * Reads a rate as a fraction: "0.15", "15%" and "-5%" are 0.15, 0.15 and -0.05.
 *
 * @example parseRate("--growth", "15%") // 0.15
 */
function parseRate(option: string, text: string): number {
  const trimmed = text.trim();
  const percent = trimmed.endsWith("%");
  const number = Number(percent ? trimmed.slice(0, -1) : trimmed);
  if (trimmed === "" || !Number.isFinite(number)) throw new UsageError("cli.invalidOption", { option, value: text }, { expected: "cli.expected.rate" });
  return percent ? number / 100 : number;
}
