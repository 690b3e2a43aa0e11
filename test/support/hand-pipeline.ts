/**
 * A hand-made pipeline of 19 deals with Chinese headers, for the coverage, forecast and
 * report tests. Each test file works out its expected figures from the rows below.
 *
 * Sheet "商机": row 1 is a title, row 2 the header, rows 3-11 deals D01-D09, row 12 blank,
 * rows 13-22 deals D10-D19. Columns: A id, B name, C owner, D stage, E amount,
 * F probability, G expected close date.
 *
 * Report period for the as-of date 2026-05-15: the quarter 2026-04-01 .. 2026-06-30.
 */
import { sheetGrid } from "./grids";
import type { CellValue, SheetGrid } from "../../src/engine/types";

/** Excel serial of 2026-05-20: day number 20593 plus the 1900-system offset 25569. */
const SERIAL_2026_05_20 = 46162;

const HEADER: CellValue[] = ["商机编号", "商机名称", "负责人", "商机阶段", "金额", "赢率", "预计成交日期"];

const DEALS_BEFORE_BLANK: CellValue[][] = [
  // Open deals at the quarter's edges: first day, last day, the day after, the day before.
  ["D01", "华东制造 ERP", "张伟", "线索", 100000, "", "2026-04-01"],
  ["D02", "南方物流 WMS", "李娜", "资格确认", 200000, "", "2026-06-30"],
  ["D03", "西部能源 CRM", "王芳", "需求分析", 300000, "", "2026-07-01"],
  ["D04", "北方零售 POS", "张伟", "方案报价", 400000, "", "2026-03-31"],
  ["D05", "中部银行 风控", "李娜", "谈判", 500000, "", SERIAL_2026_05_20],
  // Row probabilities: "50%" text, and plain 30 and 25 that make the column percents.
  ["D06", "东海医药 MES", "王芳", "方案报价", 150000, "50%", "2026-05-01"],
  ["D07", "江南纺织 OA", "张伟", "需求分析", 250000, 30, "2026-06-15"],
  // Amount blank: left out of every sum and counted.
  ["D08", "滨海港口 IoT", "李娜", "谈判", "", "", "2026-05-10"],
  // Close date blank: in the open pipeline, left out of the period.
  ["D09", "山城火锅 会员", "王芳", "线索", 80000, "", ""],
];

const DEALS_AFTER_BLANK: CellValue[][] = [
  ["D10", "华北电力 巡检", "张伟", "赢单", 120000, "", "2026-04-15"],
  ["D11", "西湖茶业 电商", "李娜", "赢单", 90000, "", "2026-06-30"],
  ["D12", "岭南家电 售后", "王芳", "赢单", 70000, "", "2026-03-31"],
  ["D13", "塞北乳业 溯源", "张伟", "输单", 60000, "", "2026-05-05"],
  ["D14", "沿江化工 安全", "李娜", "延期", 110000, "", "2026-05-25"],
  // Stage not in the stage list, with a row probability.
  ["D15", "高原光伏 运维", "王芳", "自定义阶段", 40000, 25, "2026-04-20"],
  ["D16", "湖畔酒店 预订", "张伟", "谈判", "1.5万", "", "2026/5/31"],
  ["D17", "古城文旅 票务", "李娜", "需求分析", "abc", "", "2026-05-10"],
  ["D18", "港湾航运 调度", "王芳", "资格确认", 35000, "", "2026-08-01"],
  // Stage not in the stage list and no row probability: no probability at all.
  ["D19", "草原牧业 饲料", "张伟", "待评估", 20000, "", "2026年5月5日"],
];

/** Builds the deals sheet described in the file header. */
export function handPipelineSheet(): SheetGrid {
  return sheetGrid("商机", [
    ["2026 年销售管道", null, null, null, null, null, null],
    HEADER,
    ...DEALS_BEFORE_BLANK.map((row) => [...row]),
    [null, "", null, "  ", null, null, null],
    ...DEALS_AFTER_BLANK.map((row) => [...row]),
  ]);
}

/** Builds a quota sheet with one team row: 3,650,000 for the calendar year 2026. */
export function yearlyQuotaSheet(): SheetGrid {
  return sheetGrid("配额", [
    ["负责人", "期间", "配额"],
    ["", "2026", 3650000],
  ]);
}
