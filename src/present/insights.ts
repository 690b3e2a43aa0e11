/**
 * The figures behind the headline: win rates, sales cycle, velocity, movement and
 * concentration, and the health scorecard, as labelled rows for the pane, the report sheet
 * and the command line.
 */
import { formatShare } from "./data-quality";
import type { FigureRow } from "./figures";
import type { DimensionHealth, HealthStatus } from "../engine/metrics/health";
import type { HealthReport } from "../engine/report";
import { formatAmount, formatRatio, translator, type Language, type MessageKey } from "../i18n";

/** Lists win rates, cycle, velocity, movement and concentration with labels and notes. */
export function insightFigures(report: HealthReport, language: Language): FigureRow[] {
  const t = translator(language);
  const share = (value: number | null) => (value === null ? "—" : formatShare(language, value));
  const amount = (value: number | null) => (value === null ? "—" : formatAmount(language, value));
  const days = (value: number | null) => (value === null ? "—" : t("insight.days", { days: formatAmount(language, Math.round(value * 10) / 10) }));
  const group = (count: number, value: number) => t("insight.dealsAmount", { count, amount: formatAmount(language, value) });
  const window = t("insight.window", { start: report.winRate.window.start, end: report.winRate.window.end });
  const concentration = report.concentration.overall;

  return [
    { id: "winRateByCount", label: t("insight.winRateByCount"), value: report.winRate.byCount, format: "percent", display: share(report.winRate.byCount), note: `${t("insight.wonLost", { won: report.winRate.won, lost: report.winRate.lost })} · ${window}` },
    { id: "winRateByValue", label: t("insight.winRateByValue"), value: report.winRate.byValue, format: "percent", display: share(report.winRate.byValue), note: "" },
    { id: "oppToWin", label: t("insight.oppToWin"), value: report.oppToWin, format: "ratio", display: report.oppToWin === null ? "—" : formatRatio(language, report.oppToWin), note: report.opportunities.estimated ? t("insight.estimated") : "" },
    { id: "cycleDays", label: t("insight.cycleDays"), value: report.cycleDays.mean, format: "count", display: days(report.cycleDays.mean), note: t("insight.median", { median: days(report.cycleDays.median) }) },
    { id: "velocity", label: t("insight.velocity"), value: report.velocity.perDay, format: "amount", display: amount(report.velocity.perDay), note: t("insight.perDay") },
    report.stalled.share === null
      ? { id: "stalled", label: t("insight.stalled"), value: null, format: "count", display: "—", note: t("insight.stalledUnknown") }
      : { id: "stalled", label: t("insight.stalled"), value: report.stalled.count, format: "count", display: group(report.stalled.count, report.stalled.amount), note: t("insight.countAmount") },
    { id: "inactive", label: t("insight.inactive"), value: report.inactive.count, format: "count", display: group(report.inactive.count, report.inactive.amount), note: inactiveBasisNote(report, language) || t("insight.countAmount") },
    { id: "pastDue", label: t("insight.pastDue"), value: report.pastDue.count, format: "count", display: group(report.pastDue.count, report.pastDue.amount), note: "" },
    report.source.columns.pushCount === undefined
      ? { id: "rescheduled", label: t("insight.rescheduled"), value: null, format: "count", display: "—", note: t("insight.rescheduledUnknown") }
      : { id: "rescheduled", label: t("insight.rescheduled"), value: report.rescheduled.count, format: "count", display: group(report.rescheduled.count, report.rescheduled.amount), note: "" },
    { id: "largestShare", label: t("insight.largestShare"), value: concentration.largestShare, format: "percent", display: share(concentration.largestShare), note: t("insight.effectiveDeals", { deals: concentration.effectiveDeals === null ? "—" : formatAmount(language, Math.round(concentration.effectiveDeals * 10) / 10) }) },
  ];
}

function inactiveBasisNote(report: HealthReport, language: Language): string {
  const { basis } = report.inactive;
  const fallback = basis.stageEntered + basis.created;
  return fallback > 0 ? translator(language)("insight.inactiveFallback", { count: fallback }) : "";
}

export interface HealthRow {
  dimension: string;
  status: HealthStatus | null;
  /** "Good", "Watch", "Risk" or "Not rated" in the language. */
  statusLabel: string;
  /** Why: the figure and the threshold that produced the status. */
  explanation: string;
}

/** Lists the scorecard's dimensions with their status and the reason, overall first. */
export function healthRows(report: HealthReport, language: Language): HealthRow[] {
  const t = translator(language);
  const statusLabel = (status: HealthStatus | null) => t(status === null ? "health.status.none" : `health.status.${status}`);
  const overall: HealthRow = { dimension: t("health.overall"), status: report.health.overall, statusLabel: statusLabel(report.health.overall), explanation: "" };
  return [
    overall,
    ...report.health.dimensions.map((entry) => ({
      dimension: t(`health.dimension.${entry.dimension}`),
      status: entry.status,
      statusLabel: statusLabel(entry.status),
      explanation: explain(entry, language),
    })),
  ];
}

function explain(entry: DimensionHealth, language: Language): string {
  const t = translator(language);
  // Coverage is a multiple of the quota left; every other figure, pace included, reads best as a percent.
  const isShare = entry.dimension !== "coverage";
  const show = (value: number | null) => {
    if (value === null) return "—";
    return isShare ? formatShare(language, value) : formatRatio(language, value);
  };
  return t(`health.reason.${entry.reason}` as MessageKey, { figure: show(entry.figure), threshold: show(entry.threshold) });
}
