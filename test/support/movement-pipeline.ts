/**
 * A hand-made pipeline of 15 deals for the movement tests (stalled, inactive, past due,
 * rescheduled), with English headers and the built-in default stages plus one unknown stage.
 *
 * Sheet "Deals": row 1 is the header, rows 2-16 deals M01-M15, at table indexes 0-14.
 * As-of date of the tests: 2026-05-15. Day counts in the comments are as-of − date, and
 * the tests use stall limits of Lead 14, Discovery 21, other known stages 30, "Mystery"
 * none, and 30 days of inactivity.
 */
import { sheetGrid } from "./grids";
import type { CellValue, SheetGrid } from "../../src/engine/types";

const HEADER: CellValue[] = ["Deal ID", "Owner", "Stage", "Amount", "Created Date", "Stage Entered", "Last Activity", "Close Date", "Push Count"];

const DEALS: CellValue[][] = [
  // M01: 14 days in Lead, on the limit. Activity 5 days ago, never pushed.
  ["M01", "Ann", "Lead", 10000, "2026-03-01", "2026-05-01", "2026-05-10", "2026-06-30", 0],
  // M02: 15 days in Lead, stalled. Activity 30 days ago, inactive. Closes on the as-of date.
  ["M02", "Ann", "Lead", 20000, "2026-03-01", "2026-04-30", "2026-04-15", "2026-05-15", 1],
  // M03: 21 days in Discovery, on the limit. Activity 29 days ago. Past due by one day, pushed twice.
  ["M03", "Bob", "Discovery", 30000, "2026-03-01", "2026-04-24", "2026-04-16", "2026-05-14", 2],
  // M04: 22 days in Discovery, stalled. No activity date, so 22 days from stage entered. Pushed 3 times.
  ["M04", "Bob", "Discovery", 40000, "2026-03-01", "2026-04-23", "", "2026-06-01", 3],
  // M05: 30 days in Proposal, on the limit. No activity date, so 30 days from stage entered, inactive. Past due.
  ["M05", "Cy", "Proposal", 50000, "2026-03-01", "2026-04-15", "", "2026-04-30", ""],
  // M06: no amount. 31 days in Proposal, stalled. Activity 60 days ago, past due, pushed twice.
  ["M06", "Cy", "Proposal", "", "2026-01-01", "2026-04-14", "2026-03-16", "2026-05-01", 2],
  // M07: no stage-entered, activity or close date. Created 60 days ago, inactive.
  ["M07", "Ann", "Negotiation", 60000, "2026-03-16", "", "", "", ""],
  // M08: no date at all but the close date.
  ["M08", "Bob", "Negotiation", 70000, "", "", "", "2026-07-01", ""],
  // M09: a stage outside the stage list, without a stall limit, entered 134 days ago.
  ["M09", "Cy", "Mystery", 80000, "2025-12-01", "2026-01-01", "2026-05-15", "2026-06-15", ""],
  // M10: stage entered and activity 5 days after the as-of date; pushed twice.
  ["M10", "Ann", "Qualified", 90000, "2026-04-01", "2026-05-20", "2026-05-20", "2026-08-01", 2],
  // M11-M13: won, lost and deferred, with old dates and many pushes. None of them is open.
  ["M11", "Bob", "Closed Won", 100000, "2025-10-01", "2026-01-01", "2026-01-01", "2026-03-01", 5],
  ["M12", "Cy", "Closed Lost", 110000, "2025-10-01", "2026-01-01", "2026-01-01", "2026-03-01", 5],
  ["M13", "Ann", "Deferred", 120000, "2025-10-01", "2026-01-01", "2026-01-01", "2026-03-01", 5],
  // M14: every problem: 60 days in Qualified, activity 31 days ago, past due, pushed twice.
  ["M14", "Bob", "Qualified", 15000, "2026-01-01", "2026-03-16", "2026-04-14", "2026-05-14", 2],
  // M15: healthy: one day in Negotiation, activity yesterday.
  ["M15", "Cy", "Negotiation", 25000, "2026-01-01", "2026-05-14", "2026-05-14", "2026-09-30", 0],
];

/** Table index of each deal, by id. */
export const MOVEMENT_INDEX = Object.fromEntries(DEALS.map((row, index) => [row[0] as string, index])) as Record<string, number>;

/** Builds the deals sheet described in the file header. */
export function movementPipelineSheet(): SheetGrid {
  return sheetGrid("Deals", [HEADER, ...DEALS.map((row) => [...row])]);
}
