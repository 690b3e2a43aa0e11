/**
 * The time of each metric family inside buildReport, to show where the report's time goes.
 * Each part is called with the options buildReport passes it, in the same order, so that
 * the parts whose options depend on earlier results get the same inputs.
 *
 * The reader builds the table's kind lists and column fill counts during ingest and caches
 * them per table, so each part here finds them ready, as it does inside buildReport.
 *
 * NOTE: this mirrors src/engine/report.ts by hand. When buildReport calls a new metric
 * family or passes other options, change it here too. The "sum of the parts" row falls
 * below buildReport's time when this file falls behind.
 */
import { amountIf } from "../src/engine/branchless";
import { computeByOwner } from "../src/engine/metrics/by-owner";
import { computeConcentration } from "../src/engine/metrics/concentration";
import { computeConversion } from "../src/engine/metrics/conversion";
import { computeCoverage } from "../src/engine/metrics/coverage";
import { computeDataQuality } from "../src/engine/metrics/data-quality";
import { computeForecast } from "../src/engine/metrics/forecast";
import { scoreHealth } from "../src/engine/metrics/health";
import { computeMovement, stallDaysLookup } from "../src/engine/metrics/movement";
import { computePeriodToDate } from "../src/engine/metrics/period-to-date";
import { selectTopDeals } from "../src/engine/metrics/top-deals";
import { computeWinRates } from "../src/engine/metrics/win-rate";
import { periodContaining } from "../src/engine/periods";
import { quotaForPeriod } from "../src/engine/quotas";
import { summarizeCurrencies } from "../src/engine/read/currency";
import { indexStages, indexWithFallbacks } from "../src/engine/read/stages";
import type { PipelineSource } from "../src/engine/read/workbook";
import type { ReportSettings } from "../src/engine/settings";
import { dealsOfKind } from "../src/engine/table";
import type { DealTable } from "../src/engine/types";
import { REPORT_REPEAT } from "./engine-timings";
import { timeMedian } from "./measure";
import { formatCount, type BenchRow } from "./results";

interface ReportPart {
  name: string;
  run: () => unknown;
}

/**
 * Times each part of buildReport alone and adds a row with their sum. A sum well below
 * buildReport's own time means this file misses a part that buildReport now runs.
 */
export function measureReportParts(source: PipelineSource, settings: ReportSettings, reportMedianMs: number, runs: number): BenchRow[] {
  const parts = reportParts(source, settings);
  const scale = `${formatCount(source.table.size)} deals kept`;
  const rows: BenchRow[] = parts.map((part) => {
    const timing = timeMedian(part.run, { runs, repeat: REPORT_REPEAT });
    return { id: `reportPart.${part.name}`, section: "report parts", measure: `engine: ${part.name}`, scale, medianMs: timing.medianMs, runs, samplesMs: timing.samplesMs, note: "" };
  });

  const partsMs = rows.reduce((total, row) => total + (row.medianMs ?? 0), 0);
  rows.push({
    id: "reportPart.sum",
    section: "report parts",
    measure: "engine: sum of the parts above",
    scale,
    medianMs: partsMs,
    runs: 0,
    note: `buildReport itself: ${reportMedianMs.toFixed(1)} ms; each part is timed alone, so the sum may exceed it`,
  });
  return rows;
}

/**
 * Lists the parts with the inputs buildReport gives them. Results that later parts need are
 * computed once here, untimed.
 */
function reportParts(source: PipelineSource, settings: ReportSettings): ReportPart[] {
  const { table } = source;
  const period = periodContaining(settings.asOf, settings.periodKind, settings.fiscalYearStartMonth);
  const quota = settings.quotaOverride ?? quotaForPeriod(source.quotas.entries, period).amount;
  const issues = [...source.issues, ...(source.stageTable?.issues ?? []), ...source.quotas.issues, ...(source.history?.issues ?? [])];
  const stageIndex = () => (source.stageTable ? indexStages(source.stageTable.preset.stages) : indexWithFallbacks(source.stagePreset));

  const coverage = () => computeCoverage(table, { period, quota, band: settings.coverageBand });
  const coverageResult = coverage();
  const winRates = () => computeWinRates(table, { asOf: settings.asOf, lookbackDays: settings.winRateLookbackDays, stages: source.stagePreset });
  const winRateResult = winRates();
  const movement = () => computeMovement(table, { asOf: settings.asOf, inactivityDays: settings.inactivityDays, stallDaysOf: stallDaysLookup(stageIndex()) });
  const movementResult = movement();
  const concentration = () => computeConcentration(table, { limits: settings.concentration });
  const periodToDate = () =>
    computePeriodToDate(table, { asOf: settings.asOf, fiscalYearStartMonth: settings.fiscalYearStartMonth, weekStart: settings.weekStart, quotas: source.quotas.entries });
  const conversion = () =>
    computeConversion(table, {
      asOf: settings.asOf,
      lookbackDays: settings.winRateLookbackDays,
      stages: source.stagePreset,
      history: source.history?.byDeal ?? null,
      remaining: quota === null ? null : quota - coverageResult.wonInPeriod,
      averageWonAmount: winRateResult.velocity.averageWonAmount,
    });
  const dataQuality = () => computeDataQuality(table, issues, { asOf: settings.asOf });
  const health = healthInputs(settings, {
    openDeals: dealsOfKind(table).open.length,
    coverage: coverageResult,
    shape: conversion().shape.kind,
    movement: movementResult,
    concentration: concentration().overall,
    cleanShare: dataQuality().cleanShare,
    pace: periodToDate().QTD.pace,
  });

  return [
    { name: "computeCoverage", run: coverage },
    { name: "computeForecast", run: () => computeForecast(table, { period, wonInPeriod: coverageResult.wonInPeriod }) },
    { name: "computeDataQuality", run: dataQuality },
    { name: "counts by kind (loop in buildReport)", run: () => countByKind(table, coverageResult.openPipeline) },
    { name: "computeWinRates", run: winRates },
    { name: "computeMovement", run: movement },
    { name: "computeConcentration", run: concentration },
    { name: "computePeriodToDate", run: periodToDate },
    { name: "computeConversion", run: conversion },
    { name: "selectTopDeals", run: () => selectTopDeals(table, { asOf: settings.asOf, n: settings.topN, flags: movementResult.flags }) },
    { name: "scoreHealth", run: () => scoreHealth(health) },
    { name: "computeByOwner", run: () => computeByOwner(table, { period, window: winRateResult.window }) },
    { name: "summarizeCurrencies", run: () => summarizeCurrencies(table) },
  ];
}

/**
 * Counts the deals and sums the amounts of each kind, as buildReport does inline from the
 * table's kind lists. The open deals' sum is coverage's open pipeline, which buildReport reuses.
 */
function countByKind(table: DealTable, openPipeline: number): { deals: number[]; amounts: number[] } {
  const byKind = dealsOfKind(table);
  const lists = [byKind.won, byKind.lost, byKind.deferred];
  const amounts = lists.map((indexes) => {
    let total = 0;
    for (let k = 0; k < indexes.length; k++) total += amountIf(1, table.amount[indexes[k]]);
    return total;
  });
  return { deals: [byKind.open.length, ...lists.map((indexes) => indexes.length)], amounts: [openPipeline, ...amounts] };
}

interface HealthFigures {
  openDeals: number;
  coverage: ReturnType<typeof computeCoverage>;
  shape: ReturnType<typeof computeConversion>["shape"]["kind"];
  movement: ReturnType<typeof computeMovement>;
  concentration: ReturnType<typeof computeConcentration>["overall"];
  cleanShare: ReturnType<typeof computeDataQuality>["cleanShare"];
  pace: ReturnType<typeof computePeriodToDate>["QTD"]["pace"];
}

/**
 * Assembles the scorecard's inputs as buildReport does. The stalled share is null when no
 * open deal can be judged.
 */
function healthInputs(settings: ReportSettings, figures: HealthFigures): Parameters<typeof scoreHealth>[0] {
  const { coverage, movement } = figures;
  const stalledJudged = figures.openDeals - movement.stalled.unknown - movement.stalled.noStallLimit > 0;
  const stalledShare = stalledJudged ? movement.stalled.share : null;
  return {
    coverage: coverage.coverage,
    quotaMet: coverage.status === "quotaMet",
    coverageBand: settings.coverageBand,
    shape: figures.shape,
    stalledShare,
    inactiveShare: movement.inactive.share,
    concentration: figures.concentration,
    concentrationLimits: settings.concentration,
    cleanShare: figures.cleanShare,
    pace: figures.pace,
  };
}
