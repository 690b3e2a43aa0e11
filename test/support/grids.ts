/**
 * Small builders for hand-written test fixtures: sheet grids, read options and day numbers
 * computed without the engine's own date code.
 */
import type { CellValue, ReadOptions, SheetGrid } from "../../src/engine/types";

const MS_PER_DAY = 86_400_000;

/**
 * Returns the day number (days since 1970-01-01) of a calendar date, computed with
 * `Date.UTC` so that expected values do not depend on `src/engine/dates.ts`.
 *
 * @example utcDay(2026, 1, 1) // 20454
 */
export function utcDay(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** Builds a sheet grid whose first row is sheet row `firstRow` and whose first column is A unless given. */
export function sheetGrid(name: string, rows: CellValue[][], firstRow = 1, firstColumn = 0): SheetGrid {
  return { name, rows, firstRow, firstColumn };
}

export const US_OPTIONS: ReadOptions = { locale: "en-US", date1904: false };
export const UK_OPTIONS: ReadOptions = { locale: "en-GB", date1904: false };
export const CN_OPTIONS: ReadOptions = { locale: "zh-CN", date1904: false };
