/**
 * The task pane: headline figures of the pipeline for one as-of date, a button that writes
 * the report sheets, then the health verdict, the insights, the weekly review and the data
 * issues behind them. It renders state only, and the work happens in usePipelineReport.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Spinner,
  Subtitle2,
  Title3,
} from "@fluentui/react-components";
import { useState } from "react";
import { ColumnMappingSection } from "./ColumnMappingSection";
import { DataQualitySection } from "./DataQualitySection";
import { HealthSection } from "./HealthSection";
import { InsightsSection } from "./InsightsSection";
import { usePipelinePaneStyles } from "./PipelinePane.styles";
import { ReviewSection } from "./ReviewSection";
import { usePipelineReport, type DealsPlace } from "./usePipelineReport";
import type { CoverageStatus } from "../engine/metrics/coverage";
import type { PeriodKind } from "../engine/periods";
import { translator, type Language } from "../i18n";
import { reportFigures, sourceLines } from "../present/figures";
import type { WorkbookPort } from "../workbook/port";

export interface PipelinePaneProps {
  port: WorkbookPort;
  language: Language;
  onLanguageChange: (language: Language) => void;
  locale: string;
  initialAsOf?: string;
}

const COVERAGE_BADGE: Record<CoverageStatus, "success" | "warning" | "danger" | "informative"> = {
  within: "success",
  above: "warning",
  below: "danger",
  quotaMet: "success",
  noQuota: "informative",
};

export function PipelinePane(props: PipelinePaneProps) {
  const { port, language } = props;
  const t = translator(language);
  const styles = usePipelinePaneStyles();
  const state = usePipelineReport(port, { language, locale: props.locale, initialAsOf: props.initialAsOf });
  const [written, setWritten] = useState<string[] | null>(null);

  const figures = state.report ? reportFigures(state.report, language) : [];

  return (
    <main className={styles.root} aria-busy={state.status === "reading"}>
      <header className={styles.header}>
        <Title3 as="h1">{t("app.title")}</Title3>
        <Select
          aria-label={t("pane.language")}
          value={language}
          onChange={(_, data) => props.onLanguageChange(data.value as Language)}
        >
          <option value="zh-CN">中文</option>
          <option value="en-US">English</option>
        </Select>
      </header>

      <div className={styles.settings}>
        <Field label={t("pane.asOf")}>
          <Input type="date" value={state.asOfInput} onChange={(_, data) => state.setAsOfInput(data.value)} />
        </Field>
        <Field label={t("pane.quota")} validationState={state.quotaInvalid ? "error" : "none"} validationMessage={state.quotaInvalid ? t("pane.quotaInvalid") : undefined}>
          <Input inputMode="decimal" value={state.quotaText} placeholder={t("pane.quotaPlaceholder")} onChange={(_, data) => state.setQuotaText(data.value)} />
        </Field>
        <Field label={t("pane.period")}>
          <Select value={state.periodKind} onChange={(_, data) => state.setPeriodKind(data.value as PeriodKind)}>
            <option value="quarter">{t("period.quarter")}</option>
            <option value="month">{t("period.month")}</option>
            <option value="year">{t("period.year")}</option>
          </Select>
        </Field>
        <Field label={t("pane.fiscalYearStart")}>
          <Select value={String(state.fiscalYearStartMonth)} onChange={(_, data) => state.setFiscalYearStartMonth(Number(data.value))}>
            {MONTHS.map((month) => (
              <option key={month} value={month}>
                {monthName(language, month)}
              </option>
            ))}
          </Select>
        </Field>
      </div>

      {state.rejectedAsOf !== null && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("pane.asOfInvalid", { value: state.rejectedAsOf, today: state.asOf })}</MessageBarBody>
        </MessageBar>
      )}

      {state.status === "reading" && (
        <div role="status">
          <Spinner size="tiny" label={t("pane.reading", { title: port.title })} />
          {state.progress && state.progress.rowsTotal > 0 && <ProgressBar value={state.progress.rowsRead / state.progress.rowsTotal} />}
          <Button appearance="subtle" onClick={state.cancel}>
            {t("pane.cancel")}
          </Button>
        </div>
      )}
      {state.status === "cancelled" && (
        <MessageBar intent="info">
          <MessageBarBody>
            {t("pane.cancelled")} <Button appearance="transparent" onClick={state.refresh}>{t("pane.refresh")}</Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "noDeals" && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("pane.noDeals")}</MessageBarBody>
        </MessageBar>
      )}
      {state.failure && (
        <MessageBar intent="error">
          <MessageBarBody>{t(`pane.${state.failure.action}Failed`, { name: port.title, reason: state.failure.message })}</MessageBarBody>
        </MessageBar>
      )}

      {state.report && (
        <>
          <section aria-label={t("figure.period")} className={styles.source}>
            {sourceLines(state.report, language).map((line) => (
              <Caption1 key={line}>{line}</Caption1>
            ))}
          </section>

          {state.placeWithoutDeals !== null && (
            <MessageBar intent="warning">
              <MessageBarBody>{t("pane.placeNoDeals", { place: state.placeWithoutDeals })}</MessageBarBody>
            </MessageBar>
          )}
          {state.report.rows.duplicates > 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>{t("pane.duplicatesLeftOut", { count: state.report.rows.duplicates })}</MessageBarBody>
            </MessageBar>
          )}

          <dl className={styles.figures}>
            {figures.map((figure) => (
              <div key={figure.id} className={styles.figure} data-testid={`figure-${figure.id}`}>
                <dt className={styles.figureLabel}>
                  <Body1>{figure.label}</Body1>
                </dt>
                <dd className={styles.figureValue} data-testid={`value-${figure.id}`}>
                  {figure.id === "coverage" && state.report ? (
                    <span className={styles.coverageRow}>
                      {figure.display}
                      <Badge appearance="tint" color={COVERAGE_BADGE[state.report.coverageStatus]}>
                        {t(`coverage.short.${state.report.coverageStatus}`)}
                      </Badge>
                    </span>
                  ) : (
                    figure.display
                  )}
                </dd>
                {figure.note && (
                  <dd className={styles.figureNote}>
                    <Caption1>{figure.note}</Caption1>
                  </dd>
                )}
              </div>
            ))}
          </dl>

          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={state.writing}
              onClick={async () => setWritten(await state.writeReport())}
            >
              {t("pane.writeReport")}
            </Button>
            <Button onClick={state.refresh}>{t("pane.refresh")}</Button>
          </div>
          {written && (
            <MessageBar intent="success">
              <MessageBarBody>{t("pane.reportWritten", { sheets: written.map((name) => `“${name}”`).join(t("punctuation.listSeparator")) })}</MessageBarBody>
            </MessageBar>
          )}

          <HealthSection report={state.report} language={language} />
          <InsightsSection report={state.report} language={language} />
          <ReviewSection report={state.report} language={language} />
          <DataQualitySection report={state.report} language={language} />

          <Accordion collapsible>
            <AccordionItem value="columns">
              <AccordionHeader size="small">{t("mapping.title")}</AccordionHeader>
              <AccordionPanel>
                <ColumnMappingSection
                  places={state.places.map((place) => ({ key: placeKey(place), label: place.tableName ? `${place.sheetName} › ${place.tableName}` : place.sheetName }))}
                  placeKey={state.place ? placeKey(state.place) : ""}
                  onPlaceChange={(key) => state.setPlace(state.places.find((place) => placeKey(place) === key) ?? null)}
                  mapped={state.mapped}
                  headers={state.source?.headers ?? []}
                  onChange={state.setMapping}
                  t={t}
                />
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </>
      )}
    </main>
  );
}

function placeKey(place: DealsPlace): string {
  return place.tableName === null ? place.sheetName : `${place.sheetName}\u0000${place.tableName}`;
}

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

function monthName(language: string, month: number): string {
  return new Intl.DateTimeFormat(language, { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2026, month - 1, 1)));
}
