/**
 * `pipeline-health report FILE`: reads a workbook file, builds the health report and
 * prints it as a table or as JSON.
 */
import { isReportSheet } from "../present/review-carry";
import { isoFromDay } from "../engine/dates";
import { dataQualitySheetContent } from "../present/data-quality-sheet";
import { reportSheetContent, reviewSheetContent } from "../present/report-sheet";
import { writeReportCopy } from "../workbook/file/write-copy";
import { readQuotas } from "../engine/read/quotas";
import { dataQualityLines } from "../present/data-quality";
import { healthRows, insightFigures } from "../present/insights";
import { conversionTable, ownersTable, periodToDateTable, reviewCellText, shapeLine, topDealsTable, type ReviewTable } from "../present/review";
import { readFile, stat, writeFile } from "node:fs/promises";
import { UsageError, type ReportArguments } from "./args";
import { todayInLocalZone } from "../engine/dates";
import { buildReport, type HealthReport } from "../engine/report";
import { headerRowsContain, likelyHeaderRow, tableNames } from "../engine/read/locate";
import { readPipeline, type PipelineSource } from "../engine/read/workbook";
import type { SheetGrid } from "../engine/types";
import { withDefaults } from "../engine/settings";
import { translator, type Language } from "../i18n";
import { issueLines, reportFigures, sourceLines } from "../present/figures";
import { FileReadError, fileKind, readWorkbookFile, type FileWorkbookData } from "../workbook/file/read-file";

export interface Output {
  stdout: (text: string) => void;
}

/** Reads a workbook file named on the command line, turning every problem into a UsageError. */
async function openWorkbookFile(path: string): Promise<FileWorkbookData> {
  if (fileKind(path) === null) throw new UsageError("cli.unsupportedFile", { path });
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) throw new UsageError("cli.fileIsFolder", { path });
  if (!info || !info.isFile()) throw new UsageError("cli.fileNotFound", { path });

  const bytes = new Uint8Array(await readFile(path));
  return readWorkbookFile(bytes, path).catch((error: unknown) => {
    if (error instanceof FileReadError) throw new UsageError("cli.fileUnreadable", { path }, { reason: `file.${error.code}` });
    throw error;
  });
}

/** Reads the deals (and a --quotas file's quota table) named by the arguments. */
export async function loadSource(args: ReportArguments): Promise<PipelineSource> {
  const opened = await openWorkbookFile(args.file);
  // A copy written with --out contains the add-in's report sheets, which are never the deals.
  const workbook = { ...opened, sheets: opened.sheets.filter((sheet) => !isReportSheet(sheet)) };
  const quotaSheets = args.quotasFile === null ? [] : (await openWorkbookFile(args.quotasFile)).sheets;
  if (args.sheet !== null && !workbook.sheets.some((sheet) => sheet.name === args.sheet)) {
    throw new UsageError("cli.sheetNotFound", { sheet: args.sheet, sheets: workbook.sheets.map((sheet) => sheet.name).join(", ") });
  }

  if (args.table !== null) checkTableExists(workbook.sheets, args.table);

  const options = {
    locale: args.locale,
    date1904: workbook.date1904,
    fiscalYearStartMonth: args.fiscalYearStartMonth,
    sheetName: args.sheet ?? undefined,
    tableName: args.table ?? undefined,
    mapping: args.map,
  };
  // Deals come from the main file only. A quotas file adds its sheets once the deals table is known.
  const fromMainFile = readPipeline(workbook.sheets, options);
  if (!fromMainFile && args.sheet !== null) {
    const withDeals = workbook.sheets.filter((sheet) => readPipeline([sheet], { ...options, sheetName: undefined, tableName: undefined }) !== null);
    throw new UsageError("cli.sheetNoDeals", { sheet: args.sheet, sheets: withDeals.map((sheet) => sheet.name).join(", ") || "—" });
  }
  if (args.quotasFile !== null && readQuotas(quotaSheets, options).entries.length === 0) {
    throw new UsageError("cli.noQuotaTable", { path: args.quotasFile });
  }
  const source =
    fromMainFile && quotaSheets.length > 0
      ? readPipeline([...workbook.sheets, ...quotaSheets], { ...options, sheetName: fromMainFile.table.sheet, tableName: fromMainFile.tableName ?? undefined })
      : fromMainFile;
  if (!source) {
    checkMappedHeadersExist(workbook.sheets, args);
    throw new UsageError("cli.noDeals", { path: args.file });
  }
  rejectMappingProblems(source);

  return source;
}

export async function loadReport(args: ReportArguments, now: Date = new Date()): Promise<HealthReport> {
  const source = await loadSource(args);
  const settings = withDefaults({
    asOf: args.asOf ?? todayInLocalZone(now),
    periodKind: args.periodKind,
    fiscalYearStartMonth: args.fiscalYearStartMonth,
    quotaOverride: args.quota,
  });
  return buildReport(source, settings);
}

function checkTableExists(sheets: SheetGrid[], table: string): void {
  const names = tableNames(sheets);
  if (names.some((name) => name.toLowerCase() === table.toLowerCase())) return;
  if (names.length === 0) throw new UsageError("cli.noTables", { table });
  throw new UsageError("cli.tableNotFound", { table, tables: names.join(", ") });
}

/** Stops on the first --map header that the deals table lacks, listing the headers it has. */
function rejectMappingProblems(source: PipelineSource): void {
  const [problem] = source.problems;
  if (!problem) return;
  const headers = source.headers.filter((header) => header !== "");
  throw new UsageError("cli.mappingHeaderNotFound", { field: problem.field, header: problem.header, sheet: source.table.sheet, headers: headers.join(", ") });
}

/**
 * Explains a missing deals table by a --map header that no sheet has in its first rows,
 * listing the headers of the row most likely to be the header row. Does nothing when every
 * mapped header exists, so that the caller reports the missing deals table.
 */
function checkMappedHeadersExist(sheets: SheetGrid[], args: ReportArguments): void {
  const searched = args.sheet === null ? sheets : sheets.filter((sheet) => sheet.name === args.sheet);
  const missing = (Object.entries(args.map) as [string, string][]).find(([, header]) => header !== "" && !headerRowsContain(searched, header));
  const likely = likelyHeaderRow(searched);
  if (!missing || !likely) return;
  throw new UsageError("cli.mappingHeaderNotFound", { field: missing[0], header: missing[1], sheet: likely.sheet, headers: likely.headers.join(", ") });
}

export async function runReport(args: ReportArguments, output: Output): Promise<void> {
  const report = await loadReport(args);
  if (args.out !== null) await writeCopy(args, report);
  // In JSON mode standard output carries the JSON alone, so only the table names the copy.
  const copyLine = args.out !== null && args.format === "table" ? `\n${translator(args.language)("cli.copyWritten", { path: args.out })}` : "";
  if (args.format === "json") {
    output.stdout(JSON.stringify(report, null, 2) + "\n");
    return;
  }
  output.stdout(formatTable(report, args) + copyLine + "\n");
}

/** Renders the report as aligned text in the chosen language. */
export function formatTable(report: HealthReport, args: Pick<ReportArguments, "language">): string {
  const t = translator(args.language);
  const figures = reportFigures(report, args.language);
  const labelWidth = Math.max(...figures.map((figure) => displayWidth(figure.label)));
  const valueWidth = Math.max(...figures.map((figure) => displayWidth(figure.display)));

  const lines = [t("app.title"), ...sourceLines(report, args.language)];
  if (report.rows.duplicates > 0) lines.push(t("cli.duplicatesHint", { count: report.rows.duplicates }));
  lines.push("");
  for (const figure of figures) {
    const label = figure.label + " ".repeat(labelWidth - displayWidth(figure.label));
    const value = " ".repeat(valueWidth - displayWidth(figure.display)) + figure.display;
    lines.push(`${label}  ${value}${figure.note ? "  " + figure.note : ""}`);
  }
  lines.push("", t("health.title"));
  const health = healthRows(report, args.language);
  const dimensionWidth = Math.max(...health.map((row) => displayWidth(row.dimension)));
  const statusWidth = Math.max(...health.map((row) => displayWidth(row.statusLabel)));
  for (const row of health) {
    lines.push(`  ${padEnd(row.dimension, dimensionWidth)}  ${padEnd(row.statusLabel, statusWidth)}  ${row.explanation}`.trimEnd());
  }

  lines.push("", t("insight.title"));
  const insights = insightFigures(report, args.language);
  const insightWidth = Math.max(...insights.map((figure) => displayWidth(figure.label)));
  for (const figure of insights) lines.push(`  ${padEnd(figure.label, insightWidth)}  ${figure.display}${figure.note ? "  " + figure.note : ""}`);

  lines.push("", t("conversion.title"), "  " + shapeLine(report, args.language));
  lines.push(...textTable(conversionTable(report, args.language), args.language));
  lines.push("", t("ptd.title"));
  lines.push(...textTable(periodToDateTable(report, args.language), args.language));

  lines.push("", t("owners.title"));
  lines.push(...textTable(ownersTable(report, args.language), args.language));

  lines.push("", t("review.title"));
  const review = topDealsTable(report, args.language);
  // The terminal has no room for the columns people fill in; the report sheet has them.
  const compact = { headers: review.headers.slice(0, 13), rows: review.rows.map((row) => row.slice(0, 13)) };
  if (compact.rows.length === 0) lines.push("  " + t("review.none"));
  else lines.push(...textTable(compact, args.language));

  lines.push("", t("dataQuality.title"));
  for (const line of dataQualityLines(report, args.language)) lines.push("  " + line);
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

function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

/** Renders a table as aligned text lines; numbers are right-aligned. */
function textTable(table: ReviewTable, language: Language): string[] {
  const cells = table.rows.map((row) => row.map((value) => reviewCellText(value, language)));
  const widths = table.headers.map((header, column) => Math.max(displayWidth(header), ...cells.map((row) => displayWidth(row[column] ?? ""))));
  const line = (row: string[], numeric: boolean[]) =>
    "  " +
    row
      .map((cell, column) => (numeric[column] ? " ".repeat(widths[column] - displayWidth(cell)) + cell : padEnd(cell, widths[column])))
      .join("  ")
      .trimEnd();
  const numeric = table.headers.map((_, column) => table.rows.some((row) => typeof row[column] === "number"));
  return [line(table.headers, table.headers.map(() => false)), ...cells.map((row) => line(row, numeric))];
}

/** Writes the --out copy: the workbook with its report sheets, refusing to replace any existing file. */
async function writeCopy(args: ReportArguments, report: HealthReport): Promise<void> {
  const out = args.out!;
  if (!out.toLowerCase().endsWith(".xlsx")) throw new UsageError("cli.outNotXlsx", { path: out });
  if (await stat(out).catch(() => null)) throw new UsageError("cli.outExists", { path: out });

  const original = new Uint8Array(await readFile(args.file));
  const workbook = await readWorkbookFile(original, args.file);
  const writtenOn = isoFromDay(todayInLocalZone());
  const contents = [
    reportSheetContent(report, args.language, writtenOn),
    reviewSheetContent(report, args.language, writtenOn),
    dataQualitySheetContent(report, args.language, writtenOn),
  ];
  await writeFile(out, await writeReportCopy(original, args.file, workbook.sheets, contents), { flag: "wx" });
}
