/**
 * The Workbook port over Office.js, for the task pane running inside Excel.
 */
import type { ReportSheetContent } from "../../present/report-sheet";
import type { ReadOptions, WorkbookPort, WorkbookSnapshot, WriteResult } from "../port";
import { DEFAULT_BLOCK_ROWS, readVisibleSheets } from "./excel-read";
import { writeReportSheet } from "./excel-write";

export interface ExcelWorkbookOptions {
  /** `Excel.run` or a stand-in for tests. Defaults to the global `Excel.run`. */
  run?: typeof Excel.run;
  /** Display name for the pane's header. Defaults to "". */
  title?: string;
  /** Rows read per sync at the start of a read. Defaults to 10,000, halved after each payload-limit error. */
  blockRows?: number;
  /** Requirement set check. Defaults to `Office.context.requirements.isSetSupported`. */
  isSetSupported?: (name: string, version: string) => boolean;
}

export class ExcelWorkbook implements WorkbookPort {
  readonly host = "excel";
  readonly title: string;
  private readonly run: typeof Excel.run;
  private readonly blockRows: number;
  private readonly isSetSupported: (name: string, version: string) => boolean;

  constructor(options: ExcelWorkbookOptions = {}) {
    const blockRows = options.blockRows ?? DEFAULT_BLOCK_ROWS;
    if (!Number.isInteger(blockRows) || blockRows < 1) {
      throw new RangeError(`invalid blockRows: ${blockRows} (expected a positive whole number of rows)`);
    }
    this.title = options.title ?? "";
    this.blockRows = blockRows;
    // The globals are looked up only when used, so the class loads where Office.js is absent.
    this.run = options.run ?? ((batch: (context: Excel.RequestContext) => Promise<unknown>) => Excel.run(batch)) as typeof Excel.run;
    this.isSetSupported = options.isSetSupported ?? ((name, version) => Office.context.requirements.isSetSupported(name, version));
  }

  read(options: ReadOptions = {}): Promise<WorkbookSnapshot> {
    // NOTE: Microsoft documents Workbook.use1904DateSystem, but the requirement set assumed
    // here (ExcelApi 1.16) is unconfirmed; older hosts report the 1900 date system.
    const read1904 = this.isSetSupported("ExcelApi", "1.16");
    return this.run((context) => readVisibleSheets(context, { blockRows: this.blockRows, read1904 }, options));
  }

  writeReportSheet(content: ReportSheetContent): Promise<WriteResult> {
    return this.run((context) => writeReportSheet(context, content));
  }
}
