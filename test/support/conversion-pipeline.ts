/**
 * A hand-made pipeline of 20 deals on the default stages, and their stage history, for the
 * stage-conversion tests. The test files work out their expected figures from the rows below.
 *
 * As-of date 2026-06-30 with a 365-day look-back: the window is 2025-07-01 .. 2026-06-30.
 * Stage positions: Lead 0, Qualified 1, Discovery 2, Proposal 3, Negotiation 4, won 5.
 */
import { readPipeline } from "../../src/engine/read/workbook";
import type { CellValue, DealTable, SheetGrid } from "../../src/engine/types";
import { sheetGrid, US_OPTIONS, utcDay } from "./grids";

export const CONVERSION_AS_OF = utcDay(2026, 6, 30);
export const CONVERSION_LOOKBACK_DAYS = 365;

const DEALS_HEADER: CellValue[] = ["Deal ID", "Stage", "Amount", "Created Date", "Close Date"];

const DEALS: CellValue[][] = [
  // Open deals: created in the window, on its first and last day, or without a created date.
  ["O1", "Lead", 10000, "2026-05-04", "2026-08-31"],
  ["O2", "Lead", 10000, "2026-06-30", "2026-09-30"],
  ["O3", "Qualified", 20000, "2025-07-01", "2026-07-31"],
  ["O4", "Discovery", 30000, "2026-01-15", "2026-07-15"],
  ["O5", "Proposal", 40000, "2026-02-10", "2026-07-20"],
  ["O6", "Negotiation", 50000, "2026-03-20", "2026-07-10"],
  ["O7", "Discovery", 30000, "", "2026-08-15"],
  // Created the day before the window: an open deal today, but outside the window.
  ["O8", "Lead", 10000, "2025-06-30", "2026-09-15"],
  // Won on the window's first and last day, and the day before it.
  ["W1", "Closed Won", 50000, "2025-05-01", "2025-07-01"],
  ["W2", "Closed Won", 50000, "2025-05-01", "2025-11-15"],
  ["W3", "Closed Won", 50000, "2025-05-01", "2026-03-31"],
  ["W4", "Closed Won", 50000, "2025-05-01", "2026-06-30"],
  ["W5", "Closed Won", 50000, "2025-05-01", "2025-06-30"],
  // Lost inside the window, and L6 the day after the as-of date.
  ["L1", "Closed Lost", 20000, "2025-05-01", "2025-09-01"],
  ["L2", "Closed Lost", 20000, "2025-05-01", "2025-12-01"],
  ["L3", "Closed Lost", 20000, "2025-05-01", "2026-02-01"],
  ["L4", "Closed Lost", 20000, "2025-05-01", "2026-04-01"],
  ["L5", "Closed Lost", 20000, "2025-05-01", "2026-06-01"],
  ["L6", "Closed Lost", 20000, "2025-05-01", "2026-07-01"],
  // Deferred deals are outside every conversion figure.
  ["F1", "Deferred", 30000, "2025-05-01", "2026-05-01"],
];

/** Builds the deals sheet described in the file header. */
export function conversionPipelineSheet(): SheetGrid {
  return sheetGrid("Deals", [DEALS_HEADER, ...DEALS.map((row) => [...row])]);
}

/**
 * Stage path per deal. L4 skipped Lead and Discovery, so its furthest stage is Proposal.
 * O3 went back from Discovery to Qualified, and an open deal counts at its current stage.
 */
const PATHS: Record<string, string[]> = {
  L1: ["Lead"],
  L2: ["Lead", "Qualified"],
  L3: ["Lead", "Qualified", "Discovery"],
  L4: ["Qualified", "Proposal"],
  L5: ["Lead", "Qualified", "Discovery", "Proposal", "Negotiation"],
  L6: ["Lead", "Qualified", "Discovery", "Proposal", "Negotiation"],
  O3: ["Lead", "Discovery", "Qualified"],
  W1: ["Lead", "Negotiation", "Closed Won"],
};

/** Returns the stage history as the conversion metric takes it, optionally without some deals. */
export function conversionHistory(without: string[] = []): Map<string, { stages: string[] }> {
  const history = new Map<string, { stages: string[] }>();
  for (const [id, stages] of Object.entries(PATHS)) if (!without.includes(id)) history.set(id, { stages: [...stages] });
  return history;
}

/**
 * Builds the same history as a change-log sheet, one row per change, a week apart. The
 * rows of each deal are written newest first, so the reader has to sort them.
 */
export function conversionHistorySheet(): SheetGrid {
  const rows: CellValue[][] = [["Deal ID", "Stage", "Changed"]];
  for (const [id, stages] of Object.entries(PATHS)) {
    const changes = stages.map((stage, index) => [id, stage, isoDate(utcDay(2025, 7, 1) + 7 * index)]);
    rows.push(...changes.reverse());
  }
  return sheetGrid("History", rows);
}

function isoDate(dayNumber: number): string {
  return new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Builds a deals sheet from [id, stage, close date] rows, with a fixed amount and no
 * created date, for small conversion cases. A fourth cell, when given, fills a Status column.
 */
export function smallDealsSheet(rows: CellValue[][]): SheetGrid {
  const withStatus = rows.some((row) => row.length > 3);
  const header: CellValue[] = withStatus ? ["Deal ID", "Stage", "Amount", "Close Date", "Status"] : ["Deal ID", "Stage", "Amount", "Close Date"];
  return sheetGrid(
    "Deals",
    [header, ...rows.map((row) => (withStatus ? [row[0], row[1], 10000, row[2], row[3] ?? ""] : [row[0], row[1], 10000, row[2]]))],
  );
}

/** Reads the deals table of one sheet as the report does, failing the test when there is none. */
export function dealTableOf(sheet: SheetGrid): DealTable {
  const source = readPipeline([sheet], US_OPTIONS);
  if (!source) throw new Error(`sheet ${sheet.name}: no deals table found`);
  return source.table;
}
