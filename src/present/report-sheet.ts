/**
 * The layout of the "Pipeline Health" report sheet, as plain cells. Each Workbook
 * implementation writes it with its own API, so Excel and the file copy look the same.
 */
import { reportFigures, sourceLines, type FigureFormat } from "./figures";
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
   * What the sheet shows. A workbook contains one add-in sheet per kind, so writing a sheet
   * replaces the earlier sheet of its kind even when that one has a name in another language.
   */
  kind: "report" | "dataQuality";
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

const COLUMN_COUNT = 3;

/** Lays out a report as the cells of the report sheet. */
export function reportSheetContent(report: HealthReport, language: Language, writtenOn: string): ReportSheetContent {
  const t = translator(language);
  const text = (value: string, style: SheetCellStyle): SheetCell => ({ value, format: "text", style });
  const line = (value: string, style: SheetCellStyle): SheetCell[] => [text(value, style), text("", style), text("", style)];

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
  return { kind: "report", name: t("sheet.report"), rows, columnCount: COLUMN_COUNT, columnWidths: [34, 18, 70] };
}
