/**
 * Reading the workbook's own stage table: one row per stage, in pipeline order, with its
 * kind and optionally a default probability and a stall limit. When a workbook has one,
 * it replaces the built-in stage lists.
 *
 * | Stage 阶段 | Kind 类型 | Probability 赢率 | Stall days 停滞天数 |
 * |---|---|---|---|
 * | Discovery | open 进行中 | 40% | 21 |
 * | Closed Won | won 赢单 | | |
 *
 * A row without a stage name, with a kind that is not open, won, lost or deferred, or with
 * a stage name used above is left out. A row with an invalid probability keeps its stage
 * without a default probability. A row with invalid stall days keeps the 30-day default.
 * Each of these becomes a `stageRowInvalid` issue.
 */
import { columnLetter, normalizeHeader } from "./headers";
import { blockRow, freeBlocks, sheetColumn, tableBlocks, type SheetBlock } from "./locate";
import { DEFAULT_STALL_DAYS, kindFromStatus, normalizeStageName, type StageDefinition, type StagePreset } from "./stages";
import { cellText, isBlank, parseAmount, parseProbabilityCell, scaleProbabilityColumn } from "./values";
import type { CellValue, DataIssue, DealKind, SheetGrid } from "../types";

/** Id of the stage list read from the workbook, as the report's `source.stagePreset` shows it. */
export const WORKBOOK_PRESET_ID = "workbook";

const STAGE_TABLE_HEADERS: Record<"stage" | "kind" | "probability" | "stallDays", string[]> = {
  stage: ["Stage", "阶段", "阶段名称"],
  kind: ["Kind", "Stage Kind", "类型", "阶段类型"],
  probability: ["Probability", "Default Probability", "赢率", "默认赢率"],
  stallDays: ["Stall days", "Stall Limit", "停滞天数"],
};

type StageColumn = keyof typeof STAGE_TABLE_HEADERS;

export interface StageTableReadResult {
  preset: StagePreset;
  sheet: string;
  /** Name of the Excel table, when the stage table is one. */
  tableName: string | null;
  issues: DataIssue[];
}

interface StageRow {
  values: CellValue[];
  sheetRow: number;
}

/**
 * Finds and reads the stage table of a workbook: the first Excel table, then the first
 * free block, whose headers name a stage and a kind and at least half of whose rows are
 * valid stages. `exclude` is the deals table, which may also have stage and type columns.
 * Returns null when the workbook has no stage table.
 */
export function readStageTable(sheets: SheetGrid[], exclude?: SheetBlock): StageTableReadResult | null {
  const blocks = [...sheets.flatMap(tableBlocks), ...sheets.flatMap((sheet) => freeBlocks(sheet))];
  for (const block of blocks) {
    if (exclude && overlaps(block, exclude)) continue;
    const columns = stageColumns(block.headers);
    if (!columns.has("stage") || !columns.has("kind")) continue;
    const result = readStageBlock(block, columns);
    if (result) return result;
  }
  return null;
}

function stageColumns(headers: string[]): Map<StageColumn, number> {
  const found = new Map<StageColumn, number>();
  headers.forEach((header, index) => {
    const key = normalizeHeader(header);
    for (const [column, names] of Object.entries(STAGE_TABLE_HEADERS) as [StageColumn, string[]][]) {
      if (!found.has(column) && names.some((name) => normalizeHeader(name) === key)) found.set(column, index);
    }
  });
  return found;
}

function overlaps(block: SheetBlock, other: SheetBlock): boolean {
  if (block.sheet !== other.sheet) return false;
  const rowsOverlap = block.headerIndex < other.endIndex && other.headerIndex < block.endIndex;
  const columnsOverlap = block.columnOffset < other.columnOffset + other.headers.length && other.columnOffset < block.columnOffset + block.headers.length;
  return rowsOverlap && columnsOverlap;
}

/**
 * Returns the rows of a stage block. An Excel table's rows are all read, blank ones skipped.
 * A free block ends at its first blank row, because a short list often has notes below it.
 */
function stageRows(block: SheetBlock): StageRow[] {
  const rows: StageRow[] = [];
  for (let index = block.headerIndex + 1; index < block.endIndex; index++) {
    const values = blockRow(block, index);
    if (values.every(isBlank)) {
      if (block.tableName === undefined) break;
      continue;
    }
    rows.push({ values, sheetRow: block.sheet.firstRow + index });
  }
  return rows;
}

function readStageBlock(block: SheetBlock, columns: Map<StageColumn, number>): StageTableReadResult | null {
  const issues: DataIssue[] = [];
  const report = (row: StageRow, column: StageColumn) => {
    const index = columns.get(column)!;
    issues.push({
      code: "stageRowInvalid",
      sheet: block.sheet.name,
      row: row.sheetRow,
      column: columnLetter(sheetColumn(block, index)),
      header: block.headers[index],
      value: cellText(row.values[index]).slice(0, 100),
    });
  };
  const cell = (row: StageRow, column: StageColumn): CellValue => {
    const index = columns.get(column);
    return index === undefined ? null : row.values[index];
  };

  const rows = stageRows(block);
  const probabilities = readProbabilities(rows.map((row) => cell(row, "probability")));
  const stages: StageDefinition[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const name = cellText(cell(row, "stage")).trim();
    const kind = kindFromStatus(cellText(cell(row, "kind")));
    if (name === "" || seen.has(normalizeStageName(name))) return report(row, "stage");
    if (kind === null) return report(row, "kind");
    seen.add(normalizeStageName(name));

    if (probabilities.invalid.has(i)) report(row, "probability");
    const stallDays = parseStallDays(cell(row, "stallDays"));
    if (Number.isNaN(stallDays)) report(row, "stallDays");
    stages.push(stageDefinition(name, kind, probabilities.values[i], Number.isNaN(stallDays) ? DEFAULT_STALL_DAYS : stallDays));
  });

  // A block with stage and type headers whose rows are mostly not stages is some other
  // table (a deals list with a deal type column), not a stage table.
  if (stages.length === 0 || stages.length * 2 < rows.length) return null;
  return { preset: { id: WORKBOOK_PRESET_ID, stages }, sheet: block.sheet.name, tableName: block.tableName ?? null, issues };
}

/** Reads the probability column by the same rule as the deals table: all within 0..1 are fractions, else percents. */
function readProbabilities(cells: CellValue[]): { values: Float64Array; invalid: Set<number> } {
  const values = new Float64Array(cells.length).fill(NaN);
  const percentSign = new Uint8Array(cells.length);
  const invalid = new Set<number>();
  cells.forEach((value, i) => {
    if (isBlank(value)) return;
    const parsed = parseProbabilityCell(value);
    if (Number.isNaN(parsed.number)) invalid.add(i);
    values[i] = parsed.number;
    percentSign[i] = parsed.percentSign ? 1 : 0;
  });
  for (const index of scaleProbabilityColumn(values, percentSign)) invalid.add(index);
  return { values, invalid };
}

/** Parses stall days: a whole number 0 or more, the default when blank, and NaN when invalid. */
function parseStallDays(value: CellValue): number {
  if (isBlank(value)) return DEFAULT_STALL_DAYS;
  const days = parseAmount(value);
  return Number.isInteger(days) && days >= 0 ? days : NaN;
}

/** Won and lost stages are certain whatever probability the table gives, and deferred deals count as zero. */
function stageDefinition(name: string, kind: DealKind, probability: number, stallDays: number): StageDefinition {
  if (kind === "won") return { name, aliases: [], kind, probability: 1, stallDays };
  if (kind === "lost" || kind === "deferred") return { name, aliases: [], kind, probability: 0, stallDays };
  return { name, aliases: [], kind, probability, stallDays };
}
