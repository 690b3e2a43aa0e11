/**
 * Writes assets/demo-pipeline.xlsx, the synthetic demo workbook that the preview opens on
 * start. Run with `npx tsx scripts/make-demo-workbook.ts`.
 *
 * Every company, person and deal is generated from the word lists below by a seeded PRNG,
 * so each run writes the same bytes. The data is anchored on the as-of date 2026-12-01.
 *
 * Messy cells planted on purpose in sheet 商机, at these addresses for DEMO_SEED (the asset
 * test checks each one, so it fails when a change moves them):
 *   F65   amount as text "¥85,000", read as 85,000
 *   I66   expected close as text "2026年11月5日", read as 2026-11-05
 *   D76   owner left blank
 *   B91   deal name '=HYPERLINK("http://x")' stored as text, not as a formula
 *   F96   amount as text "12.5万", read as 125,000
 *   F131  amount as text "RMB 300,000", read as 300,000
 *   G144  probability as text "60%", read as 0.6
 *   E156  unknown stage "待定": issue stageUnknown, and the deal counts as open
 *   F178  amount "abc": issue amountInvalid
 *   A186  stale copy of the deal in row 187 with the same 商机编号 and an older amount: issue duplicateId
 *   202   blank row inside the table
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
// jszip rewrites the archive with fixed entry dates.
// NOTE: package.json does not list jszip. It resolves because exceljs 4.4.0 depends on it.
import JSZip from "jszip";

export const DEMO_SEED = 20261201;
export const DEMO_AS_OF = "2026-12-01";

/** Sheet names and the deals table's headers, in column order (A to K). */
export const DEALS_SHEET = "商机";
export const QUOTAS_SHEET = "配额";
export const README_SHEET = "说明";
export const DEALS_HEADERS = ["商机编号", "商机名称", "客户名称", "负责人", "商机阶段", "商机金额", "赢率", "创建日期", "预计成交日期", "最近跟进时间", "下一步"] as const;

/**
 * Deals generated per stage of the product's default pipeline: 120 open with fewer at later
 * stages, then 60 won, 40 lost and 10 deferred.
 */
const OPEN_STAGE_COUNTS: [string, number][] = [
  ["线索", 32],
  ["资格确认", 28],
  ["需求分析", 25],
  ["方案报价", 20],
  ["谈判", 15],
];
const CLOSED_STAGE_COUNTS: [string, number][] = [
  ["赢单", 60],
  ["输单", 40],
  ["延期", 10],
];

/** Default probabilities of the open stages, used only to keep written probabilities near them. */
const STAGE_PROBABILITY: Record<string, number> = { 线索: 0.1, 资格确认: 0.2, 需求分析: 0.4, 方案报价: 0.6, 谈判: 0.8 };

export const SALES_REPS = ["王建国", "李娜", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "周敏"];
/** Relative number of deals each rep owns, in the order of SALES_REPS. */
const REP_WEIGHTS = [1.3, 1.2, 1.1, 1, 1, 0.9, 0.8, 0.7];

const CITIES = ["华东", "华南", "华北", "西南", "江苏", "浙江", "苏州", "杭州", "宁波", "无锡", "常州", "深圳", "东莞", "佛山", "广州", "成都", "重庆", "武汉", "长沙", "合肥", "青岛", "济南", "天津", "厦门", "南京", "郑州", "西安", "昆山"];
const BRANDS = ["恒拓", "瑞森", "嘉远", "博川", "鼎辰", "华晟", "天越", "铭泰", "众诚", "宏展", "科润", "远图", "锐达", "新澜", "中驰", "德丰", "凯越", "盛禾", "联拓", "泽川"];
const INDUSTRIES = ["精密制造", "智能装备", "新材料", "汽车零部件", "电子科技", "医药", "食品", "物流", "化工", "环保科技", "新能源", "纺织", "建材", "家居", "光电", "半导体", "供应链管理", "机械", "包装材料", "冷链"];
const COMPANY_SUFFIXES = ["有限公司", "有限公司", "有限公司", "股份有限公司", "集团有限公司"];
const ACCOUNT_COUNT = 90;

const PROJECTS = [
  "ERP 升级项目", "ERP 新实施", "MES 一期实施", "MES 二期扩展", "CRM 系统采购", "CRM 续约及扩容", "WMS 仓储管理系统",
  "SRM 供应商协同平台", "BI 数据分析平台", "数据中台建设", "OA 协同办公续约", "HR SaaS 年度订阅", "财务共享中心",
  "PLM 产品生命周期管理", "QMS 质量管理系统", "设备物联网平台", "APS 高级排程", "年度运维服务续约", "私有化部署升级",
  "移动端销售助手", "电子签章集成", "供应链可视化平台", "低代码平台采购", "信息安全加固项目",
];

const NEXT_STEPS: Record<string, string[]> = {
  线索: ["首次电话沟通", "发送产品资料", "约见信息部负责人", "确认采购意向"],
  资格确认: ["确认预算与决策人", "了解现有系统情况", "安排线上演示", "确认立项时间"],
  需求分析: ["需求调研会", "现场调研产线", "整理需求清单", "技术交流会"],
  方案报价: ["提交方案书", "发送报价单", "方案答疑", "POC 测试"],
  谈判: ["商务谈判", "合同评审", "法务审核合同条款", "等待客户盖章"],
  赢单: ["已签约，移交实施团队", "跟进首期回款", "安排项目启动会"],
  输单: ["复盘丢单原因", "半年后回访", ""],
  延期: ["客户预算冻结，明年一季度回访", "等待客户组织调整后重启", "客户暂停信息化投入"],
};

/**
 * Months in which open deals are expected to close, 2026-10 to 2027-06, with a weight per
 * stage: later stages close sooner.
 */
const OPEN_CLOSE_MONTHS: [number, number][] = [
  [2026, 10], [2026, 11], [2026, 12], [2027, 1], [2027, 2], [2027, 3], [2027, 4], [2027, 5], [2027, 6],
];
const OPEN_CLOSE_WEIGHTS: Record<string, number[]> = {
  线索: [0.5, 0.5, 3, 4, 4, 5, 5, 6, 5],
  资格确认: [0.5, 1, 5, 5, 4, 5, 4, 4, 3],
  需求分析: [1, 1.5, 8, 5, 4, 4, 3, 2, 2],
  方案报价: [1.5, 2, 12, 5, 3, 3, 2, 1, 1],
  谈判: [2, 3, 15, 4, 2, 2, 1, 0, 0],
};
/** Weights of the 2026 months (January to November) in which won and lost deals closed: more in Q3 and Q4. */
const CLOSED_MONTH_WEIGHTS = [3, 3, 5, 4, 5, 6, 6, 7, 8, 8, 7];
/** Months (2026) whose expected close date the deferred deals missed. */
const DEFERRED_MONTHS = [5, 6, 7, 8, 9, 10, 11];

/**
 * Latest expected close of an open deal: a deal created at least 3 days before the as-of
 * date and at most 200 days before its close cannot close later than this.
 */
const LAST_OPEN_CLOSE = "2027-06-15";

export interface DemoDeal {
  id: string;
  name: string;
  account: string;
  /** "" leaves the owner cell blank. */
  owner: string;
  stage: string;
  /** Amount in CNY that the row means, or null when its cell contains no readable amount. */
  amount: number | null;
  /** Fraction 0..1 written in the row. Null leaves the cell blank, so the stage default applies. */
  probability: number | null;
  /** Dates as ISO 8601 calendar days (YYYY-MM-DD). */
  created: string;
  close: string;
  lastActivity: string;
  nextStep: string;
  /** Text written in the cell in place of the value, for the planted messy cells. */
  writtenAs?: { amount?: string; probability?: string; close?: string };
}

/** One row below the header of sheet 商机: a deal, or null for a blank row. */
export type DemoRow = DemoDeal | null;

/** One row of sheet 配额: owner "" is the whole team. */
export interface DemoQuota {
  owner: string;
  period: string;
  amount: number;
}

/**
 * Team quotas per quarter and per-rep quotas for 2026-Q4 and 2027-Q1. The reps' quotas add
 * up to 110% of the team's, as sales teams over-allocate.
 */
export const DEMO_QUOTAS: DemoQuota[] = [
  { owner: "", period: "2026-Q1", amount: 4_000_000 },
  { owner: "", period: "2026-Q2", amount: 4_500_000 },
  { owner: "", period: "2026-Q3", amount: 5_000_000 },
  { owner: "", period: "2026-Q4", amount: 6_000_000 },
  { owner: "", period: "2027-Q1", amount: 5_500_000 },
  { owner: "", period: "2027-Q2", amount: 6_000_000 },
  ...repQuotas("2026-Q4", [1_000_000, 950_000, 900_000, 850_000, 800_000, 750_000, 700_000, 650_000]),
  ...repQuotas("2027-Q1", [920_000, 870_000, 820_000, 780_000, 740_000, 700_000, 640_000, 580_000]),
];

function repQuotas(period: string, amounts: number[]): DemoQuota[] {
  return SALES_REPS.map((owner, index) => ({ owner, period, amount: amounts[index] }));
}

/** Returns a mulberry32 generator: a small 32-bit PRNG of floats in [0, 1), the same sequence for the same seed. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  float(): number {
    return this.next();
  }

  /** Integer in [low, high], both ends included. */
  int(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Index drawn with probability proportional to its weight. */
  weightedIndex(weights: readonly number[]): number {
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    let target = this.next() * total;
    for (let index = 0; index < weights.length; index++) {
      target -= weights[index];
      if (target < 0) return index;
    }
    return weights.length - 1;
  }

  /** Standard normal draw (Box-Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  shuffle<T>(items: T[]): T[] {
    for (let index = items.length - 1; index > 0; index--) {
      const other = Math.floor(this.next() * (index + 1));
      [items[index], items[other]] = [items[other], items[index]];
    }
    return items;
  }
}

const MS_PER_DAY = 86_400_000;

function dayOf(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;
}

function isoOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function randomDayInMonth(random: Random, year: number, month: number, lastDay = daysInMonth(year, month)): number {
  return Date.UTC(year, month - 1, random.int(1, lastDay)) / MS_PER_DAY;
}

function makeAccounts(random: Random): string[] {
  const names = new Set<string>();
  while (names.size < ACCOUNT_COUNT) {
    names.add(random.pick(CITIES) + random.pick(BRANDS) + random.pick(INDUSTRIES) + random.pick(COMPANY_SUFFIXES));
  }
  return [...names];
}

/**
 * Draws an amount in CNY from a log-normal distribution (median 180,000), kept within
 * 20,000..2,000,000 and rounded as quotes are: to 10,000 for leads, to 1,000 otherwise.
 */
function drawAmount(random: Random, stage: string): number {
  const raw = Math.exp(Math.log(180_000) + 0.85 * random.normal());
  const bounded = Math.min(2_000_000, Math.max(20_000, raw));
  const step = stage === "线索" ? 10_000 : 1_000;
  return Math.max(20_000, Math.round(bounded / step) * step);
}

/** Probability written in the row for about one open deal in six, near the stage default. */
function drawProbability(random: Random, stage: string): number | null {
  const stageDefault = STAGE_PROBABILITY[stage];
  if (stageDefault === undefined || random.float() >= 0.17) return null;
  const shifted = stageDefault + random.int(-3, 3) * 0.05;
  return Math.round(Math.min(0.95, Math.max(0.05, shifted)) * 100) / 100;
}

interface DealDates {
  created: number;
  close: number;
  lastActivity: number;
}

function openDealDates(random: Random, stage: string, asOf: number): DealDates {
  const [year, month] = OPEN_CLOSE_MONTHS[random.weightedIndex(OPEN_CLOSE_WEIGHTS[stage])];
  const close = Math.min(randomDayInMonth(random, year, month), dayOf(LAST_OPEN_CLOSE));
  const earliest = close - 200;
  const latest = Math.min(close - 20, asOf - 3);
  const created = random.int(earliest, latest);
  const lastActivity = Math.max(created, asOf - random.int(0, 90));
  return { created, close, lastActivity };
}

function closedDealDates(random: Random, asOf: number): DealDates {
  const month = random.weightedIndex(CLOSED_MONTH_WEIGHTS) + 1;
  const close = randomDayInMonth(random, 2026, month, month === 11 ? 30 : undefined);
  const created = close - random.int(20, 200);
  const lastActivity = Math.min(asOf - 1, close + random.int(0, 10));
  return { created, close, lastActivity };
}

function deferredDealDates(random: Random, asOf: number): DealDates {
  const close = randomDayInMonth(random, 2026, random.pick(DEFERRED_MONTHS));
  const created = close - random.int(20, 200);
  const lastActivity = Math.max(created, asOf - random.int(45, 150));
  return { created, close, lastActivity };
}

function drawDates(random: Random, stage: string, asOf: number): DealDates {
  if (stage in OPEN_CLOSE_WEIGHTS) return openDealDates(random, stage, asOf);
  if (stage === "延期") return deferredDealDates(random, asOf);
  return closedDealDates(random, asOf);
}

/** Generates the clean deals, sorted by creation date and numbered in that order. */
function generateDeals(random: Random): DemoDeal[] {
  const asOf = dayOf(DEMO_AS_OF);
  const accounts = makeAccounts(random);
  const stages = random.shuffle([...OPEN_STAGE_COUNTS, ...CLOSED_STAGE_COUNTS].flatMap(([stage, count]) => new Array<string>(count).fill(stage)));

  const drafts = stages.map((stage, order) => {
    const dates = drawDates(random, stage, asOf);
    const deal: DemoDeal = {
      id: "",
      name: random.pick(PROJECTS),
      account: random.pick(accounts),
      owner: SALES_REPS[random.weightedIndex(REP_WEIGHTS)],
      stage,
      amount: drawAmount(random, stage),
      probability: drawProbability(random, stage),
      created: isoOf(dates.created),
      close: isoOf(dates.close),
      lastActivity: isoOf(dates.lastActivity),
      nextStep: random.pick(NEXT_STEPS[stage]),
    };
    return { deal, order };
  });

  drafts.sort((a, b) => a.deal.created.localeCompare(b.deal.created) || a.order - b.order);
  return drafts.map(({ deal }, index) => ({ ...deal, id: `SJ-${10001 + index}` }));
}

const isOpenStage = (stage: string) => stage in OPEN_CLOSE_WEIGHTS;
const closesInQ4 = (deal: DemoDeal) => deal.close >= "2026-10-01" && deal.close <= "2026-12-31";

/** Index of the first deal at or after `start` that matches and is not yet planted. */
function findTarget(deals: DemoDeal[], planted: Set<number>, start: number, matches: (deal: DemoDeal) => boolean): number {
  for (let index = start; index < deals.length; index++) {
    if (!planted.has(index) && matches(deals[index])) {
      planted.add(index);
      return index;
    }
  }
  throw new Error(`No deal at or after position ${start} fits this planted messy cell. Choose another start position or seed.`);
}

/**
 * Plants the messy cells listed at the top of this file into the clean deals, then adds
 * the stale duplicate row and the blank row.
 */
function plantMessyCells(deals: DemoDeal[]): DemoRow[] {
  const planted = new Set<number>();
  const edit = (start: number, matches: (deal: DemoDeal) => boolean, change: (deal: DemoDeal) => void) => {
    change(deals[findTarget(deals, planted, start, matches)]);
  };

  edit(60, (deal) => isOpenStage(deal.stage), (deal) => {
    deal.amount = 85_000;
    deal.writtenAs = { amount: "¥85,000" };
  });
  // Created by 2026-10-16, so that the new close date stays at least 20 days after creation.
  edit(64, (deal) => isOpenStage(deal.stage) && deal.created <= "2026-10-16", (deal) => {
    deal.close = "2026-11-05";
    deal.writtenAs = { close: "2026年11月5日" };
  });
  edit(72, (deal) => isOpenStage(deal.stage), (deal) => {
    deal.owner = "";
  });
  edit(89, (deal) => deal.stage === "输单", (deal) => {
    deal.name = '=HYPERLINK("http://x")';
  });
  edit(93, (deal) => isOpenStage(deal.stage) && closesInQ4(deal), (deal) => {
    deal.amount = 125_000;
    deal.writtenAs = { amount: "12.5万" };
  });
  edit(128, (deal) => deal.stage === "赢单" && closesInQ4(deal), (deal) => {
    deal.amount = 300_000;
    deal.writtenAs = { amount: "RMB 300,000" };
  });
  edit(140, (deal) => deal.stage === "需求分析" && closesInQ4(deal), (deal) => {
    deal.probability = 0.6;
    deal.writtenAs = { probability: "60%" };
  });
  edit(153, (deal) => isOpenStage(deal.stage) && deal.probability === null && closesInQ4(deal), (deal) => {
    deal.stage = "待定";
    deal.nextStep = "确认客户所属行业与负责人";
  });
  edit(170, (deal) => isOpenStage(deal.stage) && closesInQ4(deal), (deal) => {
    deal.amount = null;
    deal.writtenAs = { amount: "abc" };
  });

  const duplicated = findTarget(deals, planted, 183, (deal) => deal.stage === "方案报价" || deal.stage === "谈判");
  const current = deals[duplicated];
  const stale: DemoDeal = {
    ...current,
    amount: Math.round((current.amount! * 0.8) / 1000) * 1000,
    lastActivity: isoOf(Math.max(dayOf(current.created), dayOf(current.lastActivity) - 21)),
  };

  const rows: DemoRow[] = [...deals];
  rows.splice(duplicated, 0, stale);
  rows.splice(200, 0, null); // sheet row 202
  return rows;
}

/**
 * Returns the rows of sheet 商机 below the header, in sheet order: row i of the result is
 * sheet row i + 2. A pure function of the seed.
 */
export function demoRows(seed: number = DEMO_SEED): DemoRow[] {
  return plantMessyCells(generateDeals(new Random(seed)));
}

const FIXED_DATE = new Date(Date.UTC(2026, 11, 1));

function utcDate(iso: string): Date {
  return new Date(dayOf(iso) * MS_PER_DAY);
}

/** Cell values of one deal, in the order of DEALS_HEADERS. */
function dealCells(deal: DemoDeal): ExcelJS.CellValue[] {
  return [
    deal.id,
    deal.name,
    deal.account,
    deal.owner === "" ? null : deal.owner,
    deal.stage,
    deal.writtenAs?.amount ?? deal.amount,
    deal.writtenAs?.probability ?? deal.probability,
    utcDate(deal.created),
    deal.writtenAs?.close ?? utcDate(deal.close),
    utcDate(deal.lastActivity),
    deal.nextStep === "" ? null : deal.nextStep,
  ];
}

/** Number formats by column letter. */
const DEALS_NUMBER_FORMATS: Record<string, string> = { F: "#,##0", G: "0%", H: "yyyy-mm-dd", I: "yyyy-mm-dd", J: "yyyy-mm-dd" };
const DEALS_COLUMN_WIDTHS = [12, 26, 34, 10, 11, 14, 8, 13, 14, 14, 30];

function addDealsSheet(workbook: ExcelJS.Workbook, rows: DemoRow[]): void {
  const sheet = workbook.addWorksheet(DEALS_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addTable({
    name: "Deals",
    ref: "A1",
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: DEALS_HEADERS.map((name) => ({ name, filterButton: true })),
    rows: rows.map((row) => (row === null ? new Array(DEALS_HEADERS.length).fill(null) : dealCells(row))),
  });

  // NOTE: exceljs 4.4.0 writes a column style given to addTable as a `dxfId` attribute, which
  // the SpreadsheetML schema does not define (it has dataDxfId), so the formats go on the cells.
  rows.forEach((row, index) => {
    if (row === null) return;
    for (const [column, numFmt] of Object.entries(DEALS_NUMBER_FORMATS)) sheet.getCell(`${column}${index + 2}`).numFmt = numFmt;
  });
  DEALS_COLUMN_WIDTHS.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
}

function addQuotasSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(QUOTAS_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(["负责人", "期间", "配额"]).font = { bold: true };
  for (const quota of DEMO_QUOTAS) sheet.addRow([quota.owner === "" ? null : quota.owner, quota.period, quota.amount]);
  sheet.getColumn(1).width = 10;
  sheet.getColumn(2).width = 10;
  sheet.getColumn(3).width = 14;
  sheet.getColumn(3).numFmt = "#,##0";
}

const README_LINES = [
  "销售管道健康（Pipeline Health）示例工作簿",
  "本工作簿中的商机、客户、负责人和配额均为程序生成的虚构演示数据，不涉及任何真实的公司或个人；如有雷同，纯属巧合。",
  "数据以 2026-12-01 为基准生成：请将截至日期设为 2026-12-01 查看报告。",
  "“商机”表中故意留有少量不规范的单元格（文本金额、未知阶段、重复编号、空行等），用来演示数据问题的提示。",
  "",
  "Pipeline Health demo workbook",
  "All deals, customers, owners and quotas in this workbook are synthetic demo data made by a program. They name no real companies or people; any resemblance is coincidental.",
  "The data is anchored on 2026-12-01: set the as-of date to 2026-12-01 to see the report it was made for.",
  "Sheet 商机 contains a few messy cells on purpose (amounts as text, an unknown stage, a repeated deal id, a blank row) to show how data issues are reported.",
];

function addReadmeSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(README_SHEET);
  for (const line of README_LINES) sheet.addRow([line === "" ? null : line]);
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.getRow(6).font = { bold: true, size: 14 };
  sheet.getColumn(1).width = 120;
}

/**
 * Builds the demo workbook from the rows and returns its .xlsx bytes. The document
 * properties and every archive entry carry the fixed date 2026-12-01, so the same rows
 * give the same bytes.
 */
export async function buildDemoWorkbook(rows: DemoRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Pipeline Health";
  workbook.lastModifiedBy = "Pipeline Health";
  workbook.title = "Pipeline Health demo workbook";
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;

  addDealsSheet(workbook, rows);
  addQuotasSheet(workbook);
  addReadmeSheet(workbook);

  const written = await workbook.xlsx.writeBuffer();
  return withFixedEntryDates(new Uint8Array(written as ArrayBuffer));
}

/** Rewrites an archive with every entry dated FIXED_DATE, because exceljs dates entries at the time of writing. */
async function withFixedEntryDates(bytes: Uint8Array): Promise<Buffer> {
  const source = await JSZip.loadAsync(bytes);
  const target = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    target.file(entry.name, await entry.async("uint8array"), { date: FIXED_DATE, createFolders: false });
  }
  return target.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

export const DEMO_WORKBOOK_PATH = path.join(__dirname, "..", "assets", "demo-pipeline.xlsx");

async function main(): Promise<void> {
  const bytes = await buildDemoWorkbook(demoRows(DEMO_SEED));
  await writeFile(DEMO_WORKBOOK_PATH, bytes);
  console.log(`wrote ${DEMO_WORKBOOK_PATH} (${bytes.length} bytes)`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
