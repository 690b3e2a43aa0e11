/**
 * Deciding which rows below a located header are deals: blank rows, total rows, filling
 * instructions of an import template and earlier rows of a repeated id are counted and left
 * out. The rows are kept as indexes into the sheet's grid, so that no row is copied.
 */
import type { LocatedHeader } from "./locate";
import { cellText, isBlank, isCellError } from "./values";
import type { CellValue, ColumnMapping } from "../types";

export interface DealRows {
  /** Indexes into `sheet.rows` of the rows that hold a deal, in sheet order, before duplicates are removed. */
  data: number[];
  blank: number;
  totals: number;
  instructions: number;
}

/**
 * Sorts the rows of a located block into deals, blank rows, total rows and instruction
 * rows. `kindColumns` are the stage and status columns: a row with either filled is never a
 * total row.
 */
export function classifyRows(located: LocatedHeader, kindColumns: readonly ColumnMapping[]): DealRows {
  const { sheet, headerIndex, columnOffset } = located;
  const width = located.headers.length;
  const data: number[] = [];
  let blank = 0;
  let totals = 0;
  let instructions = 0;
  for (let index = headerIndex + 1; index < located.endIndex; index++) {
    const values = sheet.rows[index] ?? [];
    if (isBlankRow(values, columnOffset, width)) {
      blank++;
      continue;
    }
    if (isTotalRow(values, columnOffset, width, kindColumns)) {
      totals++;
      continue;
    }
    if (data.length === 0 && index - headerIndex <= INSTRUCTION_ROWS && isInstructionRow(values, columnOffset, width)) {
      instructions++;
      continue;
    }
    data.push(index);
  }
  return { data, blank, totals, instructions };
}

function isBlankRow(values: readonly CellValue[], offset: number, width: number): boolean {
  for (let c = offset; c < offset + width; c++) if (!isBlank(values[c])) return false;
  return true;
}

/** Rows right under the header that import templates use for filling instructions. */
const INSTRUCTION_ROWS = 3;
const INSTRUCTION_CUE = /必填|选填|可选|非必填|请填写|填写|请输入|请选择|下拉|格式[:：为]|示例|例如|单位[:：为]|^required\b|^optional\b|\be\.g\.|^example\b|^format\b|^enter\b|^select\b/i;

/**
 * Tells an instruction row of an import template ("必填，从下拉选择", "Required, e.g. 2026-05-30")
 * from a deal: at least two cells, and most of its text cells, carry a filling cue.
 */
function isInstructionRow(values: readonly CellValue[], offset: number, width: number): boolean {
  let texts = 0;
  let cued = 0;
  for (let c = offset; c < offset + width; c++) {
    const value = values[c];
    if (typeof value !== "string" || value.trim() === "") continue;
    texts++;
    if (INSTRUCTION_CUE.test(value.trim())) cued++;
  }
  return cued >= 2 && cued * 2 >= texts;
}

const TOTAL_LABEL = /^(合计|总计|小计|汇总|总和|total|totals|grand total|sub-?total|sum)[:：]?$/i;

/**
 * Tells a row that sums the deals ("合计", "Grand Total") from a deal: it has a total label
 * in some cell, and its stage and status are blank or a total label themselves, because no
 * stage is called "Total". Counting it as a deal would double the pipeline.
 */
function isTotalRow(values: readonly CellValue[], offset: number, width: number, kindColumns: readonly ColumnMapping[]): boolean {
  for (const column of kindColumns) {
    const value = values[offset + column.index];
    if (!isBlank(value) && !(typeof value === "string" && TOTAL_LABEL.test(value.trim()))) return false;
  }
  for (let c = offset; c < offset + width; c++) {
    const value = values[c];
    if (typeof value === "string" && TOTAL_LABEL.test(value.trim())) return true;
  }
  return false;
}

/** A cell that shows an Excel error, such as #N/A. */
export interface ErrorCell {
  /** Position in the list of rows that were copied. */
  position: number;
  /** Index into the list of columns that were copied. */
  column: number;
  value: CellValue;
}

/**
 * Copies the cells of the given columns out of the given rows, one array per column, with
 * every cell that shows an Excel error replaced by null and listed apart. The rows are
 * walked in order and each row is read once, because reading a row-major grid a column at
 * a time visits every row object once per column and misses the cache each time.
 *
 * @example columnCells(located, [1, 2], columns).cells // [[A2, A3], [D2, D3]] for columns A and D
 */
export function columnCells(located: LocatedHeader, rows: ArrayLike<number>, columns: readonly ColumnMapping[]): { cells: CellValue[][]; errors: ErrorCell[] } {
  const gridColumns = columns.map((column) => located.columnOffset + column.index);
  const cells = columns.map(() => new Array<CellValue>(rows.length));
  const errors: ErrorCell[] = [];
  for (let k = 0; k < rows.length; k++) {
    const values = located.sheet.rows[rows[k]];
    for (let c = 0; c < gridColumns.length; c++) {
      const value = values[gridColumns[c]];
      if (isCellError(value)) {
        errors.push({ position: k, column: c, value });
        cells[c][k] = null;
      } else {
        cells[c][k] = value;
      }
    }
  }
  return { cells, errors };
}

/** The deal rows left after duplicates, with the id text of each. */
export interface KeptRows {
  /** Positions in the list of data rows of the rows kept, in sheet order. */
  positions: Int32Array;
  /** Id text of each kept row, or "" when the row has no id or shows a cell error there. */
  ids: string[];
  /** Earlier rows of a repeated id, as positions in the list of data rows, with the id. */
  duplicates: { position: number; id: string }[];
}

/**
 * Keeps the last row of each id and lists the earlier ones as duplicates, because the last
 * row of an export is the most recent state of the deal. Rows without an id are all kept.
 * `idCells` are the id column's cells of the data rows, or null when there is no id column.
 * A cell showing an error, such as #N/A, is not an id, so rows that show one count as
 * different deals.
 */
export function keepLastOfEachId(idCells: readonly CellValue[] | null, rowCount: number): KeptRows {
  if (!idCells) return { positions: allPositions(rowCount), ids: new Array<string>(rowCount).fill(""), duplicates: [] };

  const ids = new Array<string>(rowCount);
  for (let k = 0; k < rowCount; k++) {
    const value = idCells[k];
    ids[k] = isCellError(value) ? "" : cellText(value);
  }
  // Walking up from the last row, an id met before belongs to a later row, so this row is
  // the earlier duplicate. One set lookup per row is cheaper than a map of last positions.
  const seen = new Set<string>();
  const duplicate = new Uint8Array(rowCount);
  let duplicateCount = 0;
  for (let k = rowCount - 1; k >= 0; k--) {
    const id = ids[k];
    if (id === "") continue;
    if (seen.has(id)) {
      duplicate[k] = 1;
      duplicateCount++;
    } else {
      seen.add(id);
    }
  }
  if (duplicateCount === 0) return { positions: allPositions(rowCount), ids, duplicates: [] };

  const positions = new Int32Array(rowCount - duplicateCount);
  const keptIds = new Array<string>(positions.length);
  const duplicates: { position: number; id: string }[] = [];
  let keptCount = 0;
  for (let k = 0; k < rowCount; k++) {
    if (duplicate[k]) {
      duplicates.push({ position: k, id: ids[k] });
    } else {
      positions[keptCount] = k;
      keptIds[keptCount++] = ids[k];
    }
  }
  return { positions, ids: keptIds, duplicates };
}

function allPositions(count: number): Int32Array {
  const positions = new Int32Array(count);
  for (let k = 0; k < count; k++) positions[k] = k;
  return positions;
}
