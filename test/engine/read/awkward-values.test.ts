/**
 * Cell values that users report as read wrongly, each with the reading a careful analyst
 * expects. Values are computed by hand in the comments.
 */
import { parseAmount, parseDate, parseProbabilityCell, scaleProbabilityColumn, usesDecimalComma } from "../../../src/engine/read/values";
import type { CellValue } from "../../../src/engine/types";
import { utcDay } from "../../support/grids";

function amountIn(locale: string, text: string): number {
  return parseAmount(text, { decimalComma: usesDecimalComma(locale) });
}

/** Reads a probability column as the deals reader does: cell by cell, then the column rule. */
function probabilityColumn(cells: CellValue[]): number[] {
  const parsed = cells.map(parseProbabilityCell);
  const numbers = Float64Array.from(parsed.map((cell) => cell.number));
  scaleProbabilityColumn(numbers, Uint8Array.from(parsed.map((cell) => (cell.percentSign ? 1 : 0))));
  return Array.from(numbers);
}

// One column containing 60, 0.6 and "60%". Text with a percent sign is a fraction on its own,
// so "60%" is 0.6 in any column. A plain number does not show whether it is a fraction or a
// percent, so it follows the column rule: 60 proves this column is percents, and 0.6 then
// reads as 0.6% (0.006), not as 60%. Guessing per cell would make the same 1 mean 1% in one
// row and 100% in the next.
const MIXED_PROBABILITIES = probabilityColumn([60, 0.6, "60%"]);
// Three deals of 1,000: 1,000 × 0.6 + 1,000 × 0.006 + 1,000 × 0.6 = 1,206.
const MIXED_WEIGHTED_TOTAL = MIXED_PROBABILITIES.reduce((sum, probability) => sum + 1000 * probability, 0);

test.each<[string, () => number, number]>([
  ["probability 60 in a percent column", () => MIXED_PROBABILITIES[0], 0.6],
  ["probability 0.6 in a percent column", () => MIXED_PROBABILITIES[1], 0.006],
  ["probability text 60% in a percent column", () => MIXED_PROBABILITIES[2], 0.6],
  ["probability text 60% in a fraction column", () => probabilityColumn([0.2, "60%"])[1], 0.6],
  ["weighted total of 60, 0.6 and 60%", () => MIXED_WEIGHTED_TOTAL, 1206],

  ["amount ¥1.2万", () => amountIn("zh-CN", "¥1.2万"), 12000],
  // Without a decimal-comma locale "1.254,54" has no reading that is not a guess: 1254.54
  // assumes German notation and 125454 drops a separator, so the cell is reported instead.
  ["amount 1.254,54 in en-US", () => amountIn("en-US", "1.254,54"), NaN],
  ["amount 1.254,54 in de-DE", () => amountIn("de-DE", "1.254,54"), 1254.54],
  ["amount (1,200)", () => amountIn("en-US", "(1,200)"), -1200],
  // Excel's accounting format shows zero as a dash.
  ["amount $ -", () => amountIn("en-US", "$ -"), 0],
  ["amount ¥ -", () => amountIn("zh-CN", "¥ -"), 0],
  // A thousands group needs three digits, so 1,2 is neither 12 nor 1.2.
  ["amount 1,2 in en-US", () => amountIn("en-US", "1,2"), NaN],
  ["amount space thousands", () => amountIn("fr-FR", " 5 000 "), 5000],
  ["amount 5.000 in en-US", () => amountIn("en-US", "5.000"), 5],
  ["amount 5.000 in de-DE", () => amountIn("de-DE", "5.000"), 5000],
  ["amount 五万元", () => amountIn("zh-CN", "五万元"), 50000],

  ["date 2026年3月5日", () => parseDate("2026年3月5日"), utcDay(2026, 3, 5)],
  // The offset is never applied: 23:30 at -08:00 is 07:30 UTC on 6 March, but the day stays 5 March.
  ["date with offset -08:00", () => parseDate("2026-03-05T00:00:00-08:00"), utcDay(2026, 3, 5)],
  ["date late with offset -08:00", () => parseDate("2026-03-05T23:30:00-08:00"), utcDay(2026, 3, 5)],
  ["date 2026/2/30", () => parseDate("2026/2/30"), NaN],
  // 2025 is not a leap year.
  ["date 29/02/2025 day-first", () => parseDate("29/02/2025", { order: "DMY" }), NaN],
  ["date 2/29/2024 month-first", () => parseDate("2/29/2024", { order: "MDY" }), utcDay(2024, 2, 29)],
])("%s", (_name, read, expected) => {
  if (Number.isNaN(expected)) expect(read()).toBeNaN();
  else expect(read()).toBeCloseTo(expected, 9);
});
