/**
 * `npm run bench`: measures the engine, the custom functions, the Workbook port and the
 * bundle against peers and limits on seeded synthetic pipelines, prints one table and the
 * targets, and writes bench/results.json. Progress goes to standard error, the table to
 * standard output.
 */
import { existsSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { measureBundleSizes } from "./bundle-size";
import { measureEngine, reportSettings, sourceAggregationColumns } from "./engine-timings";
import { FUNCTION_CASES } from "./function-cases";
import { measureFunctions } from "./function-timings";
import { describeMachine, describeSource, installedVersion } from "./machine";
import { canCollectGarbage, collectGarbage } from "./measure";
import { measureArquero, measureHyperFormula, measurePapaparse } from "./peer-timings";
import { measureReportParts } from "./report-parts";
import { formatCount, ratioOf, type BenchRow, type Comparison } from "./results";
import { formatResultsTable, formatTargets } from "./results-table";
import { measureRoundTrips } from "./round-trips";
import { generatePipeline } from "./synthetic-pipeline";
import { checkTargets, tableComparisons } from "./targets";

const SEED = 20_260_615;

/** Pipeline sizes with the timed runs at each. Fewer runs at 1,000,000 deals keep the whole benchmark under ten minutes. */
const SIZES = [
  { size: 10_000, runs: 15 },
  { size: 100_000, runs: 7 },
  { size: 1_000_000, runs: 3 },
] as const;
/**
 * HyperFormula takes about 8 s per run at 100,000 deals. At 1,000,000 deals a run would take
 * about ten times that (an estimate, not measured), too long for the ten-minute budget.
 */
const HYPERFORMULA_MAX_SIZE = 100_000;
const HYPERFORMULA_MAX_RUNS = 3;
const ROUND_TRIP_SIZE = 100_000;
const ROUND_TRIP_RUNS = 3;
const FUNCTION_SIZE = 1_000_000;
const FUNCTION_RUNS = 11;

const REPOSITORY_ROOT = findRepositoryRoot(__dirname);
const RESULTS_PATH = join(REPOSITORY_ROOT, "bench", "results.json");

async function main(): Promise<void> {
  const started = process.hrtime.bigint();
  const elapsedSeconds = () => Number(process.hrtime.bigint() - started) / 1e9;
  // Read at the start, when the measured modules load. The webpack build at the end reads the tree again.
  const source = describeSource(REPOSITORY_ROOT);
  if (!canCollectGarbage()) progress("Node runs without --expose-gc, so runs are timed without a garbage collection before each.");

  const rows: BenchRow[] = [];
  for (const { size, runs } of SIZES) rows.push(...(await measureSize(size, runs)));

  progress("building the add-in with webpack to measure its JavaScript");
  const bundle = measureBundleSizes(REPOSITORY_ROOT);
  rows.push(...bundle.rows);

  const comparisons = allComparisons(rows);
  const taskpane = bundle.pages.find((page) => page.page === "taskpane.html");
  const targets = checkTargets({ rows, taskpaneGzipBytes: taskpane?.gzipBytes ?? null, elapsedSeconds: elapsedSeconds() });

  const machine = describeMachine();
  const versions = {
    hyperformula: installedVersion(REPOSITORY_ROOT, "hyperformula"),
    arquero: installedVersion(REPOSITORY_ROOT, "arquero"),
    papaparse: installedVersion(REPOSITORY_ROOT, "papaparse"),
  };
  const heading =
    `Pipeline Health benchmark${sourceLabel(source)}, seed ${SEED}, on ${machine.cpu} (${machine.cores} cores, ${machine.memoryGiB} GiB), Node ${machine.node}; ` +
    `HyperFormula ${versions.hyperformula}, Arquero ${versions.arquero}, papaparse ${versions.papaparse}`;
  process.stdout.write(`${heading}\n\n${formatResultsTable(rows, comparisons)}\n\n${formatTargets(targets)}\n`);

  const results = {
    date: new Date().toISOString(),
    seed: SEED,
    source,
    machine,
    versions,
    garbageCollectedBetweenRuns: canCollectGarbage(),
    totalSeconds: Math.round(elapsedSeconds() * 10) / 10,
    webpackBuildSeconds: Math.round(bundle.buildMs / 100) / 10,
    rows,
    ratios: comparisons.map((comparison) => ({ ...comparison, ratio: ratioOf(rows, comparison) })),
    bundle: bundle.pages,
    targets,
  };
  writeFileSync(RESULTS_PATH, JSON.stringify(results, null, 2) + "\n");
  progress(`wrote ${RESULTS_PATH} after ${elapsedSeconds().toFixed(0)} s`);
}

/** Runs every section that belongs to one pipeline size. */
async function measureSize(size: number, runs: number): Promise<BenchRow[]> {
  progress(`${formatCount(size)} deals: generating the pipeline`);
  const pipeline = generatePipeline(size, SEED);

  progress(`${formatCount(size)} deals: ingest, report, aggregations and the single pass`);
  const engine = measureEngine(pipeline, runs);
  const rows = [...engine.rows];
  const settings = reportSettings(pipeline);
  const columns = sourceAggregationColumns(engine.source, settings);

  progress(`${formatCount(size)} deals: papaparse and Arquero`);
  rows.push(measurePapaparse(pipeline, runs));
  rows.push(measureArquero(columns, size, runs));
  if (size <= HYPERFORMULA_MAX_SIZE) {
    progress(`${formatCount(size)} deals: HyperFormula`);
    rows.push(await measureHyperFormula(columns, size, Math.min(runs, HYPERFORMULA_MAX_RUNS)));
  }

  if (size === ROUND_TRIP_SIZE) {
    progress(`${formatCount(size)} deals: Office.js round trips through the Workbook port`);
    rows.push(...(await measureRoundTrips(pipeline, ROUND_TRIP_RUNS)));
  }
  if (size === SIZES[SIZES.length - 1].size) {
    progress(`${formatCount(size)} deals: buildReport by metric family`);
    const reportMs = rows.find((row) => row.id === `report.engine.${size}`)?.medianMs ?? NaN;
    rows.push(...measureReportParts(engine.source, settings, reportMs, runs));
  }
  if (size === FUNCTION_SIZE) {
    progress(`custom functions over ${formatCount(size)}-cell ranges`);
    rows.push(...measureFunctions(engine.source.table, pipeline.asOf, FUNCTION_RUNS));
  }

  collectGarbage();
  return rows;
}

/** Lists the comparisons of the targets at every size, plus each report part against the single pass at the largest size. */
function allComparisons(rows: readonly BenchRow[]): Comparison[] {
  const largest = SIZES[SIZES.length - 1].size;
  const comparisons = tableComparisons(
    SIZES.map(({ size }) => size),
    FUNCTION_CASES.map((functionCase) => functionCase.name),
  );
  for (const row of rows) {
    if (row.section === "report parts") comparisons.push({ ours: row.id, other: `limit.singlePass.${largest}`, kind: "limit", label: "single pass" });
  }
  return comparisons;
}

/** Names the commit measured, as " of 2cb87fd" or " of 2cb87fd with uncommitted changes in src/". */
function sourceLabel(source: ReturnType<typeof describeSource>): string {
  if (source === null) return "";
  const changes = source.uncommittedChangesInSrc ? " with uncommitted changes in src/" : "";
  return ` of ${source.commit.slice(0, 7)}${changes}`;
}

function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});

/**
 * Finds the nearest folder at or above `start` that has a package.json: the repository,
 * whether this file runs from bench/ or bundled into dist/bench/.
 */
function findRepositoryRoot(start: string): string {
  for (let folder = start; ; folder = dirname(folder)) {
    if (existsSync(join(folder, "package.json"))) return folder;
    if (dirname(folder) === folder) throw new Error(`No package.json found at or above ${start}; run the benchmark from the repository.`);
  }
}
