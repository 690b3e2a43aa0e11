/**
 * The custom functions timed over 1,000,000-cell ranges. Add a function with one line in
 * FUNCTION_CASES: its name, the arguments built from the ranges, and the function itself.
 */
import {
  attainment,
  concentration,
  conversion,
  coverage,
  cycleDays,
  leadsNeeded,
  periodToDate,
  quotaPlan,
  stalled,
  topDeals,
  velocity,
  weightedForecast,
  winRate,
} from "../src/functions/functions";
import { FunctionRanges } from "./function-ranges";

export interface FunctionCase {
  name: string;
  args: (ranges: FunctionRanges) => unknown[];
  call: (...args: unknown[]) => unknown;
}

/** Ties the arguments to the function's parameters, so that the compiler checks each line. */
function functionCase<Args extends unknown[]>(name: string, args: (ranges: FunctionRanges) => [...Args], call: (...args: Args) => unknown): FunctionCase {
  return { name, args, call: call as (...args: unknown[]) => unknown };
}

export const FUNCTION_CASES: FunctionCase[] = [
  functionCase("COVERAGE", (ranges) => [ranges.openAmounts, ranges.quota, ranges.wonAmounts], coverage),
  functionCase("WEIGHTEDFORECAST", (ranges) => [ranges.amounts, ranges.probabilities], weightedForecast),
  functionCase("WINRATE", (ranges) => [ranges.stages, ranges.amounts], winRate),
  functionCase("CONVERSION", (ranges) => [ranges.stages, "Qualified", "Closed Won"], conversion),
  functionCase("CYCLEDAYS", (ranges) => [ranges.createdDates, ranges.closeDates], cycleDays),
  // VELOCITY and LEADSNEEDED take single values and a few stage rates, so they read no large range.
  functionCase("VELOCITY", () => [1000, 50000, 0.25, 60], velocity),
  functionCase("STALLED", (ranges) => [ranges.stageEnteredDates, 30, ranges.asOf], stalled),
  functionCase("LEADSNEEDED", () => [500000, 50000, [[0.5], [0.8], [0.625]]], leadsNeeded),
  functionCase("CONCENTRATION", (ranges) => [ranges.openAmounts], concentration),
  functionCase("PERIODTODATE", (ranges) => [ranges.wonAmounts, ranges.closeDates, "QTD", ranges.asOf], periodToDate),
  functionCase("ATTAINMENT", (ranges) => [ranges.wonAmounts, ranges.closeDates, ranges.quota, "QTD", ranges.asOf], attainment),
  // One owner per cell: a million owner quotas, the largest spill the function can be asked for.
  functionCase("QUOTAPLAN", (ranges) => [ranges.amounts, "15%"], quotaPlan),
  functionCase("TOPDEALS", (ranges) => [ranges.ids, ranges.amounts, ranges.probabilities, 20], topDeals),
];
