/**
 * Reading a quota table: rows of owner (blank for the whole team), period and amount.
 */
import { columnLetter, normalizeHeader } from "./headers";
import { cellText, isBlank, parseAmount, parseDate, toHalfWidth } from "./values";
import { dayFromParts, daysInMonth } from "../dates";
import type { CellValue, DataIssue, QuotaEntry, ReadOptions, SheetGrid } from "../types";

const QUOTA_HEADERS: Record<"owner" | "period" | "start" | "end" | "amount" | "parent", string[]> = {
  owner: ["Owner", "Goal Owner", "Sales Rep", "Salesperson", "Rep", "负责人", "销售", "销售代表", "目标负责人"],
  // In Dynamics 365 goals, a goal without a parent goal is the team's, even though a person owns it.
  parent: ["Parent Goal", "上级目标"],
  period: ["Period", "Quarter", "Month", "Year", "Fiscal Period", "期间", "周期", "季度", "月份", "年度"],
  start: ["Start", "Start Date", "From", "开始日期", "起始日期"],
  end: ["End", "End Date", "To", "结束日期", "截止日期"],
  amount: ["Quota", "Quota Amount", "Target", "Sales Target", "Goal", "配额", "销售配额", "目标", "销售目标", "指标"],
};

type QuotaColumn = keyof typeof QUOTA_HEADERS;

function quotaColumns(headers: string[]): Map<QuotaColumn, number> {
  const found = new Map<QuotaColumn, number>();
  headers.forEach((header, index) => {
    const key = normalizeHeader(header.replace(/[（(][^）)]*[）)]\s*$/, ""));
    for (const [column, names] of Object.entries(QUOTA_HEADERS) as [QuotaColumn, string[]][]) {
      if (!found.has(column) && names.some((name) => normalizeHeader(name) === key)) found.set(column, index);
    }
  });
  return found;
}

/**
 * Parses a period written as a year ("2026"), a quarter ("2026-Q2", "2026Q2", "Q2 2026",
 * "2026年第2季度") or a month ("2026-05", "2026年5月") into first and last day numbers.
 * Quarters are calendar quarters, except "FY2027" and "FY2027-Q1", which follow the fiscal
 * year that starts in `fiscalYearStartMonth`. Returns null when the text is not a period.
 */
export function parsePeriodText(value: CellValue, fiscalYearStartMonth = 1): { start: number; end: number } | null {
  const text = toHalfWidth(cellText(value)).replace(/\s+/g, "").toUpperCase();
  const fiscal = /^FY(\d{4})(?:[-/]?Q([1-4]))?$/.exec(text);
  if (fiscal && fiscalYearStartMonth !== 1) return fiscalPeriod(Number(fiscal[1]), fiscal[2] ? Number(fiscal[2]) : null, fiscalYearStartMonth);
  if (fiscal?.[2]) return fiscalPeriod(Number(fiscal[1]), Number(fiscal[2]), 1);
  let match = /^(?:FY)?(\d{4})(?:年(?:度)?)?$/.exec(text);
  if (match) {
    const year = Number(match[1]);
    return { start: dayFromParts(year, 1, 1), end: dayFromParts(year, 12, 31) };
  }
  const yearFirst = /^(\d{4})(?:年)?[-/]?(?:Q|第)([1-4])(?:季度?)?$/.exec(text);
  const quarterFirst = /^Q([1-4])[-/]?(\d{4})$/.exec(text);
  if (yearFirst || quarterFirst) {
    const year = Number(yearFirst ? yearFirst[1] : quarterFirst![2]);
    const quarter = Number(yearFirst ? yearFirst[2] : quarterFirst![1]);
    const firstMonth = (quarter - 1) * 3 + 1;
    return { start: dayFromParts(year, firstMonth, 1), end: dayFromParts(year, firstMonth + 2, daysInMonth(year, firstMonth + 2)) };
  }
  match = /^(\d{4})(?:[-/.]|年)(\d{1,2})月?$/.exec(text);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    if (month < 1 || month > 12) return null;
    return { start: dayFromParts(year, month, 1), end: dayFromParts(year, month, daysInMonth(year, month)) };
  }
  return null;
}

/**
 * Days of a fiscal year, or of one of its quarters. A fiscal year that starts after January
 * is named after the calendar year it ends in, as the report periods are.
 *
 * @example fiscalPeriod(2027, 1, 4) // 2026-04-01 .. 2026-06-30
 */
function fiscalPeriod(fiscalYear: number, quarter: number | null, startMonth: number): { start: number; end: number } {
  const startYear = startMonth === 1 ? fiscalYear : fiscalYear - 1;
  const firstMonthIndex = startMonth - 1 + (quarter === null ? 0 : (quarter - 1) * 3);
  const monthCount = quarter === null ? 12 : 3;
  const dayOfMonthStart = (monthIndex: number) => dayFromParts(startYear + Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 1);
  return { start: dayOfMonthStart(firstMonthIndex), end: dayOfMonthStart(firstMonthIndex + monthCount) - 1 };
}

export interface QuotasReadResult {
  entries: QuotaEntry[];
  sheet: string | null;
  issues: DataIssue[];
}

/** Finds a quota table on any sheet and reads its rows; entries are empty when there is none. */
export function readQuotas(sheets: SheetGrid[], options: ReadOptions): QuotasReadResult {
  for (const sheet of sheets) {
    const limit = Math.min(sheet.rows.length, 30);
    for (let headerIndex = 0; headerIndex < limit; headerIndex++) {
      const headers = (sheet.rows[headerIndex] ?? []).map(cellText);
      const columns = quotaColumns(headers);
      const hasPeriod = columns.has("period") || (columns.has("start") && columns.has("end"));
      if (!columns.has("amount") || !hasPeriod) continue;
      return { sheet: sheet.name, ...readQuotaRows(sheet, headerIndex, headers, columns, options) };
    }
  }
  return { entries: [], sheet: null, issues: [] };
}

function readQuotaRows(sheet: SheetGrid, headerIndex: number, headers: string[], columns: Map<QuotaColumn, number>, options: ReadOptions) {
  const entries: QuotaEntry[] = [];
  const issues: DataIssue[] = [];
  const issue = (code: DataIssue["code"], row: number, column: QuotaColumn, value: CellValue) => {
    const index = columns.get(column) ?? 0;
    issues.push({ code, sheet: sheet.name, row, column: columnLetter(sheet.firstColumn + index), header: headers[index] ?? "", value: cellText(value).slice(0, 100) });
  };

  for (let index = headerIndex + 1; index < sheet.rows.length; index++) {
    const values = sheet.rows[index] ?? [];
    if (values.every(isBlank)) continue;
    const sheetRow = sheet.firstRow + index;
    const at = (column: QuotaColumn): CellValue => (columns.has(column) ? values[columns.get(column)!] : null);

    if (isBlank(at("amount"))) {
      issue("quotaMissing", sheetRow, "amount", at("amount"));
      continue;
    }
    const amount = parseAmount(at("amount"));
    if (Number.isNaN(amount) || amount < 0) {
      issue("quotaInvalid", sheetRow, "amount", at("amount"));
      continue;
    }
    let range = columns.has("period") && !isBlank(at("period")) ? parsePeriodText(at("period"), options.fiscalYearStartMonth ?? 1) : null;
    if (!range && columns.has("start") && columns.has("end")) {
      const start = parseDate(at("start"), { date1904: options.date1904 });
      const end = parseDate(at("end"), { date1904: options.date1904 });
      if (!Number.isNaN(start) && !Number.isNaN(end) && end >= start) range = { start, end };
    }
    if (!range) {
      issue("quotaPeriodInvalid", sheetRow, columns.has("period") ? "period" : "start", at(columns.has("period") ? "period" : "start"));
      continue;
    }
    const isTeamGoal = columns.has("parent") && isBlank(at("parent"));
    const owner = isTeamGoal ? "" : cellText(at("owner"));
    entries.push({ owner, start: range.start, end: range.end, amount, sheet: sheet.name, row: sheetRow });
  }
  return { entries, issues };
}
