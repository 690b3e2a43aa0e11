/**
 * The quota of a report period from quota rows.
 */
import { periodDays } from "./periods";
import type { QuotaEntry } from "./types";

export interface PeriodQuota {
  amount: number | null;
  /** Source of the amount: rows inside the period summed, or a longer period's quota prorated. */
  basis: "sum" | "prorated" | "none";
}

/**
 * Returns the quota for a period. Rows that lie inside the period are summed, so three
 * monthly rows make a quarter. When none do, rows that contain the period are prorated by
 * days, so a yearly quota gives a quarter its share of the year's days. The team's quota
 * comes from rows with a blank owner, or from the sum of every owner's quota when there are none.
 *
 * @example quotaForPeriod([{ owner: "", start: 2026-01-01, end: 2026-12-31, amount: 3650000 }], Q2 2026) // 91 days of 365: 910000, prorated
 */
export function quotaForPeriod(entries: QuotaEntry[], period: { start: number; end: number }, owner?: string): PeriodQuota {
  const hasTeamRows = entries.some((entry) => entry.owner === "");
  if (owner === undefined && !hasTeamRows) return sumOfOwners(entries, period);
  const relevant = entries.filter((entry) => entry.owner === (owner ?? ""));

  const inside = relevant.filter((entry) => entry.start >= period.start && entry.end <= period.end);
  if (inside.length > 0) return { amount: inside.reduce((total, entry) => total + entry.amount, 0), basis: "sum" };

  const containing = relevant.filter((entry) => entry.start <= period.start && entry.end >= period.end);
  if (containing.length > 0) {
    const amount = containing.reduce((total, entry) => total + (entry.amount * periodDays(period)) / periodDays(entry), 0);
    return { amount, basis: "prorated" };
  }
  return { amount: null, basis: "none" };
}

/**
 * Adds up each owner's quota for the period, so that one owner's yearly row and another's
 * quarterly rows both count. The basis is "prorated" when any owner's share was prorated.
 */
function sumOfOwners(entries: QuotaEntry[], period: { start: number; end: number }): PeriodQuota {
  let amount: number | null = null;
  let basis: PeriodQuota["basis"] = "none";
  for (const owner of new Set(entries.map((entry) => entry.owner))) {
    const quota = quotaForPeriod(entries, period, owner);
    if (quota.amount === null) continue;
    amount = (amount ?? 0) + quota.amount;
    if (basis !== "prorated") basis = quota.basis;
  }
  return { amount, basis };
}
