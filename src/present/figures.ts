/**
 * The report's headline figures as labelled rows, shared by the task pane, the report
 * sheet and the command line's table so that all three show the same thing.
 */
import type { HealthReport } from "../engine/report";
import { formatAmount, formatRatio, translator, type Language } from "../i18n";

export type FigureFormat = "amount" | "ratio" | "count" | "percent" | "text";

export interface FigureRow {
  id: string;
  label: string;
  /** The number as computed, or null when the figure has no value. */
  value: number | string | null;
  format: FigureFormat;
  /** The value as the language writes it, "—" when there is none. */
  display: string;
  note: string;
}

/** Lists the figures of a report with labels, formatted values and notes in one language. */
export function reportFigures(report: HealthReport, language: Language): FigureRow[] {
  const t = translator(language);
  const period = report.period.label;
  const show = (value: number | null, format: FigureFormat) => {
    if (value === null) return "—";
    if (format === "ratio") return formatRatio(language, value);
    return formatAmount(language, value);
  };
  const row = (id: string, label: string, value: number | null, format: FigureFormat, note = ""): FigureRow => ({
    id,
    label,
    value,
    format,
    display: show(value, format),
    note,
  });
  const band = { low: report.coverageBand.low, high: report.coverageBand.high };
  const kinds = `${t("kind.open")} ${report.deals.open} · ${t("kind.won")} ${report.deals.won} · ${t("kind.lost")} ${report.deals.lost} · ${t("kind.deferred")} ${report.deals.deferred}`;

  return [
    { id: "deals", label: t("figure.deals"), value: report.deals.total, format: "count", display: formatAmount(language, report.deals.total), note: kinds },
    row("openPipeline", t("figure.openPipeline"), report.openPipeline, "amount", skippedNote(report, "openAmountMissing", language)),
    row("wonTotal", t("figure.wonTotal"), report.amountByKind.won, "amount"),
    row("periodPipeline", t("figure.periodPipeline", { period }), report.periodPipeline, "amount", skippedNote(report, "openCloseMissing", language)),
    row("wonInPeriod", t("figure.wonInPeriod", { period }), report.wonInPeriod, "amount", skippedNote(report, "wonUnusable", language)),
    row("quota", t("figure.quota", { period }), report.quota, "amount", report.quota === null ? "" : t(`quota.${report.quotaBasis}`)),
    row("coverage", t("figure.coverage"), report.coverage, "ratio", t(`coverage.${report.coverageStatus}`, band)),
    row("weightedForecast", t("figure.weightedForecast"), report.weightedForecast, "amount", skippedNote(report, "probabilityMissing", language)),
    row("expectedTotal", t("figure.expectedTotal"), report.expectedTotal, "amount"),
  ];
}

function skippedNote(report: HealthReport, reason: keyof HealthReport["skipped"], language: Language): string {
  const count = report.skipped[reason];
  return count > 0 ? translator(language)(`skipped.${reason}`, { count }) : "";
}

/** Describes where the deals came from and how every row was accounted for. */
export function sourceLines(report: HealthReport, language: Language): string[] {
  const t = translator(language);
  const colon = t("punctuation.colon");
  return [
    `${t("figure.asOf")}${colon}${report.asOf} · ${t("figure.period")}${colon}${report.period.label} (${report.period.start} – ${report.period.end})`,
    `${t("figure.source")}${colon}${t("source.summary", { sheet: report.source.sheet, row: report.source.headerRow })}`,
    `${t("figure.rows")}${colon}${t("rows.summary", { ...report.rows })}`,
    ...currencyLines(report, language),
  ];
}

/** Issues of one kind in one column, with the first few locations. */
export interface IssueGroup {
  code: HealthReport["issues"][number]["code"];
  message: string;
  header: string;
  count: number;
  /** "Sheet!F2 “Qualification”" for the first few cells. */
  examples: string[];
}

/** Groups the report's issues by reason and column, largest group first. */
export function issueGroups(report: Pick<HealthReport, "issues">, language: Language, examplesPerGroup = 3): IssueGroup[] {
  const t = translator(language);
  const groups = new Map<string, IssueGroup>();
  for (const issue of report.issues) {
    const key = `${issue.code}\u0000${issue.sheet}\u0000${issue.column}`;
    let group = groups.get(key);
    if (!group) {
      group = { code: issue.code, message: t(`issue.${issue.code}`), header: issue.header, count: 0, examples: [] };
      groups.set(key, group);
    }
    group.count++;
    if (group.examples.length < examplesPerGroup) {
      const where = t("issue.location", { sheet: issue.sheet, column: issue.column, row: issue.row });
      group.examples.push(issue.value ? `${where} “${issue.value}”` : where);
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

/** Formats each group of data issues as one line: reason, column, count and the first locations. */
export function issueLines(report: Pick<HealthReport, "issues">, language: Language): string[] {
  const t = translator(language);
  const colon = t("punctuation.colon");
  const separator = t("punctuation.listSeparator");
  return issueGroups(report, language).map((group) => {
    const header = group.header ? ` [${group.header}]` : "";
    const more = group.count > group.examples.length ? `${separator}…` : "";
    return `${group.message}${header} ×${group.count}${colon}${group.examples.join(separator)}${more}`;
  });
}

/** States the currency of the totals and each other currency left out of them. */
function currencyLines(report: HealthReport, language: Language): string[] {
  const t = translator(language);
  const { main, others } = report.currency;
  if (main === null) return [];
  const lines = [`${t("figure.currency")}${t("punctuation.colon")}${main}`];
  for (const other of others) {
    lines.push(t("currency.leftOut", { code: other.code, count: other.deals, amount: formatAmount(language, other.amount) }));
  }
  return lines;
}
