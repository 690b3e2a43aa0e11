/**
 * Reading an .xlsx or .csv file held in memory into sheet grids. Used by the preview in
 * the browser and by the command line in Node; nothing here touches the disk or network.
 */
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { CellValue, SheetGrid, TableRegion } from "../../engine/types";

export interface FileWorkbookData {
  fileName: string;
  sheets: SheetGrid[];
  /** True when serial dates count from 1904 (a workbook setting). */
  date1904: boolean;
}

export type FileKind = "xlsx" | "csv";

/** Why a file could not be read, as a catalog key suffix: `file.${code}`. */
export type FileReadProblem = "unsupported" | "xlsxInvalid";

/** A file the reader cannot read, with a code the caller translates for the user. */
export class FileReadError extends Error {
  constructor(
    readonly code: FileReadProblem,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = "FileReadError";
  }
}

export function fileKind(fileName: string): FileKind | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) return "xlsx";
  if (lower.endsWith(".csv") || lower.endsWith(".txt")) return "csv";
  return null;
}

/** Reads a workbook file; throws a FileReadError when the bytes are not a readable file of that kind. */
export async function readWorkbookFile(bytes: Uint8Array, fileName: string): Promise<FileWorkbookData> {
  const kind = fileKind(fileName);
  if (kind === "xlsx") return readXlsx(bytes, fileName);
  if (kind === "csv") return { fileName, sheets: [readCsv(bytes, sheetNameFromFile(fileName))], date1904: false };
  throw new FileReadError("unsupported", fileName);
}

function sheetNameFromFile(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]+$/, "");
}

/**
 * Decodes CSV bytes: UTF-8 (with or without BOM) when valid, else GB18030, the encoding
 * Excel uses when it saves CSV on Chinese Windows.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

export function readCsv(bytes: Uint8Array, sheetName: string): SheetGrid {
  const text = decodeCsvBytes(bytes);
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  const rows: CellValue[][] = parsed.data;
  // Papa returns a last empty row for the final line break; it is not a row of the file.
  while (rows.length > 0 && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === "") rows.pop();
  return { name: sheetName, rows, firstRow: 1, firstColumn: 0 };
}

async function readXlsx(bytes: Uint8Array, fileName: string): Promise<FileWorkbookData> {
  const workbook = new ExcelJS.Workbook();
  // exceljs accepts an ArrayBuffer in the browser and in Node.
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  try {
    await workbook.xlsx.load(buffer);
  } catch (error) {
    // The zip reader's own message names its internals and a web page, which means nothing to a user.
    throw new FileReadError("xlsxInvalid", error instanceof Error ? error.message : String(error));
  }
  const sheets: SheetGrid[] = [];
  workbook.eachSheet((worksheet) => {
    const rows: CellValue[][] = [];
    const rowCount = worksheet.rowCount;
    const columnCount = worksheet.columnCount;
    for (let r = 1; r <= rowCount; r++) {
      const row = worksheet.getRow(r);
      const values: CellValue[] = new Array(columnCount).fill(null);
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        if (column <= columnCount) values[column - 1] = plainValue(cell.value);
      });
      rows.push(values);
    }
    sheets.push({ name: worksheet.name, rows, firstRow: 1, firstColumn: 0, tables: tableRegions(worksheet) });
  });
  const date1904 = Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);
  return { fileName, sheets, date1904 };
}

/** Reduces an exceljs cell value (formula, rich text, hyperlink, error) to what Office.js would return. */
function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    if ("error" in value && value.error) return String(value.error);
    if ("richText" in value && Array.isArray(value.richText)) return value.richText.map((part) => part.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: unknown }).result;
      if (result && typeof result === "object" && "error" in result) return String((result as { error: string }).error);
      return plainValue(result as ExcelJS.CellValue);
    }
    if ("text" in value) {
      const text = (value as { text: unknown }).text;
      return typeof text === "string" ? text : plainValue(text as ExcelJS.CellValue);
    }
  }
  return null;
}

/** exceljs's model of a table read from a file; its public typings omit these fields. */
interface LoadedTable {
  name?: string;
  tableRef?: string;
  ref?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
}

/**
 * Positions of the sheet's Excel tables. A table without a header row is left out, because
 * its first row is data. A totals row is left out of the table, because it is not a deal.
 */
function tableRegions(worksheet: ExcelJS.Worksheet): TableRegion[] {
  const regions: TableRegion[] = [];
  for (const entry of worksheet.getTables() as unknown as { table?: LoadedTable }[]) {
    const table = entry.table;
    const range = parseRangeAddress(table?.tableRef ?? table?.ref ?? "");
    if (!table || !range || table.headerRow === false) continue;
    const rowCount = range.lastRow - range.firstRow + 1 - (table.totalsRow ? 1 : 0);
    regions.push({ name: table.name ?? "", headerRow: range.firstRow, firstColumn: range.firstColumn, rowCount, columnCount: range.lastColumn - range.firstColumn + 1 });
  }
  return regions;
}

/**
 * Parses an A1-style range such as "B2:K233" into 1-based rows and 0-based columns.
 *
 * @example parseRangeAddress("B2:K233") // { firstRow: 2, lastRow: 233, firstColumn: 1, lastColumn: 10 }
 */
export function parseRangeAddress(address: string): { firstRow: number; lastRow: number; firstColumn: number; lastColumn: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(address.trim());
  if (!match) return null;
  const columnIndex = (letters: string) => [...letters.toUpperCase()].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  const firstColumn = columnIndex(match[1]);
  const firstRow = Number(match[2]);
  return {
    firstRow,
    firstColumn,
    lastRow: match[4] ? Number(match[4]) : firstRow,
    lastColumn: match[3] ? columnIndex(match[3]) : firstColumn,
  };
}
