/**
 * The layout of the "Data Quality" sheet, as plain cells: the summary, every data issue with
 * its cell, and how full each mapped column is.
 */
import { dataQualityLines } from "./data-quality";
import type { ReportSheetContent, SheetCell, SheetCellStyle } from "./report-sheet";
import type { HealthReport } from "../engine/report";
import type { DataIssue } from "../engine/types";
import { translator, type Language, type Translator } from "../i18n";

const COLUMN_COUNT = 5;

const text = (value: string, style: SheetCellStyle): SheetCell => ({ value, format: "text", style });

/** Builds a row with one text in column A and empty cells after it, so that the text can overflow. */
function line(value: string, style: SheetCellStyle): SheetCell[] {
  return [text(value, style), ...Array.from({ length: COLUMN_COUNT - 1 }, () => text("", style))];
}

/**
 * Returns the cell of an issue as Excel writes it: "E8", or "8:8" for an issue about the whole row.
 *
 * @example issueCell({ column: "C", row: 12, ... }) // "C12"
 */
export function issueCell(issue: Pick<DataIssue, "column" | "row">): string {
  return issue.column ? `${issue.column}${issue.row}` : `${issue.row}:${issue.row}`;
}

/**
 * Lays out the data quality of a report as the cells of the Data Quality sheet. Every issue
 * gets a row, with no cap: a deals table that fits in one sheet fits here too, unless its rows
 * carry several issues each.
 * NOTE: an Excel sheet ends at row 1,048,576, so a report with more issues than that, less the
 * summary rows, does not fit.
 */
export function dataQualitySheetContent(report: HealthReport, language: Language, writtenOn: string): ReportSheetContent {
  const t = translator(language);
  const rows: SheetCell[][] = [
    line(t("dataQuality.title"), "title"),
    line(t("sheet.generated", { date: writtenOn }), "note"),
    ...dataQualityLines(report, language).map((summary) => line(summary, "label")),
    line("", "note"),
    ...issueRows(report.issues, t),
    line("", "note"),
    ...fillRows(report, t),
  ];
  return { kind: "dataQuality", name: t("sheet.dataQuality"), rows, columnCount: COLUMN_COUNT, columnWidths: [22, 10, 24, 32, 64] };
}

/** Builds the issue table: a title with the count, the column headers, then one row per issue in report order. */
function issueRows(issues: readonly DataIssue[], t: Translator): SheetCell[][] {
  const rows: SheetCell[][] = [
    line(t("issues.title", { count: issues.length }), "header"),
    [
      text(t("dataQuality.column.sheet"), "header"),
      text(t("dataQuality.column.cell"), "header"),
      text(t("dataQuality.column.header"), "header"),
      text(t("dataQuality.column.value"), "header"),
      text(t("dataQuality.column.reason"), "header"),
    ],
  ];
  if (issues.length === 0) rows.push(line(t("dataQuality.noIssues"), "label"));

  // Values go in as text even when they read as numbers or start with "=", so the sheet shows
  // each cell as the user wrote it and never evaluates it.
  for (const issue of issues) {
    rows.push([
      text(issue.sheet, "label"),
      text(issueCell(issue), "label"),
      text(issue.header, "label"),
      text(issue.value, "value"),
      text(t(`issue.${issue.code}`), "label"),
    ]);
  }
  return rows;
}

/** Builds the fill table: one row per mapped column, with the count and the share of deals filled. */
function fillRows(report: HealthReport, t: Translator): SheetCell[][] {
  const rows: SheetCell[][] = [
    line(t("dataQuality.fillTitle"), "header"),
    [
      text(t("dataQuality.column.header"), "header"),
      text(t("dataQuality.column.column"), "header"),
      text(t("dataQuality.column.filled"), "header"),
      text(t("dataQuality.column.share"), "header"),
      text(t("sheet.note"), "header"),
    ],
  ];
  for (const field of report.dataQuality.fields) {
    rows.push([
      text(field.header, "label"),
      text(field.column, "label"),
      { value: field.filled, format: "count", style: "value" },
      { value: field.share, format: "percent", style: "value" },
      text(field.filled === null ? t("dataQuality.fillNotCounted") : "", "label"),
    ]);
  }
  return rows;
}
