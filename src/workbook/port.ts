/**
 * The Workbook port: everything the task pane needs from a workbook. Excel implements it
 * over Office.js (src/workbook/excel), the preview and the command line over a file held
 * in memory (src/workbook/file). The task pane never calls Office.js directly.
 */
import type { DealField, SheetGrid } from "../engine/types";
import type { ReportSheetContent } from "../present/report-sheet";

export interface WorkbookSnapshot {
  sheets: SheetGrid[];
  /** True when the workbook counts serial dates from 1904. */
  date1904: boolean;
}

export interface ReadProgress {
  /** Rows read so far across all sheets. */
  rowsRead: number;
  /** Rows to read across all sheets. */
  rowsTotal: number;
}

export interface ReadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ReadProgress) => void;
}

export interface WriteResult {
  /** Name of the sheet written; differs from the requested one when a user's sheet already has that name. */
  sheetName: string;
}

/**
 * Choices the user made for one workbook, saved inside it so that the pane shows the same
 * report to the next person who opens it on that workbook.
 */
export interface WorkbookChoices {
  /** Header text chosen for a field, or "" to leave the field unmapped. */
  mapping?: Partial<Record<DealField, string>>;
  /** Quota typed into the pane, as text (such as "600000" or "60万"). */
  quota?: string;
  /** Sheet to read the deals from, when the user chose one instead of the best match. */
  sheetName?: string;
  /** Excel table to read the deals from, when the user chose one. */
  tableName?: string;
  /** Length of the report period that contains the as-of date. */
  periodKind?: "quarter" | "month" | "year";
  /** Month (1-12) in which the fiscal year starts. */
  fiscalYearStartMonth?: number;
}

export interface WorkbookPort {
  readonly host: "excel" | "file";
  /** Display name of the workbook, for the pane's header. */
  readonly title: string;
  /** Reads the used cells and the Excel tables of every visible sheet. */
  read(options?: ReadOptions): Promise<WorkbookSnapshot>;
  /**
   * Writes a report sheet owned by the add-in. An earlier sheet of the same name that the
   * add-in owns is replaced, and so is every other add-in sheet of the same kind, whatever
   * its name. A sheet of the user's with that name is left untouched, and the report goes
   * to a new name.
   */
  writeReportSheet(content: ReportSheetContent): Promise<WriteResult>;
  /** Reads the choices saved in the workbook; empty when there are none. */
  loadChoices(): Promise<WorkbookChoices>;
  /** Saves the choices in the workbook, replacing the earlier ones. */
  saveChoices(choices: WorkbookChoices): Promise<void>;
}

/** Thrown by `read` when the signal aborts it. */
export class ReadCancelledError extends Error {
  constructor() {
    super("read cancelled");
    this.name = "ReadCancelledError";
  }
}
