/**
 * The rows of the benchmark's table and the comparisons between them, shared by every
 * section, the table printer and bench/results.json.
 */

export interface BenchRow {
  /** Stable key for comparisons, targets and results.json, such as "ingest.engine.100000". */
  id: string;
  /** Group of the table: "ingest", "report", "aggregations", "limit", "functions", "round trips", "size". */
  section: string;
  /** Label of the work that ran, starting with who ran it: "engine: …", "HyperFormula: …". */
  measure: string;
  /** How much data, such as "100,000 deals" or "1,000,000 cells". */
  scale: string;
  /** Median wall time of the timed runs in milliseconds, or null for a row that is not a time. */
  medianMs: number | null;
  /** Number of timed runs behind the median, or 0 for a row that is not a time. */
  runs: number;
  /** Every timed run in milliseconds, in the order they ran, to show how much the runs varied. */
  samplesMs?: number[];
  /** A measure that is not a time, such as bytes or syncs, or a problem found while measuring. */
  note: string;
}

/** "ours ÷ peer" or "ours ÷ limit": the time of row `ours` divided by the time of row `other`. */
export interface Comparison {
  ours: string;
  other: string;
  kind: "peer" | "limit";
  /** Short name of the other side for the table, such as "papaparse" or "single pass". */
  label: string;
}

export function formatCount(value: number): string {
  return value.toLocaleString("en-US");
}

/** Ratio of two rows' medians, or null when either is missing or the divisor is zero. */
export function ratioOf(rows: readonly BenchRow[], comparison: Comparison): number | null {
  const ours = rows.find((row) => row.id === comparison.ours)?.medianMs ?? null;
  const other = rows.find((row) => row.id === comparison.other)?.medianMs ?? null;
  if (ours === null || other === null || other === 0) return null;
  return ours / other;
}
