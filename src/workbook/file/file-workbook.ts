/**
 * The Workbook port over a workbook file held in memory, for the preview and the command
 * line. Report sheets follow the same naming and ownership rule as in Excel.
 */
import type { CellValue, SheetGrid } from "../../engine/types";
import type { ReportSheetContent } from "../../present/report-sheet";
import { candidateSheetName, sameSheetName } from "../excel/report-sheet-names";
import { ReadCancelledError, type ReadOptions, type WorkbookChoices, type WorkbookPort, type WorkbookSnapshot, type WriteResult } from "../port";
import type { FileWorkbookData } from "./read-file";

export class FileWorkbook implements WorkbookPort {
  readonly host = "file";
  readonly title: string;
  private readonly sheets: SheetGrid[];
  private readonly date1904: boolean;
  /** Names of the sheets this workbook wrote, which a later report may replace. */
  private readonly ownedSheetNames = new Set<string>();
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
   * Writes the report into a sheet held in memory. An earlier report sheet of that name is
   * replaced in place. A sheet of the file's own with that name is kept, and the report goes
   * to the first name of "Name (2)", "Name (3)", … that is free or holds an earlier report.
   */
  async writeReportSheet(content: ReportSheetContent): Promise<WriteResult> {
    const grid: SheetGrid = { name: "", rows: reportRows(content), firstRow: 1, firstColumn: 0 };

    for (let attempt = 1; ; attempt++) {
      const name = candidateSheetName(content.name, attempt);
      const index = this.sheets.findIndex((sheet) => sameSheetName(sheet.name, name));
      if (index === -1) {
        this.sheets.push({ ...grid, name });
      } else if (this.isOwned(name)) {
        this.ownedSheetNames.delete(this.sheets[index].name);
        this.sheets[index] = { ...grid, name };
      } else {
        continue;
      }
      this.ownedSheetNames.add(name);
      return { sheetName: name };
    }
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

  private isOwned(name: string): boolean {
    for (const owned of this.ownedSheetNames) {
      if (sameSheetName(owned, name)) return true;
    }
    return false;
  }
}

/** Lists the cell values as written. Strings stay strings, because nothing here evaluates formulas. */
function reportRows(content: ReportSheetContent): CellValue[][] {
  return content.rows.map((row) => Array.from({ length: content.columnCount }, (_, column) => row[column]?.value ?? null));
}
