/**
 * Writing a copy of a workbook file with the report sheets added, as plain values, for a
 * colleague without the add-in. The original file is never written.
 */
import ExcelJS from "exceljs";
import type { CellValue, SheetGrid } from "../../engine/types";
import { NUMBER_FORMATS, type ReportSheetContent } from "../../present/report-sheet";
import { candidateSheetName, sameSheetName } from "../excel/report-sheet-names";
import { fileKind } from "./read-file";

/**
 * Returns the bytes of an .xlsx copy: the original workbook (an .xlsx as exceljs reads it,
 * or a .csv as one sheet of its cells) with each report sheet added under a free name.
 *
 * NOTE: exceljs rebuilds the workbook, so pivot tables and charts of an original .xlsx are
 * not carried into the copy. The cells, formats and tables are.
 */
export async function writeReportCopy(original: Uint8Array, fileName: string, csvSheets: SheetGrid[], contents: ReportSheetContent[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  if (fileKind(fileName) === "xlsx") {
    await workbook.xlsx.load(original.buffer.slice(original.byteOffset, original.byteOffset + original.byteLength) as ArrayBuffer);
  } else {
    for (const sheet of csvSheets) addGrid(workbook, sheet);
  }

  for (const content of contents) {
    let attempt = 1;
    while (workbook.worksheets.some((sheet) => sameSheetName(sheet.name, candidateSheetName(content.name, attempt)))) attempt++;
    addReportSheet(workbook.addWorksheet(candidateSheetName(content.name, attempt)), content);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function addGrid(workbook: ExcelJS.Workbook, grid: SheetGrid): void {
  const sheet = workbook.addWorksheet(grid.name.slice(0, 31) || "Sheet1");
  grid.rows.forEach((row) => sheet.addRow(row.map((value: CellValue) => (value === undefined ? null : value))));
}

function addReportSheet(sheet: ExcelJS.Worksheet, content: ReportSheetContent): void {
  content.rows.forEach((row, rowIndex) => {
    row.forEach((cell, columnIndex) => {
      if (cell.value === null || cell.value === "") return;
      const target = sheet.getCell(rowIndex + 1, columnIndex + 1);
      // A string is set as a plain value, which exceljs stores as text, never as a formula.
      target.value = cell.value;
      if (typeof cell.value === "number") target.numFmt = NUMBER_FORMATS[cell.format];
      if (cell.style === "title" || cell.style === "header") target.font = { bold: true };
    });
  });
  content.columnWidths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
}
