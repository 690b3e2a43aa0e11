/**
 * Seeded synthetic pipelines with the messy cells of real workbooks, as Office.js returns
 * them from `Range.values`: numbers and strings, "" for an empty cell, dates as Excel serial
 * numbers or as text, and error values as their text ("#N/A").
 *
 * The same seed and size give the same cells on every machine. The mix of cell forms is
 * fixed by the shares below, which are rough guesses at a hand-kept workbook, not measured.
 */
import { dayFromIso, partsFromDay, serialFromDay } from "../src/engine/dates";
import { createRandom, type Random } from "./random";

/** One cell as `Range.values` returns it. */
export type OfficeCell = string | number;

/** One sheet's used range as `Range.values` returns it. */
export interface OfficeSheet {
  name: string;
  cells: OfficeCell[][];
}

export interface SyntheticPipeline {
  /** Number of data rows below the header. */
  size: number;
  /** The as-of date the report is computed for, as a day number. */
  asOf: number;
  /**
   * The deals sheet (a header row and one row per deal, 12 columns) and a small quota sheet
   * (team quota per quarter), so that the report computes coverage.
   */
  sheets: [deals: OfficeSheet, quotas: OfficeSheet];
}

const DEALS_SHEET = "商机";
const QUOTA_SHEET = "配额";

/** Headers in English and Chinese, as a bilingual hand-kept workbook has them. */
const HEADERS = [
  "Opportunity ID",
  "商机名称",
  "客户名称",
  "Owner",
  "阶段",
  "金额",
  "Probability",
  "创建日期",
  "Close Date",
  "最近跟进时间",
  "Stage Entered",
  "下一步",
] as const;

const AS_OF_ISO = "2026-06-15";

/** Stage names in both languages with their share of deals: about 55% open, 20% won, 20% lost, 5% deferred. */
const STAGES: readonly { names: readonly [string, string]; share: number }[] = [
  { names: ["Lead", "线索"], share: 0.15 },
  { names: ["Qualified", "立项"], share: 0.12 },
  { names: ["Discovery", "需求分析"], share: 0.1 },
  { names: ["Proposal", "报价"], share: 0.1 },
  { names: ["Negotiation", "谈判"], share: 0.08 },
  { names: ["Closed Won", "赢单"], share: 0.2 },
  { names: ["Closed Lost", "输单"], share: 0.2 },
  { names: ["Deferred", "延期"], share: 0.05 },
];
const OPEN_STAGE_COUNT = 5;

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"];
const GIVEN_NAMES = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰"];
const ENGLISH_OWNERS = ["Alice Chen", "Brian Wu", "Carol Li", "David Zhang", "Emma Liu", "Frank Zhou", "Grace Lin", "Henry Xu", "Ivy Sun", "Jack Ma"];
const ACCOUNT_PREFIXES = ["华东", "华南", "北方", "西部", "中科", "联合", "远景", "新星", "Acme", "Globex", "Initech", "Umbrella"];
const ACCOUNT_SUFFIXES = ["制造有限公司", "科技股份有限公司", "贸易公司", "医疗集团", "Ltd.", "Inc.", "GmbH", "Holdings"];
const PRODUCTS = ["ERP 升级", "CRM 部署", "数据平台", "Cloud migration", "Support renewal", "安全审计", "Analytics suite", "培训服务"];
const NEXT_STEPS = ["发送报价", "安排演示", "Call procurement", "确认预算", "Send contract", "技术交流", "Follow up on legal", "高层拜访"];
const ERROR_VALUES = ["#N/A", "#VALUE!", "#REF!"];

/** Share of rows whose id repeats an earlier row's id. */
const DUPLICATE_SHARE = 0.01;
/** Share of cells in every column that hold an Excel error value. */
const ERROR_SHARE = 0.002;

/**
 * Builds a pipeline of `size` deals from `seed`.
 *
 * @example generatePipeline(10_000, 1).sheets[0].cells.length // 10,001: the header and 10,000 deals
 */
export function generatePipeline(size: number, seed: number): SyntheticPipeline {
  const random = createRandom(seed);
  const asOf = dayFromIso(AS_OF_ISO);
  const owners = makeOwners();
  const accounts = makeAccounts(random, Math.max(10, Math.round(size / 20)));

  const cells: OfficeCell[][] = [[...HEADERS]];
  for (let index = 0; index < size; index++) {
    cells.push(makeDealRow(random, { index, asOf, owners, accounts }));
  }
  const sheets: SyntheticPipeline["sheets"] = [
    { name: DEALS_SHEET, cells },
    { name: QUOTA_SHEET, cells: makeQuotaCells(size) },
  ];
  return { size, asOf, sheets };
}

interface RowContext {
  index: number;
  asOf: number;
  owners: readonly string[];
  accounts: readonly string[];
}

function makeDealRow(random: Random, context: RowContext): OfficeCell[] {
  const { index, asOf } = context;
  const stageIndex = pickStage(random);
  const open = stageIndex < OPEN_STAGE_COUNT;

  const created = asOf - random.integer(5, 730);
  // Open deals close from two months ago (past due) to half a year ahead. Closed deals closed before the as-of date.
  const close = open ? asOf + random.integer(-60, 200) : Math.min(asOf, created + random.integer(5, 240));
  const lastActivity = random.integer(created, asOf);
  const stageEntered = random.integer(created, Math.max(created, Math.min(asOf, close)));

  const account = random.pick(context.accounts);
  return [
    withErrors(random, dealId(random, index)),
    withErrors(random, `${account} ${random.pick(PRODUCTS)}`),
    withErrors(random, account),
    withErrors(random, random.chance(0.02) ? "" : random.pick(context.owners)),
    withErrors(random, stageCell(random, stageIndex)),
    withErrors(random, amountCell(random)),
    withErrors(random, probabilityCell(random, stageIndex)),
    withErrors(random, dateCell(random, created, { serial: 0.6, slash: 0.25, iso: 0.1, chinese: 0 })),
    withErrors(random, dateCell(random, close, { serial: 0.6, slash: 0.2, iso: 0, chinese: 0.16 })),
    withErrors(random, dateCell(random, lastActivity, { serial: 0.75, slash: 0, iso: 0, chinese: 0 })),
    withErrors(random, dateCell(random, stageEntered, { serial: 0.6, slash: 0.1, iso: 0, chinese: 0 })),
    withErrors(random, random.chance(0.5) ? "" : random.pick(NEXT_STEPS)),
  ];
}

/** Ids are unique except for `DUPLICATE_SHARE` of rows, which repeat the id of an earlier row. */
function dealId(random: Random, index: number): string {
  const number = index > 0 && random.chance(DUPLICATE_SHARE) ? random.integer(0, index - 1) : index;
  return `OPP-${String(number + 1).padStart(7, "0")}`;
}

function pickStage(random: Random): number {
  let draw = random.next();
  for (let i = 0; i < STAGES.length; i++) {
    draw -= STAGES[i].share;
    if (draw < 0) return i;
  }
  return STAGES.length - 1;
}

/** English or Chinese stage name, with a few unknown stages and blanks. */
function stageCell(random: Random, stageIndex: number): OfficeCell {
  const draw = random.next();
  if (draw < 0.003) return "";
  if (draw < 0.008) return "待定阶段";
  const [english, chinese] = STAGES[stageIndex].names;
  return random.chance(0.5) ? english : chinese;
}

/** Mostly numbers, then "¥12,345", "1.2万" and "￥8,800.50" text, blanks and a little unreadable text. */
function amountCell(random: Random): OfficeCell {
  const yuan = random.integer(5, 2_000) * 500;
  const draw = random.next();
  if (draw < 0.72) return yuan;
  if (draw < 0.8) return `¥${yuan.toLocaleString("en-US")}`;
  if (draw < 0.9) return `${(yuan / 10_000).toFixed(1)}万`;
  if (draw < 0.95) return `￥${yuan.toLocaleString("en-US")}.50`;
  if (draw < 0.998) return "";
  return "待定";
}

/** Fractions, percent text such as "60%", and blanks that fall back to the stage's default. */
function probabilityCell(random: Random, stageIndex: number): OfficeCell {
  if (stageIndex >= OPEN_STAGE_COUNT) return "";
  const percent = random.integer(1, 9) * 10;
  const draw = random.next();
  if (draw < 0.5) return percent / 100;
  if (draw < 0.7) return `${percent}%`;
  return "";
}

interface DateShares {
  serial: number;
  slash: number;
  iso: number;
  chinese: number;
}

/** Writes a date as an Excel serial, as "2026/3/5", "2026-03-05" or "2026年3月5日", or as a blank for the rest of the draws. */
function dateCell(random: Random, day: number, shares: DateShares): OfficeCell {
  let draw = random.next();
  if ((draw -= shares.serial) < 0) return serialFromDay(day);
  const { year, month, day: dayOfMonth } = partsFromDay(day);
  if ((draw -= shares.slash) < 0) return `${year}/${month}/${dayOfMonth}`;
  if ((draw -= shares.iso) < 0) return `${year}-${String(month).padStart(2, "0")}-${String(dayOfMonth).padStart(2, "0")}`;
  if ((draw -= shares.chinese) < 0) return `${year}年${month}月${dayOfMonth}日`;
  return "";
}

function withErrors(random: Random, value: OfficeCell): OfficeCell {
  return random.chance(ERROR_SHARE) ? random.pick(ERROR_VALUES) : value;
}

function makeOwners(): string[] {
  const chinese = SURNAMES.map((surname, i) => surname + GIVEN_NAMES[i % GIVEN_NAMES.length]);
  return [...chinese, ...ENGLISH_OWNERS];
}

function makeAccounts(random: Random, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${random.pick(ACCOUNT_PREFIXES)}${random.pick(ACCOUNT_SUFFIXES)} ${i + 1}`);
}

/**
 * Team quota per quarter: 50,000 per deal of the table. This puts the coverage of the as-of
 * quarter near 3× (2.8× at 10,000 deals), so that the report computes a coverage instead
 * of finding the quota met.
 */
function makeQuotaCells(size: number): OfficeCell[][] {
  const quarterQuota = size * 50_000;
  const quarters = ["2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"];
  return [["负责人", "季度", "配额"], ...quarters.map((quarter): OfficeCell[] => ["", quarter, quarterQuota])];
}
