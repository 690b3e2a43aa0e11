/**
 * The custom functions and the JSON report on the same real files. Each function gets the
 * cells a user would select after filtering the deals table (raw cell values, as Excel
 * passes them), and must give the report's figure.
 */
import "../functions/custom-functions-runtime";
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
} from "../../src/functions/functions";
import { dayFromIso, serialFromDay } from "../../src/engine/dates";
import { trailingYearSales } from "../../src/engine/metrics/sales-history";
import { planQuotas } from "../../src/engine/quota-plan";
import { readPipeline, type PipelineSource } from "../../src/engine/read/workbook";
import { buildReport, type HealthReport } from "../../src/engine/report";
import { withDefaults } from "../../src/engine/settings";
import { KIND, type CellValue, type DealField } from "../../src/engine/types";
import type { FileWorkbookData } from "../../src/workbook/file/read-file";
import { LOAD_TIMEOUT_MS, loadWorkbook, requireSource, US_LOCALE } from "./real-source";

/** A deals table with the workbook it was read from, for picking raw cells. */
interface Loaded {
  workbook: FileWorkbookData;
  source: PipelineSource;
}

/** 0-based index of a column letter such as "G" or "AB". */
function columnIndex(letters: string): number {
  return [...letters].reduce((index, letter) => index * 26 + (letter.charCodeAt(0) - 64), 0) - 1;
}

/** Returns the raw cells of one field for the given deals, as a one-column range. */
function cellsOf({ workbook, source }: Loaded, field: DealField, deals: number[]): CellValue[][] {
  const { table } = source;
  const sheet = workbook.sheets.find((candidate) => candidate.name === table.sheet);
  const column = table.columns.find((mapping) => mapping.field === field);
  if (!sheet || !column) throw new Error(`${field}: no column in ${table.sheet}`);
  const sheetColumn = columnIndex(column.column) - sheet.firstColumn;
  return deals.map((i) => [sheet.rows[table.row[i] - sheet.firstRow][sheetColumn]]);
}

/** Indexes of the deals that pass a test. */
function dealsWhere(source: PipelineSource, test: (i: number) => boolean): number[] {
  const deals: number[] = [];
  for (let i = 0; i < source.table.size; i++) if (test(i)) deals.push(i);
  return deals;
}

function inRange(day: number, range: { start: string; end: string }): boolean {
  return day >= dayFromIso(range.start) && day <= dayFromIso(range.end);
}

describe("Maven CRM: functions and report agree", () => {
  const AS_OF = "2017-06-30";
  const QUOTA = 3_000_000;
  let maven: Loaded;
  let report: HealthReport;
  let window: { start: string; end: string };
  let closedInWindow: number[];

  beforeAll(async () => {
    const workbook = await loadWorkbook("maven-crm/sales_pipeline.csv");
    maven = { workbook, source: requireSource(workbook) };
    report = buildReport(maven.source, withDefaults({ asOf: dayFromIso(AS_OF), quotaOverride: QUOTA }));
    window = report.winRate.window;
    const { table } = maven.source;
    closedInWindow = dealsWhere(maven.source, (i) => (table.kind[i] === KIND.won || table.kind[i] === KIND.lost) && inRange(table.close[i], window));
  }, LOAD_TIMEOUT_MS);

  test("WINRATE by count and by amount", () => {
    const stages = cellsOf(maven, "stage", closedInWindow);
    expect(report.winRate.byCount).not.toBeNull();
    expect(winRate(stages)).toBeCloseTo(report.winRate.byCount as number, 12);
    expect(winRate(stages, cellsOf(maven, "amount", closedInWindow))).toBeCloseTo(report.winRate.byValue as number, 12);
  });

  test("CYCLEDAYS over the won deals", () => {
    const won = closedInWindow.filter((i) => maven.source.table.kind[i] === KIND.won);
    expect(report.cycleDays.mean).not.toBeNull();
    expect(cycleDays(cellsOf(maven, "created", won), cellsOf(maven, "close", won))).toBeCloseTo(report.cycleDays.mean as number, 9);
  });

  test("CONVERSION at every transition", () => {
    const { table } = maven.source;
    const start = dayFromIso(window.start);
    const end = dayFromIso(window.end);
    // Open deals created in the window or undated, and closed deals closed in it, as the report counts them.
    const counted = dealsWhere(maven.source, (i) =>
      table.kind[i] === KIND.open ? Number.isNaN(table.created[i]) || (table.created[i] >= start && table.created[i] <= end) : closedInWindow.includes(i),
    );
    const stages = cellsOf(maven, "stage", counted);
    expect(report.stageConversion.transitions.length).toBeGreaterThan(0);
    for (const transition of report.stageConversion.transitions) {
      expect(transition.rate).not.toBeNull();
      expect(conversion(stages, transition.from, transition.to)).toBeCloseTo(transition.rate as number, 12);
    }
  });

  /** Mean won amount in the window, unrounded; the report rounds it to the cent. */
  function averageWonAmount(): number {
    const { table } = maven.source;
    const amounts = closedInWindow.filter((i) => table.kind[i] === KIND.won && table.amount[i] >= 0).map((i) => table.amount[i]);
    return amounts.reduce((total, amount) => total + amount, 0) / amounts.length;
  }

  test("VELOCITY from WINRATE and CYCLEDAYS", () => {
    const stages = cellsOf(maven, "stage", closedInWindow);
    const won = closedInWindow.filter((i) => maven.source.table.kind[i] === KIND.won);
    const cycle = cycleDays(cellsOf(maven, "created", won), cellsOf(maven, "close", won));
    const perDay = velocity(report.velocity.openDeals, averageWonAmount(), winRate(stages), cycle);
    expect(report.velocity.perDay).not.toBeNull();
    expect(perDay).toBeCloseTo(report.velocity.perDay as number, 2);
  });

  test("LEADSNEEDED from the stage rates to won", () => {
    const remaining = QUOTA - report.wonInPeriod;
    const rates = report.stageConversion.transitions.map((transition) => [transition.rate]);
    report.leadsNeeded.forEach((stage, s) => {
      expect(stage.needed).not.toBeNull();
      expect(leadsNeeded(remaining, averageWonAmount(), rates.slice(s))).toBe(stage.needed);
    });
  });

  test("PERIODTODATE for each period", () => {
    const won = dealsWhere(maven.source, (i) => maven.source.table.kind[i] === KIND.won);
    const amounts = cellsOf(maven, "amount", won);
    const dates = cellsOf(maven, "close", won);
    for (const key of ["YTD", "QTD", "MTD", "WTD"] as const) {
      expect(periodToDate(amounts, dates, key, AS_OF)).toBeCloseTo(report.periodToDate[key].won, 6);
    }
    // 2017-Q2 won 3,086,111, as the Maven tests pin from the file.
    expect(periodToDate(amounts, dates, "QTD", AS_OF)).toBe(3_086_111);
  });
});

describe("D365 with Goal.csv: functions and report agree", () => {
  const AS_OF = "2025-09-30";
  let d365: Loaded;
  let report: HealthReport;

  beforeAll(async () => {
    const workbook = await loadWorkbook("d365-contoso-coffee/Opportunity.csv");
    const goal = await loadWorkbook("d365-contoso-coffee/Goal.csv");
    const deals = requireSource(workbook);
    const source = readPipeline([...workbook.sheets, ...goal.sheets], { ...US_LOCALE, sheetName: deals.table.sheet });
    if (!source) throw new Error("D365: no deals table with the goals");
    d365 = { workbook, source };
    report = buildReport(source, withDefaults({ asOf: dayFromIso(AS_OF) }));
  }, LOAD_TIMEOUT_MS);

  function openInPeriod(): number[] {
    const { table } = d365.source;
    return dealsWhere(d365.source, (i) => table.kind[i] === KIND.open && inRange(table.close[i], report.period));
  }

  function wonDeals(test: (close: number) => boolean = () => true): number[] {
    const { table } = d365.source;
    return dealsWhere(d365.source, (i) => table.kind[i] === KIND.won && test(table.close[i]));
  }

  test("COVERAGE against the goal", () => {
    const won = wonDeals((close) => inRange(close, report.period));
    expect(report.quota).toBe(8_400_000);
    expect(report.coverage).not.toBeNull();
    const ratio = coverage(cellsOf(d365, "amount", openInPeriod()), report.quota, cellsOf(d365, "amount", won));
    expect(ratio).toBeCloseTo(report.coverage as number, 9);
  });

  test("WEIGHTEDFORECAST of the period's open deals", () => {
    const open = openInPeriod();
    const forecast = weightedForecast(cellsOf(d365, "amount", open), cellsOf(d365, "probability", open));
    expect(forecast).toBeCloseTo(report.weightedForecast as number, 2);
  });

  test("ATTAINMENT and PERIODTODATE for the quarter", () => {
    const won = wonDeals();
    const amounts = cellsOf(d365, "amount", won);
    const dates = cellsOf(d365, "close", won);
    const quarter = report.periodToDate.QTD;
    expect(quarter.plan).toBe(8_400_000);
    expect(periodToDate(amounts, dates, "QTD", AS_OF)).toBeCloseTo(quarter.won, 6);
    expect(attainment(amounts, dates, quarter.plan, "QTD", AS_OF)).toBeCloseTo(quarter.attainment as number, 12);
  });

  test("CONCENTRATION of the open pipeline", () => {
    const open = dealsWhere(d365.source, (i) => d365.source.table.kind[i] === KIND.open);
    expect(concentration(cellsOf(d365, "amount", open))).toBeCloseTo(report.concentration.overall.hhi as number, 12);
  });

  test("TOPDEALS of the open pipeline", () => {
    const open = dealsWhere(d365.source, (i) => d365.source.table.kind[i] === KIND.open);
    // The export has no id column, so the report's ids are sheet row numbers.
    const ids = open.map((i) => [d365.source.table.id[i]]);
    const { deals } = report.topDeals;
    expect(deals).toHaveLength(20);
    const spilled = topDeals(ids, cellsOf(d365, "amount", open), cellsOf(d365, "probability", open), deals.length);
    // The report rounds weighted amounts to the cent; the function returns them unrounded.
    expect(spilled.map(([, weighted]) => Math.round(weighted * 100) / 100)).toEqual(deals.map((deal) => deal.weighted));
    // Ties go to the earlier close date in the report and to the smaller id here, so ids are compared where weights differ.
    const unique = deals.filter((deal) => deals.filter((other) => other.weighted === deal.weighted).length === 1);
    expect(unique.length).toBeGreaterThan(0);
    for (const deal of unique) expect(spilled[deals.indexOf(deal)][0]).toBe(Number(deal.id));
  });

  test("QUOTAPLAN of next year from the trailing twelve months", () => {
    const sales = trailingYearSales(d365.source.table, { asOf: dayFromIso(AS_OF), fiscalYearStartMonth: 1 });
    const plan = planQuotas({
      lastActual: sales.total,
      growth: 0.15,
      pastSales: sales.monthly,
      owners: sales.byOwner.map((owner) => ({ owner: owner.owner, lastSales: owner.amount })),
    });
    expect(plan.problems).toEqual([]);
    const spilled = quotaPlan(
      sales.byOwner.map((owner) => [owner.amount]),
      "15%",
      [sales.monthly],
    );
    // The function rounds each quota to the cent.
    plan.byOwner.forEach((owner, o) => {
      plan.byPeriod.forEach((part, p) => expect(spilled[o][p]).toBeCloseTo(owner.quota * part.weight, 2));
    });
  });
});

describe("Salesforce org export with stage history: functions and report agree", () => {
  // The history rows were created on 2026-02-23, so deals in their stage since then pass the
  // 30-day stall limit on 2026-03-26.
  const AS_OF = "2026-03-26";
  let source: PipelineSource;
  let report: HealthReport;

  beforeAll(async () => {
    const opportunities = await loadWorkbook("salesforce-devorg-powerbi/Opportunity.csv");
    const history = await loadWorkbook("salesforce-devorg-powerbi/OpportunityHistory.csv");
    const withHistory = readPipeline([...opportunities.sheets, ...history.sheets], { ...US_LOCALE, sheetName: "Opportunity" });
    if (!withHistory?.history) throw new Error("Salesforce org export: the stage history was not read");
    source = withHistory;
    report = buildReport(source, withDefaults({ asOf: dayFromIso(AS_OF) }));
  }, LOAD_TIMEOUT_MS);

  test("STALLED from the stage-entered dates", () => {
    const { table } = source;
    const open = dealsWhere(source, (i) => table.kind[i] === KIND.open);
    // The stage history gives the dates, so the cells are serials of the engine's days.
    const entered = open.map((i) => [Number.isNaN(table.stageEntered[i]) ? null : serialFromDay(table.stageEntered[i])]);
    expect(report.stalled.count).toBeGreaterThan(0);
    expect(stalled(entered, 30, AS_OF)).toBe(report.stalled.count);
  });
});
