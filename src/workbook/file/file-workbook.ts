/**
 * The Workbook port over a workbook file held in memory, for the preview and the command
 * line. Report sheets follow the same naming and ownership rule as in Excel.
 */
import type { CellValue, SheetGrid } from "../../engine/types";
import type { ReportSheetContent } from "../../present/report-sheet";
import { planReportSheet, type ReportSheetKind } from "../excel/report-sheet-names";
import { ReadCancelledError, type ReadOptions, type WorkbookChoices, type WorkbookPort, type WorkbookSnapshot, type WriteResult } from "../port";
import type { FileWorkbookData } from "./read-file";

export class FileWorkbook implements WorkbookPort {
  readonly host = "file";
  readonly title: string;
  private readonly sheets: SheetGrid[];
  private readonly date1904: boolean;
  /** Kinds of the sheets this workbook wrote, by exact sheet name. A later sheet of the same kind replaces them. */
  private readonly ownedSheetKinds = new Map<string, ReportSheetKind>();
  /** Choices live only as long as the page or command: a file opened in the preview is never written back. */
  private choices: WorkbookChoices = {};

  constructor(data: FileWorkbookData) {
    this.title = data.fileName;
    this.sheets = [...data.sheets];
    this.date1904 = data.date1904;
  }

  async read(options: ReadOptions = {}): Promise<WorkbookSnapshot> {
    if (options.signal?.aborted) throw new ReadCancelledError();
    const snapshot = this.snapshot();
    const rowsTotal = snapshot.sheets.reduce((total, sheet) => total + sheet.rows.length, 0);
    options.onProgress?.({ rowsRead: rowsTotal, rowsTotal });
    return snapshot;
  }

  /**
   * Writes the sheet into the workbook held in memory. An earlier sheet this workbook wrote
   * with that name is replaced in place. A sheet of the file's own with that name is kept, and
   * the new sheet goes to the first name of "Name (2)", "Name (3)", … that is free or names a
   * sheet this workbook wrote. The other sheets this workbook wrote of the same kind are removed.
   */
  async writeReportSheet(content: ReportSheetContent): Promise<WriteResult> {
    const existing = this.sheets.map((sheet) => ({ sheet, name: sheet.name, ownerKind: this.ownedSheetKinds.get(sheet.name) ?? null }));
    const plan = planReportSheet(existing, content.name, content.kind);
    const grid: SheetGrid = { name: plan.name, rows: reportRows(content), firstRow: 1, firstColumn: 0 };

    if (plan.replaces) {
      this.sheets[this.sheets.indexOf(plan.replaces.sheet)] = grid;
      this.ownedSheetKinds.delete(plan.replaces.name);
    } else {
      this.sheets.push(grid);
    }
    for (const other of plan.deletes) {
      this.sheets.splice(this.sheets.indexOf(other.sheet), 1);
      this.ownedSheetKinds.delete(other.name);
    }
    this.ownedSheetKinds.set(plan.name, content.kind);
    return { sheetName: plan.name };
  }

  async loadChoices(): Promise<WorkbookChoices> {
    return structuredClone(this.choices);
  }

  async saveChoices(choices: WorkbookChoices): Promise<void> {
    this.choices = structuredClone(choices);
  }

  /** Returns the sheets as they are now, including report sheets written since the file was read. */
  snapshot(): WorkbookSnapshot {
    return { sheets: [...this.sheets], date1904: this.date1904 };
  }
}

/** Lists the cell values as written. Strings stay strings, because nothing here evaluates formulas. */
function reportRows(content: ReportSheetContent): CellValue[][] {
  return content.rows.map((row) => Array.from({ length: content.columnCount }, (_, column) => row[column]?.value ?? null));
}
