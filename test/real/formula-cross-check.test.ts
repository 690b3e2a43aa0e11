/**
 * Cross-check of the engine's sums against a formula engine over the same cells. For each
 * real deals file, the deals go into a HyperFormula sheet as the product read them: kind,
 * amount, close date and probability from the report's source table, one row per deal.
 * SUMIFS, COUNTIFS and SUMPRODUCT then recompute the report's headline sums, and each must
 * match the report to the cent.
 *
 * This checks the summing, the period bounds and the skipping of missing values, not the
 * reading: both sides start from the same table. Missing amounts, dates and probabilities
 * (NaN in the table) are blank cells, which SUMIFS and SUMPRODUCT leave out.
 *
 * The period bounds are computed here with Date.UTC for the defaults of withDefaults: the
 * calendar quarter, a fiscal year starting in January and weeks starting on Monday.
 */
import { dayFromIso } from "../../src/engine/dates";
import type { HealthReport } from "../../src/engine/report";
import type { PipelineSource } from "../../src/engine/read/workbook";
import { buildDealFormulaSheet, serialFromDay, type DealFormulaSheet } from "../support/deal-formula-sheet";
import { utcDay } from "../support/grids";
import { LOAD_TIMEOUT_MS, loadWorkbook, reportAsOf, requireSource } from "./real-source";

interface CrossCheckCase {
  file: string;
  /** As-of date inside the file's close dates. */
  asOf: string;
}

const CASES: CrossCheckCase[] = [
  // Mid-quarter: won deals close after the as-of date in the same quarter.
  { file: "maven-crm/sales_pipeline.csv", asOf: "2017-08-02" },
  { file: "maven-crm-xlsx/sales_pipeline.xlsx", asOf: "2017-08-02" },
  // Last day of a quarter, with open deals and probabilities in the period.
  { file: "d365-contoso-coffee/Opportunity.csv", asOf: "2025-09-30" },
  { file: "salesforce-bulk-export/Opportunity.csv", asOf: "2023-11-27" },
  // The day every won deal of the file closed. Five deals have no amount.
  { file: "salesforce-devorg-powerbi/Opportunity.csv", asOf: "2024-02-03" },
  // No open deal has a probability, so the weighted forecast is null.
  { file: "ptv-revops-xlsx/opportunities.xlsx", asOf: "2026-03-18" },
  // A Sunday, whose Monday-to-Sunday week starts in the previous month.
  { file: "superstore-pipeline-xlsx/Sales Pipeline.xlsx", asOf: "2021-12-05" },
  // Open deals only, two of them without a close date.
  { file: "cn-insight-template/商机导入模板.xlsx", asOf: "2026-04-15" },
];

/** First and last day, as day numbers, of a period that contains the as-of date. */
interface Bounds {
  start: number;
  end: number;
}

/** Periods of the default settings, computed without the engine's date code. */
function defaultPeriods(asOf: string): { quarter: Bounds; year: Bounds; month: Bounds; week: Bounds } {
  const [year, month, day] = asOf.split("-").map(Number);
  const quarterFirstMonth = month - ((month - 1) % 3);
  const asOfDay = utcDay(year, month, day);
  // getUTCDay is 0 on Sunday, so a Sunday is 6 days after the week's Monday.
  const daysSinceMonday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
  return {
    // Date.UTC rolls month 13 over into January of the next year and day 0 back to the last day of the month before.
    quarter: { start: utcDay(year, quarterFirstMonth, 1), end: utcDay(year, quarterFirstMonth + 3, 0) },
    year: { start: utcDay(year, 1, 1), end: utcDay(year, 12, 31) },
    month: { start: utcDay(year, month, 1), end: utcDay(year, month + 1, 0) },
    week: { start: asOfDay - daysSinceMonday, end: asOfDay - daysSinceMonday + 6 },
  };
}

function isoOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

describe.each(CASES)("$file as of $asOf", ({ file, asOf }) => {
  const periods = defaultPeriods(asOf);
  const asOfSerial = serialFromDay(dayFromIso(asOf));
  const periodStart = serialFromDay(periods.quarter.start);
  const periodEnd = serialFromDay(periods.quarter.end);
  let source: PipelineSource;
  let report: HealthReport;
  let sheet: DealFormulaSheet;

  beforeAll(async () => {
    source = requireSource(await loadWorkbook(file));
    report = reportAsOf(source, asOf);
    sheet = buildDealFormulaSheet(source.table);
  }, LOAD_TIMEOUT_MS);

  afterAll(() => sheet?.destroy());

  /** SUMIFS of the amount column over one kind, with optional close-date bounds (serials, inclusive). */
  function sumAmounts(kind: string, closeFrom?: number, closeTo?: number): number {
    const criteria = [`${sheet.range("kind")},"${kind}"`];
    if (closeFrom !== undefined) criteria.push(`${sheet.range("close")},">=${closeFrom}"`);
    if (closeTo !== undefined) criteria.push(`${sheet.range("close")},"<=${closeTo}"`);
    return sheet.evaluate(`=SUMIFS(${sheet.range("amount")},${criteria.join(",")})`);
  }

  test("as-of date lies within the close dates", () => {
    expect(asOfSerial).toBeGreaterThanOrEqual(sheet.evaluate(`=MIN(${sheet.range("close")})`));
    expect(asOfSerial).toBeLessThanOrEqual(sheet.evaluate(`=MAX(${sheet.range("close")})`));
  });

  test("report period is the calendar quarter", () => {
    expect(report.period.start).toBe(isoOf(periods.quarter.start));
    expect(report.period.end).toBe(isoOf(periods.quarter.end));
  });

  test("one sheet row per deal", () => {
    expect(sheet.evaluate(`=COUNTA(${sheet.range("kind")})`)).toBe(report.deals.total);
    expect(sheet.evaluate(`=COUNTIF(${sheet.range("kind")},"open")`)).toBe(report.deals.open);
    expect(sheet.evaluate(`=COUNTIF(${sheet.range("kind")},"won")`)).toBe(report.deals.won);
  });

  test("openPipeline matches SUMIFS", () => {
    expect(report.openPipeline).toBeCloseTo(sumAmounts("open"), 2);
  });

  test("periodPipeline matches SUMIFS", () => {
    expect(report.periodPipeline).toBeCloseTo(sumAmounts("open", periodStart, periodEnd), 2);
  });

  test("wonInPeriod matches SUMIFS", () => {
    expect(report.wonInPeriod).toBeCloseTo(sumAmounts("won", periodStart, periodEnd), 2);
  });

  test("weightedForecast matches SUMPRODUCT", () => {
    const kind = sheet.range("kind");
    const close = sheet.range("close");
    // HyperFormula evaluates the comparisons element by element only inside ARRAYFORMULA.
    // A blank amount or probability counts as 0 in SUMPRODUCT, which leaves the deal out.
    const inPeriodOpen = `(${kind}="open")*(${close}>=${periodStart})*(${close}<=${periodEnd})`;
    const weighted = sheet.evaluate(`=ARRAYFORMULA(SUMPRODUCT(${inPeriodOpen},${sheet.range("amount")},${sheet.range("probability")}))`);

    // Open deals closing in the period with an amount, split by whether they have a probability.
    const inPeriodOpenWithAmount = `${kind},"open",${sheet.range("amount")},"<>",${close},">=${periodStart}",${close},"<=${periodEnd}"`;
    const withProbability = sheet.evaluate(`=COUNTIFS(${inPeriodOpenWithAmount},${sheet.range("hasProbability")},1)`);
    const withoutProbability = sheet.evaluate(`=COUNTIFS(${inPeriodOpenWithAmount},${sheet.range("hasProbability")},0)`);

    expect(report.skipped.probabilityMissing).toBe(withoutProbability);
    if (report.weightedForecast === null) {
      // Null only when such deals exist and none of them has a probability.
      expect(withProbability).toBe(0);
      expect(withoutProbability).toBeGreaterThan(0);
    } else {
      expect(report.weightedForecast).toBeCloseTo(weighted, 2);
    }
  });

  test("skipped open deals match COUNTIFS of blanks", () => {
    const kind = sheet.range("kind");
    expect(report.skipped.openAmountMissing).toBe(sheet.evaluate(`=COUNTIFS(${kind},"open",${sheet.range("amount")},"")`));
    expect(report.skipped.openCloseMissing).toBe(sheet.evaluate(`=COUNTIFS(${kind},"open",${sheet.range("close")},"")`));
  });

  test.each([
    ["YTD", "year"],
    ["QTD", "quarter"],
    ["MTD", "month"],
    ["WTD", "week"],
  ] as const)("%s won to date matches SUMIFS", (key, period) => {
    const entry = report.periodToDate[key];
    expect(entry.start).toBe(isoOf(periods[period].start));
    expect(entry.won).toBeCloseTo(sumAmounts("won", serialFromDay(periods[period].start), asOfSerial), 2);
  });
});
