/**
 * A hand-made pipeline of 23 deals with English headers and created dates, for the win-rate
 * tests. Each test works out its expected figures from the rows below.
 *
 * Sheet "Deals": row 1 is the header, rows 2-24 the deals. Columns: A id, B stage, C amount,
 * D created date, E close date. Stages are the built-in default list. As-of date of the
 * tests: 2026-06-30; with a 365-day look-back the window is 2025-07-01 .. 2026-06-30.
 */
import { sheetGrid } from "./grids";
import type { CellValue, SheetGrid } from "../../src/engine/types";

export const WIN_RATE_HEADER: CellValue[] = ["Deal ID", "Stage", "Amount", "Created Date", "Close Date"];

const WON: CellValue[][] = [
  // In the window, with the cycle in days after each row.
  ["W01", "Closed Won", 100000, "2026-01-01", "2026-01-31"], // 30
  ["W02", "Closed Won", 200000, "2026-02-01", "2026-04-02"], // 28 + 31 + 1 = 60
  ["W03", "Closed Won", 50000, "2025-06-01", "2025-07-01"], // 30; closes on the window's first day
  ["W04", "Closed Won", 150000, "2026-05-01", "2026-06-30"], // 31 + 29 = 60; closes on the as-of date
  ["W05", "Closed Won", "", "2026-03-01", "2026-03-11"], // 10; no amount
  ["W06", "Closed Won", 80000, "", "2026-03-15"], // no created date: no cycle
  ["W07", "Closed Won", 120000, "2026-05-20", "2026-05-10"], // closes before it was created: no cycle
  // Outside the window: the day before it, the day after the as-of date, no close date.
  ["W08", "Closed Won", 300000, "2025-05-01", "2025-06-30"],
  ["W09", "Closed Won", 400000, "2026-06-01", "2026-07-01"],
  ["W10", "Closed Won", 90000, "2026-01-01", ""],
];

const LOST: CellValue[][] = [
  ["L01", "Closed Lost", 100000, "2025-08-01", "2025-09-15"],
  ["L02", "Closed Lost", 300000, "2025-12-01", "2026-02-20"],
  ["L03", "Closed Lost", "", "2026-04-01", "2026-05-05"],
  ["L04", "Closed Lost", 50000, "2026-05-01", "2026-06-01"],
  // The day before the window.
  ["L05", "Closed Lost", 70000, "2025-05-01", "2025-06-30"],
];

const OPEN_AND_DEFERRED: CellValue[][] = [
  // Open stage positions in the default list: Lead 0, Qualified 1, Discovery 2, Proposal 3,
  // Negotiation 4. O06 was created before the window and O07 has no created date.
  ["O01", "Lead", 100000, "2026-06-01", "2026-09-30"],
  ["O02", "Qualified", 200000, "2026-05-01", "2026-08-31"],
  ["O03", "Proposal", 300000, "2026-04-01", "2026-07-31"],
  ["O04", "Negotiation", "", "2026-03-01", "2026-07-15"],
  ["O05", "Custom Stage", 40000, "2026-06-10", "2026-10-31"],
  ["O06", "Qualified", 60000, "2025-06-30", "2025-09-30"],
  ["O07", "Discovery", 90000, "", "2026-08-15"],
  ["X01", "Deferred", 110000, "2025-10-01", "2026-03-01"],
];

/** Builds the deals sheet described in the file header. */
export function winRatePipelineSheet(): SheetGrid {
  return sheetGrid("Deals", [WIN_RATE_HEADER, ...[...WON, ...LOST, ...OPEN_AND_DEFERRED].map((row) => [...row])]);
}
