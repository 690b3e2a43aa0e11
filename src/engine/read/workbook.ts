/**
 * Reading a whole workbook: the deals table, found by its headers on any sheet, and the
 * quota table when there is one.
 */
import { readDeals, type DealsReadResult } from "./deals";
import { locateDealsTable } from "./locate";
import { readQuotas, type QuotasReadResult } from "./quotas";
import type { DealField, ReadOptions, SheetGrid } from "../types";

export interface PipelineSource extends DealsReadResult {
  quotas: QuotasReadResult;
}

export interface WorkbookReadOptions extends ReadOptions {
  /** Read the deals from this sheet only. */
  sheetName?: string;
  /** Column mapping chosen by the user: field to 0-based column index within the header row. */
  overrides?: Partial<Record<DealField, number>>;
}

/**
 * Finds and reads the deals and quotas of a workbook. Returns null when no sheet has a
 * header row with an amount column and a stage or status column.
 */
export function readPipeline(sheets: SheetGrid[], options: WorkbookReadOptions): PipelineSource | null {
  const located = locateDealsTable(sheets, { sheetName: options.sheetName, overrides: options.overrides });
  if (!located) return null;
  const deals = readDeals(located, options);
  const otherSheets = sheets.filter((sheet) => sheet !== located.sheet);
  return { ...deals, quotas: readQuotas(otherSheets, options) };
}
