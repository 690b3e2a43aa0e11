/**
 * Locating a table inside a workbook. Excel tables (ListObjects) come first. Then free
 * ranges: the header row may sit below a title or a SUBTOTAL row, the used range may be
 * wider or longer than the data, and one sheet may hold several blocks side by side.
 */
import { findHeader, guessCrm, mapHeaders, normalizeHeader, type CrmGuess, type HeaderMapping } from "./headers";
import { cellText, isBlank } from "./values";
import type { CellValue, DealField, SheetGrid } from "../types";

/** How far down a sheet a header row is looked for. */
const HEADER_SEARCH_ROWS = 30;

/** A block of a sheet that may hold a table: its header row, its columns and how far its rows run. */
export interface SheetBlock {
  sheet: SheetGrid;
  /** Index into `sheet.rows` of the header row. */
  headerIndex: number;
  /** Index into `sheet.rows` one past the last row that may hold data. */
  endIndex: number;
  /** Index into each row of `sheet.rows` of the block's first column. */
  columnOffset: number;
  /** Header texts of the block's columns. */
  headers: string[];
  /** Name of the Excel table, when the block is one. */
  tableName?: string;
}

export interface LocatedHeader extends SheetBlock {
  /** Field to 0-based index within `headers`. */
  mapping: Map<DealField, number>;
  crm: CrmGuess;
}

export interface LocateOptions {
  /** Look on this sheet only. */
  sheetName?: string;
  /** Read this Excel table only, compared without case as Excel does. */
  tableName?: string;
  /** Header text chosen by the user per field. */
  mapping?: HeaderMapping;
}

/** Returns the cells of one sheet row that fall within a block's columns. */
export function blockRow(block: SheetBlock, index: number): CellValue[] {
  const values = block.sheet.rows[index] ?? [];
  // A block that starts at the grid's first column and spans the whole row needs no copy; callers only read it.
  if (block.columnOffset === 0 && values.length <= block.headers.length) return values;
  return values.slice(block.columnOffset, block.columnOffset + block.headers.length);
}

/** 0-based sheet column of a block's column. */
export function sheetColumn(block: SheetBlock, index: number): number {
  return block.sheet.firstColumn + block.columnOffset + index;
}

/**
 * Returns the Excel tables of a sheet as blocks, cut to the part of the sheet that was read.
 * A table whose header row lies outside the grid is left out.
 */
export function tableBlocks(sheet: SheetGrid): SheetBlock[] {
  const blocks: SheetBlock[] = [];
  for (const table of sheet.tables ?? []) {
    const headerIndex = table.headerRow - sheet.firstRow;
    if (headerIndex < 0 || headerIndex >= sheet.rows.length) continue;
    const start = Math.max(table.firstColumn - sheet.firstColumn, 0);
    const end = table.firstColumn - sheet.firstColumn + table.columnCount;
    if (end <= start) continue;
    const headers = headerTexts(sheet.rows[headerIndex], start, end);
    const endIndex = Math.min(headerIndex + table.rowCount, sheet.rows.length);
    blocks.push({ sheet, headerIndex, endIndex, columnOffset: start, headers, tableName: table.name });
  }
  return blocks;
}

/**
 * Returns the candidate blocks of the first rows of a sheet: each contiguous run of
 * non-blank header cells, with rows to the end of the sheet. A blank header cell ends a
 * run, so a quota block to the right of the deals is a block of its own. A header the user
 * chose in `mapping` that lies in another run of the same row widens the block to that run.
 */
export function freeBlocks(sheet: SheetGrid, mapping: HeaderMapping = {}): SheetBlock[] {
  const blocks: SheetBlock[] = [];
  const chosen = Object.values(mapping).filter((text): text is string => text !== undefined && text.trim() !== "");
  const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let headerIndex = 0; headerIndex < limit; headerIndex++) {
    const row = sheet.rows[headerIndex] ?? [];
    const texts = headerTexts(row, 0, row.length);
    const runs = headerRuns(texts);
    for (const run of runs) {
      let { start, end } = run;
      for (const text of chosen) {
        if (findHeader(texts.slice(start, end), text) >= 0) continue;
        const elsewhere = findHeader(texts, text);
        const other = runs.find((candidate) => elsewhere >= candidate.start && elsewhere < candidate.end);
        if (!other) continue;
        start = Math.min(start, other.start);
        end = Math.max(end, other.end);
      }
      blocks.push({ sheet, headerIndex, endIndex: sheet.rows.length, columnOffset: start, headers: texts.slice(start, end) });
    }
  }
  return blocks;
}

function headerTexts(row: CellValue[] | undefined, start: number, end: number): string[] {
  const texts: string[] = [];
  for (let index = start; index < end; index++) texts.push(cellText(row?.[index]).trim());
  return texts;
}

/** Runs of non-blank texts as [start, end) index pairs. */
function headerRuns(texts: string[]): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let start = -1;
  texts.forEach((text, index) => {
    if (text !== "" && start < 0) start = index;
    if (text === "" && start >= 0) {
      runs.push({ start, end: index });
      start = -1;
    }
  });
  if (start >= 0) runs.push({ start, end: texts.length });
  return runs;
}

/**
 * Maps a block's headers and keeps it when they name an amount and a stage, status or
 * won flag. Returns null for a block that does not qualify.
 */
function asDealsBlock(block: SheetBlock, mapping: HeaderMapping): LocatedHeader | null {
  if (isStageHistory(block.headers) && Object.keys(mapping).length === 0) return null;
  const fields = mapHeaders(block.headers, mapping);
  const hasKind = fields.has("stage") || fields.has("status") || fields.has("isWon");
  if (!fields.has("amount") || !hasKind) return null;
  return { ...block, mapping: fields, crm: guessCrm(block.headers) };
}

const HISTORY_ONLY_HEADERS = ["opportunityhistorykey", "fromstage", "tostage", "fromopportunitystagename", "prevamount", "prevclosedate", "oldvalue", "newvalue"];

/**
 * Tells a stage-history table (Salesforce OpportunityHistory, a CRM's field-change log) from
 * a deals table. It has one row per change, not per deal, in no guaranteed order, so
 * reading it as deals would keep a stale stage for many of them. Signs: a history-only
 * column, or Salesforce's row Id beside the OpportunityId it belongs to. A mapping chosen
 * by the user still reads it.
 */
export function isStageHistory(headers: string[]): boolean {
  const keys = new Set(headers.map(normalizeHeader));
  if (HISTORY_ONLY_HEADERS.some((key) => keys.has(key))) return true;
  return keys.has("id") && keys.has("opportunityid");
}

/** Returns the block whose headers name the most deal fields; the first wins ties. */
function bestDealsBlock(blocks: SheetBlock[], mapping: HeaderMapping): LocatedHeader | null {
  let best: LocatedHeader | null = null;
  for (const block of blocks) {
    const found = asDealsBlock(block, mapping);
    if (found && (!best || found.mapping.size > best.mapping.size)) best = found;
  }
  return best;
}

/**
 * Finds the deals table of one sheet: the Excel table that names the most deal fields,
 * else the free block that does, among those that name an amount and a stage or status.
 * Returns null when no block qualifies.
 */
export function locateDealsHeader(sheet: SheetGrid, mapping: HeaderMapping = {}): LocatedHeader | null {
  return bestDealsBlock(tableBlocks(sheet), mapping) ?? bestDealsBlock(freeBlocks(sheet, mapping), mapping);
}

/**
 * Picks the deals table of a workbook. An Excel table that qualifies on any sheet wins
 * over every free range. Among tables, and then among free ranges, the one naming the most
 * deal fields wins, and the earlier sheet wins ties. With `tableName` only that table counts.
 */
export function locateDealsTable(sheets: SheetGrid[], options: LocateOptions = {}): LocatedHeader | null {
  const mapping = options.mapping ?? {};
  const candidates = options.sheetName === undefined ? sheets : sheets.filter((sheet) => sheet.name === options.sheetName);
  const tables = candidates.flatMap(tableBlocks);

  if (options.tableName !== undefined) {
    const requested = options.tableName.toLowerCase();
    return bestDealsBlock(
      tables.filter((block) => block.tableName?.toLowerCase() === requested),
      mapping,
    );
  }
  return bestDealsBlock(tables, mapping) ?? bestDealsBlock(candidates.flatMap((sheet) => freeBlocks(sheet, mapping)), mapping);
}

/** Names of the Excel tables of a workbook, in sheet order. */
export function tableNames(sheets: SheetGrid[]): string[] {
  return sheets.flatMap((sheet) => (sheet.tables ?? []).map((table) => table.name));
}

/** True when a cell in the first rows of the sheets equals `header` as `findHeader` compares. */
export function headerRowsContain(sheets: SheetGrid[], header: string): boolean {
  return sheets.some((sheet) => sheet.rows.slice(0, HEADER_SEARCH_ROWS).some((row) => findHeader(headerTexts(row, 0, row.length), header) >= 0));
}

/**
 * Returns the row most likely to be a header when no deals table was found: the row with
 * the most non-blank cells among the first rows of the sheets, the earliest on ties. Used
 * to show the user which headers a sheet has.
 */
export function likelyHeaderRow(sheets: SheetGrid[]): { sheet: string; headers: string[] } | null {
  let best: { sheet: string; headers: string[] } | null = null;
  for (const sheet of sheets) {
    const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
    for (let index = 0; index < limit; index++) {
      const headers = (sheet.rows[index] ?? []).filter((value) => !isBlank(value)).map((value) => cellText(value).trim());
      if (headers.length > 0 && (!best || headers.length > best.headers.length)) best = { sheet: sheet.name, headers };
    }
  }
  return best;
}
