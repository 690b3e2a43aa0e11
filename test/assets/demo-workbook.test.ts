/**
 * The demo workbook that the preview opens: read through the same path as a user's file,
 * with its planted messy cells and its totals checked against plain sums of the generator's rows.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  buildDemoWorkbook,
  DEALS_HEADERS,
  DEALS_SHEET,
  DEMO_AS_OF,
  DEMO_QUOTAS,
  DEMO_SEED,
  demoRows,
  QUOTAS_SHEET,
  README_SHEET,
  type DemoDeal,
} from "../../scripts/make-demo-workbook";
import { buildReport, type HealthReport } from "../../src/engine/report";
import { readPipeline, type PipelineSource } from "../../src/engine/read/workbook";
import { withDefaults } from "../../src/engine/settings";
import { KIND, type CellValue, type SheetGrid } from "../../src/engine/types";
import { readWorkbookFile, type FileWorkbookData } from "../../src/workbook/file/read-file";

const ASSET_PATH = path.join(__dirname, "../../assets/demo-pipeline.xlsx");

/** Addresses of the planted messy cells, as listed at the top of scripts/make-demo-workbook.ts. */
const PLANTED = {
  yenAmount: "F65",
  chineseDate: "I66",
  blankOwner: "D76",
  hyperlinkName: "B91",
  wanAmount: "F96",
  rmbAmount: "F131",
  percentProbability: "G144",
  unknownStage: "E156",
  invalidAmount: "F178",
  staleDuplicate: "A186",
  blankRow: 202,
};

type Kind = "open" | "won" | "lost" | "deferred";

/** Kinds of the default pipeline's stages. Any other stage name counts as open. */
const STAGE_KIND: Record<string, Kind> = {
  线索: "open",
  资格确认: "open",
  需求分析: "open",
  方案报价: "open",
  谈判: "open",
  赢单: "won",
  输单: "lost",
  延期: "deferred",
};
const STAGE_DEFAULT_PROBABILITY: Record<string, number> = { 线索: 0.1, 资格确认: 0.2, 需求分析: 0.4, 方案报价: 0.6, 谈判: 0.8 };

const Q4_START = "2026-10-01";
const Q4_END = "2026-12-31";

/** Whole days since 1970-01-01 of an ISO calendar date. */
function dayNumber(iso: string): number {
  const [year, month, day] = iso.split("-").map(Number);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

function cellAt(sheet: SheetGrid, address: string): CellValue {
  const match = /^([A-Z])(\d+)$/.exec(address);
  if (!match) throw new Error(`invalid cell address in the test: ${address}`);
  const column = match[1].charCodeAt(0) - 65;
  return sheet.rows[Number(match[2]) - sheet.firstRow]?.[column - sheet.firstColumn];
}

function rowOf(address: string): number {
  return Number(address.replace(/^[A-Z]+/, ""));
}

function sheetNamed(workbook: FileWorkbookData, name: string): SheetGrid {
  const sheet = workbook.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`sheet ${name} not found in the demo workbook, which has sheets: ${workbook.sheets.map((s) => s.name).join(", ")}`);
  return sheet;
}

/** The deals a reader should keep: for a repeated id, the last row counts. */
function keptDeals(): DemoDeal[] {
  const byId = new Map<string, DemoDeal>();
  for (const row of demoRows(DEMO_SEED)) {
    if (row === null) continue;
    byId.delete(row.id);
    byId.set(row.id, row);
  }
  return [...byId.values()];
}

const kindOf = (deal: DemoDeal): Kind => STAGE_KIND[deal.stage] ?? "open";
const inQ4 = (deal: DemoDeal) => deal.close >= Q4_START && deal.close <= Q4_END;

/** Sums the report's headline figures in plain code from the generator's rows. */
function expectedFigures() {
  const deals = keptDeals();
  const counts: Record<Kind, number> = { open: 0, won: 0, lost: 0, deferred: 0 };
  const amountByKind: Record<Kind, number> = { open: 0, won: 0, lost: 0, deferred: 0 };
  let periodPipeline = 0;
  let wonInPeriod = 0;
  let weightedForecast = 0;

  for (const deal of deals) {
    const kind = kindOf(deal);
    counts[kind]++;
    if (deal.amount === null) continue;
    amountByKind[kind] += deal.amount;
    if (kind === "open" && inQ4(deal)) {
      periodPipeline += deal.amount;
      const probability = deal.probability ?? STAGE_DEFAULT_PROBABILITY[deal.stage];
      if (probability !== undefined) weightedForecast += deal.amount * probability;
    }
    if (kind === "won" && inQ4(deal)) wonInPeriod += deal.amount;
  }

  const quota = DEMO_QUOTAS.filter((row) => row.owner === "" && row.period === "2026-Q4").reduce((sum, row) => sum + row.amount, 0);
  const coverage = periodPipeline / (quota - wonInPeriod);
  return { counts, amountByKind, openPipeline: amountByKind.open, periodPipeline, wonInPeriod, quota, coverage, weightedForecast };
}

let workbook: FileWorkbookData;
let deals: SheetGrid;
let source: PipelineSource;
let report: HealthReport;

beforeAll(async () => {
  workbook = await readWorkbookFile(new Uint8Array(readFileSync(ASSET_PATH)), "demo-pipeline.xlsx");
  deals = sheetNamed(workbook, DEALS_SHEET);
  const read = readPipeline(workbook.sheets, { locale: "zh-CN", date1904: workbook.date1904 });
  if (!read) throw new Error("readPipeline found no deals table in assets/demo-pipeline.xlsx");
  source = read;
  report = buildReport(source, withDefaults({ asOf: dayNumber(DEMO_AS_OF) }));
});

/** Index into the deals table of the deal read from a sheet row. */
function dealIndexAt(sheetRow: number): number {
  const index = source.table.row.indexOf(sheetRow);
  if (index < 0) throw new Error(`no deal was read from sheet row ${sheetRow}`);
  return index;
}

describe("demo workbook file", () => {
  test("matches the generator output", async () => {
    const regenerated = await buildDemoWorkbook(demoRows(DEMO_SEED));
    const asset = readFileSync(ASSET_PATH);
    if (!regenerated.equals(asset)) {
      throw new Error("assets/demo-pipeline.xlsx differs from the generator output: run `npx tsx scripts/make-demo-workbook.ts`");
    }
  });

  test("generator is deterministic", () => {
    expect(demoRows(DEMO_SEED)).toEqual(demoRows(DEMO_SEED));
  });

  test("readme sheet marks the data synthetic", () => {
    const text = sheetNamed(workbook, README_SHEET).rows.flat().join("\n");
    expect(text).toContain("虚构");
    expect(text).toContain("synthetic");
  });

  test("date columns hold date cells", () => {
    const textDates: string[] = [];
    for (let row = 2; row < deals.firstRow + deals.rows.length; row++) {
      if (row === PLANTED.blankRow) continue;
      for (const column of ["H", "I", "J"]) {
        const address = `${column}${row}`;
        if (!(cellAt(deals, address) instanceof Date)) textDates.push(address);
      }
    }
    expect(textDates).toEqual([PLANTED.chineseDate]);
  });
});

describe("demo workbook read", () => {
  test("deals sheet found at header row 1", () => {
    expect(source.table.sheet).toBe(DEALS_SHEET);
    expect(source.table.headerRow).toBe(1);
    expect(source.stagePreset.id).toBe("default");
  });

  test("every header mapped", () => {
    const mappedHeaders = source.table.columns.map((column) => column.header).sort();
    expect(mappedHeaders).toEqual([...DEALS_HEADERS].sort());
  });

  test("rows accounted for", () => {
    expect(source.table.size).toBeGreaterThanOrEqual(200);
    expect(source.table.size).toBe(keptDeals().length);
    expect(source.rows.blank).toBe(1);
    expect(source.rows.duplicates).toBe(1);
  });

  test("every deal kind present", () => {
    const expected = expectedFigures().counts;
    for (const kind of ["open", "won", "lost", "deferred"] as const) {
      expect(report.deals[kind]).toBeGreaterThan(0);
      expect(report.deals[kind]).toBe(expected[kind]);
    }
  });

  test("quota table found", () => {
    expect(source.quotas.sheet).toBe(QUOTAS_SHEET);
    expect(source.quotas.entries).toHaveLength(DEMO_QUOTAS.length);
    expect(source.quotas.issues).toEqual([]);
  });
});

describe("demo workbook planted cells", () => {
  test("issues are exactly the planted ones", () => {
    const issues = source.issues.map(({ code, row, column, value }) => ({ code, address: `${column}${row}`, value }));
    const staleId = cellAt(deals, PLANTED.staleDuplicate);
    expect(issues).toEqual(
      expect.arrayContaining([
        { code: "amountInvalid", address: PLANTED.invalidAmount, value: "abc" },
        { code: "duplicateId", address: PLANTED.staleDuplicate, value: staleId },
        { code: "stageUnknown", address: PLANTED.unknownStage, value: "待定" },
      ]),
    );
    expect(issues).toHaveLength(3);
    expect(report.issues).toHaveLength(3);
  });

  test("stale duplicate repeats the next row's id", () => {
    const staleRow = rowOf(PLANTED.staleDuplicate);
    const currentId = cellAt(deals, `A${staleRow + 1}`);
    expect(cellAt(deals, PLANTED.staleDuplicate)).toBe(currentId);
    expect(cellAt(deals, `F${staleRow}`)).toBeLessThan(cellAt(deals, `F${staleRow + 1}`) as number);
    expect(source.table.amount[dealIndexAt(staleRow + 1)]).toBe(cellAt(deals, `F${staleRow + 1}`));
  });

  test.each([
    [PLANTED.yenAmount, "¥85,000", 85_000],
    [PLANTED.wanAmount, "12.5万", 125_000],
    [PLANTED.rmbAmount, "RMB 300,000", 300_000],
  ])("text amount %s read as a number", (address, written, amount) => {
    expect(cellAt(deals, address)).toBe(written);
    expect(source.table.amount[dealIndexAt(rowOf(address))]).toBe(amount);
  });

  test("invalid amount left out", () => {
    expect(cellAt(deals, PLANTED.invalidAmount)).toBe("abc");
    expect(source.table.amount[dealIndexAt(rowOf(PLANTED.invalidAmount))]).toBeNaN();
    expect(report.skipped.openAmountMissing).toBe(1);
  });

  test("percent text read as a fraction", () => {
    expect(cellAt(deals, PLANTED.percentProbability)).toBe("60%");
    expect(source.table.probability[dealIndexAt(rowOf(PLANTED.percentProbability))]).toBeCloseTo(0.6, 10);
  });

  test("Chinese date text read as a date", () => {
    expect(cellAt(deals, PLANTED.chineseDate)).toBe("2026年11月5日");
    expect(source.table.close[dealIndexAt(rowOf(PLANTED.chineseDate))]).toBe(dayNumber("2026-11-05"));
  });

  test("HYPERLINK name read as text", () => {
    const name = '=HYPERLINK("http://x")';
    expect(cellAt(deals, PLANTED.hyperlinkName)).toBe(name);
    expect(source.table.name[dealIndexAt(rowOf(PLANTED.hyperlinkName))]).toBe(name);
  });

  test("blank owner read as empty", () => {
    expect(cellAt(deals, PLANTED.blankOwner)).toBeNull();
    expect(source.table.owner[dealIndexAt(rowOf(PLANTED.blankOwner))]).toBe("");
  });

  test("unknown stage counts as open without a default", () => {
    const index = dealIndexAt(rowOf(PLANTED.unknownStage));
    expect(source.table.stage[index]).toBe("待定");
    expect(source.table.kind[index]).toBe(KIND.open);
    expect(source.table.stageProbability[index]).toBeNaN();
    expect(report.skipped.probabilityMissing).toBe(1);
  });

  test("blank row inside the table", () => {
    const values = deals.rows[PLANTED.blankRow - deals.firstRow];
    expect(values.every((value) => value === null || value === undefined)).toBe(true);
    expect(PLANTED.blankRow).toBeLessThan(deals.firstRow + deals.rows.length - 1);
  });
});

describe("demo workbook totals as of 2026-12-01", () => {
  test("period is 2026-Q4", () => {
    expect(report.period.label).toBe("2026-Q4");
    expect(report.quotaBasis).toBe("sum");
  });

  test("amounts by kind match plain sums", () => {
    expect(report.amountByKind).toEqual(expectedFigures().amountByKind);
  });

  test("open pipeline matches plain sum", () => {
    expect(report.openPipeline).toBe(expectedFigures().openPipeline);
  });

  test("Q4 pipeline matches plain sum", () => {
    expect(report.periodPipeline).toBe(expectedFigures().periodPipeline);
  });

  test("won in Q4 matches plain sum", () => {
    expect(report.wonInPeriod).toBe(expectedFigures().wonInPeriod);
  });

  test("Q4 quota matches quota rows", () => {
    expect(report.quota).toBe(expectedFigures().quota);
  });

  test("coverage matches plain division", () => {
    expect(report.coverage).toBeCloseTo(expectedFigures().coverage, 10);
  });

  test("weighted forecast matches plain sum", () => {
    expect(report.weightedForecast).toBeCloseTo(expectedFigures().weightedForecast, 4);
  });

  // Pinned so that a change to the demo data shows here before it reaches tests that drive the preview.
  test("headline figures pinned", () => {
    expect(report.openPipeline).toBe(29_243_000);
    expect(report.periodPipeline).toBe(7_355_000);
    expect(report.wonInPeriod).toBe(3_216_000);
    expect(report.quota).toBe(6_000_000);
    expect(report.coverage).toBeCloseTo(7_355_000 / 2_784_000, 10);
    expect(report.coverageStatus).toBe("below");
    expect(report.weightedForecast).toBeCloseTo(3_601_350, 4);
  });
});
