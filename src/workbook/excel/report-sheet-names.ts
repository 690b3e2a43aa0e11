/**
 * Names and ownership marks of report sheets, shared by the Excel and file workbooks so
 * that both pick the same sheet name for the same workbook. Nothing here calls Office.js.
 */

/** Worksheet custom property that marks a sheet as written by the add-in. */
export const OWNER_PROPERTY_KEY = "PipelineHealth.owner";
/** Value of `OWNER_PROPERTY_KEY` on report sheets. */
export const OWNER_REPORT_VALUE = "report";

/** Maximum length of an Excel sheet name. */
export const MAX_SHEET_NAME_LENGTH = 31;

const INVALID_SHEET_NAME_CHARACTERS = /[[\]:*?/\\]/g;

/**
 * Returns the `attempt`-th candidate name for a report sheet: the name itself for attempt 1,
 * then "Name (2)", "Name (3)" and so on. The base is shortened so that the result stays
 * within 31 characters, and characters Excel rejects in sheet names become "_".
 *
 * @example candidateSheetName("Pipeline Health", 2) === "Pipeline Health (2)"
 */
export function candidateSheetName(name: string, attempt: number): string {
  const base = validSheetNameBase(name);
  if (attempt <= 1) return base.slice(0, MAX_SHEET_NAME_LENGTH);
  const suffix = ` (${attempt})`;
  return base.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd() + suffix;
}

/** Compares sheet names ignoring case, as Excel does when it looks a sheet up by name. */
export function sameSheetName(left: string, right: string): boolean {
  return left.toLowerCase() === right.toLowerCase();
}

function validSheetNameBase(name: string): string {
  // Excel also rejects a name that starts or ends with an apostrophe.
  const base = name.replace(INVALID_SHEET_NAME_CHARACTERS, "_").trim().replace(/^'+|'+$/g, "");
  if (base === "") throw new Error(`invalid report sheet name: "${name}" has no characters Excel allows in a sheet name`);
  return base;
}
