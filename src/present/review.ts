/**
 * The weekly review's presentation: top deals as table rows, period-to-date attainment and
 * stage conversion, with labels in one language. Shared by the pane, the sheets and the
 * command line.
 */
import { formatShare } from "./data-quality";
import type { HealthReport } from "../engine/report";
import { DEFAULT_STAGES } from "../engine/read/stages";
import { formatAmount, translator, type Language } from "../i18n";

export interface ReviewTable {
  headers: string[];
  /** Number format of each column's numbers on a sheet; amounts when absent. */
  formats?: ("amount" | "count")[];
  /** Cells as text, except amounts and days, which stay numbers for the sheet. */
  rows: (string | number | null)[][];
}

/** Top deals with the columns of the weekly review; "next step", "actions needed" and "blockers" are for people to fill. */
export function topDealsTable(report: HealthReport, language: Language): ReviewTable {
  const t = translator(language);
  const headers = [
    t("review.rank"),
    t("field.id"),
    t("field.name"),
    t("field.account"),
    t("field.owner"),
    t("field.stage"),
    t("field.amount"),
    t("field.probability"),
    t("review.weighted"),
    t("field.close"),
    t("review.daysSinceActivity"),
    t("review.flags"),
    t("field.nextStep"),
    t("review.actionsNeeded"),
    t("review.blockers"),
  ];
  const idMapped = report.source.columns.id !== undefined;
  const rows = report.topDeals.deals.map((deal, index) => [
    index + 1,
    // Without an id column the reader numbers deals by sheet row, which must not pass for a CRM id.
    idMapped ? deal.id : t("review.rowId", { row: deal.row }),
    deal.name,
    deal.account,
    deal.owner || t("review.unassigned"),
    deal.stage,
    deal.amount,
    formatShare(language, deal.probability),
    deal.weighted,
    deal.close ?? "",
    deal.daysSinceActivity,
    deal.flags.map((flag) => t(`review.flag.${flag}`)).join(", "),
    deal.nextStep,
    "",
    "",
  ]);
  return { headers, rows };
}

/** Won to date, plan, attainment and pace for the year, quarter, month and week. */
export function periodToDateTable(report: HealthReport, language: Language): ReviewTable {
  const t = translator(language);
  const headers = [t("ptd.period"), t("ptd.range"), t("ptd.won"), t("ptd.plan"), t("ptd.attainment"), t("ptd.pace")];
  const rows = (["YTD", "QTD", "MTD", "WTD"] as const).map((key) => {
    const entry = report.periodToDate[key];
    return [
      t(`ptd.${key}`),
      `${entry.start} – ${entry.end}`,
      entry.won,
      entry.plan,
      entry.attainment === null ? "—" : formatShare(language, entry.attainment),
      entry.pace === null ? "—" : formatShare(language, entry.pace),
    ];
  });
  return { headers, rows };
}

/** Lists each transition between stages with its rate, and the leads each stage needs. */
export function conversionTable(report: HealthReport, language: Language): ReviewTable {
  const t = translator(language);
  const headers = [t("conversion.from"), t("conversion.to"), t("conversion.reached"), t("conversion.rate"), t("conversion.leadsNeeded"), t("conversion.openNow"), t("conversion.gap")];
  const leads = new Map(report.leadsNeeded.map((entry) => [entry.stage, entry]));
  const rows = report.stageConversion.transitions.map((transition) => {
    const needed = leads.get(transition.from);
    return [
      stageLabel(transition.from, language),
      stageLabel(transition.to, language),
      `${transition.reachedFrom} → ${transition.reachedTo}`,
      transition.rate === null ? "—" : formatShare(language, transition.rate),
      needed?.needed ?? null,
      needed?.open ?? null,
      needed?.gap ?? null,
    ];
  });
  return { headers, rows, formats: ["count", "count", "count", "count", "count", "count", "count"] };
}

/** Describes the pipeline's shape in one sentence, and whether the rates are estimated. */
export function shapeLine(report: HealthReport, language: Language): string {
  const t = translator(language);
  const { kind, largestDropAfter } = report.shape;
  const shape = kind === null ? t("conversion.noShape") : t(`conversion.shape.${kind}`, { stage: stageLabel(largestDropAfter ?? "", language) });
  // Chinese sentences follow each other without a space.
  const separator = language === "zh-CN" ? "" : " ";
  return report.stageConversion.estimated ? `${shape}${separator}${t("insight.estimated")}` : shape;
}

/** Formats a review cell for text output: amounts with grouping, blanks as "". */
export function reviewCellText(value: string | number | null, language: Language): string {
  if (value === null) return "";
  if (typeof value === "number") return formatAmount(language, value);
  return value;
}

/**
 * Names a built-in default stage in the reader's language ("Proposal" is 方案报价 in
 * Chinese). Stage names from a workbook or a CRM list stay as the workbook writes them.
 */
export function stageLabel(name: string, language: Language): string {
  if (language !== "zh-CN") return name;
  const stage = DEFAULT_STAGES.stages.find((candidate) => candidate.name === name);
  return stage?.aliases?.find((alias) => /[\u4e00-\u9fff]/.test(alias)) ?? name;
}

/** Lists the owners' figures side by side: bandwidth, pipeline, forecast, revenue and win rate. */
export function ownersTable(report: HealthReport, language: Language): ReviewTable {
  const t = translator(language);
  const headers = [t("field.owner"), t("owners.openDeals"), t("figure.openPipeline"), t("figure.weightedForecast"), t("owners.wonInPeriod"), t("insight.winRateByCount")];
  const rows = report.byOwner.map((owner) => [
    owner.owner || t("review.unassigned"),
    owner.openDeals,
    owner.openPipeline,
    owner.weightedForecast,
    owner.wonInPeriod,
    owner.winRate === null ? "—" : formatShare(language, owner.winRate),
  ]);
  return { headers, rows, formats: ["count", "count", "amount", "amount", "amount", "count"] };
}
