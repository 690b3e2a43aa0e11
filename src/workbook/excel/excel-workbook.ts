/**
 * The Workbook port over Office.js, for the task pane running inside Excel.
 */
import type { ReportSheetContent } from "../../present/report-sheet";
import type { ReadOptions, WorkbookChoices, WorkbookPort, WorkbookSnapshot, WriteResult } from "../port";
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
  /** Add-in settings stored in the document. Defaults to `Office.context.document.settings`. */
  settings?: () => Office.Settings;
}

/** Key of the saved choices among the document's add-in settings. */
export const CHOICES_SETTING = "PipelineHealth.choices";

export class ExcelWorkbook implements WorkbookPort {
  readonly host = "excel";
  readonly title: string;
  private readonly run: typeof Excel.run;
  private readonly blockRows: number;
  private readonly isSetSupported: (name: string, version: string) => boolean;
  private readonly settings: () => Office.Settings;

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
    this.settings = options.settings ?? (() => Office.context.document.settings);
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

  async loadChoices(): Promise<WorkbookChoices> {
    const saved: unknown = this.settings().get(CHOICES_SETTING);
    return saved && typeof saved === "object" ? (saved as WorkbookChoices) : {};
  }

  /** Saves the choices with the document's add-in settings; they persist when the user saves the workbook. */
  saveChoices(choices: WorkbookChoices): Promise<void> {
    const settings = this.settings();
    settings.set(CHOICES_SETTING, choices);
    return new Promise((resolve, reject) => {
      settings.saveAsync((result) => {
        // Office.AsyncResultStatus.Failed is the string "failed"; comparing the string keeps tests free of an Office global.
        if (String(result.status) === "failed") reject(new Error(result.error.message));
        else resolve();
      });
    });
  }
}
