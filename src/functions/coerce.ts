/**
 * The one coercion layer for custom-function arguments. Every function reads its ranges
 * and scalars here, so that blanks, text numbers and error cells mean the same thing in
 * every function.
 *
 * What Excel passes (Office custom functions, CustomFunctionsRuntime 1.3):
 * - A range argument typed `any[][]` arrives as rows of cells. A single cell may arrive
 *   as a bare value, and an omitted optional argument as null (or undefined).
 * - A blank cell arrives as 0 in Excel on Windows and Mac, and as null or "" in Excel on
 *   the web. A blank that arrives as 0 cannot be distinguished from a typed 0, so it is read as 0,
 *   which adds nothing to a sum or a weighted sum.
 * - An error cell may arrive as a CustomFunctions.Error-like object (`{ code: "#N/A" }`),
 *   as a data-type error value (`{ type: "Error", basicValue: "#N/A" }`) or as its text.
 *   NOTE: which of these forms Excel uses is not confirmed in Excel, so every form is read.
 *   Other data-type values (`{ type: "Double", basicValue: 5 }`) are read by their
 *   basicValue, because the generated metadata sets allowCustomDataForDataTypeAny.
 */
import { cellText, isBlank, isCellError, parseAmount, parseAmountWithCurrency, parseProbabilityCell, scaleProbabilityColumn, toHalfWidth } from "../engine/read/values";
import type { CellValue } from "../engine/types";

/** Excel error value that a problem turns into: #VALUE!, #NUM! or #N/A. */
export type ProblemCode = "value" | "num" | "na" | "div";

/** Kind of argument problem. Each reason has one message and one Excel error. */
export type ProblemReason =
  | "unreadableAmount"
  | "mixedCurrency"
  | "unreadableProbability"
  | "unreadableDate"
  | "unreadableNumber"
  | "errorCell"
  | "probabilityOutOfRange"
  | "sizeMismatch"
  | "notSingleValue"
  | "notOneDimension"
  | "notPositive"
  | "negative"
  | "notWholeNumber"
  | "monthOutOfRange"
  | "growthBelowMinusOne"
  | "unknownPeriod"
  | "unknownStage"
  | "stagesOutOfOrder"
  | "seasonalityLength"
  | "weightsSumZero"
  | "quotaMet"
  | "noDeals"
  | "divisionByZero";

/**
 * Excel error of each reason, following Excel's own functions: #VALUE! for a value of the
 * wrong kind, #NUM! for a number outside its range, #N/A for a value not found, and #DIV/0!
 * when nothing is left to divide by, as AVERAGE of no numbers gives.
 */
const REASON_CODES: Record<ProblemReason, ProblemCode> = {
  unreadableAmount: "value",
  mixedCurrency: "value",
  unreadableProbability: "value",
  unreadableDate: "value",
  unreadableNumber: "value",
  errorCell: "value",
  probabilityOutOfRange: "value",
  sizeMismatch: "value",
  notSingleValue: "value",
  notOneDimension: "value",
  notPositive: "num",
  negative: "num",
  notWholeNumber: "num",
  monthOutOfRange: "num",
  growthBelowMinusOne: "num",
  unknownPeriod: "value",
  unknownStage: "na",
  stagesOutOfOrder: "value",
  seasonalityLength: "value",
  weightsSumZero: "num",
  quotaMet: "na",
  noDeals: "na",
  divisionByZero: "div",
};

export interface ProblemDetails {
  /** Parameter name as Excel shows it, such as "open_amounts". */
  argument: string;
  /** 1-based row within the argument's range; null for a scalar or a whole-range problem. */
  row?: number | null;
  /** 1-based column within the range; null unless the range has more than one column. */
  column?: number | null;
  /** The value as Excel passed it. */
  value?: unknown;
  /** Extra message parameters, such as range sizes. */
  params?: Record<string, string | number>;
}

/**
 * An argument that a custom function cannot use. The coercion layer and the functions
 * throw it, and `withExcelErrors` turns it into a CustomFunctions.Error at the edge.
 */
export class ArgumentProblem extends Error {
  readonly code: ProblemCode;
  readonly reason: ProblemReason;
  readonly argument: string;
  readonly row: number | null;
  readonly column: number | null;
  readonly value: unknown;
  readonly params: Record<string, string | number>;

  constructor(reason: ProblemReason, details: ProblemDetails) {
    const position = details.row == null ? "" : ` at row ${details.row}${details.column == null ? "" : `, column ${details.column}`}`;
    super(`${reason} in ${details.argument}${position}`);
    this.name = "ArgumentProblem";
    this.code = REASON_CODES[reason];
    this.reason = reason;
    this.argument = details.argument;
    this.row = details.row ?? null;
    this.column = details.column ?? null;
    this.value = details.value;
    this.params = details.params ?? {};
  }
}

/** Numbers read from a range, one per cell in row-major order. */
export interface RangeNumbers extends RangeShape {
  /** The number in each cell; NaN for a blank cell. */
  values: Float64Array;
  /** The cells as Excel passed them, row by row, for locating a problem after the read. */
  cells: unknown[][];
  /** The first cell that names a currency ("$3.5k", "RMB 1,650"), or null when none does. */
  currency: CurrencyCell | null;
}

/** A cell that names a currency, for checking that arguments do not mix currencies. */
export interface CurrencyCell {
  /** ISO 4217 code, such as CNY or USD. */
  code: string;
  value: unknown;
  row: number | null;
  column: number | null;
}

/** Size of a range argument: 0 × 0 when it is empty or omitted. */
export interface RangeShape {
  rowCount: number;
  columnCount: number;
}

/** A range argument as rows of cells, with its size. */
interface Grid {
  cells: unknown[][];
  rowCount: number;
  columnCount: number;
}

/**
 * Shapes a range argument as rows of cells. null and undefined give an empty range, a
 * bare value gives one cell, and a flat array is read as one column.
 */
function toGrid(range: unknown): Grid {
  if (range === null || range === undefined) return { cells: [], rowCount: 0, columnCount: 0 };
  if (!Array.isArray(range)) return { cells: [[range]], rowCount: 1, columnCount: 1 };

  // Plain loops, and a copy only when some row is a bare value: a range argument can have a
  // million rows, and Excel passes every row as an array.
  let columnCount = 0;
  let bareRows = false;
  for (let r = 0; r < range.length; r++) {
    const row: unknown = range[r];
    if (!Array.isArray(row)) bareRows = true;
    else if (row.length > columnCount) columnCount = row.length;
  }
  if (bareRows) columnCount = Math.max(columnCount, 1);
  const cells = bareRows ? range.map((row: unknown) => (Array.isArray(row) ? row : [row])) : (range as unknown[][]);
  // A range without cells ([] or [[]]) has no rows either, so that sizes compare as 0 × 0.
  if (columnCount === 0) return { cells: [], rowCount: 0, columnCount: 0 };
  return { cells, rowCount: cells.length, columnCount };
}

/** Returns the error text of an error cell in any of the forms Excel passes, or null. */
function errorCodeOf(value: unknown): string | null {
  if (typeof value === "string") return isCellError(value) ? value.trim().toUpperCase() : null;
  if (typeof value !== "object" || value === null) return null;

  const record = value as Record<string, unknown>;
  if (typeof record.code === "string" && record.code.startsWith("#")) return record.code;
  if (record.type === "Error") return typeof record.basicValue === "string" ? record.basicValue : "#VALUE!";
  return null;
}

/**
 * Returns the plain value of a cell: a data-type value such as `{ type: "Double",
 * basicValue: 5 }` gives its basicValue, and blanks give null. Throws an "errorCell"
 * problem for an error value.
 */
function plainValueOf(raw: unknown, details: ProblemDetails): CellValue | object {
  let value = raw;
  let errorCode = errorCodeOf(value);
  if (errorCode === null && typeof value === "object" && value !== null && !Array.isArray(value) && "basicValue" in value) {
    value = (value as { basicValue: unknown }).basicValue;
    errorCode = errorCodeOf(value);
  }
  if (errorCode !== null) throw new ArgumentProblem("errorCell", { ...details, value: errorCode });
  return isBlank(value as CellValue) ? null : (value as CellValue | object);
}

/**
 * Visits every cell of a range in row-major order. Blank cells get NaN, error cells throw
 * an "errorCell" problem, and other cells go to `read` with their position for messages.
 */
export function readCells(
  argument: string,
  range: unknown,
  read: (value: CellValue | object, index: number, details: ProblemDetails) => number,
  readNumberCell?: ((value: number) => number | null) | "asIs",
): RangeNumbers {
  if (readNumberCell === "asIs") {
    const plain = readPlainNumbers(range);
    if (plain !== null) return plain;
  }
  const grid = toGrid(range);
  const { rowCount, columnCount } = grid;
  const values = new Float64Array(rowCount * columnCount);
  // Most cells are plain numbers, which skip the problem details that the general path builds
  // for every cell. "asIs" keeps a finite number without a call, the commonest case.
  const asIs = readNumberCell === "asIs";
  const numberReader = typeof readNumberCell === "function" ? readNumberCell : null;

  for (let r = 0; r < rowCount; r++) {
    const row = grid.cells[r];
    for (let c = 0; c < columnCount; c++) {
      const index = r * columnCount + c;
      const raw = row[c];
      if (typeof raw === "number") {
        if (asIs && Number.isFinite(raw)) {
          values[index] = raw;
          continue;
        }
        const number = numberReader === null ? null : numberReader(raw);
        if (number !== null) {
          values[index] = number;
          continue;
        }
      }
      const details: ProblemDetails = { argument, row: r + 1, column: columnCount > 1 ? c + 1 : null, value: raw };
      const value = plainValueOf(raw, details);
      values[index] = value === null ? NaN : read(value, index, details);
    }
  }
  return { values, cells: grid.cells, rowCount, columnCount, currency: null };
}

/**
 * Reads a range whose rows are arrays of one length and whose cells are all finite numbers
 * or blanks, the commonest range argument, in one loop without building any per-cell
 * details. Returns null, leaving the range to the general path, as soon as a cell or row is
 * anything else: the general path then reads the whole range and locates the problem.
 */
function readPlainNumbers(range: unknown): RangeNumbers | null {
  const shape = plainShapeOf(range);
  if (shape === null) return null;
  const { rows, columnCount } = shape;
  const values = new Float64Array(rows.length * columnCount);

  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!Array.isArray(row) || row.length !== columnCount) return null;
    for (let c = 0; c < columnCount; c++) {
      const value = plainCellValue(row[c]);
      if (value === undefined) return null;
      values[r * columnCount + c] = value;
    }
  }
  return { values, cells: rows, rowCount: rows.length, columnCount, currency: null };
}

/**
 * Reads two ranges of one shape made of plain numbers and blanks, such as amounts and their
 * probabilities, in one loop. The rows of the two ranges are read side by side, as a plain
 * SUMPRODUCT-like loop reads them. Returns null when either range needs the general readers,
 * or when their shapes differ, which the general path reports.
 */
export function readPlainNumberPair(first: unknown, second: unknown): [RangeNumbers, RangeNumbers] | null {
  const firstShape = plainShapeOf(first);
  const secondShape = plainShapeOf(second);
  if (firstShape === null || secondShape === null) return null;
  if (firstShape.rows.length !== secondShape.rows.length || firstShape.columnCount !== secondShape.columnCount) return null;
  const rowCount = firstShape.rows.length;
  const { columnCount } = firstShape;
  const firstValues = new Float64Array(rowCount * columnCount);
  const secondValues = new Float64Array(rowCount * columnCount);

  for (let r = 0; r < rowCount; r++) {
    const firstRow = firstShape.rows[r];
    const secondRow = secondShape.rows[r];
    if (!Array.isArray(firstRow) || firstRow.length !== columnCount || !Array.isArray(secondRow) || secondRow.length !== columnCount) return null;
    for (let c = 0; c < columnCount; c++) {
      const firstValue = plainCellValue(firstRow[c]);
      const secondValue = plainCellValue(secondRow[c]);
      if (firstValue === undefined || secondValue === undefined) return null;
      firstValues[r * columnCount + c] = firstValue;
      secondValues[r * columnCount + c] = secondValue;
    }
  }
  return [
    { values: firstValues, cells: firstShape.rows, rowCount, columnCount, currency: null },
    { values: secondValues, cells: secondShape.rows, rowCount, columnCount, currency: null },
  ];
}

/** Returns the rows and width of a range whose first row is an array, or null for any other argument. */
function plainShapeOf(range: unknown): { rows: unknown[][]; columnCount: number } | null {
  if (!Array.isArray(range) || range.length === 0 || !Array.isArray(range[0])) return null;
  const columnCount = (range[0] as unknown[]).length;
  return columnCount === 0 ? null : { rows: range as unknown[][], columnCount };
}

/** Returns a finite number as itself and a blank as NaN, or undefined for any other cell. */
function plainCellValue(raw: unknown): number | undefined {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : undefined;
  if (raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "")) return NaN;
  return undefined;
}

/**
 * Returns the problem details of one cell of a range that was read, by its row-major index.
 *
 * @example cellDetails("amounts", range, 3) // { argument: "amounts", row: 2, column: 2, value: … } in a 2-column range
 */
export function cellDetails(argument: string, range: RangeNumbers, index: number): ProblemDetails {
  const row = Math.floor(index / range.columnCount);
  const column = index % range.columnCount;
  return { argument, row: row + 1, column: range.columnCount > 1 ? column + 1 : null, value: range.cells[row]?.[column] };
}

/**
 * Reads a range of amounts: numbers, and text that parseAmount reads ("¥1,200",
 * "1.2万", "$3.5k"). Negative amounts are kept, as the report keeps them. Throws an
 * ArgumentProblem naming the argument and the row for other text, booleans and error cells,
 * and "mixedCurrency" when two cells name different currencies, because no sum may mix them.
 *
 * @example readAmounts("open_amounts", [[100], [null], ["¥1,200"]]).values // [100, NaN, 1200]
 */
export function readAmounts(argument: string, range: unknown): RangeNumbers {
  let first: CurrencyCell | null = null;
  const numbers = readCells(argument, range, (value, _index, details) => {
    const { amount, currency } = parseAmountWithCurrency(value as CellValue);
    if (Number.isNaN(amount)) throw new ArgumentProblem("unreadableAmount", details);
    if (currency !== null) {
      first ??= { code: currency, value: details.value, row: details.row ?? null, column: details.column ?? null };
      if (currency !== first.code) {
        throw new ArgumentProblem("mixedCurrency", { ...details, params: { currency, otherCurrency: first.code, otherRow: first.row ?? 1 } });
      }
    }
    return amount;
  }, "asIs");
  return { ...numbers, currency: first };
}

/**
 * Throws "mixedCurrency" when two arguments name different currencies, such as open amounts
 * in ¥ and won amounts in $, because a ratio of the two would compare unlike money. An
 * argument whose cells name no currency goes with any other.
 */
export function requireOneCurrency(...parts: { argument: string; currency: CurrencyCell | null }[]): void {
  const named = parts.filter((part) => part.currency !== null);
  const first = named[0];
  const other = named.find((part) => part.currency!.code !== first.currency!.code);
  if (!other) return;
  const cell = other.currency!;
  throw new ArgumentProblem("mixedCurrency", {
    argument: other.argument,
    row: cell.row,
    column: cell.column,
    value: cell.value,
    params: { currency: cell.code, otherCurrency: first.currency!.code, otherArgument: first.argument },
  });
}

/**
 * Reads a range of weights, such as seasonality: numbers and text numbers, with "8%" read
 * as 0.08. Weights are compared only with each other, so their scale does not matter.
 *
 * @example readWeights("seasonality", [[1], ["8%"]]).values // [1, 0.08]
 */
export function readWeights(argument: string, range: unknown): RangeNumbers {
  return readCells(argument, range, (value, _index, details) => {
    const parsed = parseProbabilityCell(value as CellValue);
    if (Number.isNaN(parsed.number)) throw new ArgumentProblem("unreadableNumber", details);
    return parsed.number;
  });
}

/**
 * Reads a range of probabilities as fractions. "60%" is 0.6. Plain numbers follow the
 * column rule of scaleProbabilityColumn over the whole range: when every plain number is
 * within 0..1 they are fractions, otherwise they are percents. Throws an ArgumentProblem
 * for unreadable text, error cells and values outside 0..100 (or 0..100%).
 *
 * @example readProbabilities("probabilities", [[60], [20]]).values // [0.6, 0.2]
 * @example readProbabilities("probabilities", [[0.6], ["20%"]]).values // [0.6, 0.2]
 */
export function readProbabilities(argument: string, range: unknown): RangeNumbers {
  // Text such as "60%" is already a fraction; only those few cells are listed.
  const percentIndexes: number[] = [];
  const numbers = readCells(
    argument,
    range,
    (value, index, details) => {
      const parsed = parseProbabilityCell(value as CellValue);
      if (Number.isNaN(parsed.number)) throw new ArgumentProblem("unreadableProbability", details);
      if (parsed.percentSign) percentIndexes.push(index);
      return parsed.number;
    },
    "asIs",
  );
  return scaleProbabilities(argument, numbers, percentIndexes);
}

/**
 * Turns a range of read probabilities into fractions by the column rule of
 * scaleProbabilityColumn, in place. `percentIndexes` lists the cells written with a percent
 * sign, which are fractions already. Throws "probabilityOutOfRange" at the first value
 * outside 0..100 (or 0..100%).
 */
export function scaleProbabilities(argument: string, numbers: RangeNumbers, percentIndexes: readonly number[] = []): RangeNumbers {
  let alreadyFractions: Uint8Array | undefined;
  if (percentIndexes.length > 0) {
    alreadyFractions = new Uint8Array(numbers.values.length);
    for (const index of percentIndexes) alreadyFractions[index] = 1;
  }
  const invalid = scaleProbabilityColumn(numbers.values, alreadyFractions);
  if (invalid.length > 0) throw new ArgumentProblem("probabilityOutOfRange", cellDetails(argument, numbers, invalid[0]));
  return numbers;
}

/**
 * Reads one number with the amount rules of readAmounts. Accepts a bare value or a
 * one-cell range. Returns NaN for a blank; the caller decides whether blank is allowed.
 * Throws an ArgumentProblem for a range of more than one cell, unreadable text or an
 * error value.
 *
 * @example readNumber("quota", "60万") // 600000
 */
export function readNumber(argument: string, value: unknown): number {
  return readAmountValue(argument, value).amount;
}

/**
 * Reads one amount with the currency its text names, such as "$1,000" (USD), for arguments
 * that must match another argument's currency. The amount is NaN for a blank.
 *
 * @example readAmountValue("quota", "60万").amount // 600000
 */
export function readAmountValue(argument: string, value: unknown): { amount: number; currency: CurrencyCell | null } {
  const { plain, details } = readScalar(argument, value);
  if (plain === null) return { amount: NaN, currency: null };
  const { amount, currency } = parseAmountWithCurrency(plain as CellValue);
  if (Number.isNaN(amount)) throw new ArgumentProblem("unreadableAmount", details);
  return { amount, currency: currency === null ? null : { code: currency, value: details.value, row: null, column: null } };
}

/**
 * Throws a "sizeMismatch" problem unless two ranges have the same number of rows and of
 * columns, as SUMPRODUCT requires.
 */
export function requireSameSize(first: { argument: string; range: RangeShape }, second: { argument: string; range: RangeShape }): void {
  const a = first.range;
  const b = second.range;
  if (a.rowCount === b.rowCount && a.columnCount === b.columnCount) return;
  throw new ArgumentProblem("sizeMismatch", {
    argument: second.argument,
    params: {
      rows: b.rowCount,
      columns: b.columnCount,
      otherArgument: first.argument,
      otherRows: a.rowCount,
      otherColumns: a.columnCount,
    },
  });
}

/** Σ of the numbers in a range; blank cells (NaN) add nothing. */
export function sumNumbers(numbers: RangeNumbers): number {
  const { values } = numbers;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    if (!Number.isNaN(values[i])) total += values[i];
  }
  return total;
}

/** Texts read from a range, one per cell in row-major order. */
export interface RangeTexts extends RangeShape {
  /** The trimmed text of each cell; "" for a blank cell. A number gives String(number), such as "1001". */
  texts: string[];
}

/**
 * Reads a range of names, such as stages or deal ids. Numbers and booleans are read as
 * their text, blanks as "". Throws an "errorCell" problem naming the argument and the row
 * for an error cell.
 *
 * @example readTexts("stages", [["Closed Won"], [null], [3]]).texts // ["Closed Won", "", "3"]
 */
export function readTexts(argument: string, range: unknown): RangeTexts {
  const grid = toGrid(range);
  const texts = new Array<string>(grid.rowCount * grid.columnCount);
  for (let r = 0; r < grid.rowCount; r++) {
    const row = grid.cells[r];
    for (let c = 0; c < grid.columnCount; c++) {
      const raw = row[c];
      const index = r * grid.columnCount + c;
      // Text that does not start with # or white space cannot be an error value or a blank,
      // and numbers are never either, so the commonest cells skip the problem details.
      if (typeof raw === "number") {
        texts[index] = String(raw);
        continue;
      }
      if (typeof raw === "string" && raw.length > 0 && raw.charCodeAt(0) !== 35 && !isWhiteSpaceCode(raw.charCodeAt(0))) {
        texts[index] = raw.trimEnd();
        continue;
      }
      const details: ProblemDetails = { argument, row: r + 1, column: grid.columnCount > 1 ? c + 1 : null, value: raw };
      const value = plainValueOf(raw, details);
      texts[index] = value === null ? "" : cellText(value as CellValue);
    }
  }
  return { texts, rowCount: grid.rowCount, columnCount: grid.columnCount };
}

/**
 * Returns the one value of a scalar argument, or null for a blank or omitted one. Throws
 * "notSingleValue" for a range of more than one cell and "errorCell" for an error value.
 */
export function readScalar(argument: string, value: unknown): { plain: CellValue | object | null; details: ProblemDetails } {
  const grid = toGrid(value);
  if (grid.rowCount * grid.columnCount > 1) {
    throw new ArgumentProblem("notSingleValue", { argument, params: { rows: grid.rowCount, columns: grid.columnCount } });
  }
  const details: ProblemDetails = { argument, value: grid.rowCount === 0 ? null : grid.cells[0][0] };
  return { plain: plainValueOf(details.value, details), details };
}

/**
 * Reads one whole number, such as a count of deals or of days. A blank or omitted argument
 * gives `fallback`. Throws "unreadableNumber" for text that is no number and
 * "notWholeNumber" (#NUM!) for a fraction or a number below `min`.
 *
 * @example readWholeNumber("n", null, { min: 1, fallback: 20 }) // 20
 */
export function readWholeNumber(argument: string, value: unknown, options: { min: number; fallback: number }): number {
  const { plain, details } = readScalar(argument, value);
  if (plain === null) return options.fallback;
  const number = parseAmount(plain as CellValue);
  if (Number.isNaN(number)) throw new ArgumentProblem("unreadableNumber", details);
  if (!Number.isInteger(number) || number < options.min) {
    throw new ArgumentProblem("notWholeNumber", { ...details, params: { min: options.min } });
  }
  return number;
}

/**
 * Reads a growth-like rate, which may be negative: text with a percent sign is divided by
 * 100 ("15%" and "-5%"), and so is a number beyond ±1, because a manager who types 15 means
 * 15%. A number within −1..1 is the fraction itself (0.15, or 15% typed into a
 * percent-formatted cell). A rate beyond ±100% must therefore be written as text ("150%").
 * A blank or omitted argument gives `fallback`.
 *
 * @example readRate("growth", 15, 0) // 0.15
 * @example readRate("growth", "150%", 0) // 1.5
 */
export function readRate(argument: string, value: unknown, fallback: number): number {
  const { plain, details } = readScalar(argument, value);
  if (plain === null) return fallback;

  const text = typeof plain === "string" ? toHalfWidth(plain).trim() : null;
  if (text?.endsWith("%")) {
    const percent = parseAmount(text.slice(0, -1));
    if (Number.isNaN(percent)) throw new ArgumentProblem("unreadableNumber", details);
    return percent / 100;
  }
  const number = parseAmount(plain as CellValue);
  if (Number.isNaN(number)) throw new ArgumentProblem("unreadableNumber", details);
  return Math.abs(number) > 1 ? number / 100 : number;
}

/**
 * Reads one probability-like fraction, such as a win rate or a conversion rate, by the
 * probability rules: 0.25, 25 and "25%" are all 0.25. Returns NaN for a blank.
 *
 * @example readFraction("win_rate", 25) // 0.25
 */
export function readFraction(argument: string, value: unknown): number {
  const { plain, details } = readScalar(argument, value);
  if (plain === null) return NaN;
  const parsed = parseProbabilityCell(plain as CellValue);
  if (Number.isNaN(parsed.number)) throw new ArgumentProblem("unreadableProbability", details);

  const numbers = Float64Array.of(parsed.number);
  const invalid = scaleProbabilityColumn(numbers, Uint8Array.of(parsed.percentSign ? 1 : 0));
  if (invalid.length > 0) throw new ArgumentProblem("probabilityOutOfRange", details);
  return numbers[0];
}

/** True for the character codes that String.prototype.trim removes (white space and line ends). */
function isWhiteSpaceCode(code: number): boolean {
  if (code <= 32) return true;
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
