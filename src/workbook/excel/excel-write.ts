/**
 * Writing a report sheet through Office.js. Report sheets carry a worksheet custom property
 * that marks them as the add-in's, so a later run replaces only its own sheet and never
 * touches a sheet of the user's that happens to have the same name.
 */
import { NUMBER_FORMATS, type ReportSheetContent, type SheetCell } from "../../present/report-sheet";
import type { WriteResult } from "../port";
import { candidateSheetName, OWNER_PROPERTY_KEY, OWNER_REPORT_VALUE } from "./report-sheet-names";

/** Candidate names looked up per sync while searching for a free name. */
const CANDIDATES_PER_SYNC = 10;
/** An estimate of the width of one character of the default font, in points. */
const POINTS_PER_CHARACTER = 7;

interface ReportSheetTarget {
  name: string;
  /** The add-in's earlier sheet of that name, deleted before the new one is added. */
  replaces: Excel.Worksheet | null;
}

interface Candidate {
  name: string;
  sheet: Excel.Worksheet;
  owner: Excel.WorksheetCustomProperty | null;
}

/** Writes a report sheet owned by the add-in and activates it. All cell writes go in the last sync. */
export async function writeReportSheet(context: Excel.RequestContext, content: ReportSheetContent): Promise<WriteResult> {
  const target = await findReportSheetTarget(context, content.name);

  target.replaces?.delete();
  const sheet = context.workbook.worksheets.add(target.name);
  sheet.customProperties.add(OWNER_PROPERTY_KEY, OWNER_REPORT_VALUE);
  context.workbook.application.suspendApiCalculationUntilNextSync();
  writeCells(sheet, content);
  sheet.activate();
  await context.sync();

  return { sheetName: target.name };
}

/**
 * Finds the first of "Name", "Name (2)", "Name (3)", … that is either free or a sheet the
 * add-in wrote earlier. A candidate held by a sheet of the user's is skipped.
 */
async function findReportSheetTarget(context: Excel.RequestContext, name: string): Promise<ReportSheetTarget> {
  const worksheets = context.workbook.worksheets;
  // The loop ends because each round checks new, distinct names and a workbook has finitely many sheets.
  for (let first = 1; ; first += CANDIDATES_PER_SYNC) {
    const candidates: Candidate[] = [];
    for (let attempt = first; attempt < first + CANDIDATES_PER_SYNC; attempt++) {
      const candidateName = candidateSheetName(name, attempt);
      candidates.push({ name: candidateName, sheet: worksheets.getItemOrNullObject(candidateName), owner: null });
    }
    await context.sync();

    const existing = candidates.filter((candidate) => !candidate.sheet.isNullObject);
    for (const candidate of existing) {
      candidate.owner = candidate.sheet.customProperties.getItemOrNullObject(OWNER_PROPERTY_KEY).load("value");
    }
    if (existing.length > 0) await context.sync();

    for (const candidate of candidates) {
      if (candidate.sheet.isNullObject) return { name: candidate.name, replaces: null };
      if (isOwnedByReport(candidate.owner)) return { name: candidate.name, replaces: candidate.sheet };
    }
  }
}

function isOwnedByReport(owner: Excel.WorksheetCustomProperty | null): boolean {
  return owner !== null && !owner.isNullObject && owner.value === OWNER_REPORT_VALUE;
}

/** Queues the cell values, number formats, bold rows and column widths of the report. */
function writeCells(sheet: Excel.Worksheet, content: ReportSheetContent): void {
  const { rows, columnCount } = content;
  if (rows.length > 0 && columnCount > 0) {
    const cells = rows.map((row) => Array.from({ length: columnCount }, (_, column): SheetCell | undefined => row[column]));
    const block = sheet.getRangeByIndexes(0, 0, rows.length, columnCount);
    // The formats go first in the same batch, so that Excel stores strings starting with
    // = + - @ as text instead of parsing them as formulas. Range.valuesAsJson would also keep
    // them as text, but it needs ExcelApi 1.16 and the manifest requires only 1.12.
    // NOTE: that "@" set before the values keeps such strings as text was not checked on every platform.
    block.numberFormat = cells.map((row) => row.map(cellNumberFormat));
    block.values = cells.map((row) => row.map((cell) => cell?.value ?? ""));

    rows.forEach((row, index) => {
      if (row.some((cell) => cell.style === "title" || cell.style === "header")) {
        sheet.getRangeByIndexes(index, 0, 1, columnCount).format.font.bold = true;
      }
    });
  }
  content.columnWidths.forEach((characters, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = characters * POINTS_PER_CHARACTER;
  });
}

/** Strings are always formatted as text, whatever figure format their cell has. */
function cellNumberFormat(cell: SheetCell | undefined): string {
  if (cell === undefined || typeof cell.value === "string") return NUMBER_FORMATS.text;
  return NUMBER_FORMATS[cell.format];
}
