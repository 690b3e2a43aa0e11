/**
 * Finding deal fields by column header: English, Chinese and the export names of common
 * CRMs, compared without case, spaces, underscores or punctuation.
 */
import type { DealField } from "../types";

/**
 * Header names per field, most specific first. The first field whose list contains a
 * header wins that column, so "Close Date" maps to `close`, not to `actualClose`.
 *
 * Besides generic English and Chinese names the lists hold the export names of Salesforce
 * (report columns and Data Loader API names), HubSpot (display and internal names),
 * Pipedrive, Dynamics 365, Odoo and Chinese CRMs such as 纷享销客, 销售易, 简道云 and
 * 悟空CRM. Names that must stay unmapped: HubSpot `pipeline` and `hs_lastmodifieddate`
 * (a modification is not an activity), Pipedrive "Next activity date", Dynamics 365
 * "Status Reason" and "Actual Revenue", Salesforce "Age" (days, not a date) and
 * "Stage Duration", and 所属部门 and 输单原因.
 */
export const HEADER_NAMES: Record<DealField, string[]> = {
  id: ["Opportunity ID", "Opportunity_ID", "Deal ID", "Record ID", "Id", "ID", "hs_object_id", "商机编号", "商机ID", "编号", "商机编码"],
  name: ["Opportunity Name", "Deal Name", "Name", "Topic", "Deal Title", "Title", "Opportunity", "商机名称", "项目名称", "名称"],
  // AccountId comes last: an id is a poorer account label than a name.
  account: ["Account", "Account Name", "Company", "Company Name", "Customer", "Customer Name", "Potential Customer", "Organization", "客户", "客户名称", "公司名称", "AccountId"],
  owner: ["Owner", "Opportunity Owner", "Deal Owner", "Sales Rep", "Salesperson", "Sales Agent", "sales_agent", "Owner Name", "负责人", "销售", "销售代表", "所有者", "跟进人", "OwnerId", "hubspot_owner_id"],
  stage: ["Stage", "Deal Stage", "deal_stage", "dealstage", "StageName", "Stage Name", "Sales Stage", "Pipeline Phase", "Pipeline Stage", "阶段", "商机阶段", "销售阶段"],
  status: ["Status", "Deal Status", "Opportunity Status", "State", "商机状态", "状态"],
  isWon: ["IsWon", "Won", "Is Closed Won", "hs_is_closed_won", "是否赢单"],
  isClosed: ["IsClosed", "Closed", "hs_is_closed", "是否关闭"],
  // Salesforce's ExpectedRevenue (Amount × Probability) has the same name as Odoo's
  // Expected Revenue (the deal amount), so it ranks below every plain amount name.
  amount: [
    "Amount",
    "Value",
    "Deal Value",
    "Deal Amount",
    "Opportunity Amount",
    "close_value",
    "Est. Revenue",
    "Estimated Revenue",
    "Expected Revenue Amount",
    "Sales Amount",
    "ACV",
    "Expected Revenue",
    "金额",
    "商机金额",
    "预计金额",
    "预计成交金额",
    "合同金额",
  ],
  probability: ["Probability", "Probability (%)", "Win %", "Win Probability", "Deal Probability", "hs_deal_stage_probability", "赢率", "成交概率", "赢单率", "概率"],
  created: ["Created Date", "Create Date", "Created On", "Created", "CreatedDate", "createdate", "engage_date", "Engage Date", "Deal Created", "Creation Date", "创建日期", "创建时间"],
  close: [
    "Close Date",
    "Expected Close",
    "Expected Close Date",
    "Est. Close Date",
    "Estimated Close Date",
    "Expected Closing",
    "Closing Date",
    "Close",
    "CloseDate",
    "closedate",
    "close_date",
    "预计成交日期",
    "预计达成时间",
    "预计签约日期",
    "成交日期",
    "结单日期",
  ],
  // NOTE: each field reads one column, so a Pipedrive export with "Won time" and "Lost time"
  // but no "Deal closed on" gives lost deals their expected close date, not the lost time.
  actualClose: ["Actual Close Date", "Closed Date", "Closed On", "Deal Closed On", "Won Time", "Lost Time", "Close Time", "实际成交日期", "实际签约日期"],
  lastActivity: [
    "Last Activity",
    "Last Activity Date",
    "LastActivityDate",
    "notes_last_updated",
    "Last Contacted",
    "notes_last_contacted",
    "最近跟进时间",
    "最后活动日期",
    "最后跟进时间",
    "最近活动日期",
  ],
  stageEntered: [
    "Stage Entered",
    "Stage Entered Date",
    "Stage Change Date",
    "Last Stage Change Date",
    "Last Stage Change",
    "Last Stage Update",
    "Days in stage source",
    "进入阶段日期",
    "阶段变更日期",
    "阶段变更时间",
  ],
  pushCount: ["Push Count", "Close Date Changes", "Pushed Count", "推迟次数"],
  nextStep: ["Next Step", "NextStep", "Next Steps", "hs_next_step", "下一步", "下一步计划"],
  currency: ["Currency", "CurrencyIsoCode", "Deal Currency", "Opportunity Currency", "Currency Code", "deal_currency_code", "Currency of Value", "币种", "货币"],
};

/** Every deal field, in the order of `HEADER_NAMES`. */
export const DEAL_FIELDS = Object.keys(HEADER_NAMES) as DealField[];

/**
 * Header text chosen by the user for each field, kept by text so that it survives column
 * moves. An empty string leaves the field unmapped.
 */
export type HeaderMapping = Partial<Record<DealField, string>>;

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

/** Prefix of Pipedrive export columns: "Deal - Title", "Deal - Expected close date". */
const PIPEDRIVE_PREFIX = /^\s*deal\s+[-–—]\s+/i;

/**
 * Returns the field a header names and how specific the name is (0 = the field's first
 * name), or null when the header is not a known name.
 *
 * @example fieldForHeader("Est. close date") // { field: "close", rank: 3 }
 * @example fieldForHeader("预计金额（万元）") // { field: "amount", rank: 14 }
 * @example fieldForHeader("Deal - Expected close date") // { field: "close", rank: 2 }
 */
export function fieldForHeader(header: string): { field: DealField; rank: number } | null {
  const text = header.normalize("NFKC").replace(PIPEDRIVE_PREFIX, "");
  const exact = LOOKUP.get(normalizeHeader(text));
  if (exact) return exact;
  const withoutUnit = normalizeHeader(stripUnit(text));
  return withoutUnit === "" ? null : (LOOKUP.get(withoutUnit) ?? null);
}

/**
 * Returns the index of the first header equal to `text`: the exact text when some header
 * has it, else the first header equal after `normalizeHeader`. Returns -1 when none is.
 *
 * @example findHeader(["Deal ID", "Contract Value"], "contract value") // 1
 */
export function findHeader(headers: string[], text: string): number {
  const target = text.trim();
  if (target === "") return -1;
  const exact = headers.findIndex((header) => header.trim() === target);
  if (exact >= 0) return exact;
  const key = normalizeHeader(target);
  if (key === "") return -1;
  return headers.findIndex((header) => normalizeHeader(header) === key);
}

/**
 * Maps a header row to fields: each field takes the column whose header names it most
 * specifically, and each column serves at most one guessed field. A header the user chose
 * in `chosen` wins over every guess, and "" keeps a field unmapped. A chosen header that no
 * column has leaves the field to the guess; the caller reports it (see `findHeader`).
 */
export function mapHeaders(headers: string[], chosen: HeaderMapping = {}): Map<DealField, number> {
  const mapping = new Map<DealField, number>();
  const used = new Set<number>();
  const unmapped = new Set<DealField>();
  for (const [field, text] of Object.entries(chosen) as [DealField, string | undefined][]) {
    if (text === undefined) continue;
    if (text.trim() === "") {
      unmapped.add(field);
      continue;
    }
    const index = findHeader(headers, text);
    if (index >= 0) {
      mapping.set(field, index);
      used.add(index);
    }
  }

  const candidates: { field: DealField; rank: number; index: number }[] = [];
  headers.forEach((header, index) => {
    if (used.has(index)) return;
    const found = fieldForHeader(header);
    if (found && !unmapped.has(found.field)) candidates.push({ ...found, index });
  });
  candidates.sort((a, b) => a.rank - b.rank || a.index - b.index);

  for (const candidate of candidates) {
    if (mapping.has(candidate.field) || used.has(candidate.index)) continue;
    mapping.set(candidate.field, candidate.index);
    used.add(candidate.index);
  }

  // A table with a closed date but no expected close date ("Closed Date" in a hand-kept
  // sheet, Odoo without "Expected Closing") reads it as the close date, so that open deals
  // keep a date written there. Actual close dates count only for won and lost deals.
  const closeGuessed = chosen.close === undefined && chosen.actualClose === undefined;
  const actualClose = mapping.get("actualClose");
  if (closeGuessed && actualClose !== undefined && !mapping.has("close")) {
    mapping.set("close", actualClose);
    mapping.delete("actualClose");
  }
  return mapping;
}

/** The CRM a deals table was probably exported from, judged by its header names. */
export type CrmGuess = "salesforce" | "hubspot" | "pipedrive" | "dynamics365" | "odoo" | "chinese" | "unknown";

/**
 * Header names that only one CRM's exports use. Names shared by several CRMs or common
 * in hand-kept sheets (Amount, Stage, Close Date, Created On, Probability) are left out.
 */
const CRM_HEADERS: Record<Exclude<CrmGuess, "unknown">, string[]> = {
  salesforce: ["StageName", "IsWon", "IsClosed", "OwnerId", "AccountId", "ForecastCategoryName", "LastActivityDate", "Opportunity Name", "Opportunity Owner", "Stage Duration", "Fiscal Period", "Last Stage Change Date"],
  hubspot: [
    "dealname",
    "dealstage",
    "createdate",
    "pipeline",
    "hs_lastmodifieddate",
    "notes_last_contacted",
    "notes_last_updated",
    "hubspot_owner_id",
    "hs_deal_stage_probability",
    "hs_next_step",
    "hs_is_closed_won",
    "hs_is_closed",
    "hs_object_id",
    "Deal owner",
    "Record ID",
    "Last Contacted",
  ],
  pipedrive: ["Deal created", "Won time", "Lost time", "Next activity date", "Currency of Value", "Organization", "Last stage change", "Deal closed on"],
  dynamics365: ["Topic", "Est. Revenue", "Est. Close Date", "Pipeline Phase", "Status Reason", "Actual Revenue", "Actual Close Date", "Potential Customer", "Sales Stage"],
  odoo: ["Opportunity", "Expected Revenue", "Salesperson", "Expected Closing", "Last Stage Update"],
  chinese: ["商机名称", "客户名称", "销售阶段", "商机阶段", "预计成交金额", "商机金额", "预计成交日期", "结单日期", "赢率", "负责人", "所属部门", "创建时间", "最后跟进时间", "阶段变更时间", "输单原因", "商机状态"],
};

const CRM_LOOKUP: Map<string, Exclude<CrmGuess, "unknown">> = (() => {
  const map = new Map<string, Exclude<CrmGuess, "unknown">>();
  for (const [crm, names] of Object.entries(CRM_HEADERS) as [Exclude<CrmGuess, "unknown">, string[]][]) {
    for (const name of names) map.set(normalizeHeader(name), crm);
  }
  return map;
})();

/**
 * Guesses the CRM of a header row: the CRM with the most headers of its own, when it has
 * at least two and no other CRM has as many. A Pipedrive "Deal - " prefix counts for
 * Pipedrive.
 *
 * @example guessCrm(["Id", "StageName", "Amount", "IsWon"]) // "salesforce"
 * @example guessCrm(["Stage", "Amount"]) // "unknown"
 */
export function guessCrm(headers: string[]): CrmGuess {
  const scores = new Map<CrmGuess, number>();
  for (const header of headers) {
    const crm = PIPEDRIVE_PREFIX.test(header) ? "pipedrive" : CRM_LOOKUP.get(normalizeHeader(stripUnit(header)));
    if (crm) scores.set(crm, (scores.get(crm) ?? 0) + 1);
  }

  let best: CrmGuess = "unknown";
  let bestScore = 1;
  let tied = false;
  for (const [crm, score] of scores) {
    if (score > bestScore) {
      best = crm;
      bestScore = score;
      tied = false;
    } else if (score === bestScore && best !== "unknown") {
      tied = true;
    }
  }
  return tied ? "unknown" : best;
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
