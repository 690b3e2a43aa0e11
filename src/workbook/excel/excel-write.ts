/**
 * Writing a report sheet through Office.js. Add-in sheets carry a worksheet custom property
 * whose value is the sheet's kind, so a later run replaces only the add-in's own sheets and
 * never touches a sheet of the user's that happens to have the same name.
 */
import { NUMBER_FORMATS, type ReportSheetContent, type SheetCell } from "../../present/report-sheet";
import type { WriteResult } from "../port";
import { OWNER_PROPERTY_KEY, ownerMarkerKind, ownerMarkerValue, planReportSheet, type ExistingSheet } from "./report-sheet-names";

/** Maximum rows written in one sync. */
export const WRITE_BLOCK_ROWS = 5_000;
/** Maximum cells written in one sync, so that a wide sheet is written in shorter blocks. */
export const WRITE_BLOCK_CELLS = 25_000;
/**
 * Maximum characters of text written in one sync, unless a single row has more.
 * NOTE: an estimate, not measured in Excel. Excel on the web rejects requests over 5 MB, and
 * 1,000,000 characters take at most 3 MB as UTF-8, which leaves room for the number formats.
 */
export const WRITE_BLOCK_CHARACTERS = 1_000_000;
/** An estimate of the width of one character of the default font, in points. */
const POINTS_PER_CHARACTER = 7;

/** Rows `start` to `start + rowCount - 1` (0-based) of a sheet's content, written in one sync. */
export interface RowBlock {
  start: number;
  rowCount: number;
}

interface SheetInWorkbook extends ExistingSheet {
  sheet: Excel.Worksheet;
}

/**
 * Writes an add-in sheet and activates it. Two syncs read the sheet names and owner markers.
 * Then one sync per block of rows adds the sheet, deletes the earlier add-in sheets it
 * replaces and writes the cells.
 */
export async function writeReportSheet(context: Excel.RequestContext, content: ReportSheetContent): Promise<WriteResult> {
  const existing = await loadSheetsWithMarkers(context);
  const plan = planReportSheet(existing, content.name, content.kind);

  plan.replaces?.sheet.delete();
  const sheet = context.workbook.worksheets.add(plan.name);
  sheet.customProperties.add(OWNER_PROPERTY_KEY, ownerMarkerValue(content.kind));
  // The other sheets go after the add, so that none of them is the last visible sheet when it is deleted.
  for (const other of plan.deletes) other.sheet.delete();
  setColumnWidths(sheet, content);

  const blocks = rowBlocks(content);
  const lastSync = Math.max(blocks.length, 1) - 1;
  for (let index = 0; index <= lastSync; index++) {
    if (index < blocks.length) queueBlock(sheet, content, blocks[index]);
    if (index === lastSync) sheet.activate();
    context.workbook.application.suspendApiCalculationUntilNextSync();
    await context.sync();
    if (index < lastSync) await yieldToHost();
  }

  return { sheetName: plan.name };
}

/** Loads the name of every sheet and then, in one more sync, every sheet's owner marker. */
async function loadSheetsWithMarkers(context: Excel.RequestContext): Promise<SheetInWorkbook[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();

  const markers = worksheets.items.map((sheet) => ({
    sheet,
    marker: sheet.customProperties.getItemOrNullObject(OWNER_PROPERTY_KEY).load("value"),
  }));
  await context.sync();

  return markers.map(({ sheet, marker }) => ({
    sheet,
    name: sheet.name,
    ownerKind: marker.isNullObject ? null : ownerMarkerKind(marker.value),
  }));
}

/**
 * Splits the rows of a sheet into blocks of at most `WRITE_BLOCK_ROWS` rows, `WRITE_BLOCK_CELLS`
 * cells and `WRITE_BLOCK_CHARACTERS` characters of text. A row longer than the character limit
 * gets a block of its own. Returns no blocks when there are no cells. For example, 12,000 rows
 * of 5 short cells give blocks that start at rows 0, 5,000 and 10,000.
 */
export function rowBlocks(content: Pick<ReportSheetContent, "rows" | "columnCount">): RowBlock[] {
  const { rows, columnCount } = content;
  if (rows.length === 0 || columnCount <= 0) return [];
  const maxRows = Math.max(1, Math.min(WRITE_BLOCK_ROWS, Math.floor(WRITE_BLOCK_CELLS / columnCount)));

  const blocks: RowBlock[] = [];
  let current: RowBlock = { start: 0, rowCount: 0 };
  let characters = 0;
  rows.forEach((row, index) => {
    const rowCharacters = textLength(row, columnCount);
    const full = current.rowCount === maxRows || characters + rowCharacters > WRITE_BLOCK_CHARACTERS;
    if (current.rowCount > 0 && full) {
      blocks.push(current);
      current = { start: index, rowCount: 0 };
      characters = 0;
    }
    current.rowCount += 1;
    characters += rowCharacters;
  });
  blocks.push(current);
  return blocks;
}

function textLength(row: SheetCell[], columnCount: number): number {
  let length = 0;
  for (let column = 0; column < columnCount; column++) {
    const value = row[column]?.value;
    length += typeof value === "string" ? value.length : 0;
  }
  return length;
}

/** Queues the number formats, values and bold rows of one block. */
function queueBlock(sheet: Excel.Worksheet, content: ReportSheetContent, block: RowBlock): void {
  const { columnCount } = content;
  const rows = content.rows.slice(block.start, block.start + block.rowCount);
  const cells = rows.map((row) => Array.from({ length: columnCount }, (_, column): SheetCell | undefined => row[column]));

  const range = sheet.getRangeByIndexes(block.start, 0, block.rowCount, columnCount);
  // The formats go first in the same batch, so that Excel stores strings starting with
  // = + - @ as text instead of parsing them as formulas. Range.valuesAsJson would also keep
  // them as text, but it needs ExcelApi 1.16 and the manifest requires only 1.12.
  // NOTE: that "@" set before the values keeps such strings as text was not checked on every platform.
  range.numberFormat = cells.map((row) => row.map(cellNumberFormat));
  range.values = cells.map((row) => row.map((cell) => cell?.value ?? ""));

  rows.forEach((row, offset) => {
    if (row.some((cell) => cell.style === "title" || cell.style === "header")) {
      sheet.getRangeByIndexes(block.start + offset, 0, 1, columnCount).format.font.bold = true;
    }
  });
}

function setColumnWidths(sheet: Excel.Worksheet, content: ReportSheetContent): void {
  content.columnWidths.forEach((characters, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = characters * POINTS_PER_CHARACTER;
  });
}

/** Strings are always formatted as text, whatever figure format their cell has. */
function cellNumberFormat(cell: SheetCell | undefined): string {
  if (cell === undefined || typeof cell.value === "string") return NUMBER_FORMATS.text;
  return NUMBER_FORMATS[cell.format];
}

/** Lets the host and the pane handle events between blocks, because a host blocked for about 5 s may restart the add-in. */
function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
