/**
 * Report settings with their defaults. Every report takes its as-of date explicitly.
 */
import type { PeriodKind } from "./periods";

export interface ReportSettings {
  /** Day the report is computed for, as a day number. */
  asOf: number;
  /** Month (1-12) in which the fiscal year starts. */
  fiscalYearStartMonth: number;
  /** Length of the report period that contains the as-of date. */
  periodKind: PeriodKind;
  /** Healthy coverage band, as multiples of the quota still to win. */
  coverageBand: { low: number; high: number };
  /** Quota for the report period, overriding any quota table; null to use the table. */
  quotaOverride: number | null;
  /** First day of the week, ISO numbering: 1 is Monday, 7 is Sunday. */
  weekStart: number;
  /** Days without activity after which an open deal is inactive, a candidate to defer. */
  inactivityDays: number;
  /** Days before the as-of date, inclusive, whose closed deals give win rates and cycle times. */
  winRateLookbackDays: number;
  /** Number of deals in the weekly review of top deals. */
  topN: number;
  /** Limits beyond which the pipeline depends on too few deals. */
  concentration: { largestShare: number; effectiveDeals: number };
}

export const DEFAULT_SETTINGS: Omit<ReportSettings, "asOf"> = {
  fiscalYearStartMonth: 1,
  periodKind: "quarter",
  coverageBand: { low: 3, high: 4 },
  quotaOverride: null,
  weekStart: 1,
  inactivityDays: 30,
  winRateLookbackDays: 365,
  topN: 20,
  concentration: { largestShare: 0.5, effectiveDeals: 3 },
};

export function withDefaults(settings: Partial<ReportSettings> & { asOf: number }): ReportSettings {
  return { ...DEFAULT_SETTINGS, ...settings };
}
