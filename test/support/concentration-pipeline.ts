/**
 * A hand-made pipeline of 15 deals for the concentration tests, with English headers and
 * the built-in default stages.
 *
 * Counted deals (open, positive amount), in thousands: Ann 40, 30, 20, 10; Bob 60, 20;
 * Cy 50, 50; no owner 30. The other six are left out: a deferred, a won and a lost deal,
 * a zero, a negative and a blank amount.
 */
import { sheetGrid } from "./grids";
import type { CellValue, SheetGrid } from "../../src/engine/types";

const HEADER: CellValue[] = ["Deal ID", "Owner", "Stage", "Amount"];

const DEALS: CellValue[][] = [
  ["C01", "Ann", "Proposal", 40000],
  ["C02", "Ann", "Discovery", 30000],
  ["C03", "Ann", "Lead", 20000],
  ["C04", "Ann", "Qualified", 10000],
  ["C05", "Ann", "Deferred", 1000000],
  ["C06", "Bob", "Negotiation", 60000],
  ["C07", "Bob", "Lead", 20000],
  ["C08", "Bob", "Closed Won", 500000],
  ["C09", "Cy", "Proposal", 50000],
  ["C10", "Cy", "Discovery", 50000],
  ["C11", "Cy", "Closed Lost", 200000],
  ["C12", "", "Lead", 30000],
  ["C13", "", "Lead", 0],
  // Dan's deals are all left out, so Dan has no entry per owner.
  ["C14", "Dan", "Qualified", -10000],
  ["C15", "Dan", "Lead", ""],
];

/** Builds the deals sheet described in the file header. */
export function concentrationPipelineSheet(): SheetGrid {
  return sheetGrid("Deals", [HEADER, ...DEALS.map((row) => [...row])]);
}
