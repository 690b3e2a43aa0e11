/**
 * Reading a stage-history table: one row per stage change of a deal, such as Salesforce's
 * OpportunityHistory export or a hand-kept change log.
 *
 * | OpportunityId | StageName | CreatedDate |
 * |---|---|---|
 * | 006A | Prospecting | 02/24/26 02:15 AM |
 * | 006A | Closed Lost | 02/24/26 02:20 AM |
 *
 * Rows come in no guaranteed order, so each deal's rows are sorted by date and time of day.
 * A row without a deal id, a stage or a readable date is left out and counted in
 * `skippedRows`. A missing stage becomes a `stageMissing` issue, and a blank or unreadable
 * date a `dateInvalid` issue.
 */
import { columnLetter, normalizeHeader } from "./headers";
import { blockRow, freeBlocks, isStageHistory, sheetColumn, tableBlocks, type SheetBlock } from "./locate";
import { normalizeStageName } from "./stages";
import { cellText, detectDateOrder, isBlank, isCellError, parseDate, toHalfWidth } from "./values";
import type { CellValue, DataIssue, IssueCode, ReadOptions, SheetGrid } from "../types";

type HistoryRole = "dealId" | "stage" | "date";

/**
 * Header names per role, most specific first. The row `Id` of Salesforce's history is not
 * a deal id, and its `CloseDate` and `SystemModstamp` are not the change date, so none of
 * them is listed.
 */
const HISTORY_HEADERS: Record<HistoryRole, string[]> = {
  dealId: ["OpportunityId", "Opportunity ID", "Deal ID", "Deal Id", "商机编号", "商机ID", "商机编码"],
  stage: ["StageName", "Stage", "ToStage", "To Stage", "New Stage", "阶段", "新阶段", "变更后阶段"],
  date: ["CreatedDate", "Changed", "Changed Date", "Change Date", "Changed On", "Date", "变更时间", "变更日期", "日期"],
};

const ROLES = Object.keys(HISTORY_HEADERS) as HistoryRole[];

/** The stage path of one deal. */
export interface DealStageHistory {
  /** Distinct stage names as written, in the order the deal first entered them. */
  stages: string[];
  /** Day number of the deal's latest stage change. */
  lastChange: number;
}

export interface StageHistoryReadResult {
  sheet: string;
  /** Name of the Excel table, when the history is one. */
  tableName: string | null;
  /** Rows read into `byDeal`. */
  entries: number;
  /** Non-blank rows left out for a missing deal id, stage or date. */
  skippedRows: number;
  /** Stage path per deal id, the id as written in the history (trimmed). */
  byDeal: Map<string, DealStageHistory>;
  issues: DataIssue[];
}

interface HistoryEntry {
  dealId: string;
  stage: string;
  day: number;
  /** Fraction of the day (0 ≤ time < 1), used only to order changes made on the same day. */
  time: number;
  order: number;
}

/**
 * Finds and reads the stage history of a workbook: the first Excel table, then the first
 * free block, whose headers name a deal id, a stage and a change date. The block must also
 * be one that `isStageHistory` recognises or have no other column, so that a deals table
 * is never read as history. Returns null when no sheet has one.
 *
 * @example readStageHistory([sheetGrid("History", [["Deal ID", "Stage", "Changed"], ["D1", "Lead", "2026-03-02"], ["D1", "Qualified", "2026-03-09"]])], options)
 * // { sheet: "History", entries: 2, byDeal: Map { "D1" => { stages: ["Lead", "Qualified"], lastChange: day of 2026-03-09 } }, … }
 */
export function readStageHistory(sheets: SheetGrid[], options: ReadOptions): StageHistoryReadResult | null {
  const blocks = [...sheets.flatMap(tableBlocks), ...sheets.flatMap((sheet) => freeBlocks(sheet))];
  for (const block of blocks) {
    const columns = historyColumns(block.headers);
    if (columns.size < ROLES.length) continue;
    const onlyHistoryColumns = block.headers.length === ROLES.length;
    if (!onlyHistoryColumns && !isStageHistory(block.headers)) continue;
    return readHistoryBlock(block, columns, options);
  }
  return null;
}

/** Maps each role to the column whose header names it most specifically, using each column for one role at most. */
function historyColumns(headers: string[]): Map<HistoryRole, number> {
  const keys = headers.map(normalizeHeader);
  const found = new Map<HistoryRole, number>();
  const used = new Set<number>();
  for (const role of ROLES) {
    for (const name of HISTORY_HEADERS[role]) {
      const index = keys.findIndex((key, i) => key === normalizeHeader(name) && !used.has(i));
      if (index < 0) continue;
      found.set(role, index);
      used.add(index);
      break;
    }
  }
  return found;
}

function readHistoryBlock(block: SheetBlock, columns: Map<HistoryRole, number>, options: ReadOptions): StageHistoryReadResult {
  const issues: DataIssue[] = [];
  const report = (code: IssueCode, sheetRow: number, role: HistoryRole, value: CellValue) => {
    const index = columns.get(role)!;
    issues.push({
      code,
      sheet: block.sheet.name,
      row: sheetRow,
      column: columnLetter(sheetColumn(block, index)),
      header: block.headers[index],
      value: cellText(value).slice(0, 100),
    });
  };

  const rows: { values: CellValue[]; sheetRow: number }[] = [];
  for (let index = block.headerIndex + 1; index < block.endIndex; index++) {
    const values = blockRow(block, index);
    if (!values.every(isBlank)) rows.push({ values, sheetRow: block.sheet.firstRow + index });
  }
  const dateIndex = columns.get("date")!;
  const dateOrder = detectDateOrder(
    rows.map((row) => row.values[dateIndex]),
    options.locale,
  );

  // Cell errors such as #N/A are reported once per cell and then read as blank.
  const valueOf = (row: { values: CellValue[]; sheetRow: number }, role: HistoryRole): CellValue => {
    const value = row.values[columns.get(role)!];
    if (!isCellError(value)) return value;
    report("cellError", row.sheetRow, role, value);
    return null;
  };

  const entries: HistoryEntry[] = [];
  rows.forEach((row, order) => {
    const dealId = cellText(valueOf(row, "dealId"));
    const stage = cellText(valueOf(row, "stage"));
    const rawDate = valueOf(row, "date");
    const day = parseDate(rawDate, { date1904: options.date1904, order: dateOrder });

    if (dealId !== "" && stage === "") report("stageMissing", row.sheetRow, "stage", "");
    if (dealId !== "" && Number.isNaN(day)) report("dateInvalid", row.sheetRow, "date", rawDate);
    if (dealId === "" || stage === "" || Number.isNaN(day)) return;
    entries.push({ dealId, stage, day, time: timeOfDay(rawDate), order });
  });

  return {
    sheet: block.sheet.name,
    tableName: block.tableName ?? null,
    entries: entries.length,
    skippedRows: rows.length - entries.length,
    byDeal: groupByDeal(entries),
    issues,
  };
}

/** Sorts the entries by date, time of day and row order, then collects each deal's distinct stages. */
function groupByDeal(entries: HistoryEntry[]): Map<string, DealStageHistory> {
  const sorted = [...entries].sort((a, b) => a.day - b.day || a.time - b.time || a.order - b.order);
  const byDeal = new Map<string, DealStageHistory>();
  const seen = new Map<string, Set<string>>();
  for (const entry of sorted) {
    let history = byDeal.get(entry.dealId);
    let stagesSeen = seen.get(entry.dealId);
    if (!history || !stagesSeen) {
      history = { stages: [], lastChange: entry.day };
      stagesSeen = new Set();
      byDeal.set(entry.dealId, history);
      seen.set(entry.dealId, stagesSeen);
    }

    history.lastChange = entry.day;
    const key = normalizeStageName(entry.stage);
    if (stagesSeen.has(key)) continue;
    stagesSeen.add(key);
    history.stages.push(entry.stage);
  }
  return byDeal;
}

const TIME_OF_DAY = /(上午|下午|am|pm)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(am|pm)?/i;

/**
 * Returns the time of day of a date cell as a fraction of the day, 0 when it has none.
 * `parseDate` drops times, but two stage changes on one day (Prospecting at 02:15 AM, then
 * Closed Lost at 02:20 AM) need them to come out in order. Time-zone offsets are ignored,
 * as `parseDate` ignores them.
 *
 * @example timeOfDay("02/24/26 02:20 AM") // (2 × 60 + 20) ÷ 1440
 * @example timeOfDay(46086.75) // 0.75 (18:00 as an Excel serial)
 */
export function timeOfDay(value: CellValue): number {
  if (typeof value === "number") return Number.isFinite(value) ? value - Math.floor(value) : 0;
  if (value instanceof Date) {
    const seconds = value.getUTCHours() * 3600 + value.getUTCMinutes() * 60 + value.getUTCSeconds();
    return Number.isNaN(seconds) ? 0 : seconds / 86_400;
  }
  if (typeof value !== "string") return 0;

  const match = TIME_OF_DAY.exec(toHalfWidth(value));
  if (!match) return 0;
  let hours = Number(match[2]);
  const minutes = Number(match[3]);
  const seconds = Number(match[4] ?? 0);
  const marker = (match[1] ?? match[5] ?? "").toLowerCase();
  const afternoon = marker === "pm" || marker === "下午";
  const morning = marker === "am" || marker === "上午";
  if (afternoon && hours < 12) hours += 12;
  if (morning && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59 || seconds > 59) return 0;
  return (hours * 3600 + minutes * 60 + seconds) / 86_400;
}
