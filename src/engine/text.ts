/**
 * Small text helpers shared by the metric families.
 */

/**
 * Orders two strings by code unit, the same on every machine, unlike a locale collation.
 *
 * @example ["Bob", "Ann"].sort(compareText) // ["Ann", "Bob"]
 */
export function compareText(left: string, right: string): number {
  if (left < right) return -1;
  return left > right ? 1 : 0;
}

/**
 * Wraps a function of a text so that it runs once per distinct text. A deals table repeats a
 * handful of stage names over many rows, so normalising each row's name would dominate a pass.
 *
 * @example const positionOf = memoizeByText((stage) => positions.get(normalizeStageName(stage)))
 */
export function memoizeByText<Result>(compute: (text: string) => Result): (text: string) => Result {
  const results = new Map<string, Result>();
  return (text) => {
    const cached = results.get(text);
    if (cached !== undefined || results.has(text)) return cached as Result;
    const result = compute(text);
    results.set(text, result);
    return result;
  };
}
