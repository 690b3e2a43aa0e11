/**
 * Keeps what people typed in the weekly review when the add-in writes it again: the next
 * step, actions needed and blockers of each deal, matched by deal id.
 */
import type { ReportSheetContent, SheetCell } from "./report-sheet";
import { cellText } from "../engine/read/values";
import type { SheetGrid } from "../engine/types";
import { translate, type Language, type MessageKey } from "../i18n";

const LANGUAGES: Language[] = ["en-US", "zh-CN"];
const TYPED_COLUMNS: MessageKey[] = ["field.nextStep", "review.actionsNeeded", "review.blockers"];

/** Names the review sheet can have: either language, with the "(2)" suffixes of a taken name. */
function isReviewSheetName(name: string): boolean {
  return LANGUAGES.some((language) => name.startsWith(translate(language, "sheet.review")));
}

const REPORT_SHEET_KEYS: MessageKey[] = ["sheet.report", "sheet.review", "sheet.dataQuality"];

/**
 * Tells the add-in's own sheets from the user's, so that a written review is never read
 * back as the deals table. An add-in sheet has a report name (either language, with a "(2)"
 * suffix) and the add-in's "Written by" note in its first rows, so a user's own sheet that
 * happens to be called "Pipeline Health" still counts as the user's.
 */
export function isReportSheet(sheet: SheetGrid): boolean {
  if (!isReportSheetName(sheet.name)) return false;
  // The note's first words ("Written by the", "由“销售管道健康”加载项") come before the date.
  const notes = LANGUAGES.map((language) => translate(language, "sheet.generated", { date: "" }).slice(0, 12));
  return sheet.rows.slice(0, 3).some((row) => notes.some((note) => cellText(row[0]).startsWith(note)));
}

/** Tells whether a sheet name is one the add-in gives its sheets. */
export function isReportSheetName(name: string): boolean {
  return LANGUAGES.some((language) =>
    REPORT_SHEET_KEYS.some((key) => {
      const base = translate(language, key);
      return name === base || new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(\\d+\\)$`).test(name);
    }),
  );
}

/** Header texts of a column in every language, for sheets written before a language switch. */
function headerNames(key: MessageKey): string[] {
  return LANGUAGES.map((language) => translate(language, key));
}

/**
 * Reads the typed columns of earlier review sheets: deal id → the texts of next step,
 * actions needed and blockers. Blank cells are left out, so they never erase new data.
 */
export function typedReviewText(sheets: SheetGrid[]): Map<string, string[]> {
  const typed = new Map<string, string[]>();
  for (const sheet of sheets.filter((candidate) => isReviewSheetName(candidate.name))) {
    const headerIndex = sheet.rows.findIndex((row) => row.some((cell) => headerNames("field.id").includes(cellText(cell))));
    if (headerIndex < 0) continue;
    const header = sheet.rows[headerIndex].map(cellText);
    const idColumn = header.findIndex((text) => headerNames("field.id").includes(text));
    const typedColumns = TYPED_COLUMNS.map((key) => header.findIndex((text) => headerNames(key).includes(text)));
    for (const row of sheet.rows.slice(headerIndex + 1)) {
      const id = cellText(row[idColumn]);
      if (id === "") continue;
      const texts = typedColumns.map((column) => (column < 0 ? "" : cellText(row[column])));
      if (texts.some((text) => text !== "")) typed.set(id, texts);
    }
  }
  return typed;
}

/**
 * Returns the review content with each deal's typed texts put back. A typed next step wins
 * over the one in the deals table, because it is the review's newer word.
 */
export function carryOverReviewText(content: ReportSheetContent, typed: Map<string, string[]>, language: Language): ReportSheetContent {
  if (typed.size === 0) return content;
  const headerIndex = content.rows.findIndex((row) => row.some((cell) => cell.style === "header"));
  const header = content.rows[headerIndex].map((cell) => String(cell.value ?? ""));
  const idColumn = header.indexOf(translate(language, "field.id"));
  const typedColumns = TYPED_COLUMNS.map((key) => header.indexOf(translate(language, key)));

  const rows = content.rows.map((row, index) => {
    if (index <= headerIndex) return row;
    const texts = typed.get(String(row[idColumn]?.value ?? ""));
    if (!texts) return row;
    return row.map((cell, column): SheetCell => {
      const slot = typedColumns.indexOf(column);
      return slot >= 0 && texts[slot] !== "" ? { ...cell, value: texts[slot] } : cell;
    });
  });
  return { ...content, rows };
}
