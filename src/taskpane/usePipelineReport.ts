/**
 * State of the task pane: reads the workbook through the Workbook port, finds the deals
 * table and keeps the report in step with the as-of date and quota the user sets.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { dayFromIso, isoFromDay, todayInLocalZone } from "../engine/dates";
import { buildReport, type HealthReport } from "../engine/report";
import { parseAmount } from "../engine/read/values";
import { readPipeline, type PipelineSource } from "../engine/read/workbook";
import { withDefaults } from "../engine/settings";
import type { Language } from "../i18n";
import { reportSheetContent } from "../present/report-sheet";
import { ReadCancelledError, type ReadProgress, type WorkbookPort } from "../workbook/port";

export type PaneStatus = "reading" | "ready" | "noDeals" | "failed" | "cancelled";

export interface PipelineReportState {
  status: PaneStatus;
  progress: ReadProgress | null;
  /** Message of the last failure, already readable by a user (a read or write error). */
  failure: string | null;
  report: HealthReport | null;
  asOf: string;
  setAsOf: (iso: string) => void;
  quotaText: string;
  setQuotaText: (text: string) => void;
  /** True when the quota field contains text that is not a positive amount. */
  quotaInvalid: boolean;
  refresh: () => void;
  cancel: () => void;
  writeReport: () => Promise<string | null>;
  writing: boolean;
}

export interface PipelineReportOptions {
  language: Language;
  /** Locale used to read ambiguous dates such as 03/05/2026 and decimal commas. */
  locale: string;
  /** Day the pane opens on; today in the user's time zone when absent. */
  initialAsOf?: string;
}

export function usePipelineReport(port: WorkbookPort, options: PipelineReportOptions): PipelineReportState {
  const [status, setStatus] = useState<PaneStatus>("reading");
  const [progress, setProgress] = useState<ReadProgress | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [source, setSource] = useState<PipelineSource | null>(null);
  const [asOf, setAsOf] = useState(options.initialAsOf ?? isoFromDay(todayInLocalZone()));
  const [quotaText, setQuotaText] = useState("");
  const [writing, setWriting] = useState(false);
  const [generation, setGeneration] = useState(0);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    controller.current = abort;
    setStatus("reading");
    setFailure(null);
    setProgress(null);
    port
      .read({ signal: abort.signal, onProgress: setProgress })
      .then((snapshot) => {
        if (abort.signal.aborted) return;
        const read = readPipeline(snapshot.sheets, { locale: options.locale, date1904: snapshot.date1904 });
        setSource(read);
        setStatus(read ? "ready" : "noDeals");
      })
      .catch((error: unknown) => {
        if (error instanceof ReadCancelledError || abort.signal.aborted) {
          if (controller.current === abort) setStatus("cancelled");
          return;
        }
        setFailure(error instanceof Error ? error.message : String(error));
        setStatus("failed");
      });
    return () => {
      controller.current = null;
      abort.abort();
    };
  }, [port, options.locale, generation]);

  const quota = quotaText.trim() === "" ? null : parseAmount(quotaText);
  const quotaInvalid = quota !== null && (Number.isNaN(quota) || quota <= 0);

  const report = useMemo(() => {
    const asOfDay = dayFromIso(asOf);
    if (!source || Number.isNaN(asOfDay)) return null;
    const settings = withDefaults({ asOf: asOfDay, quotaOverride: quota !== null && !quotaInvalid ? quota : null });
    return buildReport(source, settings);
  }, [source, asOf, quota, quotaInvalid]);

  const writeReport = useCallback(async () => {
    if (!report) return null;
    setWriting(true);
    try {
      const content = reportSheetContent(report, options.language, isoFromDay(todayInLocalZone()));
      const result = await port.writeReportSheet(content);
      return result.sheetName;
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      return null;
    } finally {
      setWriting(false);
    }
  }, [port, report, options.language]);

  return {
    status,
    progress,
    failure,
    report,
    asOf,
    setAsOf,
    quotaText,
    setQuotaText,
    quotaInvalid,
    refresh: () => setGeneration((value) => value + 1),
    cancel: () => {
      controller.current?.abort();
      setStatus("cancelled");
    },
    writeReport,
    writing,
  };
}
