/**
 * QUOTAPLAN's reading of its ranges into the engine's plan options, and the spilled array
 * it returns. The engine's planQuotas computes the plan, so the function and the command
 * line `plan` agree.
 */
import { planQuotas, type QuotaPlanProblem } from "../engine/quota-plan";
import { roundMoney } from "../engine/report";
import { ArgumentProblem, cellDetails, type RangeNumbers } from "./coerce";

export interface QuotaPlanArguments {
  lastSales: RangeNumbers;
  growth: number;
  /** Part weights; null when the argument is omitted. */
  seasonality: RangeNumbers | null;
  overAllocation: number;
}

/** Argument name of each engine field, for messages. */
const ARGUMENT_OF: Record<string, string> = {
  lastActual: "last_sales",
  "owners.lastSales": "last_sales",
  growth: "growth",
  seasonality: "seasonality",
  overAllocation: "over_allocation",
};

/**
 * Plans the quotas and lays them out as the spilled array. One cell of last sales is the
 * team: the result is the plan, split by the seasonality weights when given. Several cells
 * are owners, one per cell: each gets plan × (1 + over_allocation) × their share of last
 * sales, split by the seasonality weights when given. A blank weight counts as 0. Owners run along last_sales and
 * parts along the other direction. For the team, the parts follow seasonality's direction.
 */
export function spillQuotaPlan(args: QuotaPlanArguments): number[][] {
  const { lastSales, seasonality } = args;
  if (lastSales.rowCount > 1 && lastSales.columnCount > 1) {
    throw new ArgumentProblem("notOneDimension", { argument: "last_sales", params: { rows: lastSales.rowCount, columns: lastSales.columnCount } });
  }
  if (seasonality && seasonality.rowCount > 1 && seasonality.columnCount > 1) {
    throw new ArgumentProblem("notOneDimension", { argument: "seasonality", params: { rows: seasonality.rowCount, columns: seasonality.columnCount } });
  }
  const sales = Array.from(lastSales.values, (value) => (Number.isNaN(value) ? 0 : value));
  const team = sales.length <= 1;
  const weights = seasonality ? Array.from(seasonality.values, (value) => (Number.isNaN(value) ? 0 : value)) : null;
  if (weights && weights.length !== 12 && weights.length !== 4) {
    throw new ArgumentProblem("seasonalityLength", { argument: "seasonality", params: { count: weights.length } });
  }

  const result = planQuotas({
    lastActual: sales.reduce((total, value) => total + value, 0),
    growth: args.growth,
    split: weights?.length === 4 ? "quarter" : "month",
    seasonality: weights ?? undefined,
    owners: team ? undefined : sales.map((value, i) => ({ owner: String(i + 1), lastSales: value })),
    overAllocation: args.overAllocation,
  });
  if (result.problems.length > 0) throw problemOf(result.problems[0], args);

  const partWeights = weights ? result.byPeriod.map((part) => part.weight) : [1];
  const amounts = team ? [result.plan as number] : result.byOwner.map((owner) => owner.quota);
  // Quotas are money, so each is rounded to the cent as the report and the plan command round them.
  const table = amounts.map((amount) => partWeights.map((weight) => roundMoney(amount * weight)));

  const ownersAcross = !team && lastSales.rowCount === 1;
  const partsDown = team && seasonality !== null && seasonality.rowCount > 1;
  return ownersAcross || partsDown ? transpose(table) : table;
}

/** Turns the engine's first problem into an argument problem at the cell it names. */
function problemOf(problem: QuotaPlanProblem, args: QuotaPlanArguments): ArgumentProblem {
  const argument = ARGUMENT_OF[problem.field] ?? problem.field;
  let range: RangeNumbers | null = null;
  if (argument === "last_sales") range = args.lastSales;
  if (argument === "seasonality") range = args.seasonality;
  const at: { row?: number | null; column?: number | null } = {};
  if (range && problem.index !== null) {
    const { row, column } = cellDetails(argument, range, problem.index);
    at.row = row;
    at.column = column;
  }

  switch (problem.reason) {
    case "negative":
      return new ArgumentProblem("negative", { argument, value: problem.value, ...at });
    case "belowMinusOne":
    case "totalGrowthBelowMinusOne":
      return new ArgumentProblem("growthBelowMinusOne", { argument, value: formatPercent(args.growth) });
    case "sumNotPositive":
      return new ArgumentProblem("weightsSumZero", { argument });
    default:
      return new ArgumentProblem("unreadableNumber", { argument, value: problem.value, ...at });
  }
}

function formatPercent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(6))}%`;
}

function transpose(table: number[][]): number[][] {
  return table[0].map((_cell, c) => table.map((row) => row[c]));
}
