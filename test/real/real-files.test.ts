/**
 * Real CRM exports read end to end: file bytes, sheet grids, deals table and report.
 *
 * The expected figures were computed by test/fixtures/independent/compute_real_figures.py,
 * a Python script that parses each file with the standard library only, and are copied here
 * as literals. Amounts are compared to the cent.
 */
import { readFile } from "node:fs/promises";
import * as path from "node:path";
import { dayFromIso } from "../../src/engine/dates";
import { buildReport, type HealthReport } from "../../src/engine/report";
import { readPipeline, type PipelineSource } from "../../src/engine/read/workbook";
import { withDefaults } from "../../src/engine/settings";
import type { DealField, DealKind, ReadOptions } from "../../src/engine/types";
import { readWorkbookFile } from "../../src/workbook/file/read-file";

const DATA = path.resolve(__dirname, "../../../shared/data/real");

interface PeriodFigures {
  asOf: string;
  start: string;
  end: string;
  periodPipeline: number;
  wonInPeriod: number;
  weightedForecast: number;
  openCloseMissing: number;
}

interface FileFigures {
  file: string;
  rowsRead: number;
  deals: Record<DealKind, number>;
  openPipeline: number;
  wonTotal: number;
  lostTotal: number;
  openAmountMissing: number;
  columns: Partial<Record<DealField, string>>;
  periods: PeriodFigures[];
}

const MAVEN_FIGURES: Omit<FileFigures, "file" | "rowsRead"> = {
  deals: { open: 2089, won: 4238, lost: 2473, deferred: 0 },
  openPipeline: 0,
  wonTotal: 10005534,
  lostTotal: 0,
  openAmountMissing: 2089,
  columns: { id: "opportunity_id", owner: "sales_agent", stage: "deal_stage", amount: "close_value", created: "engage_date", close: "close_date" },
  periods: [
    { asOf: "2017-06-30", start: "2017-04-01", end: "2017-06-30", periodPipeline: 0, wonInPeriod: 3086111, weightedForecast: 0, openCloseMissing: 2089 },
  ],
};

const FILES: FileFigures[] = [
  { file: "maven-crm/sales_pipeline.csv", rowsRead: 8800, ...MAVEN_FIGURES },
  { file: "maven-crm-excel-mdy/sales_pipeline.csv", rowsRead: 8800, ...MAVEN_FIGURES },
  { file: "maven-crm-xlsx/sales_pipeline.xlsx", rowsRead: 8800, ...MAVEN_FIGURES },
  {
    file: "d365-contoso-coffee/Opportunity.csv",
    rowsRead: 5229,
    deals: { open: 521, won: 1914, lost: 2794, deferred: 0 },
    openPipeline: 40244164.75,
    wonTotal: 72459852.17,
    lostTotal: 111557597.75,
    openAmountMissing: 0,
    columns: {
      amount: "Est. revenue",
      close: "Est. close date",
      actualClose: "Actual Close Date",
      status: "Status",
      stage: "Sales Stage",
      probability: "Probability",
      created: "Created On",
    },
    periods: [
      { asOf: "2025-09-30", start: "2025-07-01", end: "2025-09-30", periodPipeline: 13315072.25, wonInPeriod: 152224.04, weightedForecast: 774715.53, openCloseMissing: 0 },
      { asOf: "2024-08-15", start: "2024-07-01", end: "2024-09-30", periodPipeline: 0, wonInPeriod: 4329900, weightedForecast: 0, openCloseMissing: 0 },
    ],
  },
  {
    file: "salesforce-bulk-export/Opportunity.csv",
    rowsRead: 50,
    deals: { open: 35, won: 12, lost: 3, deferred: 0 },
    openPipeline: 30002070.5,
    wonTotal: 10542562.98,
    lostTotal: 3058912.5,
    openAmountMissing: 0,
    columns: { id: "Id", stage: "StageName", amount: "Amount", probability: "Probability", close: "CloseDate", isWon: "IsWon", isClosed: "IsClosed" },
    periods: [
      { asOf: "2024-05-15", start: "2024-04-01", end: "2024-06-30", periodPipeline: 7739077.4, wonInPeriod: 0, weightedForecast: 255762.15, openCloseMissing: 0 },
      { asOf: "2023-11-20", start: "2023-10-01", end: "2023-12-31", periodPipeline: 4398542.41, wonInPeriod: 4753026.31, weightedForecast: 160489.99, openCloseMissing: 0 },
    ],
  },
];

const US_FILE: ReadOptions = { locale: "en-US", date1904: false };

async function readSource(file: string, options: ReadOptions): Promise<PipelineSource> {
  const bytes = new Uint8Array(await readFile(path.join(DATA, file)));
  const workbook = await readWorkbookFile(bytes, file);
  const source = readPipeline(workbook.sheets, { ...options, date1904: workbook.date1904 });
  if (!source) throw new Error(`${file}: no deals table found`);
  return source;
}

function reportFor(source: PipelineSource, asOf: string): HealthReport {
  return buildReport(source, withDefaults({ asOf: dayFromIso(asOf) }));
}

describe.each(FILES)("$file", (expected) => {
  let source: PipelineSource;
  beforeAll(async () => {
    source = await readSource(expected.file, US_FILE);
  }, 30000);

  test("rows read", () => {
    expect(source.rows.read).toBe(expected.rowsRead);
  });

  test("no row dropped", () => {
    expect(source.rows.deals + source.rows.blank + source.rows.duplicates).toBe(expected.rowsRead);
  });

  test("header mapping", () => {
    const report = reportFor(source, expected.periods[0].asOf);
    expect(report.source.columns).toMatchObject(expected.columns);
  });

  test("deals by kind", () => {
    const report = reportFor(source, expected.periods[0].asOf);
    expect(report.deals.open).toBe(expected.deals.open);
    expect(report.deals.won).toBe(expected.deals.won);
    expect(report.deals.lost).toBe(expected.deals.lost);
    expect(report.deals.deferred).toBe(expected.deals.deferred);
  });

  test("open pipeline", () => {
    expect(reportFor(source, expected.periods[0].asOf).openPipeline).toBeCloseTo(expected.openPipeline, 2);
  });

  test("won total", () => {
    expect(reportFor(source, expected.periods[0].asOf).amountByKind.won).toBeCloseTo(expected.wonTotal, 2);
  });

  test("lost total", () => {
    expect(reportFor(source, expected.periods[0].asOf).amountByKind.lost).toBeCloseTo(expected.lostTotal, 2);
  });

  test("open deals without an amount", () => {
    expect(reportFor(source, expected.periods[0].asOf).skipped.openAmountMissing).toBe(expected.openAmountMissing);
  });

  test("won deals all usable", () => {
    expect(reportFor(source, expected.periods[0].asOf).skipped.wonUnusable).toBe(0);
  });

  describe.each(expected.periods)("as of $asOf", (period) => {
    let report: HealthReport;
    beforeAll(() => {
      report = reportFor(source, period.asOf);
    });

    test("period bounds", () => {
      expect(report.period.start).toBe(period.start);
      expect(report.period.end).toBe(period.end);
    });

    test("periodPipeline", () => {
      expect(report.periodPipeline).toBeCloseTo(period.periodPipeline, 2);
    });

    test("wonInPeriod", () => {
      expect(report.wonInPeriod).toBeCloseTo(period.wonInPeriod, 2);
    });

    test("weightedForecast", () => {
      expect(report.weightedForecast).toBeCloseTo(period.weightedForecast, 2);
    });

    test("open deals without a close date", () => {
      expect(report.skipped.openCloseMissing).toBe(period.openCloseMissing);
    });

    test("no probability missing", () => {
      expect(report.skipped.probabilityMissing).toBe(0);
    });
  });
});

describe("locale of the reader", () => {
  test("month-first file read in an en-GB locale", async () => {
    // The close_date column contains dates such as 3/11/2017, which prove month-first
    // order, so a day-first locale must not change any figure.
    const source = await readSource("maven-crm-excel-mdy/sales_pipeline.csv", { locale: "en-GB", date1904: false });
    const report = reportFor(source, "2017-06-30");
    expect(report.wonInPeriod).toBeCloseTo(3086111, 2);
    expect(report.issues.filter((issue) => issue.code === "dateInvalid")).toEqual([]);
  }, 30000);

  test("D365 file read in a zh-CN locale", async () => {
    const source = await readSource("d365-contoso-coffee/Opportunity.csv", { locale: "zh-CN", date1904: false });
    const report = reportFor(source, "2025-09-30");
    expect(report.periodPipeline).toBeCloseTo(13315072.25, 2);
    expect(report.wonInPeriod).toBeCloseTo(152224.04, 2);
  }, 30000);
});
