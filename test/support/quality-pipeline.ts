/**
 * A hand-made pipeline of 17 deals with English headers, most of them with one data problem,
 * for the data-quality tests. Each test file works out its expected figures from the rows below.
 *
 * Sheet "Deals": row 1 is the header, rows 2-19 the deals. Columns: A id, B name, C owner,
 * D stage, E amount, F probability (percents), G close date. Stages are the built-in
 * default list. As-of date of the tests: 2026-05-15.
 */
import { sheetGrid } from "./grids";
import type { CellValue, SheetGrid } from "../../src/engine/types";

export const QUALITY_HEADER: CellValue[] = ["Opportunity ID", "Opportunity Name", "Owner", "Stage", "Amount", "Probability", "Close Date"];

export const QUALITY_DEALS: CellValue[][] = [
  // Row 2: an earlier row of Q05, left out as a duplicate.
  ["Q05", "Epsilon (old)", "Bob", "Negotiation", 450000, 50, "2026-05-15"],
  // Row 3: clean; 10% equals the Lead default.
  ["Q01", "Alpha ERP", "Ann", "Lead", 100000, 10, "2026-06-10"],
  // Row 4: past due.
  ["Q02", "Beta WMS", "Bob", "Qualified", 200000, "", "2026-05-01"],
  // Row 5: no owner.
  ["Q03", "Gamma CRM", "", "Discovery", 300000, 40, "2026-07-01"],
  // Row 6: 95% against the Proposal default of 60%, 35 points apart.
  ["Q04", "Delta POS", "Ann", "Proposal", 400000, 95, "2026-06-20"],
  // Row 7: clean at both edges: closes on the as-of date, 50% is exactly 30 points from 80%.
  ["Q05", "Epsilon", "Bob", "Negotiation", 500000, 50, "2026-05-15"],
  // Row 8: an amount that looks like a formula.
  ["Q06", "Zeta", "Ann", "Lead", "=2*3", "", "2026-06-30"],
  // Rows 9-11: stages that are not in the stage list; row 10 is also past due.
  ["Q07", "Eta", "Bob", "Custom Stage", 70000, 30, "2026-06-01"],
  ["Q08", "Theta", "Ann", "Custom Stage", 80000, "", "2026-03-31"],
  ["Q09", "Iota", "Cy", "Mystery", 90000, "", "2026-06-15"],
  // Row 12: an Excel error for the amount, and past due by one day.
  ["Q10", "Kappa", "Cy", "Discovery", "#N/A", "", "2026-05-14"],
  // Rows 13-15: won, lost without an owner, deferred; none of them is open.
  ["Q11", "Lambda", "Cy", "Closed Won", 120000, "", "2026-04-15"],
  ["Q12", "Mu", "", "Closed Lost", 60000, "", "2026-05-05"],
  ["Q13", "Nu", "Bob", "Deferred", 110000, "", "2026-01-31"],
  // Row 16: clean, with a slash date.
  ["Q14", "Xi", "Ann", "Proposal", 150000, 60, "2026/6/5"],
  // Row 17: a close date that is not a date.
  ["Q15", "Omicron", "Bob", "Qualified", 45000, "", "someday"],
  // Row 18: clean.
  ["Q16", "Pi", "Cy", "Negotiation", 250000, 80, "2026-06-30"],
  // Row 19: clean, with a blank id.
  ["", "Rho", "Ann", "Lead", 30000, "", "2026-06-01"],
];

/** Builds the deals sheet described in the file header. */
export function qualityPipelineSheet(): SheetGrid {
  return sheetGrid("Deals", [[...QUALITY_HEADER], ...QUALITY_DEALS.map((row) => [...row])]);
}
