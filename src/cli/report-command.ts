/**
 * `pipeline-health report FILE`: reads a workbook file, builds the health report and
 * prints it as a table or as JSON.
 */
import { readFile, stat } from "node:fs/promises";
import { UsageError, type ReportArguments } from "./args";
import { todayInLocalZone } from "../engine/dates";
import { buildReport, type HealthReport } from "../engine/report";
import { readPipeline } from "../engine/read/workbook";
import { withDefaults } from "../engine/settings";
import { translator } from "../i18n";
import { issueLines, reportFigures, sourceLines } from "../present/figures";
import { fileKind, readWorkbookFile } from "../workbook/file/read-file";

export interface Output {
  stdout: (text: string) => void;
}

export async function loadReport(args: ReportArguments, now: Date = new Date()): Promise<HealthReport> {
  if (fileKind(args.file) === null) throw new UsageError("cli.unsupportedFile", { path: args.file });
  const info = await stat(args.file).catch(() => null);
  if (!info || !info.isFile()) throw new UsageError("cli.fileNotFound", { path: args.file });

  const bytes = new Uint8Array(await readFile(args.file));
  const workbook = await readWorkbookFile(bytes, args.file).catch((error: unknown) => {
    throw new UsageError("cli.fileUnreadable", { path: args.file, reason: error instanceof Error ? error.message : String(error) });
  });
  if (args.sheet !== null && !workbook.sheets.some((sheet) => sheet.name === args.sheet)) {
    throw new UsageError("cli.sheetNotFound", { sheet: args.sheet, sheets: workbook.sheets.map((sheet) => sheet.name).join(", ") });
  }

  const source = readPipeline(workbook.sheets, { locale: args.locale, date1904: workbook.date1904, sheetName: args.sheet ?? undefined });
  if (!source) throw new UsageError("cli.noDeals", { path: args.file });

  const settings = withDefaults({
    asOf: args.asOf ?? todayInLocalZone(now),
    periodKind: args.periodKind,
    fiscalYearStartMonth: args.fiscalYearStartMonth,
    quotaOverride: args.quota,
  });
  return buildReport(source, settings);
}

export async function runReport(args: ReportArguments, output: Output): Promise<void> {
  const report = await loadReport(args);
  if (args.format === "json") {
    output.stdout(JSON.stringify(report, null, 2) + "\n");
    return;
  }
  output.stdout(formatTable(report, args) + "\n");
}

/** Renders the report as aligned text in the chosen language. */
export function formatTable(report: HealthReport, args: Pick<ReportArguments, "language">): string {
  const t = translator(args.language);
  const figures = reportFigures(report, args.language);
  const labelWidth = Math.max(...figures.map((figure) => displayWidth(figure.label)));
  const valueWidth = Math.max(...figures.map((figure) => displayWidth(figure.display)));

  const lines = [t("app.title"), ...sourceLines(report, args.language), ""];
  for (const figure of figures) {
    const label = figure.label + " ".repeat(labelWidth - displayWidth(figure.label));
    const value = " ".repeat(valueWidth - displayWidth(figure.display)) + figure.display;
    lines.push(`${label}  ${value}${figure.note ? "  " + figure.note : ""}`);
  }
  if (report.issues.length > 0) {
    lines.push("", t("issues.title", { count: report.issues.length }));
    for (const line of issueLines(report, args.language)) lines.push("  " + line);
  }
  return lines.join("\n");
}

/** Terminal columns a string takes: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(char) ? 2 : 1;
  return width;
}
