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
}

export const DEFAULT_SETTINGS: Omit<ReportSettings, "asOf"> = {
  fiscalYearStartMonth: 1,
  periodKind: "quarter",
  coverageBand: { low: 3, high: 4 },
  quotaOverride: null,
};

export function withDefaults(settings: Partial<ReportSettings> & { asOf: number }): ReportSettings {
  return { ...DEFAULT_SETTINGS, ...settings };
}
