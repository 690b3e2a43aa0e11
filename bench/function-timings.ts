/**
 * Timings of each custom function over 1,000,000-cell ranges, against a plain loop that
 * sums the amounts range: the least work a function that reads a range can do.
 */
import { BenchFunctionError } from "./custom-functions-global";
import { FUNCTION_CASES } from "./function-cases";
import { FunctionRanges, sumRange } from "./function-ranges";
import { timeMedian } from "./measure";
import { formatCount, type BenchRow } from "./results";
import type { DealTable } from "../src/engine/types";

export const PLAIN_LOOP_ID = "functions.plainLoop";

/** Times the plain loop and every function case. A case that throws gets a row with the error and no time. */
export function measureFunctions(table: DealTable, asOfDay: number, runs: number): BenchRow[] {
  const ranges = new FunctionRanges(table, asOfDay);
  const scale = `${formatCount(ranges.rows)} cells`;

  const plainLoop = timeMedian(() => sumRange(ranges.amounts), { runs });
  const rows: BenchRow[] = [
    { id: PLAIN_LOOP_ID, section: "functions", measure: "plain loop Σ over the amounts range", scale, medianMs: plainLoop.medianMs, runs, samplesMs: plainLoop.samplesMs, note: "" },
  ];

  for (const functionCase of FUNCTION_CASES) {
    const row: BenchRow = { id: `functions.${functionCase.name}`, section: "functions", measure: `engine: ${functionCase.name}`, scale, medianMs: null, runs, note: "" };
    try {
      const args = functionCase.args(ranges);
      const timing = timeMedian(() => functionCase.call(...args), { runs });
      row.medianMs = timing.medianMs;
      row.samplesMs = timing.samplesMs;
      row.note = `${countCells(args)} cells read, returns ${describeResult(timing.lastResult)}`;
    } catch (error) {
      row.runs = 0;
      row.note = `failed: ${describeError(error)}`;
    }
    rows.push(row);
  }
  return rows;
}

/** Counts the cells of the range arguments, as text such as "2,000,000". A scalar argument counts as none. */
function countCells(args: unknown[]): string {
  let cells = 0;
  for (const arg of args) {
    if (Array.isArray(arg)) for (const row of arg) cells += Array.isArray(row) ? row.length : 1;
  }
  return formatCount(cells);
}

function describeResult(result: unknown): string {
  if (typeof result === "number") return result.toPrecision(6);
  if (Array.isArray(result)) return `an array of ${result.length} rows`;
  return typeof result;
}

function describeError(error: unknown): string {
  if (error instanceof BenchFunctionError) return `${error.code} ${error.message ?? ""}`.trim();
  return error instanceof Error ? error.message : String(error);
}
