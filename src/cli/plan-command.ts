/**
 * `pipeline-health plan FILE --growth RATE`: next fiscal year's quota plan from the last
 * twelve months of won deals, split into months (or quarters) and owners.
 */
import { UsageError, type PlanArguments } from "./args";
import { displayWidth, loadSource, type Output } from "./report-command";
import { isoFromDay, todayInLocalZone } from "../engine/dates";
import { nextFiscalYear, trailingYearSales } from "../engine/metrics/sales-history";
import { planQuotas, type QuotaPlanField, type QuotaPlanResult } from "../engine/quota-plan";
import { roundMoney } from "../engine/report";
import { formatAmount, formatAmountColumn, translator, type Language, type MessageKey } from "../i18n";
import { formatShare } from "../present/data-quality";
import { issueLines } from "../present/figures";
import type { DataIssue } from "../engine/types";

export interface PlanReport {
  asOf: string;
  /** The fiscal year planned, as its label and days. */
  year: { label: string; start: string; end: string };
  basis: {
    start: string;
    end: string;
    total: number;
    monthly: number[];
    /** Won deals left out of the total, by reason. */
    amountMissing: number;
    otherCurrency: number;
    closeMissing: number;
    /** Currency of the total, or null when no deal names one. */
    currency: string | null;
    /** Won amount of deals without an owner, in the total but in no owner's share. */
    unassigned: number;
  };
  /** Issues of the deals file, located by sheet, row and column. */
  issues: DataIssue[];
  rates: { growth: number; uplift: number; overAllocation: number };
  plan: QuotaPlanResult;
}

/** Builds the plan for the fiscal year after the as-of date's. */
export async function buildPlan(args: PlanArguments, now: Date = new Date()): Promise<PlanReport> {
  const source = await loadSource(args);
  const asOf = args.asOf ?? todayInLocalZone(now);
  const sales = trailingYearSales(source.table, { asOf, fiscalYearStartMonth: args.fiscalYearStartMonth });
  const year = nextFiscalYear(asOf, args.fiscalYearStartMonth);
  const namedOwners = sales.byOwner.filter((owner) => owner.owner.trim() !== "");
  const unassigned = sales.byOwner.filter((owner) => owner.owner.trim() === "").reduce((total, owner) => total + owner.amount, 0);
  const plan = planQuotas({
    lastActual: sales.total,
    growth: args.growth,
    uplift: args.uplift,
    split: args.split,
    pastSales: sales.monthly,
    // Sales without an owner cannot be any owner's basis, so they stay out of the owner split.
    owners: namedOwners.map((owner) => ({ owner: owner.owner, lastSales: owner.amount })),
    overAllocation: args.overAllocation,
  });
  throwIfRateRejected(plan);
  return {
    asOf: isoFromDay(asOf),
    year: { label: year.label, start: isoFromDay(year.start), end: isoFromDay(year.end) },
    basis: {
      start: isoFromDay(sales.start),
      end: isoFromDay(sales.end),
      total: roundMoney(sales.total),
      monthly: sales.monthly.map(roundMoney),
      amountMissing: sales.amountMissing,
      otherCurrency: sales.otherCurrency,
      closeMissing: sales.closeMissing,
      currency: source.table.mainCurrency,
      unassigned: roundMoney(unassigned),
    },
    issues: source.issues,
    rates: { growth: args.growth, uplift: args.uplift, overAllocation: args.overAllocation },
    plan: {
      ...plan,
      plan: plan.plan === null ? null : roundMoney(plan.plan),
      ownerTotal: plan.ownerTotal === null ? null : roundMoney(plan.ownerTotal),
      byPeriod: plan.byPeriod.map((part) => ({ ...part, amount: roundMoney(part.amount) })),
      byOwner: plan.byOwner.map((owner) => ({ ...owner, quota: roundMoney(owner.quota) })),
    },
  };
}

/** The option that sets each rate of the plan, and what it must be. */
const RATE_OPTIONS: Partial<Record<QuotaPlanField, { option: string; expected: MessageKey }>> = {
  growth: { option: "--growth", expected: "cli.expected.growthRate" },
  uplift: { option: "--uplift", expected: "cli.expected.upliftRate" },
  overAllocation: { option: "--over-allocation", expected: "cli.expected.overAllocationRate" },
};

/**
 * Turns a rate that the plan rejects, such as a growth below -100%, into a usage error
 * naming the option, because the rates are the user's own input. Problems with the sales
 * in the file are printed with the plan instead.
 */
function throwIfRateRejected(plan: QuotaPlanResult): void {
  for (const problem of plan.problems) {
    const rate = RATE_OPTIONS[problem.field];
    if (!rate) continue;
    const value = typeof problem.value === "number" ? `${Math.round(problem.value * 10_000) / 100}%` : String(problem.value);
    throw new UsageError("cli.invalidOption", { option: rate.option, value }, { expected: rate.expected });
  }
}

export async function runPlan(args: PlanArguments, output: Output): Promise<void> {
  const report = await buildPlan(args);
  output.stdout((args.format === "json" ? JSON.stringify(report, null, 2) : formatPlan(report, args.language, args.split)) + "\n");
}

/** Renders the plan as aligned text: the formula, the months or quarters, and the owners. */
export function formatPlan(report: PlanReport, language: Language, split: "month" | "quarter"): string {
  const t = translator(language);
  const amount = (value: number) => formatAmount(language, value);
  const { plan } = report;
  const { basis } = report;
  const lines = [t("plan.title", { year: report.year.label }), t("plan.basis", { from: basis.start, to: basis.end, total: amount(basis.total) })];
  if (basis.amountMissing > 0) lines.push(t("plan.leftOut.amountMissing", { count: basis.amountMissing }));
  if (basis.otherCurrency > 0) lines.push(t("plan.leftOut.otherCurrency", { count: basis.otherCurrency, currency: basis.currency ?? "" }));
  if (basis.closeMissing > 0) lines.push(t("plan.leftOut.closeMissing", { count: basis.closeMissing }));
  if (basis.total === 0) lines.push(t("plan.noWins", { from: basis.start, to: basis.end }));
  for (const problem of plan.problems) lines.push(t("plan.problem", { field: problem.field, value: String(problem.value), reason: problem.reason }));
  if (plan.plan === null) return [...lines, ...issueSection(report, language)].join("\n");

  lines.push(
    t("plan.formula", { total: amount(report.basis.total), growth: formatShare(language, report.rates.growth), uplift: formatShare(language, report.rates.uplift), plan: amount(plan.plan) }),
  );
  if (plan.seasonality) lines.push(t(`plan.seasonality.${plan.seasonality}`, { parts: t(`plan.parts.${split}`) }));
  const emptyParts = plan.byPeriod.filter((part) => part.weight === 0).map((part) => periodLabel(report.year.start, split, part.index, language));
  if (emptyParts.length > 0) lines.push(t("plan.emptyMonths", { months: emptyParts.join(t("punctuation.listSeparator")) }));
  const periodAmounts = formatAmountColumn(language, plan.byPeriod.map((part) => part.amount));
  const periodRows = plan.byPeriod.map((part, n) => [periodLabel(report.year.start, split, part.index, language), formatShare(language, part.weight), periodAmounts[n]]);
  lines.push("", ...columns([t("plan.period"), t("plan.weight"), t("plan.amount")], periodRows));

  if (plan.byOwner.length > 0 && plan.ownerTotal !== null) {
    lines.push("", t("plan.ownerTotal", { total: amount(plan.ownerTotal), overAllocation: formatShare(language, report.rates.overAllocation) }));
    if (basis.unassigned > 0) lines.push(t("plan.unassigned", { amount: amount(basis.unassigned) }));
    const quotas = formatAmountColumn(language, plan.byOwner.map((owner) => owner.quota));
    const ownerRows = plan.byOwner.map((owner, n) => [owner.owner || t("review.unassigned"), formatShare(language, owner.weight), quotas[n]]);
    lines.push(...columns([t("plan.owner"), t("plan.weight"), t("plan.quota")], ownerRows));
  }
  return [...lines, ...issueSection(report, language)].join("\n");
}

/** Lists the file's data issues after the plan, as the report does, because a deal they affect may be missing from the basis. */
function issueSection(report: PlanReport, language: Language): string[] {
  if (report.issues.length === 0) return [];
  const t = translator(language);
  return ["", t("issues.title", { count: report.issues.length }), ...issueLines(report, language).map((line) => "  " + line)];
}

/** Names a part of the planned year: its month as YYYY-MM, or its quarter number. */
function periodLabel(yearStart: string, split: "month" | "quarter", index: number, language: Language): string {
  if (split === "quarter") return translator(language)("plan.quarter", { index });
  const [year, month] = yearStart.split("-").map(Number);
  const monthIndex = month - 1 + index - 1;
  return `${year + Math.floor(monthIndex / 12)}-${String((monthIndex % 12) + 1).padStart(2, "0")}`;
}

/** Aligns text columns: the first left, the others right. */
function columns(headers: string[], rows: string[][]): string[] {
  const widths = headers.map((header, column) => Math.max(displayWidth(header), ...rows.map((row) => displayWidth(row[column]))));
  const pad = (text: string, column: number) => {
    const space = " ".repeat(widths[column] - displayWidth(text));
    return column === 0 ? text + space : space + text;
  };
  return [headers, ...rows].map((row) => "  " + row.map(pad).join("  "));
}
