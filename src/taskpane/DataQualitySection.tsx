/**
 * The data-quality section of the task pane: the summary figures (clean share, past due,
 * duplicates, unknown stages, missing owners, partly filled columns) and the data issues
 * grouped by reason and column. It renders state only, and the text comes from src/present.
 */
import { Body1, Caption1, mergeClasses, Subtitle2 } from "@fluentui/react-components";
import { useId, useMemo } from "react";
import { useDataQualitySectionStyles } from "./DataQualitySection.styles";
import type { HealthReport } from "../engine/report";
import { translator, type Language } from "../i18n";
import { dataQualitySummary, type DataQualityRow } from "../present/data-quality";
import { issueLines } from "../present/figures";

export interface DataQualitySectionProps {
  report: HealthReport;
  language: Language;
}

export interface DataQualitySectionState {
  title: string;
  summary: DataQualityRow[];
  /** Heading of the issue list, with the number of issues. */
  issuesTitle: string;
  /** One line per group of issues: reason, column, count and the first cells. */
  issues: string[];
}

/** Derives the section's text from the report, again only when the report or language changes. */
export function useDataQualitySection({ report, language }: DataQualitySectionProps): DataQualitySectionState {
  return useMemo(() => {
    const t = translator(language);
    return {
      title: t("dataQuality.title"),
      summary: dataQualitySummary(report, language),
      issuesTitle: t("issues.title", { count: report.issues.length }),
      issues: issueLines(report, language),
    };
  }, [report, language]);
}

export function DataQualitySection(props: DataQualitySectionProps) {
  const state = useDataQualitySection(props);
  const styles = useDataQualitySectionStyles();
  const headingId = useId();
  const issuesHeadingId = useId();

  return (
    <section aria-labelledby={headingId} className={styles.root} data-testid="data-quality">
      <Subtitle2 as="h2" id={headingId}>
        {state.title}
      </Subtitle2>

      <dl className={styles.summary}>
        {state.summary.map((row) => (
          <div key={row.id} className={styles.row} data-testid={`data-quality-${row.id}`}>
            <dt className={styles.label}>
              <Body1>{row.label}</Body1>
            </dt>
            <dd
              className={row.id === "cleanShare" ? mergeClasses(styles.value, styles.cleanShare) : styles.value}
              data-testid={row.id === "cleanShare" ? "data-quality-clean-share" : undefined}
            >
              {row.display}
            </dd>
          </div>
        ))}
      </dl>

      {state.issues.length > 0 && (
        <section aria-labelledby={issuesHeadingId}>
          <Body1 as="h3" id={issuesHeadingId}>
            {state.issuesTitle}
          </Body1>
          <ul className={styles.issues}>
            {state.issues.map((line) => (
              <li key={line}>
                <Caption1>{line}</Caption1>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
