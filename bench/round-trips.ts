/**
 * Office.js round trips through the Excel Workbook port, against the office-addin-mock
 * based fake Excel of the tests: reading the deals table and writing the report sheets.
 *
 * The sync count is what carries over to Excel, where each sync is one round trip to the
 * host. The times measure the port's own work plus the fake's, not Excel's, so they are not
 * a forecast of Excel's time. Each run starts from a new fake, built outside the time.
 */
import { dataQualitySheetContent } from "../src/present/data-quality-sheet";
import type { ReportSheetContent } from "../src/present/report-sheet";
import { reportSheetContent } from "../src/present/report-sheet";
import { buildReport } from "../src/engine/report";
import { readPipeline } from "../src/engine/read/workbook";
import { ExcelWorkbook } from "../src/workbook/excel/excel-workbook";
import { FakeExcel } from "../test/support/fake-excel";
import { READ_OPTIONS, reportSettings } from "./engine-timings";
import { timeMedianWithSetup } from "./measure";
import { formatCount, type BenchRow } from "./results";
import type { SyntheticPipeline } from "./synthetic-pipeline";

/** Date written in the sheets' "written on" line, fixed so that every run writes the same cells. */
const WRITTEN_ON = "2026-06-15";

function fakeExcelOf(pipeline: SyntheticPipeline): FakeExcel {
  return new FakeExcel({ sheets: pipeline.sheets.map((sheet) => ({ name: sheet.name, rows: sheet.cells })) });
}

/** Creates the Excel Workbook port over a fake, with every requirement set supported and no saved choices. */
function workbookOver(fake: FakeExcel): ExcelWorkbook {
  return new ExcelWorkbook({ run: fake.run, isSetSupported: () => true, settings: () => ({}) as Office.Settings });
}

/** Times reading the workbook and writing the report and data quality sheets, and counts their syncs. */
export async function measureRoundTrips(pipeline: SyntheticPipeline, runs: number): Promise<BenchRow[]> {
  const [deals] = pipeline.sheets;
  const scale = `${formatCount(deals.cells.length)} × ${deals.cells[0].length} cells`;

  const read = await timeMedianWithSetup(
    () => fakeExcelOf(pipeline),
    async (fake) => ({ snapshot: await workbookOver(fake).read(), syncs: fake.syncCount }),
    { runs },
  );
  const { snapshot, syncs: readSyncs } = read.lastResult;

  const source = readPipeline(snapshot.sheets, { ...READ_OPTIONS, date1904: snapshot.date1904 });
  if (!source) throw new Error("The engine found no deals table in the sheets read through the Excel Workbook port.");
  const report = buildReport(source, reportSettings(pipeline));

  const rows: BenchRow[] = [
    {
      id: "roundTrips.read",
      section: "round trips",
      measure: "Workbook port: read the workbook (fake Excel)",
      scale,
      medianMs: read.medianMs,
      runs,
      samplesMs: read.samplesMs,
      note: `${readSyncs} syncs`,
    },
  ];
  const sheets: [string, ReportSheetContent][] = [
    ["report", reportSheetContent(report, "en-US", WRITTEN_ON)],
    ["dataQuality", dataQualitySheetContent(report, "en-US", WRITTEN_ON)],
  ];
  for (const [kind, content] of sheets) rows.push(await measureWrite(pipeline, kind, content, runs));
  return rows;
}

async function measureWrite(pipeline: SyntheticPipeline, kind: string, content: ReportSheetContent, runs: number): Promise<BenchRow> {
  const timing = await timeMedianWithSetup(
    () => fakeExcelOf(pipeline),
    async (fake) => {
      const before = fake.syncCount;
      await workbookOver(fake).writeReportSheet(content);
      return fake.syncCount - before;
    },
    { runs },
  );
  return {
    id: `roundTrips.write.${kind}`,
    section: "round trips",
    measure: `Workbook port: write the "${content.name}" sheet (fake Excel)`,
    scale: `${formatCount(content.rows.length)} × ${content.columnCount} cells`,
    medianMs: timing.medianMs,
    runs,
    samplesMs: timing.samplesMs,
    note: `${timing.lastResult} syncs`,
  };
}
