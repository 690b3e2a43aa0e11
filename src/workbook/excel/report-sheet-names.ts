/**
 * Names and ownership marks of report sheets, shared by the Excel and file workbooks so
 * that both pick the same sheet name for the same workbook. Nothing here calls Office.js.
 */
import type { ReportSheetContent } from "../../present/report-sheet";

/** Kind of content of an add-in sheet. The workbook contains at most one add-in sheet of each kind. */
export type ReportSheetKind = ReportSheetContent["kind"];

/**
 * Worksheet custom property that marks a sheet as written by the add-in. Its value is the
 * sheet's kind, as `ownerMarkerValue` writes it.
 */
export const OWNER_PROPERTY_KEY = "PipelineHealth.owner";

const OWNER_MARKER_VALUES: Record<ReportSheetKind, string> = { report: "report", dataQuality: "dataQuality", review: "review" };

/** Returns the value of `OWNER_PROPERTY_KEY` on an add-in sheet of that kind. */
export function ownerMarkerValue(kind: ReportSheetKind): string {
  return OWNER_MARKER_VALUES[kind];
}

/**
 * Returns the kind that an owner marker names, or null for a value the add-in never writes,
 * because such a sheet is not the add-in's.
 *
 * Earlier versions wrote "report" on every add-in sheet, the Data Quality sheet included.
 * That value still reads as kind "report".
 * NOTE: so an old Data Quality sheet is replaced by the next report sheet, not by the next
 * Data Quality sheet. The pane writes both in turn, so the workbook ends with one of each.
 *
 * @example ownerMarkerKind("dataQuality") === "dataQuality"
 */
export function ownerMarkerKind(value: unknown): ReportSheetKind | null {
  for (const kind of Object.keys(OWNER_MARKER_VALUES) as ReportSheetKind[]) {
    if (OWNER_MARKER_VALUES[kind] === value) return kind;
  }
  return null;
}

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

/** A sheet already in the workbook, as input to `planReportSheet`. */
export interface ExistingSheet {
  name: string;
  /** Kind of the add-in sheet, or null for a sheet that is not the add-in's. */
  ownerKind: ReportSheetKind | null;
}

/** Plan for a new add-in sheet: its name and the earlier add-in sheets it removes. */
export interface ReportSheetPlan<Sheet extends ExistingSheet> {
  /** Name of the new sheet. */
  name: string;
  /** The add-in sheet of that name, which the new sheet replaces, or null when the name is free. */
  replaces: Sheet | null;
  /** The other add-in sheets of the same kind, to be deleted. */
  deletes: Sheet[];
}

/**
 * Plans the write of an add-in sheet of `kind` named `name`. The new sheet takes the first of
 * "Name", "Name (2)", "Name (3)", … that is either free or held by an add-in sheet, which it
 * replaces. A sheet that is not the add-in's is never replaced or deleted. Every other add-in
 * sheet of the same kind is deleted, such as "管道健康" when "Pipeline Health" is written after
 * the user switched the pane to English.
 */
export function planReportSheet<Sheet extends ExistingSheet>(existing: readonly Sheet[], name: string, kind: ReportSheetKind): ReportSheetPlan<Sheet> {
  // Each attempt checks a new, distinct name, so at most existing.length + 1 attempts run.
  for (let attempt = 1; ; attempt++) {
    const candidate = candidateSheetName(name, attempt);
    const holder = existing.find((sheet) => sameSheetName(sheet.name, candidate));
    if (holder && holder.ownerKind === null) continue;

    const replaces = holder ?? null;
    const deletes = existing.filter((sheet) => sheet.ownerKind === kind && sheet !== replaces);
    return { name: candidate, replaces, deletes };
  }
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
