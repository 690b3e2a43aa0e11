/**
 * Timings of the engine itself: ingest (Office.js cells to the deal table), the full
 * health report, the aggregations that the peers also compute, and the limit that no
 * report can beat, one pass summing the amount column.
 */
import { periodContaining } from "../src/engine/periods";
import { readPipeline, type PipelineSource } from "../src/engine/read/workbook";
import { buildReport } from "../src/engine/report";
import { withDefaults, type ReportSettings } from "../src/engine/settings";
import type { SheetGrid } from "../src/engine/types";
import { aggregationColumns, computeAggregations, type AggregationColumns } from "./aggregations";
import { timeMedian, type Timing } from "./measure";
import { formatCount, type BenchRow } from "./results";
import type { OfficeSheet, SyntheticPipeline } from "./synthetic-pipeline";

/** Read options of the synthetic workbook: a Chinese locale and the 1900 date system of Excel for Windows. */
export const READ_OPTIONS = { locale: "zh-CN", date1904: false } as const;

/**
 * Reads the pipeline from the sheets as Office.js returns them. The Excel Workbook port
 * passes `Range.values` rows on unchanged, "" for an empty cell included, so ingest here
 * covers everything between `Range.values` and the deal table, including what the reader
 * prepares on the table for later reports.
 */
export function ingest(pipeline: SyntheticPipeline): PipelineSource {
  const sheets: SheetGrid[] = pipeline.sheets.map(toSheetGrid);
  const source = readPipeline(sheets, READ_OPTIONS);
  if (!source) throw new Error(`The engine found no deals table in the synthetic pipeline of ${formatCount(pipeline.size)} rows.`);
  return source;
}

function toSheetGrid(sheet: OfficeSheet): SheetGrid {
  return { name: sheet.name, rows: sheet.cells, firstRow: 1, firstColumn: 0 };
}

export function reportSettings(pipeline: SyntheticPipeline): ReportSettings {
  return withDefaults({ asOf: pipeline.asOf });
}

/** Takes the aggregation columns of a source, for the report period of the default settings. */
export function sourceAggregationColumns(source: PipelineSource, settings: ReportSettings): AggregationColumns {
  const period = periodContaining(settings.asOf, settings.periodKind, settings.fiscalYearStartMonth);
  return aggregationColumns(source.table, period);
}

/**
 * Sums a Float64Array in one pass, skipping NaN: the least work any figure over the amount
 * column needs, so the report's time is also given as a multiple of it.
 */
export function sumAmountColumn(amounts: Float64Array): number {
  let total = 0;
  for (let i = 0; i < amounts.length; i++) {
    const amount = amounts[i];
    if (!Number.isNaN(amount)) total += amount;
  }
  return total;
}

/** Chooses the calls per timed run for work that takes microseconds, so that each sample covers about 10,000,000 deals. */
export function repeatFor(size: number): number {
  return Math.max(1, Math.round(10_000_000 / size));
}

/**
 * Calls per timed run of the report and of each of its parts: 10, as many as the single
 * pass makes at 1,000,000 deals. The report and the limit it is compared with are then both
 * the mean of consecutive calls after one collection.
 *
 * The first call after a collection is slower. On Node 20 the forced collection frees
 * objects that optimized code refers to (V8's --trace-deopt gives the reason "weak
 * objects"), so V8 discards that code and the call runs partly in the interpreter. Its
 * median is given in the note of the report's row.
 */
export const REPORT_REPEAT = 10;

export interface EngineTimings {
  rows: BenchRow[];
  /** The source of the last ingest run, for the sections that start from a deal table. */
  source: PipelineSource;
}

/** Times ingest, the report, the aggregations and the single pass at one size. */
export function measureEngine(pipeline: SyntheticPipeline, runs: number): EngineTimings {
  const deals = `${formatCount(pipeline.size)} deals`;
  const { size } = pipeline;

  const ingestTiming = timeMedian(() => ingest(pipeline), { runs });
  const source = ingestTiming.lastResult;
  const settings = reportSettings(pipeline);
  const reportTiming = timeMedian(() => buildReport(source, settings), { runs, repeat: REPORT_REPEAT });
  const firstCallTiming = timeMedian(() => buildReport(source, settings), { runs });
  const columns = sourceAggregationColumns(source, settings);
  const aggregationTiming = timeMedian(() => computeAggregations(columns), { runs, repeat: repeatFor(size) });
  const limitTiming = timeMedian(() => sumAmountColumn(source.table.amount), { runs: Math.max(runs, 11), repeat: repeatFor(size) });

  const row = (id: string, section: string, measure: string, timing: Timing, note = ""): BenchRow => ({
    id: `${id}.${size}`,
    section,
    measure,
    scale: deals,
    medianMs: timing.medianMs,
    runs: timing.samplesMs.length,
    samplesMs: timing.samplesMs,
    note,
  });
  const rows = [
    row("ingest.engine", "ingest", "engine: Office.js cells → deal table", ingestTiming, `${formatCount(source.table.size)} deals kept, ${formatCount(source.issues.length)} issues`),
    row("report.engine", "report", "engine: buildReport from the deal table", reportTiming, `first call after a collection: ${firstCallTiming.medianMs.toFixed(1)} ms`),
    row("aggregations.engine", "aggregations", "engine: the same aggregations", aggregationTiming),
    row("limit.singlePass", "limit", "one pass Σ amount (Float64Array)", limitTiming),
  ];
  return { rows, source };
}
