/**
 * papaparse, a CSV parser, tokenising the same rows as CSV text: the yardstick for ingest.
 * It only splits text into fields of text. Ingest also finds the header, reads every amount,
 * date and probability, and lists every unreadable cell.
 */
import Papa from "papaparse";
import type { OfficeCell } from "../synthetic-pipeline";

/** Writes rows as CSV text, once and outside any timing. */
export function rowsToCsv(cells: OfficeCell[][]): string {
  return Papa.unparse(cells);
}

/** Tokenises CSV text into rows of strings. Throws when papaparse reports an error. */
export function tokeniseCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { header: false, dynamicTyping: false, skipEmptyLines: false });
  if (result.errors.length > 0) throw new Error(`papaparse failed to tokenise the CSV: ${result.errors[0].message} (row ${result.errors[0].row})`);
  return result.data;
}
