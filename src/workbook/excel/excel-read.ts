/**
 * Reading the used cells and the Excel tables of every visible sheet through Office.js. Used
 * ranges are read in row blocks with one sync per block, so that a large table stays under the
 * host's payload limits and the read can be cancelled. The read yields to the event loop
 * between blocks.
 */
import type { CellValue, SheetGrid, TableRegion } from "../../engine/types";
import { ReadCancelledError, type ReadOptions, type WorkbookSnapshot } from "../port";

export const DEFAULT_BLOCK_ROWS = 10_000;
/** Smallest block tried after payload-limit errors. A failure at this size fails the read. */
export const MIN_BLOCK_ROWS = 100;
/** Office.js reads at most 5,000,000 cells of a range in one request, on every platform. */
const MAX_BLOCK_CELLS = 5_000_000;

/** Error codes of Excel on the web when a request or response exceeds 5 MB. */
const PAYLOAD_LIMIT_CODES = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

export interface SheetReadSettings {
  /** Rows per block at the start of the read, halved after each payload-limit failure. */
  blockRows: number;
  /** True when the host supports `Workbook.use1904DateSystem`. */
  read1904: boolean;
}

/** `Workbook.use1904DateSystem` is documented by Microsoft but missing from @types/office-js 1.0.612. */
type WorkbookWithDateSystem = Excel.Workbook & { use1904DateSystem?: boolean };

interface UsedArea {
  sheet: Excel.Worksheet;
  name: string;
  range: Excel.Range;
}

/** An Excel table with a header row, on a visible sheet. */
interface TableArea {
  table: Excel.Table;
  sheetName: string;
  range: Excel.Range;
}

interface ReadState {
  blockRows: number;
  rowsRead: number;
  rowsTotal: number;
}

type BlockResult = { values: unknown[][] } | { failure: unknown };

/**
 * Reads the used cells and the Excel tables of every visible sheet, with two syncs for the
 * layout and then one per block.
 */
export async function readVisibleSheets(
  context: Excel.RequestContext,
  settings: SheetReadSettings,
  options: ReadOptions,
): Promise<WorkbookSnapshot> {
  throwIfCancelled(options.signal);
  const workbook = context.workbook as WorkbookWithDateSystem;
  const worksheets = workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  workbook.tables.load("items/name,items/showHeaders,items/showTotals,items/worksheet/name");
  if (settings.read1904) workbook.load("use1904DateSystem");
  await context.sync();
  const date1904 = settings.read1904 ? workbook.use1904DateSystem === true : false;

  const areas: UsedArea[] = worksheets.items
    .filter((sheet) => sheet.visibility === "Visible")
    .map((sheet) => {
      const range = sheet.getUsedRangeOrNullObject(true);
      range.load("rowIndex,columnIndex,rowCount,columnCount");
      return { sheet, name: sheet.name, range };
    });
  const tables = queueTableRanges(workbook.tables.items, new Set(areas.map((area) => area.name)));
  await context.sync();

  const state: ReadState = {
    blockRows: settings.blockRows,
    rowsRead: 0,
    rowsTotal: areas.reduce((total, area) => total + (area.range.isNullObject ? 0 : area.range.rowCount), 0),
  };
  const sheets: SheetGrid[] = [];
  for (const area of areas) {
    const sheetTables = tableRegions(tables, area.name);
    if (area.range.isNullObject) {
      sheets.push({ name: area.name, rows: [], firstRow: 1, firstColumn: 0, tables: sheetTables });
      continue;
    }
    const rows = await readAreaInBlocks(context, area, state, options);
    sheets.push({ name: area.name, rows, firstRow: area.range.rowIndex + 1, firstColumn: area.range.columnIndex, tables: sheetTables });
  }
  return { sheets, date1904 };
}

/**
 * Queues a load of the range of each table that has a header row and lies on one of the
 * visible sheets. A table without a header row is left out, because its first row is data.
 */
function queueTableRanges(tables: Excel.Table[], visibleSheetNames: Set<string>): TableArea[] {
  return tables
    .filter((table) => table.showHeaders && visibleSheetNames.has(table.worksheet.name))
    .map((table) => {
      const range = table.getRange().load("rowIndex,columnIndex,rowCount,columnCount");
      return { table, sheetName: table.worksheet.name, range };
    });
}

/** Returns the positions of a sheet's tables. A totals row is left out of the table, because it is not a deal. */
function tableRegions(tables: TableArea[], sheetName: string): TableRegion[] {
  return tables
    .filter((table) => table.sheetName === sheetName)
    .map(({ table, range }) => ({
      name: table.name,
      headerRow: range.rowIndex + 1,
      firstColumn: range.columnIndex,
      rowCount: range.rowCount - (table.showTotals ? 1 : 0),
      columnCount: range.columnCount,
    }));
}

async function readAreaInBlocks(context: Excel.RequestContext, area: UsedArea, state: ReadState, options: ReadOptions): Promise<CellValue[][]> {
  const { rowIndex, columnIndex, rowCount, columnCount } = area.range;
  const maxRowsByCells = Math.max(1, Math.floor(MAX_BLOCK_CELLS / columnCount));
  const rows: CellValue[][] = [];

  let offset = 0;
  while (offset < rowCount) {
    throwIfCancelled(options.signal);
    const size = Math.min(state.blockRows, maxRowsByCells, rowCount - offset);
    const block = await readBlock(context, area.sheet, rowIndex + offset, columnIndex, size, columnCount);

    if ("failure" in block) {
      if (size <= MIN_BLOCK_ROWS) throw blockFailureError(block.failure, area.name, rowIndex + offset, size);
      state.blockRows = Math.max(MIN_BLOCK_ROWS, Math.floor(size / 2));
      continue;
    }

    // Rows go to the engine as Office.js returns them, "" for an empty cell included: the
    // engine reads "" as blank, and a copy of every cell would cost more than the read itself.
    for (const row of block.values) rows.push(row as CellValue[]);
    offset += size;
    state.rowsRead += size;
    options.onProgress?.({ rowsRead: state.rowsRead, rowsTotal: state.rowsTotal });
    await yieldToHost();
  }
  return rows;
}

/** Reads one block. A payload-limit error or missing values come back as a failure, so the caller can retry a smaller block. */
async function readBlock(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  row: number,
  column: number,
  rowCount: number,
  columnCount: number,
): Promise<BlockResult> {
  const range = sheet.getRangeByIndexes(row, column, rowCount, columnCount).load("values");
  try {
    await context.sync();
  } catch (error) {
    if (isPayloadLimitError(error)) return { failure: error };
    throw error;
  }
  // Over its limits Office.js may return null values instead of an error.
  if (!Array.isArray(range.values)) return { failure: null };
  return { values: range.values };
}

function blockFailureError(failure: unknown, sheetName: string, rowIndex: number, rowCount: number): unknown {
  if (failure !== null) return failure;
  const firstRow = rowIndex + 1;
  const lastRow = rowIndex + rowCount;
  return new Error(`Excel returned no values for rows ${firstRow}-${lastRow} of sheet "${sheetName}", even in a block of ${rowCount} rows`);
}

function isPayloadLimitError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && PAYLOAD_LIMIT_CODES.has(code);
}

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ReadCancelledError();
}

/** Lets the host and the pane handle events between blocks, because a host blocked for about 5 s may restart the add-in. */
function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
