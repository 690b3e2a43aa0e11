/**
 * Timings of the peers on the same data as the engine: papaparse on the same rows as CSV,
 * and HyperFormula and Arquero on the same aggregation columns. Each peer's results are
 * checked against the engine's, so that a faster but wrong peer shows up in the table.
 */
import { compareAggregations, computeAggregations, type AggregationColumns } from "./aggregations";
import { timeMedian, timeMedianWithSetup } from "./measure";
import { computeWithArquero, toAggregations } from "./peers/arquero";
import { aggregationFormulas, buildFormulaWorkbook, evaluateAggregations, formulaCount } from "./peers/hyperformula";
import { rowsToCsv, tokeniseCsv } from "./peers/papaparse";
import { formatCount, type BenchRow } from "./results";
import type { SyntheticPipeline } from "./synthetic-pipeline";

/** Times papaparse tokenising the deals sheet written as CSV text. */
export function measurePapaparse(pipeline: SyntheticPipeline, runs: number): BenchRow {
  const csv = rowsToCsv(pipeline.sheets[0].cells);
  const timing = timeMedian(() => tokeniseCsv(csv), { runs });
  const rowCount = timing.lastResult.length;
  return {
    id: `ingest.papaparse.${pipeline.size}`,
    section: "ingest",
    measure: "papaparse: tokenise the same rows as CSV",
    scale: `${formatCount(pipeline.size)} deals`,
    medianMs: timing.medianMs,
    runs,
    samplesMs: timing.samplesMs,
    note: `${(csv.length / 1e6).toFixed(1)} M characters, ${formatCount(rowCount)} rows`,
  };
}

/** Times Arquero on the aggregation columns and checks its results against the engine's. */
export function measureArquero(columns: AggregationColumns, size: number, runs: number): BenchRow {
  const timing = timeMedian(() => computeWithArquero(columns), { runs });
  const differences = compareAggregations(computeAggregations(columns), toAggregations(timing.lastResult));
  return {
    id: `aggregations.arquero.${size}`,
    section: "aggregations",
    measure: "Arquero: the same aggregations",
    scale: `${formatCount(size)} deals`,
    medianMs: timing.medianMs,
    runs,
    samplesMs: timing.samplesMs,
    note: differenceNote(differences),
  };
}

/**
 * Times HyperFormula evaluating the formulas of the aggregations on a fresh workbook per
 * run. The time to build the workbook is given in the note, not in the median.
 */
export async function measureHyperFormula(columns: AggregationColumns, size: number, runs: number): Promise<BenchRow> {
  const formulas = aggregationFormulas(columns);
  const timing = await timeMedianWithSetup(
    () => buildFormulaWorkbook(columns),
    (workbook) => evaluateAggregations(workbook, formulas),
    { runs, teardown: (workbook) => workbook.engine.destroy() },
  );
  const differences = compareAggregations(computeAggregations(columns), timing.lastResult);
  const buildNote = `${formatCount(formulaCount(formulas))} formulas; building the workbook takes ${formatMs(timing.setupMedianMs)} more`;
  return {
    id: `aggregations.hyperformula.${size}`,
    section: "aggregations",
    measure: "HyperFormula: the same aggregations as formulas",
    scale: `${formatCount(size)} deals`,
    medianMs: timing.medianMs,
    runs,
    samplesMs: timing.samplesMs,
    note: [buildNote, differenceNote(differences)].filter((text) => text !== "").join("; "),
  };
}

function differenceNote(differences: string[]): string {
  if (differences.length === 0) return "";
  return `results differ from the engine's (${differences.length}): ${differences.slice(0, 2).join("; ")}`;
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}
