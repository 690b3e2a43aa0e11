/**
 * Prints the benchmark's rows as one aligned text table, with the ratios of each row to its
 * peers and limits, followed by the targets.
 */
import { displayWidth } from "../src/cli/report-command";
import { ratioOf, type BenchRow, type Comparison } from "./results";
import { formatRatio, type TargetResult } from "./targets";

const HEADERS = ["section", "measure", "scale", "median", "runs", "ours ÷ peer", "ours ÷ limit", "note"];

/** Renders the rows. A row that is the "ours" side of several comparisons lists them all in its ratio cells. */
export function formatResultsTable(rows: readonly BenchRow[], comparisons: readonly Comparison[]): string {
  const cells = rows.map((row) => [
    row.section,
    row.measure,
    row.scale,
    row.medianMs === null ? "—" : formatDuration(row.medianMs),
    row.runs === 0 ? "" : String(row.runs),
    ratioCell(rows, comparisons, row.id, "peer"),
    ratioCell(rows, comparisons, row.id, "limit"),
    row.note,
  ]);
  return alignColumns([HEADERS, ...cells]);
}

export function formatTargets(targets: readonly TargetResult[]): string {
  return alignColumns([["target", "measured", "status"], ...targets.map((target) => [target.target, target.measured, targetStatus(target.met)])]);
}

function targetStatus(met: boolean | null): string {
  if (met === null) return "not measured";
  return met ? "met" : "MISSED";
}

function ratioCell(rows: readonly BenchRow[], comparisons: readonly Comparison[], id: string, kind: Comparison["kind"]): string {
  const parts: string[] = [];
  for (const comparison of comparisons) {
    if (comparison.ours !== id || comparison.kind !== kind) continue;
    const ratio = ratioOf(rows, comparison);
    if (ratio !== null) parts.push(`${formatRatio(ratio)} ${comparison.label}`);
  }
  return parts.join("; ");
}

/**
 * Formats milliseconds with three significant digits, in seconds from 1,000 ms up.
 *
 * @example formatDuration(0.01234) // "0.0123 ms"
 * @example formatDuration(7520) // "7.52 s"
 */
export function formatDuration(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toPrecision(3)} s`;
  return `${ms.toPrecision(3)} ms`;
}

/** Pads every column but the last to its widest cell, and underlines the header. */
function alignColumns(table: string[][]): string {
  const widths = table[0].map((_, column) => Math.max(...table.map((row) => displayWidth(row[column] ?? ""))));
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell + " ".repeat(widths[column] - displayWidth(cell))))
      .join("  ")
      .trimEnd();
  const rule = widths.map((width, column) => "-".repeat(column === widths.length - 1 ? Math.min(width, 20) : width)).join("  ");
  return [line(table[0]), rule, ...table.slice(1).map(line)].join("\n");
}
