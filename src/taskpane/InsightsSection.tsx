/**
 * The insights section of the task pane: win rates, sales cycle, velocity, movement and
 * concentration as labelled figures with notes, laid out like the headline figures. It
 * renders state only, and the text comes from src/present.
 */
import { Body1, Caption1, Subtitle2 } from "@fluentui/react-components";
import { useId, useMemo } from "react";
import { useInsightsSectionStyles } from "./InsightsSection.styles";
import type { HealthReport } from "../engine/report";
import { translator, type Language } from "../i18n";
import type { FigureRow } from "../present/figures";
import { insightFigures } from "../present/insights";

export interface InsightsSectionProps {
  report: HealthReport;
  language: Language;
}

export interface InsightsSectionState {
  title: string;
  figures: FigureRow[];
}

/** Derives the section's text from the report, again only when the report or language changes. */
export function useInsightsSection({ report, language }: InsightsSectionProps): InsightsSectionState {
  return useMemo(
    () => ({
      title: translator(language)("insight.title"),
      figures: insightFigures(report, language),
    }),
    [report, language],
  );
}

export function InsightsSection(props: InsightsSectionProps) {
  const state = useInsightsSection(props);
  const styles = useInsightsSectionStyles();
  const headingId = useId();

  return (
    <section aria-labelledby={headingId} className={styles.root} data-testid="insights">
      <Subtitle2 as="h2" id={headingId}>
        {state.title}
      </Subtitle2>

      <dl className={styles.figures}>
        {state.figures.map((figure) => (
          <div key={figure.id} className={styles.figure}>
            <dt className={styles.label}>
              <Body1>{figure.label}</Body1>
            </dt>
            <dd className={styles.value} data-testid={`insight-${figure.id}`}>
              {figure.display}
            </dd>
            {figure.note && (
              <dd className={styles.note}>
                <Caption1>{figure.note}</Caption1>
              </dd>
            )}
          </div>
        ))}
      </dl>
    </section>
  );
}
