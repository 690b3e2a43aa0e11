/**
 * The aggregations that the engine and its peers compute from the same columns, so that
 * their times compare like with like:
 * - the total: Σ amount over every deal with an amount;
 * - per stage: Σ amount and the number of deals, for each stage name as written in the table;
 * - per owner: Σ amount, for each owner name;
 * - the weighted forecast: Σ amount × probability over open deals whose close date lies in
 *   the report period, both ends included.
 *
 * Deals without a stage or an owner belong to no group, because SUMIFS cannot match a blank
 * cell by name. A missing amount, close date or probability is NaN here and a blank cell in
 * HyperFormula, and adds nothing to any sum.
 */
import { dealsOfKind } from "../src/engine/table";
import type { DealTable } from "../src/engine/types";

/** The columns every implementation reads, taken from the engine's deal table. */
export interface AggregationColumns {
  size: number;
  /** `KIND` code of each deal. */
  kind: Uint8Array;
  stage: string[];
  owner: string[];
  /** The engine's interned stage and owner names: `stageNames[stageCode[i]]` is `stage[i]`. */
  stageCode: Uint32Array;
  stageNames: string[];
  ownerCode: Uint32Array;
  ownerNames: string[];
  amount: Float64Array;
  /** Close date as a day number. */
  close: Float64Array;
  /** The probability the weighted forecast uses: the row's, else the stage's default. */
  probability: Float64Array;
  /** Report period, as day numbers. */
  period: { start: number; end: number };
  /** Table indexes of the open deals, which the reader lists once per table. */
  openDeals: Uint32Array;
}

export interface Aggregations {
  total: number;
  byStage: Map<string, { amount: number; deals: number }>;
  byOwner: Map<string, number>;
  weightedForecast: number;
}

/**
 * Takes the aggregation columns from a deal table. The probability column is filled once
 * here, outside any timing, so that every implementation multiplies the same two columns.
 */
export function aggregationColumns(table: DealTable, period: { start: number; end: number }): AggregationColumns {
  const probability = new Float64Array(table.size);
  for (let i = 0; i < table.size; i++) {
    probability[i] = Number.isNaN(table.probability[i]) ? table.stageProbability[i] : table.probability[i];
  }
  return {
    size: table.size,
    kind: table.kind,
    stage: table.stage,
    owner: table.owner,
    stageCode: table.stageCode,
    stageNames: table.stageNames,
    ownerCode: table.ownerCode,
    ownerNames: table.ownerNames,
    amount: table.amount,
    close: table.close,
    probability,
    period,
    openDeals: dealsOfKind(table).open,
  };
}

/**
 * Computes the aggregations the way the engine's metric families do: one pass over typed
 * columns, with the groups indexed by the stage and owner codes that the reader interned.
 */
export function computeAggregations(columns: AggregationColumns): Aggregations {
  const { stageCode, ownerCode, amount, close, probability, period, openDeals } = columns;
  const stageAmount = new Float64Array(columns.stageNames.length);
  const stageDeals = new Float64Array(columns.stageNames.length);
  const ownerAmount = new Float64Array(columns.ownerNames.length);
  let total = 0;
  let weightedForecast = 0;

  for (let i = 0; i < columns.size; i++) {
    const value = amount[i];
    stageDeals[stageCode[i]]++;
    if (Number.isNaN(value)) continue;

    total += value;
    stageAmount[stageCode[i]] += value;
    ownerAmount[ownerCode[i]] += value;
  }
  // The open deals' indexes, as the report's families loop over them, keep the kind test out of the loop above.
  for (let k = 0; k < openDeals.length; k++) {
    const i = openDeals[k];
    const value = amount[i];
    const inPeriod = close[i] >= period.start && close[i] <= period.end;
    if (inPeriod && !Number.isNaN(value) && !Number.isNaN(probability[i])) weightedForecast += value * probability[i];
  }

  const byStage = new Map<string, { amount: number; deals: number }>();
  columns.stageNames.forEach((name, code) => {
    if (name !== "") byStage.set(name, { amount: stageAmount[code], deals: stageDeals[code] });
  });
  const byOwner = new Map<string, number>();
  columns.ownerNames.forEach((name, code) => {
    if (name !== "") byOwner.set(name, ownerAmount[code]);
  });
  return { total, byStage, byOwner, weightedForecast };
}

/** Distinct non-blank texts of a column, in the order first met. */
export function distinctTexts(values: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const value of values) if (value !== "") seen.add(value);
  return [...seen];
}

/**
 * Lists the differences between two sets of aggregations beyond a relative tolerance, which
 * allows for sums taken in another order. An empty list means the two agree.
 */
export function compareAggregations(expected: Aggregations, actual: Aggregations, relativeTolerance = 1e-9): string[] {
  const differences: string[] = [];
  const check = (label: string, want: number, got: number | undefined) => {
    const close = got !== undefined && Math.abs(want - got) <= relativeTolerance * Math.max(1, Math.abs(want));
    if (!close) differences.push(`${label}: expected ${want}, got ${got}`);
  };

  check("total", expected.total, actual.total);
  check("weighted forecast", expected.weightedForecast, actual.weightedForecast);
  for (const [name, group] of expected.byStage) {
    check(`amount of stage "${name}"`, group.amount, actual.byStage.get(name)?.amount);
    check(`deals of stage "${name}"`, group.deals, actual.byStage.get(name)?.deals);
  }
  for (const [name, amount] of expected.byOwner) check(`amount of owner "${name}"`, amount, actual.byOwner.get(name));
  return differences;
}
