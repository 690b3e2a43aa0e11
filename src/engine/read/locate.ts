/**
 * Locating a table inside a sheet: the header row may sit below a title or a SUBTOTAL
 * row, and the used range may be wider or longer than the data.
 */
import { mapHeaders } from "./headers";
import { cellText } from "./values";
import type { CellValue, DealField, SheetGrid } from "../types";

/** How far down a sheet a header row is looked for. */
const HEADER_SEARCH_ROWS = 30;

export interface LocatedHeader {
  sheet: SheetGrid;
  /** Index into `sheet.rows` of the header row. */
  headerIndex: number;
  headers: string[];
  mapping: Map<DealField, number>;
}

/**
 * Finds the row of a sheet whose headers name the most deal fields, among those that
 * name an amount and a stage or status. Returns null when no row qualifies.
 */
export function locateDealsHeader(sheet: SheetGrid, overrides: Partial<Record<DealField, number>> = {}): LocatedHeader | null {
  let best: LocatedHeader | null = null;
  const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index++) {
    const headers = (sheet.rows[index] ?? []).map((value: CellValue) => cellText(value));
    const mapping = mapHeaders(headers, overrides);
    const hasKind = mapping.has("stage") || mapping.has("status") || mapping.has("isWon");
    if (!mapping.has("amount") || !hasKind) continue;
    if (!best || mapping.size > best.mapping.size) best = { sheet, headerIndex: index, headers, mapping };
  }
  return best;
}

/** Picks the sheet and header row that name the most deal fields across a workbook. */
export function locateDealsTable(
  sheets: SheetGrid[],
  options: { sheetName?: string; overrides?: Partial<Record<DealField, number>> } = {},
): LocatedHeader | null {
  const candidates = options.sheetName ? sheets.filter((sheet) => sheet.name === options.sheetName) : sheets;
  let best: LocatedHeader | null = null;
  for (const sheet of candidates) {
    const found = locateDealsHeader(sheet, options.overrides);
    if (found && (!best || found.mapping.size > best.mapping.size)) best = found;
  }
  return best;
}
