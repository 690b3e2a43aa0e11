/**
 * The layout of the "Pipeline Health" report sheet, as plain cells. Each Workbook
 * implementation writes it with its own API, so Excel and the file copy look the same.
 */
import { reportFigures, sourceLines, type FigureFormat } from "./figures";
import { healthRows, insightFigures } from "./insights";
import { conversionTable, ownersTable, periodToDateTable, shapeLine, topDealsTable, type ReviewTable } from "./review";
import type { HealthReport } from "../engine/report";
import { translator, type Language } from "../i18n";

export type SheetCellStyle = "title" | "note" | "header" | "label" | "value";

export interface SheetCell {
  /** Strings are always written as text, never as formulas. */
  value: string | number | null;
  format: FigureFormat;
  style: SheetCellStyle;
}

export interface ReportSheetContent {
  /**
   * Kind of content. A workbook contains one add-in sheet per kind, so writing a sheet
   * replaces the earlier sheet of its kind even when that one has a name in another language.
   */
  kind: "report" | "dataQuality" | "review";
  /** Sheet name in the report's language. */
  name: string;
  /** Row-major cells starting at A1; every row has `columnCount` cells. */
  rows: SheetCell[][];
  columnCount: number;
  /** Column widths in characters. */
  columnWidths: number[];
}

/** Excel number formats (en-US codes, as Office.js expects) for each figure format. */
export const NUMBER_FORMATS: Record<FigureFormat, string> = {
  amount: "#,##0.00",
  ratio: '0.00"×"',
  count: "#,##0",
  percent: "0.0%",
  text: "@",
};

/** Columns of the report sheet: wide enough for the conversion table, the widest section. */
const COLUMN_COUNT = 7;

const text = (value: string, style: SheetCellStyle): SheetCell => ({ value, format: "text", style });

/** Pads each row with blank cells to the same width, as a sheet range needs. */
function padRows(rows: SheetCell[][], columnCount: number): SheetCell[][] {
  return rows.map((row) => [...row, ...Array.from({ length: columnCount - row.length }, () => text("", row[0]?.style ?? "label"))]);
}

/** Lays out a section heading and a table: text cells as text, numbers with the given format. */
function tableRows(title: string, table: ReviewTable, numberFormat: FigureFormat = "amount"): SheetCell[][] {
  return [
    [text("", "note")],
    [text(title, "title")],
    table.headers.map((header) => text(header, "header")),
    ...table.rows.map((row) =>
      row.map((value, column): SheetCell =>
        typeof value === "number" ? { value, format: table.formats?.[column] ?? numberFormat, style: "value" } : text(value ?? "", "label"),
      ),
    ),
  ];
}

/** Lays out a report as the cells of the report sheet. */
export function reportSheetContent(report: HealthReport, language: Language, writtenOn: string): ReportSheetContent {
  const t = translator(language);
  const line = (value: string, style: SheetCellStyle): SheetCell[] => [text(value, style)];

  const rows: SheetCell[][] = [
    line(t("app.title"), "title"),
    line(t("sheet.generated", { date: writtenOn }), "note"),
    ...sourceLines(report, language).map((source) => line(source, "note")),
    line("", "note"),
    [text(t("sheet.figure"), "header"), text(t("sheet.value"), "header"), text(t("sheet.note"), "header")],
  ];
  for (const figure of reportFigures(report, language)) {
    rows.push([text(figure.label, "label"), { value: figure.value, format: figure.format, style: "value" }, text(figure.note, "label")]);
  }

  rows.push([text("", "note")], [text(t("health.title"), "title")]);
  for (const row of healthRows(report, language)) rows.push([text(row.dimension, "label"), text(row.statusLabel, "value"), text(row.explanation, "label")]);

  rows.push([text("", "note")], [text(t("insight.title"), "title")]);
  for (const figure of insightFigures(report, language)) {
    const value: SheetCell = figure.format === "percent" || figure.format === "ratio" || figure.format === "amount"
      ? { value: figure.value, format: figure.format, style: "value" }
      : text(figure.display, "value");
    rows.push([text(figure.label, "label"), value, text(figure.note, "label")]);
  }

  rows.push(...tableRows(t("conversion.title"), conversionTable(report, language), "count"), [text(shapeLine(report, language), "note")]);
  rows.push(...tableRows(t("ptd.title"), periodToDateTable(report, language)));
  rows.push(...tableRows(t("owners.title"), ownersTable(report, language)));

  return { kind: "report", name: t("sheet.report"), rows: padRows(rows, COLUMN_COUNT), columnCount: COLUMN_COUNT, columnWidths: [34, 18, 16, 14, 14, 14, 14] };
}

/** Columns of the weekly review after the deal's own, which the manager and the rep fill in. */
const REVIEW_COLUMNS = 15;

/** Lays out the weekly review: the top deals with columns for next step, actions needed and blockers. */
export function reviewSheetContent(report: HealthReport, language: Language, writtenOn: string): ReportSheetContent {
  const t = translator(language);
  const table = topDealsTable(report, language);
  const rows: SheetCell[][] = [
    [text(t("review.title"), "title")],
    [text(t("sheet.generated", { date: writtenOn }), "note")],
    [text(`${t("figure.asOf")}${t("punctuation.colon")}${report.asOf}`, "note")],
    [text("", "note")],
    table.headers.map((header) => text(header, "header")),
    ...table.rows.map((row) =>
      row.map((value, column): SheetCell => {
        if (typeof value !== "number") return text(value ?? "", "label");
        // Rank and days since activity are counts; amount and weighted amount are money.
        return { value, format: column === 0 || column === 10 ? "count" : "amount", style: "value" };
      }),
    ),
  ];
  return { kind: "review", name: t("sheet.review"), rows: padRows(rows, REVIEW_COLUMNS), columnCount: REVIEW_COLUMNS, columnWidths: [5, 12, 22, 24, 10, 12, 14, 8, 14, 12, 10, 16, 24, 24, 24] };
}
