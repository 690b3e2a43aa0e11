/**
 * The custom functions timed over 1,000,000-cell ranges. Add a function with one line in
 * FUNCTION_CASES: its name, the arguments built from the ranges, and the function itself.
 */
import { coverage, weightedForecast } from "../src/functions/functions";
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
];
