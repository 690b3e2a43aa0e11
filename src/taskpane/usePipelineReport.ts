/**
 * State of the task pane: reads the workbook through the Workbook port, finds the deals
 * table and keeps the report in step with the as-of date, the quota and the column mapping
 * the user sets. The quota and mapping are saved in the workbook.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { dayFromIso, isoFromDay, partsFromDay, todayInLocalZone } from "../engine/dates";
import { buildReport, type HealthReport } from "../engine/report";
import { parseAmount } from "../engine/read/values";
import { readPipeline, type PipelineSource } from "../engine/read/workbook";
import { DEFAULT_SETTINGS, withDefaults } from "../engine/settings";
import type { PeriodKind } from "../engine/periods";
import type { DealField } from "../engine/types";
import type { Language } from "../i18n";
import { dataQualitySheetContent } from "../present/data-quality-sheet";
import { reportSheetContent, reviewSheetContent } from "../present/report-sheet";
import { carryOverReviewText, isReportSheet, typedReviewText } from "../present/review-carry";
import { ReadCancelledError, type ReadProgress, type WorkbookChoices, type WorkbookPort, type WorkbookSnapshot } from "../workbook/port";

export type PaneStatus = "reading" | "ready" | "noDeals" | "failed" | "cancelled";

export interface PipelineReportState {
  status: PaneStatus;
  progress: ReadProgress | null;
  /** The last failure of a read, a write or a save of the choices, with the host's message. */
  failure: { action: "read" | "write" | "save"; message: string } | null;
  source: PipelineSource | null;
  report: HealthReport | null;
  /** Text of the as-of field, which may be a date still being typed. */
  asOfInput: string;
  setAsOfInput: (text: string) => void;
  /** The as-of date the report uses: the last complete date entered, or today. */
  asOf: string;
  /** An as-of date given when the pane opened that is not a date, replaced by today. */
  rejectedAsOf: string | null;
  quotaText: string;
  setQuotaText: (text: string) => void;
  periodKind: PeriodKind;
  setPeriodKind: (kind: PeriodKind) => void;
  fiscalYearStartMonth: number;
  setFiscalYearStartMonth: (month: number) => void;
  /** True when the quota field contains text that is not a positive amount. */
  quotaInvalid: boolean;
  /** Header text the report reads for each field, as found or as chosen. */
  mapped: Partial<Record<DealField, string>>;
  setMapping: (field: DealField, header: string) => void;
  /** Places the deals could be read from: every sheet and every Excel table. */
  places: DealsPlace[];
  /** The place the deals are read from now. */
  place: DealsPlace | null;
  /** The sheet or table the user chose that has no deals table; the best match is read instead. */
  placeWithoutDeals: string | null;
  /** Reads the deals from another place, or from the best match when null; the mapping starts afresh. */
  setPlace: (place: DealsPlace | null) => void;
  refresh: () => void;
  cancel: () => void;
  /** Writes the report, weekly review and data-quality sheets; returns their names, or null when writing failed. */
  writeReport: () => Promise<string[] | null>;
  writing: boolean;
}

/** A sheet, or an Excel table on a sheet, that the deals can be read from. */
export interface DealsPlace {
  sheetName: string;
  tableName: string | null;
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
  const [failure, setFailure] = useState<PipelineReportState["failure"]>(null);
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [choices, setChoices] = useState<WorkbookChoices>({});
  const [writing, setWriting] = useState(false);
  const [generation, setGeneration] = useState(0);
  const controller = useRef<AbortController | null>(null);

  const today = isoFromDay(todayInLocalZone());
  const initialAsOf = options.initialAsOf ?? today;
  const rejectedAsOf = isCompleteDate(initialAsOf) ? null : initialAsOf;
  const [asOfInput, setAsOfInput] = useState(rejectedAsOf === null ? initialAsOf : today);
  const [asOf, setAsOf] = useState(rejectedAsOf === null ? initialAsOf : today);
  // A date field passes partial years such as 0002-09-30 while the user types; only complete dates reach the report.
  useEffect(() => {
    if (isCompleteDate(asOfInput)) setAsOf(asOfInput);
  }, [asOfInput]);

  useEffect(() => {
    const abort = new AbortController();
    controller.current = abort;
    setStatus("reading");
    setFailure(null);
    setProgress(null);
    Promise.all([port.read({ signal: abort.signal, onProgress: setProgress }), port.loadChoices()])
      .then(([read, saved]) => {
        if (abort.signal.aborted) return;
        setSnapshot(read);
        setChoices(saved);
        setStatus("ready");
      })
      .catch((error: unknown) => {
        if (error instanceof ReadCancelledError || abort.signal.aborted) {
          if (controller.current === abort) setStatus("cancelled");
          return;
        }
        setFailure({ action: "read", message: messageOf(error) });
        setStatus("failed");
      });
    return () => {
      controller.current = null;
      abort.abort();
    };
  }, [port, generation]);

  const { source, placeWithoutDeals } = useMemo(() => {
    if (!snapshot) return { source: null, placeWithoutDeals: null };
    const chosen: { sheetName?: string; tableName?: string } = { sheetName: choices.sheetName, tableName: choices.tableName };
    const read = (where: typeof chosen) =>
      readPipeline(snapshot.sheets.filter((sheet) => !isReportSheet(sheet)), {
        locale: options.locale,
        date1904: snapshot.date1904,
        fiscalYearStartMonth: choices.fiscalYearStartMonth,
        mapping: choices.mapping,
        ...where,
      });
    // A chosen sheet or table without deals (or renamed since) falls back to the best match, and the pane shows a warning.
    const fromChoice = read(chosen);
    if (fromChoice || !(chosen.sheetName || chosen.tableName)) return { source: fromChoice, placeWithoutDeals: null };
    return { source: read({}), placeWithoutDeals: chosen.tableName ?? chosen.sheetName ?? null };
  }, [snapshot, options.locale, choices.mapping, choices.sheetName, choices.tableName, choices.fiscalYearStartMonth]);

  const quotaText = choices.quota ?? "";
  const quota = quotaText.trim() === "" ? null : parseAmount(quotaText);
  const quotaInvalid = quota !== null && (Number.isNaN(quota) || quota <= 0);

  const report = useMemo(() => {
    if (!source) return null;
    const settings = withDefaults({
      asOf: dayFromIso(asOf),
      quotaOverride: quota !== null && !quotaInvalid ? quota : null,
      periodKind: choices.periodKind ?? DEFAULT_SETTINGS.periodKind,
      fiscalYearStartMonth: choices.fiscalYearStartMonth ?? DEFAULT_SETTINGS.fiscalYearStartMonth,
    });
    return buildReport(source, settings);
  }, [source, asOf, quota, quotaInvalid, choices.periodKind, choices.fiscalYearStartMonth]);

  const mapped = useMemo(() => {
    const headers: Partial<Record<DealField, string>> = {};
    for (const column of source?.table.columns ?? []) headers[column.field] = column.header;
    return headers;
  }, [source]);

  const places = useMemo(() => {
    const list: DealsPlace[] = [];
    for (const sheet of snapshot?.sheets ?? []) {
      list.push({ sheetName: sheet.name, tableName: null });
      for (const table of sheet.tables ?? []) list.push({ sheetName: sheet.name, tableName: table.name });
    }
    return list;
  }, [snapshot]);
  const place = source ? { sheetName: source.table.sheet, tableName: source.tableName } : null;

  const saveChoices = useCallback(
    (next: WorkbookChoices) => {
      setChoices(next);
      port.saveChoices(next).catch((error: unknown) => setFailure({ action: "save", message: messageOf(error) }));
    },
    [port],
  );

  const writeReport = useCallback(async () => {
    if (!report) return null;
    setWriting(true);
    try {
      const writtenOn = isoFromDay(todayInLocalZone());
      // Read again first: people may have typed into the earlier review sheet since the pane last read.
      const latest = await port.read();
      const review = carryOverReviewText(reviewSheetContent(report, options.language, writtenOn), typedReviewText(latest.sheets), options.language);
      const written = await port.writeReportSheet(reportSheetContent(report, options.language, writtenOn));
      const reviewed = await port.writeReportSheet(review);
      const quality = await port.writeReportSheet(dataQualitySheetContent(report, options.language, writtenOn));
      return [written.sheetName, reviewed.sheetName, quality.sheetName];
    } catch (error) {
      setFailure({ action: "write", message: messageOf(error) });
      return null;
    } finally {
      setWriting(false);
    }
  }, [port, report, options.language]);

  return {
    status: status === "ready" && !source ? "noDeals" : status,
    progress,
    failure,
    source,
    report,
    asOfInput,
    setAsOfInput,
    asOf,
    rejectedAsOf,
    quotaText,
    setQuotaText: (text) => saveChoices({ ...choices, quota: text }),
    periodKind: choices.periodKind ?? DEFAULT_SETTINGS.periodKind,
    setPeriodKind: (kind) => saveChoices({ ...choices, periodKind: kind }),
    fiscalYearStartMonth: choices.fiscalYearStartMonth ?? DEFAULT_SETTINGS.fiscalYearStartMonth,
    setFiscalYearStartMonth: (month) => saveChoices({ ...choices, fiscalYearStartMonth: month }),
    quotaInvalid,
    mapped,
    setMapping: (field, header) => saveChoices({ ...choices, mapping: { ...choices.mapping, [field]: header } }),
    places,
    place,
    placeWithoutDeals,
    setPlace: (next) =>
      saveChoices({
        ...choices,
        sheetName: next && next.tableName === null ? next.sheetName : undefined,
        tableName: next?.tableName ?? undefined,
        // Headers chosen for one table rarely exist in another.
        mapping: undefined,
      }),
    refresh: () => setGeneration((value) => value + 1),
    cancel: () => {
      controller.current?.abort();
      setStatus("cancelled");
    },
    writeReport,
    writing,
  };
}

/** Years before 1900 are not in Excel's calendar, and in a date field they are a year still being typed. */
function isCompleteDate(iso: string): boolean {
  const day = dayFromIso(iso);
  return !Number.isNaN(day) && partsFromDay(day).year >= 1900;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
