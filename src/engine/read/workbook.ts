/**
 * Reading a whole workbook: the deals table, found by its headers on any sheet, the stage
 * table and the quota table when there are ones.
 */
import { readStageHistory, type StageHistoryReadResult } from "./stage-history";
import { readDeals, type DealsReadResult } from "./deals";
import { findHeader, type CrmGuess, type HeaderMapping } from "./headers";
import { locateDealsTable } from "./locate";
import { readQuotas, type QuotasReadResult } from "./quotas";
import { readStageTable, type StageTableReadResult } from "./stage-table";
import { normalizeStageName } from "./stages";
import type { DealField, DealTable, ReadOptions, SheetGrid } from "../types";
import { filledCountsOf } from "../metrics/data-quality";

/** A problem with the user's column choices, as opposed to a problem in the data. */
export interface MappingProblem {
  kind: "mappingHeaderNotFound";
  field: DealField;
  /** The header text the user chose, which no column of the deals table has. */
  header: string;
}

export interface PipelineSource extends DealsReadResult {
  quotas: QuotasReadResult;
  /** Header texts of the deals table's columns, blank ones included. */
  headers: string[];
  /** Name of the Excel table the deals were read from, or null for a free range. */
  tableName: string | null;
  crm: CrmGuess;
  /** The workbook's own stage table, used in place of the built-in lists, or null when it has none. */
  stageTable: StageTableReadResult | null;
  /** A stage-history table (one row per stage change) on another sheet, or null when there is none. */
  history: StageHistoryReadResult | null;
  problems: MappingProblem[];
}

export interface WorkbookReadOptions extends ReadOptions {
  /** Read the deals from this sheet only. */
  sheetName?: string;
  /** Read the deals from this Excel table only. */
  tableName?: string;
  /** Header text chosen by the user per field. An empty string leaves the field unmapped. */
  mapping?: HeaderMapping;
}

/**
 * Finds and reads the deals, stages and quotas of a workbook. Returns null when no sheet
 * has a header row with an amount column and a stage or status column. A chosen header
 * that the deals table lacks becomes a `problems` entry, and its field is guessed as if
 * nothing had been chosen.
 */
export function readPipeline(sheets: SheetGrid[], options: WorkbookReadOptions): PipelineSource | null {
  const mapping = options.mapping ?? {};
  const located = locateDealsTable(sheets, { sheetName: options.sheetName, tableName: options.tableName, mapping });
  if (!located) return null;

  const stageTable = readStageTable(sheets, located);
  const deals = readDeals(located, options, stageTable?.preset);
  const otherSheets = sheets.filter((sheet) => sheet !== located.sheet);

  const problems: MappingProblem[] = [];
  for (const [field, header] of Object.entries(mapping) as [DealField, string | undefined][]) {
    if (header !== undefined && header.trim() !== "" && findHeader(located.headers, header) < 0) {
      problems.push({ kind: "mappingHeaderNotFound", field, header });
    }
  }

  const history = readStageHistory(otherSheets, options);
  if (history) fillStageEnteredFromHistory(deals.table, history);
  // Counted now that the table is complete, so that every report on it reuses the counts.
  filledCountsOf(deals.table);

  return {
    ...deals,
    quotas: readQuotas(otherSheets, options),
    history,
    headers: located.headers,
    tableName: located.tableName ?? null,
    crm: located.crm,
    stageTable,
    problems,
  };
}

/**
 * Gives deals without a stage-entered date the date of their latest stage change, when the
 * history lists their current stage, so that stalled deals can be judged.
 *
 * NOTE: the history keeps each stage once, with the date of the deal's latest change. That
 * date is when the deal entered its current stage only if the latest change led to it, which
 * is true of a consistent export but is not checked.
 */
function fillStageEnteredFromHistory(table: DealTable, history: StageHistoryReadResult): void {
  for (let i = 0; i < table.size; i++) {
    if (!Number.isNaN(table.stageEntered[i])) continue;
    const path = history.byDeal.get(table.id[i]);
    if (!path) continue;
    const current = normalizeStageName(table.stage[i]);
    if (path.stages.some((stage) => normalizeStageName(stage) === current)) table.stageEntered[i] = path.lastChange;
  }
}
