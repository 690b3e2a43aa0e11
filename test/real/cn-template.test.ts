/**
 * A Chinese 商机 import template: header on row 1, a filling-instruction row 2, four sample
 * deals, amounts in 万元, dates as text, empty cells stored as empty inline strings, and
 * drop-down lists for 商机阶段 and 商机状态.
 *
 * Literal figures come from test/real/independent/compute_quirk_figures.py, which reads
 * the .xlsx with the Python standard library only.
 */
import type { HealthReport } from "../../src/engine/report";
import type { PipelineSource } from "../../src/engine/read/workbook";
import type { DealKind, SheetGrid } from "../../src/engine/types";
import type { FileWorkbookData } from "../../src/workbook/file/read-file";
import { accountedRows, dealAtRow, loadWorkbook, reportAsOf, requireSource } from "./real-source";

const FILE = "cn-insight-template/商机导入模板.xlsx";
const AS_OF = "2026-01-20";

/** Sample deals on rows 3-6, as compute_quirk_figures.py reads them. */
const SAMPLE_ROWS = [3, 4, 5, 6];

describe("Chinese 商机 import template", () => {
  let workbook: FileWorkbookData;
  let source: PipelineSource;
  let report: HealthReport;
  beforeAll(async () => {
    workbook = await loadWorkbook(FILE);
    source = requireSource(workbook);
    report = reportAsOf(source, AS_OF);
  });

  test("every row below the header accounted for", () => {
    // compute_quirk_figures.py: rows 2-6 are filled, row 2 with instructions.
    expect(source.rows.read).toBe(5);
    expect(accountedRows(source.rows)).toBe(5);
  });

  test("instruction row 2 is no deal", () => {
    // Row 2 reads 必填，项目或客户名称 | 必填，从下拉选择 | … | 选填，格式 2026-06-30.
    expect(source.rows.deals).toBe(SAMPLE_ROWS.length);
    expect(dealAtRow(source, 2)).toBeUndefined();
    expect(source.issues.filter((issue) => issue.row === 2)).toEqual([]);
  });

  test("sheet and header mapping", () => {
    expect(report.source.sheet).toBe("商机数据");
    expect(report.source.headerRow).toBe(1);
    expect(report.source.columns).toEqual({
      name: "商机名称",
      amount: "预计金额（万元）",
      stage: "商机阶段",
      status: "商机状态",
      close: "预计达成时间",
    });
  });

  test("year, quarter and 指标类型 left unmapped", () => {
    const mapped = Object.values(report.source.columns);
    for (const header of ["所属年度", "所属季度", "指标类型", "所属事业部", "备注"]) expect(mapped).not.toContain(header);
  });

  test("stage preset and CRM guess", () => {
    expect(source.crm).toBe("chinese");
    expect(source.stagePreset.id).toBe("default");
    // compute_quirk_figures.py: the samples use 报价, 签约跟进, 立项 and 线索 from the drop-down.
    expect(report.dataQuality.unknownStages.count).toBe(0);
  });

  test("万元 amounts times 10,000 in CNY", () => {
    // compute_quirk_figures.py: F3 is the number 680 under 预计金额（万元）; the four samples add up to 1,830.
    expect(dealAtRow(source, 3)).toMatchObject({ name: "某市智慧城管平台", amount: 6_800_000, currency: "CNY" });
    expect(report.openPipeline).toBe(1830 * 10_000);
    expect(report.currency).toEqual({ main: "CNY", others: [] });
  });

  test("date text 2026-05-30", () => {
    // I3 and I4 are inline strings, not date cells.
    expect(workbook.sheets[0].rows[2][8]).toBe("2026-05-30");
    expect(dealAtRow(source, 3)?.close).toBe("2026-05-30");
    expect(dealAtRow(source, 4)?.close).toBe("2026-03-31");
  });

  test("empty inline strings read as blank", () => {
    // compute_quirk_figures.py: J4, I5, I6 and J6 are empty inline strings.
    expect(dealAtRow(source, 5)?.close).toBeNull();
    expect(dealAtRow(source, 6)?.close).toBeNull();
    expect(report.skipped.openCloseMissing).toBe(2);
    expect(report.dataQuality.issueCounts).toEqual({});
  });

  test("商机状态 decides the kind", () => {
    // Every sample is 进行中, including row 4 at stage 签约跟进, which contains the won word 签约.
    expect(report.deals).toEqual({ total: 4, open: 4, won: 0, lost: 0, deferred: 0 });
    expect(dealAtRow(source, 4)).toMatchObject({ stage: "签约跟进", kind: "open" });
  });

  test.each<[string, DealKind]>([
    // compute_quirk_figures.py: the drop-down of H3:H1000 lists 进行中, 已赢单, 已输单 and 已搁置.
    ["进行中", "open"],
    ["已赢单", "won"],
    ["已输单", "lost"],
    ["已搁置", "deferred"],
  ])("status drop-down value %s gives %s", (status, kind) => {
    const sheet = workbook.sheets[0];
    const statusColumn = sheet.rows[0].indexOf("商机状态");
    const rows = sheet.rows.map((row) => [...row]);
    rows[3][statusColumn] = status;
    const edited: SheetGrid = { ...sheet, rows };
    const variant = requireSource({ ...workbook, sheets: [edited, ...workbook.sheets.slice(1)] });
    expect(dealAtRow(variant, 4)?.kind).toBe(kind);
  });

  test("指标类型 pipelines summed together", () => {
    // 指标类型 marks 合同 (rows 3-4), 收入 (row 5) and 回款 (row 6): three pipelines that the
    // open pipeline adds up, because the column maps to no field.
    const amounts = SAMPLE_ROWS.map((row) => dealAtRow(source, row)?.amount);
    expect(amounts).toEqual([6_800_000, 5_200_000, 3_500_000, 2_800_000]);
  });

  test("no deal past due", () => {
    // The two close dates, 2026-03-31 and 2026-05-30, lie after 2026-01-20.
    expect(report.dataQuality.pastDue.count).toBe(0);
  });

  test("填写说明 sheet is no quota table", () => {
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(["商机数据", "填写说明"]);
    expect(report.source.quotaSheet).toBeNull();
  });
});
