/**
 * Build-time checks and translation of the custom-functions metadata (functions.json).
 * scripts/functions-metadata.mjs and the tests use this module; functions.ts does not
 * import it, so it is not part of the functions bundle.
 *
 * Excel reads descriptions from the metadata file, never from the code, so a second file
 * with the same ids (functions-zh-cn.json) carries the Chinese descriptions. The manifest
 * points Excel to it with `<bt:Override Locale="zh-cn">` on the metadata URL.
 */

/** The parts of functions.json that this module reads; other fields are copied as they are. */
export interface FunctionsMetadata {
  functions: FunctionMetadata[];
  [field: string]: unknown;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMetadata[];
  [field: string]: unknown;
}

export interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  [field: string]: unknown;
}

/** Translations of one language, keyed by function id and then by parameter name. */
export type TranslationTable = Record<string, FunctionTranslation>;

export interface FunctionTranslation {
  description: string;
  parameters: Record<string, { description: string }>;
}

export interface LocalizeResult {
  /** The translated metadata; complete only when `problems` is empty. */
  metadata: FunctionsMetadata;
  /** One line per missing or unused translation, naming the function id and parameter. */
  problems: string[];
}

function hasText(text: unknown): text is string {
  return typeof text === "string" && text.trim() !== "";
}

/**
 * Builds the metadata of another language from the English metadata: the same ids, names,
 * types and options, with the function and parameter descriptions replaced from the table.
 * Every function and parameter needs a translation. A translation whose function or
 * parameter is missing from the metadata is also a problem: it usually means that a
 * function was renamed or lost its @customfunction tag.
 *
 * @example localizeMetadata({ functions: [coverageMetadata] }, { COVERAGE: { description: "…", parameters: { … } } })
 */
export function localizeMetadata(english: FunctionsMetadata, translations: TranslationTable): LocalizeResult {
  const problems: string[] = [];
  const functions = english.functions.map((fn) => {
    const translation = translations[fn.id];
    if (!translation) {
      problems.push(`${fn.id}: missing translation of the function`);
      return fn;
    }
    if (!hasText(translation.description)) problems.push(`${fn.id}: missing translation of the description`);

    const parameters = fn.parameters.map((parameter) => {
      const text = translation.parameters?.[parameter.name]?.description;
      if (!hasText(text)) {
        problems.push(`${fn.id}.${parameter.name}: missing translation of the parameter description`);
        return parameter;
      }
      return { ...parameter, description: text };
    });

    const knownParameters = new Set(fn.parameters.map((parameter) => parameter.name));
    for (const name of Object.keys(translation.parameters ?? {})) {
      if (!knownParameters.has(name)) problems.push(`${fn.id}.${name}: translation for a parameter that the function does not have`);
    }
    return { ...fn, description: hasText(translation.description) ? translation.description : fn.description, parameters };
  });

  const knownIds = new Set(english.functions.map((fn) => fn.id));
  for (const id of Object.keys(translations)) {
    if (!knownIds.has(id)) problems.push(`${id}: translation for a function that the metadata does not contain`);
  }
  return { metadata: { ...english, functions }, problems };
}

/** Parameters a function must have: name and whether it is optional, in order. */
export type Signature = ReadonlyArray<{ name: string; optional: boolean }>;

/**
 * The documented functions and their parameters. The metadata check compares the
 * generated metadata with this list, so a function that lost its @customfunction tag or a
 * renamed parameter fails the check. Add a line here with each new function.
 */
export const EXPECTED_SIGNATURES: Readonly<Record<string, Signature>> = {
  COVERAGE: [
    { name: "open_amounts", optional: false },
    { name: "quota", optional: false },
    { name: "won_to_date", optional: true },
  ],
  WEIGHTEDFORECAST: [
    { name: "amounts", optional: false },
    { name: "probabilities", optional: false },
  ],
  WINRATE: [
    { name: "stages", optional: false },
    { name: "amounts", optional: true },
  ],
  CONVERSION: [
    { name: "stages", optional: false },
    { name: "from_stage", optional: false },
    { name: "to_stage", optional: false },
  ],
  CYCLEDAYS: [
    { name: "created", optional: false },
    { name: "closed", optional: false },
  ],
  VELOCITY: [
    { name: "open_count", optional: false },
    { name: "avg_deal", optional: false },
    { name: "win_rate", optional: false },
    { name: "cycle_days", optional: false },
  ],
  STALLED: [
    { name: "dates", optional: false },
    { name: "days", optional: true },
    { name: "as_of", optional: true },
  ],
  LEADSNEEDED: [
    { name: "target", optional: false },
    { name: "avg_deal", optional: false },
    { name: "conversion", optional: false },
  ],
  CONCENTRATION: [
    { name: "amounts", optional: false },
  ],
  PERIODTODATE: [
    { name: "amounts", optional: false },
    { name: "dates", optional: false },
    { name: "period", optional: false },
    { name: "as_of", optional: true },
    { name: "fy_start_month", optional: true },
  ],
  ATTAINMENT: [
    { name: "amounts", optional: false },
    { name: "dates", optional: false },
    { name: "quota", optional: false },
    { name: "period", optional: false },
    { name: "as_of", optional: true },
    { name: "fy_start_month", optional: true },
  ],
  QUOTAPLAN: [
    { name: "last_sales", optional: false },
    { name: "growth", optional: false },
    { name: "seasonality", optional: true },
    { name: "over_allocation", optional: true },
  ],
  TOPDEALS: [
    { name: "ids", optional: false },
    { name: "amounts", optional: false },
    { name: "probabilities", optional: false },
    { name: "n", optional: true },
  ],
};

/** Lists the differences between the metadata and the expected signatures; empty when they agree. */
export function findSignatureProblems(metadata: FunctionsMetadata, expected: Readonly<Record<string, Signature>> = EXPECTED_SIGNATURES): string[] {
  const problems: string[] = [];
  const byId = new Map(metadata.functions.map((fn) => [fn.id, fn]));

  for (const [id, signature] of Object.entries(expected)) {
    const fn = byId.get(id);
    if (!fn) {
      problems.push(`${id}: function missing from the metadata`);
      continue;
    }
    if (fn.name !== id) problems.push(`${id}: name is ${fn.name}, expected ${id}`);

    const actual = fn.parameters.map((parameter) => `${parameter.name}${parameter.optional ? "?" : ""}`).join(", ");
    const expectedText = signature.map((parameter) => `${parameter.name}${parameter.optional ? "?" : ""}`).join(", ");
    if (actual !== expectedText) problems.push(`${id}: parameters are (${actual}), expected (${expectedText})`);
  }

  for (const fn of metadata.functions) {
    if (!(fn.id in expected)) problems.push(`${fn.id}: function not in the expected list`);
  }
  return problems;
}
