/**
 * Finding deal fields by column header: English, Chinese and the export names of common
 * CRMs, compared without case, spaces, underscores or punctuation.
 */
import type { DealField } from "../types";

/**
 * Header names per field, most specific first. The first field whose list contains a
 * header wins that column, so "Close Date" maps to `close`, not to `actualClose`.
 */
export const HEADER_NAMES: Record<DealField, string[]> = {
  id: ["Opportunity ID", "Opportunity_ID", "Deal ID", "Record ID", "Id", "ID", "商机编号", "商机ID", "编号", "商机编码"],
  name: ["Opportunity Name", "Deal Name", "Name", "Topic", "Deal Title", "Title", "商机名称", "项目名称", "名称"],
  account: ["Account", "Account Name", "Company", "Company Name", "Customer", "Customer Name", "Potential Customer", "Organization", "客户", "客户名称", "公司名称"],
  owner: ["Owner", "Opportunity Owner", "Deal Owner", "Sales Rep", "Salesperson", "Sales Agent", "sales_agent", "Owner Name", "OwnerId", "负责人", "销售", "销售代表", "所有者", "跟进人"],
  stage: ["Stage", "Deal Stage", "deal_stage", "dealstage", "StageName", "Stage Name", "Sales Stage", "Pipeline Phase", "Pipeline Stage", "阶段", "商机阶段", "销售阶段"],
  status: ["Status", "Deal Status", "Opportunity Status", "State", "商机状态", "状态"],
  isWon: ["IsWon", "Won", "是否赢单"],
  isClosed: ["IsClosed", "Closed", "是否关闭"],
  amount: ["Amount", "Value", "Deal Value", "Deal Amount", "Opportunity Amount", "close_value", "Est. Revenue", "Estimated Revenue", "Expected Revenue Amount", "Sales Amount", "ACV", "金额", "商机金额", "预计金额", "合同金额"],
  probability: ["Probability", "Probability (%)", "Win %", "Win Probability", "Deal Probability", "hs_deal_stage_probability", "赢率", "成交概率", "赢单率", "概率"],
  created: ["Created Date", "Create Date", "Created On", "Created", "CreatedDate", "createdate", "engage_date", "Engage Date", "Deal Created", "创建日期", "创建时间"],
  close: ["Close Date", "Expected Close", "Expected Close Date", "Est. Close Date", "Estimated Close Date", "CloseDate", "closedate", "close_date", "Closed Date", "Expected close date", "预计成交日期", "预计达成时间", "预计签约日期", "成交日期", "结单日期"],
  actualClose: ["Actual Close Date", "Won Time", "Close Time", "实际成交日期", "实际签约日期"],
  lastActivity: ["Last Activity", "Last Activity Date", "LastActivityDate", "notes_last_updated", "Last Contacted", "最近跟进时间", "最后活动日期", "最后跟进时间", "最近活动日期"],
  stageEntered: ["Stage Entered", "Stage Entered Date", "Stage Change Date", "Last Stage Change Date", "Days in stage source", "进入阶段日期", "阶段变更日期"],
  pushCount: ["Push Count", "Close Date Changes", "Pushed Count", "推迟次数"],
  nextStep: ["Next Step", "NextStep", "Next Steps", "下一步", "下一步计划"],
};

/** Lower case with spaces, underscores, dots, hyphens and brackets of both widths removed. */
export function normalizeHeader(header: string): string {
  return header
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_.\-:/()（）[\]【】%#]+/g, "");
}

/** Unit written in a header, such as "预计金额（万元）" or "Amount (k)": the factor to apply to numbers. */
export function headerScale(header: string): number {
  const text = header.normalize("NFKC");
  if (/\((?:万元|万|万人民币)\)/.test(text) || /万元$/.test(text)) return 1e4;
  if (/\((?:亿元|亿)\)/.test(text)) return 1e8;
  if (/\((?:千元|千|k|K|000s|'000)\)/.test(text)) return 1e3;
  if (/\((?:百万|m|M|mm|MM|millions?)\)/.test(text)) return 1e6;
  return 1;
}

/** Header without a trailing unit in brackets, so "预计金额（万元）" is found as "预计金额". */
function stripUnit(header: string): string {
  return header.normalize("NFKC").replace(/\([^)]*\)\s*$/, "");
}

const LOOKUP: Map<string, { field: DealField; rank: number }> = (() => {
  const map = new Map<string, { field: DealField; rank: number }>();
  for (const [field, names] of Object.entries(HEADER_NAMES) as [DealField, string[]][]) {
    names.forEach((name, rank) => {
      const key = normalizeHeader(name);
      if (!map.has(key)) map.set(key, { field, rank });
    });
  }
  return map;
})();

/**
 * Returns the field a header names and how specific the name is (0 = the field's first
 * name), or null when the header is not a known name.
 *
 * @example fieldForHeader("Est. close date") // { field: "close", rank: 3 }
 * @example fieldForHeader("预计金额（万元）") // { field: "amount", rank: 12 }
 */
export function fieldForHeader(header: string): { field: DealField; rank: number } | null {
  const exact = LOOKUP.get(normalizeHeader(header));
  if (exact) return exact;
  const withoutUnit = normalizeHeader(stripUnit(header));
  return withoutUnit === "" ? null : (LOOKUP.get(withoutUnit) ?? null);
}

/**
 * Maps a header row to fields: each field takes the column whose header names it most
 * specifically, and each column serves at most one field. `overrides` (field to 0-based
 * column index) come from the user and win over every guess.
 */
export function mapHeaders(headers: string[], overrides: Partial<Record<DealField, number>> = {}): Map<DealField, number> {
  const mapping = new Map<DealField, number>();
  const used = new Set<number>();
  for (const [field, index] of Object.entries(overrides) as [DealField, number][]) {
    if (index >= 0 && index < headers.length) {
      mapping.set(field, index);
      used.add(index);
    }
  }

  const candidates: { field: DealField; rank: number; index: number }[] = [];
  headers.forEach((header, index) => {
    if (used.has(index)) return;
    const found = fieldForHeader(header);
    if (found) candidates.push({ ...found, index });
  });
  candidates.sort((a, b) => a.rank - b.rank || a.index - b.index);

  for (const candidate of candidates) {
    if (mapping.has(candidate.field) || used.has(candidate.index)) continue;
    mapping.set(candidate.field, candidate.index);
    used.add(candidate.index);
  }
  return mapping;
}

/** Column letters as Excel shows them: 0 is "A", 26 is "AA". */
export function columnLetter(index: number): string {
  let letters = "";
  let remaining = index + 1;
  while (remaining > 0) {
    const digit = (remaining - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    remaining = Math.floor((remaining - 1) / 26);
  }
  return letters;
}
