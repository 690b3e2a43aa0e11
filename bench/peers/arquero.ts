/**
 * Arquero, a column-oriented data-frame library, computing the aggregations from the same
 * typed columns with its group-by and roll-up verbs.
 */
import * as aq from "arquero";
import type { AggregationColumns, Aggregations } from "../aggregations";
import { KIND } from "../../src/engine/types";

const { op } = aq;

/** Result tables of one run, as row objects. */
export interface ArqueroResults {
  total: number;
  byStage: object[];
  byOwner: object[];
  weightedForecast: number;
}

/**
 * Computes the aggregations. `op.sum` skips NaN, as the engine skips missing amounts.
 * Blank stages and owners form groups of their own here, which `toAggregations` leaves out.
 */
export function computeWithArquero(columns: AggregationColumns): ArqueroResults {
  const table = aq.table({
    kind: columns.kind,
    stage: columns.stage,
    owner: columns.owner,
    amount: columns.amount,
    close: columns.close,
    probability: columns.probability,
  });

  const total = table.rollup({ total: op.sum("amount") }).get("total", 0) as number;
  const byStage = table.groupby("stage").rollup({ amount: op.sum("amount"), deals: op.count() }).objects();
  const byOwner = table.groupby("owner").rollup({ amount: op.sum("amount") }).objects();
  // Arquero compiles these functions from their source text, so they may use only `d`, `$` and `op`.
  const weightedForecast = table
    .params({ open: KIND.open, start: columns.period.start, end: columns.period.end })
    .filter((d: Record<string, number>, $: Record<string, number>) => d.kind === $.open && d.close >= $.start && d.close <= $.end)
    .rollup({ forecast: (d: Record<string, number>) => op.sum(d.amount * d.probability) })
    .get("forecast", 0) as number;

  return { total, byStage, byOwner, weightedForecast };
}

/** Converts Arquero's result rows to the shared shape, for the check against the engine. */
export function toAggregations(results: ArqueroResults): Aggregations {
  const byStage = new Map<string, { amount: number; deals: number }>();
  for (const row of results.byStage as { stage: string; amount: number; deals: number }[]) {
    if (row.stage !== "") byStage.set(row.stage, { amount: row.amount, deals: row.deals });
  }
  const byOwner = new Map<string, number>();
  for (const row of results.byOwner as { owner: string; amount: number }[]) {
    if (row.owner !== "") byOwner.set(row.owner, row.amount);
  }
  return { total: results.total, byStage, byOwner, weightedForecast: results.weightedForecast };
}
