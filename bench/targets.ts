/**
 * The performance targets, each checked against the rows of one run. A target whose rows
 * are missing (a failed build, a failed function) is "not measured" rather than met or missed.
 */
import { PLAIN_LOOP_ID } from "./function-timings";
import { formatCount, ratioOf, type BenchRow, type Comparison } from "./results";

export interface TargetResult {
  target: string;
  /** Measured figure as the table shows it, such as "212× the single pass". */
  measured: string;
  met: boolean | null;
}

export interface TargetInputs {
  rows: BenchRow[];
  /** Gzipped bytes of the task pane's JavaScript in Excel, or null when the build failed. */
  taskpaneGzipBytes: number | null;
  /** Seconds the whole benchmark took so far. */
  elapsedSeconds: number;
}

/** Sizes at which the targets are checked. HyperFormula runs at 100,000 deals at most, so the peers are compared there. */
export const PEER_TARGET_SIZE = 100_000;
export const REPORT_TARGET_SIZE = 1_000_000;
export const INGEST_TARGET_SIZE = 100_000;

/** 300 KB read as 300,000 bytes, the stricter of the two readings of "KB". */
const TASKPANE_GZIP_LIMIT_BYTES = 300_000;
const BENCH_TIME_LIMIT_SECONDS = 600;

/** Each target as "ours ÷ other ≤ limit". A peer target of "N× faster" is ours ÷ peer ≤ 1/N. */
const RATIO_TARGETS: { target: string; comparison: Comparison; maxRatio: number; describe: (ratio: number) => string }[] = [
  {
    target: "full report on 1,000,000 deals within 15× the single pass",
    comparison: { ours: `report.engine.${REPORT_TARGET_SIZE}`, other: `limit.singlePass.${REPORT_TARGET_SIZE}`, kind: "limit", label: "single pass" },
    maxRatio: 15,
    describe: (ratio) => `${formatRatio(ratio)}× the single pass`,
  },
  ...peerTargets("HyperFormula", "hyperformula", 5_000),
  ...peerTargets("Arquero", "arquero", 30),
  {
    target: "ingest of 100,000 messy rows in at most half of papaparse's time on the same rows as CSV",
    comparison: { ours: `ingest.engine.${INGEST_TARGET_SIZE}`, other: `ingest.papaparse.${INGEST_TARGET_SIZE}`, kind: "peer", label: "papaparse" },
    maxRatio: 0.5,
    describe: (ratio) => `${formatRatio(ratio)}× papaparse's time`,
  },
  {
    target: "WEIGHTEDFORECAST over a 1,000,000-cell range within 3× a plain loop summing the range",
    comparison: { ours: "functions.WEIGHTEDFORECAST", other: PLAIN_LOOP_ID, kind: "limit", label: "plain loop" },
    maxRatio: 3,
    describe: (ratio) => `${formatRatio(ratio)}× the plain loop`,
  },
];

/** Builds two targets per peer: the engine's same aggregations (like with like) and the full report. */
function peerTargets(peer: string, peerKey: string, timesFaster: number) {
  const other = `aggregations.${peerKey}.${PEER_TARGET_SIZE}`;
  const describe = (ratio: number) => (ratio <= 1 ? `${formatRatio(1 / ratio)}× faster` : `${formatRatio(ratio)}× slower`);
  return [
    {
      target: `${formatCount(timesFaster)}× faster than ${peer} at ${formatCount(PEER_TARGET_SIZE)} deals: the same aggregations`,
      comparison: { ours: `aggregations.engine.${PEER_TARGET_SIZE}`, other, kind: "peer" as const, label: peer },
      maxRatio: 1 / timesFaster,
      describe,
    },
    {
      target: `${formatCount(timesFaster)}× faster than ${peer} at ${formatCount(PEER_TARGET_SIZE)} deals: the full report against its aggregations`,
      comparison: { ours: `report.engine.${PEER_TARGET_SIZE}`, other, kind: "peer" as const, label: peer },
      maxRatio: 1 / timesFaster,
      describe,
    },
  ];
}

export function checkTargets(inputs: TargetInputs): TargetResult[] {
  const results: TargetResult[] = RATIO_TARGETS.map(({ target, comparison, maxRatio, describe }) => {
    const ratio = ratioOf(inputs.rows, comparison);
    if (ratio === null) return { target, measured: "not measured", met: null };
    return { target, measured: describe(ratio), met: ratio <= maxRatio };
  });

  const gzip = inputs.taskpaneGzipBytes;
  results.push({
    target: "task pane in Excel at most 300 KB (300,000 B) of gzipped JavaScript",
    measured: gzip === null ? "not measured" : `${formatCount(gzip)} B`,
    met: gzip === null ? null : gzip <= TASKPANE_GZIP_LIMIT_BYTES,
  });
  results.push({
    target: "the benchmark finishes in under 10 minutes",
    measured: `${inputs.elapsedSeconds.toFixed(0)} s so far, before printing`,
    met: inputs.elapsedSeconds < BENCH_TIME_LIMIT_SECONDS,
  });
  return results;
}

/** Lists every comparison the table shows: each target's, plus the same pairs at the other sizes. */
export function tableComparisons(sizes: readonly number[], functionNames: readonly string[]): Comparison[] {
  const comparisons: Comparison[] = [];
  for (const size of sizes) {
    comparisons.push({ ours: `ingest.engine.${size}`, other: `ingest.papaparse.${size}`, kind: "peer", label: "papaparse" });
    comparisons.push({ ours: `report.engine.${size}`, other: `limit.singlePass.${size}`, kind: "limit", label: "single pass" });
    comparisons.push({ ours: `aggregations.engine.${size}`, other: `limit.singlePass.${size}`, kind: "limit", label: "single pass" });
    for (const [peer, key] of [["HyperFormula", "hyperformula"], ["Arquero", "arquero"]]) {
      comparisons.push({ ours: `aggregations.engine.${size}`, other: `aggregations.${key}.${size}`, kind: "peer", label: peer });
      comparisons.push({ ours: `report.engine.${size}`, other: `aggregations.${key}.${size}`, kind: "peer", label: `${peer} aggregations` });
    }
  }
  for (const name of functionNames) comparisons.push({ ours: `functions.${name}`, other: PLAIN_LOOP_ID, kind: "limit", label: "plain loop" });
  return comparisons;
}

/** Formats a ratio with three significant digits, or as a whole number with separators from 1,000 up. */
export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return String(ratio);
  if (Math.abs(ratio) >= 1000) return formatCount(Math.round(ratio));
  return ratio.toPrecision(3);
}
