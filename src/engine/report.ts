/**
 * The health report: every figure of the pipeline for one as-of date, as plain JSON.
 */
import { amountIf } from "./branchless";
import { isoFromDay } from "./dates";
import { computeCoverage, type CoverageStatus } from "./metrics/coverage";
import { computeDataQuality, type DataQuality } from "./metrics/data-quality";
import { computeByOwner, type OwnerFigures } from "./metrics/by-owner";
import { computeConcentration, type ConcentrationResult } from "./metrics/concentration";
import { computeConversion, type ConversionResult } from "./metrics/conversion";
import { computeForecast } from "./metrics/forecast";
import { scoreHealth, type HealthScore } from "./metrics/health";
import { computeMovement, stallDaysLookup, type MovementResult } from "./metrics/movement";
import { computePeriodToDate, type PeriodToDateResult } from "./metrics/period-to-date";
import { selectTopDeals, type TopDealsResult } from "./metrics/top-deals";
import { computeWinRates, type WinRateResult } from "./metrics/win-rate";
import { periodContaining, type PeriodKind } from "./periods";
import { quotaForPeriod } from "./quotas";
import { summarizeCurrencies, type CurrencySummary } from "./read/currency";
import type { CrmGuess } from "./read/headers";
import { indexStages, indexWithFallbacks } from "./read/stages";
import type { PipelineSource } from "./read/workbook";
import type { ReportSettings } from "./settings";
import { dealsOfKind } from "./table";
import type { DataIssue, DealField, DealKind, DealTable, RowAccount } from "./types";

/** Version of the JSON report's shape; raised whenever a field changes meaning or is removed. */
export const REPORT_SCHEMA_VERSION = 1;

export interface HealthReport {
  schemaVersion: number;
  asOf: string;
  period: { kind: PeriodKind; label: string; start: string; end: string; fiscalYearStartMonth: number };
  source: {
    sheet: string;
    headerRow: number;
    /** Header text of the column mapped to each field. */
    columns: Partial<Record<DealField, string>>;
    /** Name of the Excel table the deals were read from, or null for a free range. */
    table: string | null;
    /** CRM the headers look exported from, or "unknown". */
    crm: CrmGuess;
    /** Id of the stage list: "workbook" for the workbook's own stage table, else a built-in list. */
    stagePreset: string;
    /** Sheet of the workbook's stage table, or null when a built-in list was used. */
    stageSheet: string | null;
    /** Sheet of the stage-history table used for conversion, or null when there is none. */
    historySheet: string | null;
    quotaSheet: string | null;
  };
  rows: RowAccount;
  deals: Record<DealKind, number> & { total: number };
  /** Σ amount per deal kind, over deals with a readable amount. */
  amountByKind: Record<DealKind, number>;
  /**
   * Main currency of the deals, which every total is in, and the other currencies whose
   * amounts the totals leave out.
   */
  currency: CurrencySummary;
  openPipeline: number;
  periodPipeline: number;
  wonInPeriod: number;
  quota: number | null;
  quotaBasis: "override" | "sum" | "prorated" | "none";
  coverage: number | null;
  coverageStatus: CoverageStatus;
  coverageBand: { low: number; high: number };
  /** Null when open deals close in the period but none has a probability or stage default. */
  weightedForecast: number | null;
  expectedTotal: number | null;
  /** Rows each figure could not use, by reason. */
  skipped: {
    openAmountMissing: number;
    openCloseMissing: number;
    wonUnusable: number;
    probabilityMissing: number;
  };
  issues: DataIssue[];
  dataQuality: DataQuality;
  /** Win rates over the look-back window, by count and by value. */
  winRate: WinRateResult["winRate"] & { window: { start: string; end: string; days: number } };
  /** Deals that reached the second stage ÷ deals won, over the look-back window. */
  oppToWin: number | null;
  opportunities: WinRateResult["opportunities"];
  cycleDays: WinRateResult["cycleDays"];
  velocity: WinRateResult["velocity"];
  stalled: MovementResult["stalled"];
  inactive: MovementResult["inactive"];
  pastDue: MovementResult["pastDue"];
  rescheduled: MovementResult["rescheduled"];
  concentration: ConcentrationResult;
  /** Conversion between consecutive stages, the pipeline's shape and the leads each stage needs. */
  stageConversion: Omit<ConversionResult, "shape" | "leadsNeeded">;
  shape: ConversionResult["shape"];
  leadsNeeded: ConversionResult["leadsNeeded"];
  /** Won to date against the full period's plan, for the fiscal year, quarter, month and week. */
  periodToDate: PeriodToDateResult;
  /** Top open deals by amount × probability, for the weekly review. */
  topDeals: TopDealsResult;
  health: HealthScore;
  /** The headline figures per owner, largest open pipeline first. */
  byOwner: OwnerFigures[];
}

/** Builds the report for a pipeline read from a workbook. */
export function buildReport(source: PipelineSource, settings: ReportSettings): HealthReport {
  const { table } = source;
  const period = periodContaining(settings.asOf, settings.periodKind, settings.fiscalYearStartMonth);

  const fromTable = quotaForPeriod(source.quotas.entries, period);
  const quota = settings.quotaOverride ?? fromTable.amount;
  const quotaBasis = settings.quotaOverride !== null ? "override" : fromTable.basis;

  const coverage = computeCoverage(table, { period, quota, band: settings.coverageBand });
  const forecast = computeForecast(table, { period, wonInPeriod: coverage.wonInPeriod });
  const issues = [...source.issues, ...(source.stageTable?.issues ?? []), ...source.quotas.issues, ...(source.history?.issues ?? [])];
  const dataQuality = computeDataQuality(table, issues, { asOf: settings.asOf });

  const byKind = dealsOfKind(table);
  const deals = { total: table.size, open: byKind.open.length, won: byKind.won.length, lost: byKind.lost.length, deferred: byKind.deferred.length };
  const amountByKind = {
    // Coverage's open pipeline is this sum: the same open deals, in the same order.
    open: coverage.openPipeline,
    won: sumAmounts(table, byKind.won),
    lost: sumAmounts(table, byKind.lost),
    deferred: sumAmounts(table, byKind.deferred),
  };

  const winRates = computeWinRates(table, { asOf: settings.asOf, lookbackDays: settings.winRateLookbackDays, stages: source.stagePreset });
  const stageIndex = source.stageTable ? indexStages(source.stageTable.preset.stages) : indexWithFallbacks(source.stagePreset);
  const movement = computeMovement(table, { asOf: settings.asOf, inactivityDays: settings.inactivityDays, stallDaysOf: stallDaysLookup(stageIndex) });
  // Without a stage-entered date no open deal can be judged stalled, and a share of 0 would read as "none stalled".
  const stalledJudged = deals.open - movement.stalled.unknown - movement.stalled.noStallLimit > 0;
  const stalledShare = stalledJudged ? movement.stalled.share : null;
  const concentration = computeConcentration(table, { limits: settings.concentration });
  const periodToDate = roundPeriodToDate(
    withEnteredQuota(
      computePeriodToDate(table, { asOf: settings.asOf, fiscalYearStartMonth: settings.fiscalYearStartMonth, weekStart: settings.weekStart, quotas: source.quotas.entries }),
      settings,
    ),
  );
  const conversion = computeConversion(table, {
    asOf: settings.asOf,
    lookbackDays: settings.winRateLookbackDays,
    stages: source.stagePreset,
    history: source.history?.byDeal ?? null,
    remaining: quota === null ? null : quota - coverage.wonInPeriod,
    averageWonAmount: winRates.velocity.averageWonAmount,
  });
  const topDeals = selectTopDeals(table, { asOf: settings.asOf, n: settings.topN, flags: movement.flags });
  const health = scoreHealth({
    coverage: coverage.coverage,
    quotaMet: coverage.status === "quotaMet",
    coverageBand: settings.coverageBand,
    shape: conversion.shape.kind,
    stalledShare,
    inactiveShare: movement.inactive.share,
    concentration: concentration.overall,
    concentrationLimits: settings.concentration,
    cleanShare: dataQuality.cleanShare,
    pace: periodToDate.QTD.pace,
  });

  const columns: Partial<Record<DealField, string>> = {};
  for (const column of table.columns) columns[column.field] = column.header;

  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    asOf: isoFromDay(settings.asOf),
    period: {
      kind: period.kind,
      label: period.label,
      start: isoFromDay(period.start),
      end: isoFromDay(period.end),
      fiscalYearStartMonth: settings.fiscalYearStartMonth,
    },
    source: {
      sheet: table.sheet,
      headerRow: table.headerRow,
      columns,
      table: source.tableName,
      crm: source.crm,
      stagePreset: source.stagePreset.id,
      stageSheet: source.stageTable?.sheet ?? null,
      historySheet: source.history?.sheet ?? null,
      quotaSheet: source.quotas.sheet,
    },
    rows: source.rows,
    deals,
    amountByKind: {
      open: roundMoney(amountByKind.open),
      won: roundMoney(amountByKind.won),
      lost: roundMoney(amountByKind.lost),
      deferred: roundMoney(amountByKind.deferred),
    },
    currency: roundCurrencies(summarizeCurrencies(table)),
    openPipeline: roundMoney(coverage.openPipeline),
    periodPipeline: roundMoney(coverage.periodPipeline),
    wonInPeriod: roundMoney(coverage.wonInPeriod),
    quota: quota === null ? null : roundMoney(quota),
    quotaBasis,
    coverage: coverage.coverage,
    coverageStatus: coverage.status,
    coverageBand: settings.coverageBand,
    weightedForecast: forecast.weightedForecast === null ? null : roundMoney(forecast.weightedForecast),
    expectedTotal: forecast.expectedTotal === null ? null : roundMoney(forecast.expectedTotal),
    skipped: { ...coverage.skipped, probabilityMissing: forecast.probabilityMissing },
    issues,
    dataQuality: { ...dataQuality, pastDue: { ...dataQuality.pastDue, amount: roundMoney(dataQuality.pastDue.amount) } },
    winRate: {
      ...winRates.winRate,
      wonAmount: roundMoney(winRates.winRate.wonAmount),
      lostAmount: roundMoney(winRates.winRate.lostAmount),
      window: { start: isoFromDay(winRates.window.start), end: isoFromDay(winRates.window.end), days: settings.winRateLookbackDays },
    },
    oppToWin: winRates.oppToWin,
    opportunities: winRates.opportunities,
    cycleDays: winRates.cycleDays,
    velocity: {
      ...winRates.velocity,
      perDay: winRates.velocity.perDay === null ? null : roundMoney(winRates.velocity.perDay),
      averageWonAmount: winRates.velocity.averageWonAmount === null ? null : roundMoney(winRates.velocity.averageWonAmount),
    },
    stalled: { ...movement.stalled, amount: roundMoney(movement.stalled.amount), share: stalledShare },
    inactive: { ...movement.inactive, amount: roundMoney(movement.inactive.amount) },
    pastDue: { ...movement.pastDue, amount: roundMoney(movement.pastDue.amount) },
    rescheduled: { ...movement.rescheduled, amount: roundMoney(movement.rescheduled.amount) },
    concentration: {
      overall: { ...concentration.overall, amount: roundMoney(concentration.overall.amount) },
      byOwner: concentration.byOwner.map((owner) => ({ ...owner, amount: roundMoney(owner.amount) })),
    },
    stageConversion: { estimated: conversion.estimated, counted: conversion.counted, lostWithoutHistory: conversion.lostWithoutHistory, skipped: conversion.skipped, transitions: conversion.transitions },
    shape: conversion.shape,
    leadsNeeded: conversion.leadsNeeded,
    periodToDate,
    topDeals: { ...topDeals, deals: topDeals.deals.map((deal) => ({ ...deal, amount: roundMoney(deal.amount), weighted: roundMoney(deal.weighted) })) },
    health,
    byOwner: computeByOwner(table, { period, window: winRates.window }).map((owner) => ({
      ...owner,
      openPipeline: roundMoney(owner.openPipeline),
      periodPipeline: roundMoney(owner.periodPipeline),
      wonInPeriod: roundMoney(owner.wonInPeriod),
      weightedForecast: roundMoney(owner.weightedForecast),
      averageWonAmount: owner.averageWonAmount === null ? null : roundMoney(owner.averageWonAmount),
    })),
  };
}

/** Σ amount over the given deals, leaving out those without a readable amount. */
function sumAmounts(table: DealTable, indexes: Uint32Array): number {
  let total = 0;
  // amountIf skips NaN without a branch, because blank amounts come in no order.
  for (let k = 0; k < indexes.length; k++) total += amountIf(1, table.amount[indexes[k]]);
  return total;
}

function roundPeriodToDate(result: PeriodToDateResult): PeriodToDateResult {
  const round = (entry: PeriodToDateResult["QTD"]) => ({ ...entry, won: roundMoney(entry.won), plan: entry.plan === null ? null : roundMoney(entry.plan) });
  return { ...result, YTD: round(result.YTD), QTD: round(result.QTD), MTD: round(result.MTD), WTD: round(result.WTD) };
}

/**
 * Rounds a money total to cents. Sums of many binary floating-point amounts drift by
 * fractions of a cent (30002070.499999996 for 30,002,070.50), which a report should
 * not show. Ratios such as coverage are computed from the unrounded totals.
 *
 * @example roundMoney(30002070.499999996) // 30002070.5
 */
export function roundMoney(amount: number): number {
  return Math.round(amount * 100) / 100;
}

function roundCurrencies(summary: CurrencySummary): CurrencySummary {
  return { ...summary, others: summary.others.map((other) => ({ ...other, amount: roundMoney(other.amount) })) };
}

/**
 * Applies a quota entered for the report period to the matching period-to-date row, so the
 * pace the scorecard rates follows the quota the user typed. Only the row of the report
 * period's own length changes; the other rows keep the quota table's plans.
 */
function withEnteredQuota(result: PeriodToDateResult, settings: ReportSettings): PeriodToDateResult {
  const key = ({ quarter: "QTD", month: "MTD", year: "YTD" } as const)[settings.periodKind];
  const quota = settings.quotaOverride;
  if (quota === null) return result;
  const entry = result[key];
  const attainment = quota > 0 ? entry.won / quota : null;
  const pace = quota > 0 ? entry.won / ((quota * entry.elapsedDays) / entry.periodDays) : null;
  return {
    ...result,
    [key]: { ...entry, plan: quota, planBasis: "sum", attainment, pace, quotaMet: entry.won >= quota, reason: quota > 0 ? null : "planZero" },
  };
}
