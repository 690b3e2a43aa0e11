/**
 * The health section of the task pane: the overall status of the pipeline as a badge, then
 * each rated dimension with its status and the figure and threshold behind it. It renders
 * state only, and the text comes from src/present.
 */
import { Badge, Body1, Caption1, Subtitle2, type BadgeProps } from "@fluentui/react-components";
import { useId, useMemo } from "react";
import { useHealthSectionStyles } from "./HealthSection.styles";
import type { HealthStatus } from "../engine/metrics/health";
import type { HealthReport } from "../engine/report";
import { translator, type Language } from "../i18n";
import { healthRows } from "../present/insights";

export interface HealthSectionProps {
  report: HealthReport;
  language: Language;
}

export type StatusBadgeColor = Extract<BadgeProps["color"], "success" | "warning" | "danger" | "informative">;

/** One status as the pane shows it: the label in the language and the badge color. */
export interface StatusBadge {
  label: string;
  color: StatusBadgeColor;
}

export interface HealthDimensionRow {
  dimension: string;
  badge: StatusBadge;
  explanation: string;
}

export interface HealthSectionState {
  title: string;
  overall: StatusBadge;
  dimensions: HealthDimensionRow[];
}

const STATUS_COLOR: Record<HealthStatus, StatusBadgeColor> = {
  good: "success",
  watch: "warning",
  risk: "danger",
};

/** Maps a status to its badge color, with the neutral informative color for a dimension that is not rated. */
export function statusColor(status: HealthStatus | null): StatusBadgeColor {
  return status === null ? "informative" : STATUS_COLOR[status];
}

/** Derives the section's text from the report, again only when the report or language changes. */
export function useHealthSection({ report, language }: HealthSectionProps): HealthSectionState {
  return useMemo(() => {
    const t = translator(language);
    const [overall, ...dimensions] = healthRows(report, language);
    return {
      title: t("health.title"),
      overall: { label: overall.statusLabel, color: statusColor(overall.status) },
      dimensions: dimensions.map((row) => ({
        dimension: row.dimension,
        badge: { label: row.statusLabel, color: statusColor(row.status) },
        explanation: row.explanation,
      })),
    };
  }, [report, language]);
}

export function HealthSection(props: HealthSectionProps) {
  const state = useHealthSection(props);
  const styles = useHealthSectionStyles();
  const headingId = useId();

  return (
    <section aria-labelledby={headingId} className={styles.root} data-testid="health">
      <div className={styles.heading}>
        <Subtitle2 as="h2" id={headingId}>
          {state.title}
        </Subtitle2>
        <Badge
          size="large"
          appearance="filled"
          color={state.overall.color}
          data-testid="health-overall"
        >
          {state.overall.label}
        </Badge>
      </div>

      <dl className={styles.dimensions}>
        {state.dimensions.map((row) => (
          <div key={row.dimension} className={styles.dimension}>
            <dt className={styles.name}>
              <Body1>{row.dimension}</Body1>
            </dt>
            <dd className={styles.status}>
              <Badge appearance="tint" color={row.badge.color}>
                {row.badge.label}
              </Badge>
            </dd>
            <dd className={styles.explanation}>
              <Caption1>{row.explanation}</Caption1>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
