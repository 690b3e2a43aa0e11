/**
 * A HyperFormula workbook that contains a deal table as the product read it, so that tests can
 * recompute the report's sums with spreadsheet formulas (SUMIFS, COUNTIFS, SUMPRODUCT) over
 * the same cells.
 *
 * Sheet "Deals" has a header on row 1 and one deal per row from row 2, in table order:
 * A kind ("open", "won", "lost", "deferred"), B amount, C close date as an Excel serial
 * (1900 system), D the row's probability, E the stage's default probability, F the
 * probability a weighted forecast uses (D when it is a number, else E), and G 1 when F has a
 * probability and 0 when neither D nor E has one. A NaN in the table (a missing amount, date
 * or probability) is a blank cell.
 */
import { HyperFormula } from "hyperformula";
import { KIND_NAMES, type DealTable } from "../../src/engine/types";

/** Excel serial of 1970-01-01 in the 1900 date system, the day number 0 of the engine. */
export const SERIAL_OF_DAY_ZERO = 25569;

/** Column letters of the "Deals" sheet. */
export const DEAL_COLUMNS = {
  kind: "A",
  amount: "B",
  close: "C",
  rowProbability: "D",
  stageProbability: "E",
  probability: "F",
  hasProbability: "G",
} as const;

export type DealColumn = keyof typeof DEAL_COLUMNS;

/** Excel's row limit. HyperFormula 3.5.0 defaults to maxRows 40,000. */
const MAX_ROWS = 1_048_576;

export interface DealFormulaSheet {
  /** Absolute reference to the data rows of one column, such as `Deals!$B$2:$B$8801`. */
  range(column: DealColumn): string;
  /**
   * Evaluates a formula against the workbook and returns its number. Throws when the result
   * is an error or not a number, with the formula in the message.
   */
  evaluate(formula: string): number;
  /** Frees the HyperFormula instance. */
  destroy(): void;
}

/** Excel serial of an engine day number. */
export function serialFromDay(day: number): number {
  return day + SERIAL_OF_DAY_ZERO;
}

/**
 * Builds the workbook described in the file header from a deal table. Throws a RangeError
 * for a table without deals, because a range of zero rows cannot be written in A1 notation.
 */
export function buildDealFormulaSheet(table: DealTable): DealFormulaSheet {
  if (table.size === 0) throw new RangeError(`Deal table of sheet "${table.sheet}" has no deals to put in a formula sheet.`);

  const blankIfNaN = (value: number) => (Number.isNaN(value) ? null : value);
  const rows: (string | number | null)[][] = [["kind", "amount", "close", "rowProbability", "stageProbability", "probability", "hasProbability"]];
  for (let i = 0; i < table.size; i++) {
    const sheetRow = i + 2;
    rows.push([
      KIND_NAMES[table.kind[i]],
      blankIfNaN(table.amount[i]),
      blankIfNaN(serialFromDay(table.close[i])),
      blankIfNaN(table.probability[i]),
      blankIfNaN(table.stageProbability[i]),
      `=IF(ISNUMBER(D${sheetRow}),D${sheetRow},E${sheetRow})`,
      `=IF(OR(ISNUMBER(D${sheetRow}),ISNUMBER(E${sheetRow})),1,0)`,
    ]);
  }

  // smartRounding off: HyperFormula would otherwise round every output to 10 significant
  // digits, which drops the cents of totals above 100 million.
  const hf = HyperFormula.buildFromSheets({ Deals: rows }, { licenseKey: "gpl-v3", maxRows: MAX_ROWS, smartRounding: false });
  const sheetId = hf.getSheetId("Deals");
  if (sheetId === undefined) throw new Error('HyperFormula did not create the sheet "Deals".');
  const lastRow = table.size + 1;

  return {
    range: (column) => `Deals!$${DEAL_COLUMNS[column]}$2:$${DEAL_COLUMNS[column]}$${lastRow}`,
    evaluate: (formula) => {
      const result = hf.calculateFormula(formula, sheetId);
      if (typeof result !== "number") throw new Error(`Formula ${formula} returned ${JSON.stringify(result)}, expected a number.`);
      return result;
    },
    destroy: () => hf.destroy(),
  };
}
