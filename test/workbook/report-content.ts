/** A small hand-written report sheet layout shared by the Workbook tests. */
import type { ReportSheetContent, SheetCell, SheetCellStyle } from "../../src/present/report-sheet";

const text = (value: string, style: SheetCellStyle): SheetCell => ({ value, format: "text", style });

/** Seven rows by three columns; the value in row 6, column B is `dealName`. */
export function reportContent(dealName = "Acme renewal", name = "Pipeline Health", kind: ReportSheetContent["kind"] = "report"): ReportSheetContent {
  return {
    kind,
    name,
    columnCount: 3,
    columnWidths: [34, 18, 70],
    rows: [
      [text("Pipeline Health", "title"), text("", "title"), text("", "title")],
      [text("Written on 2026-03-31", "note"), text("", "note"), text("", "note")],
      [text("Figure", "header"), text("Value", "header"), text("Note", "header")],
      [text("Weighted forecast", "label"), { value: 1250000.5, format: "amount", style: "value" }, text("", "label")],
      [text("Coverage", "label"), { value: 2.5, format: "ratio", style: "value" }, text("-3 deals since last week", "label")],
      [text("Largest deal", "label"), { value: dealName, format: "text", style: "value" }, text("", "label")],
      [text("Open deals", "label"), { value: null, format: "count", style: "value" }, text("", "label")],
    ],
  };
}
