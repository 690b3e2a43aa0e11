/**
 * Shared steps of the tests on the real CRM files. They load a file the way the command line
 * does, build a report and find a deal by its sheet row. They also count CSV rows with a
 * parse of the test's own, the yardstick for the reader's row account.
 */
import { readFile } from "node:fs/promises";
import * as path from "node:path";
import Papa from "papaparse";
import { dayFromIso, isoFromDay } from "../../src/engine/dates";
import { buildReport, type HealthReport } from "../../src/engine/report";
import { readPipeline, type PipelineSource, type WorkbookReadOptions } from "../../src/engine/read/workbook";
import { withDefaults } from "../../src/engine/settings";
import { KIND_NAMES, type DealKind, type RowAccount } from "../../src/engine/types";
import { readWorkbookFile, type FileWorkbookData } from "../../src/workbook/file/read-file";

/** Folder of the real files, a sibling of the repository. */
export const REAL_DATA = path.resolve(__dirname, "../../../shared/data/real");

/** Reading options of a US export, the locale every real English file was saved in. */
export const US_LOCALE = { locale: "en-US", date1904: false } as const;

/** Reading a large workbook with exceljs takes a few seconds. */
export const LOAD_TIMEOUT_MS = 60_000;

export function realPath(file: string): string {
  return path.join(REAL_DATA, file);
}

export async function loadWorkbook(file: string): Promise<FileWorkbookData> {
  const bytes = new Uint8Array(await readFile(realPath(file)));
  return readWorkbookFile(bytes, file);
}

/** Reads the deals of a loaded workbook, or null when it has no deals table. */
export function readSource(workbook: FileWorkbookData, options: Partial<WorkbookReadOptions> = {}): PipelineSource | null {
  return readPipeline(workbook.sheets, { ...US_LOCALE, ...options, date1904: workbook.date1904 });
}

/** Reads the deals of a loaded workbook and fails the test when there is no deals table. */
export function requireSource(workbook: FileWorkbookData, options: Partial<WorkbookReadOptions> = {}): PipelineSource {
  const source = readSource(workbook, options);
  if (!source) throw new Error(`${workbook.fileName}: no deals table found`);
  return source;
}

export function reportAsOf(source: PipelineSource, asOf: string): HealthReport {
  return buildReport(source, withDefaults({ asOf: dayFromIso(asOf) }));
}

/**
 * Sums every category of the row account except `read` itself, so that a category added
 * to RowAccount later is counted without changing the tests.
 */
export function accountedRows(rows: RowAccount): number {
  return Object.entries(rows)
    .filter(([category]) => category !== "read" && category !== "deals")
    .reduce((total, [, count]) => total + (count as number), rows.deals);
}

/** One deal of a table as plain values, with dates as ISO text and the kind by name. */
export interface DealView {
  row: number;
  id: string;
  name: string;
  owner: string;
  stage: string;
  kind: DealKind;
  amount: number;
  probability: number;
  created: string | null;
  close: string | null;
  currency: string;
}

/** Returns the deal read from a sheet row, or undefined when that row is no deal. */
export function dealAtRow(source: PipelineSource, sheetRow: number): DealView | undefined {
  const table = source.table;
  const i = table.row.indexOf(sheetRow);
  if (i < 0) return undefined;
  const day = (value: number) => (Number.isNaN(value) ? null : isoFromDay(value));
  return {
    row: table.row[i],
    id: table.id[i],
    name: table.name[i],
    owner: table.owner[i],
    stage: table.stage[i],
    kind: KIND_NAMES[table.kind[i]],
    amount: table.amount[i],
    probability: table.probability[i],
    created: day(table.created[i]),
    close: day(table.close[i]),
    currency: table.currency[i],
  };
}

/** Counts the deals of a table per value of one of its text columns. */
export function countBy(source: PipelineSource, key: (i: number) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < source.table.size; i++) counts.set(key(i), (counts.get(key(i)) ?? 0) + 1);
  return counts;
}

/**
 * Data rows of a CSV file by the test's own parse: UTF-8 with the BOM stripped, RFC 4180
 * quoting, header row excluded, rows of blank cells skipped.
 */
export async function csvDataRows(file: string): Promise<Record<string, string>[]> {
  const text = new TextDecoder("utf-8").decode(await readFile(realPath(file)));
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: "greedy" });
  if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors[0].message} on row ${parsed.errors[0].row}`);
  return parsed.data;
}

/** Header cells of the first line of a CSV file, BOM stripped. */
export async function csvHeader(file: string): Promise<string[]> {
  const text = new TextDecoder("utf-8").decode(await readFile(realPath(file)));
  return Papa.parse<string[]>(text, { preview: 1 }).data[0];
}

/** ISO date of a Date cell as exceljs returns it (UTC midnight), or null for anything else. */
export function isoOfDateCell(value: unknown): string | null {
  return value instanceof Date ? value.toISOString().slice(0, 10) : null;
}
