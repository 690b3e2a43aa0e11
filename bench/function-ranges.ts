/**
 * One-column ranges of 1,000,000 rows, as Excel passes a range to a custom function. Each
 * row is an array of one cell: a number for a number or a date (an Excel serial), a string
 * for text, and null for a blank cell, as Excel on the web sends it. When the deal table has
 * fewer deals than rows, the rows start again from its first deal.
 *
 * Each range is built on first use and then kept, so that a function case pays for no range
 * it does not read.
 */
import { serialFromDay } from "../src/engine/dates";
import { KIND, type DealTable } from "../src/engine/types";

export const FUNCTION_RANGE_ROWS = 1_000_000;

type Cell = number | string | null;
export type Range = Cell[][];

export class FunctionRanges {
  readonly rows: number;
  /** The as-of date of the pipeline, as an Excel serial (1900 date system). */
  readonly asOf: number;
  private readonly table: DealTable;
  private readonly built = new Map<string, unknown>();

  constructor(table: DealTable, asOfDay: number, rows = FUNCTION_RANGE_ROWS) {
    if (table.size === 0) throw new RangeError("A deal table without deals cannot fill a range.");
    this.table = table;
    this.asOf = serialFromDay(asOfDay);
    this.rows = rows;
  }

  /** Every deal's amount. */
  get amounts(): Range {
    return this.numbers("amounts", (deal) => this.table.amount[deal]);
  }

  /** Amounts of open deals, with blanks in the rows of other deals. */
  get openAmounts(): Range {
    return this.numbers("openAmounts", (deal) => (this.table.kind[deal] === KIND.open ? this.table.amount[deal] : NaN));
  }

  /** Amounts of won deals, with blanks in the rows of other deals. */
  get wonAmounts(): Range {
    return this.numbers("wonAmounts", (deal) => (this.table.kind[deal] === KIND.won ? this.table.amount[deal] : NaN));
  }

  /** The probability the weighted forecast uses, as a fraction: the row's, else the stage's default. */
  get probabilities(): Range {
    return this.numbers("probabilities", (deal) => {
      const own = this.table.probability[deal];
      return Number.isNaN(own) ? this.table.stageProbability[deal] : own;
    });
  }

  get ids(): Range {
    return this.texts("ids", (deal) => this.table.id[deal]);
  }

  get stages(): Range {
    return this.texts("stages", (deal) => this.table.stage[deal]);
  }

  get owners(): Range {
    return this.texts("owners", (deal) => this.table.owner[deal]);
  }

  /** Created dates as Excel serials (1900 date system). */
  get createdDates(): Range {
    return this.numbers("createdDates", (deal) => serialFromDay(this.table.created[deal]));
  }

  /** Close dates as Excel serials (1900 date system). */
  get closeDates(): Range {
    return this.numbers("closeDates", (deal) => serialFromDay(this.table.close[deal]));
  }

  /** Last activity dates as Excel serials (1900 date system). */
  get lastActivityDates(): Range {
    return this.numbers("lastActivityDates", (deal) => serialFromDay(this.table.lastActivity[deal]));
  }

  /** Dates each deal entered its stage, as Excel serials (1900 date system). */
  get stageEnteredDates(): Range {
    return this.numbers("stageEnteredDates", (deal) => serialFromDay(this.table.stageEntered[deal]));
  }

  /** A quota that puts the coverage of the open amounts at 3×: Σ won + Σ open ÷ 3. */
  get quota(): number {
    return sumRange(this.wonAmounts) + sumRange(this.openAmounts) / 3;
  }

  private numbers(key: string, valueOf: (deal: number) => number): Range {
    return this.range(key, (deal) => {
      const value = valueOf(deal);
      return Number.isNaN(value) ? null : value;
    });
  }

  private texts(key: string, valueOf: (deal: number) => string): Range {
    return this.range(key, (deal) => valueOf(deal) || null);
  }

  private range(key: string, cellOf: (deal: number) => Cell): Range {
    const existing = this.built.get(key) as Range | undefined;
    if (existing) return existing;
    const range: Range = new Array(this.rows);
    for (let row = 0; row < this.rows; row++) range[row] = [cellOf(row % this.table.size)];
    this.built.set(key, range);
    return range;
  }
}

/**
 * Sums the numbers of a 2-D range in a plain loop, skipping every other cell: the least work
 * a function that reads a range can do, so each function's time is also given as a multiple of it.
 */
export function sumRange(range: Range): number {
  let total = 0;
  for (let r = 0; r < range.length; r++) {
    const row = range[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === "number") total += cell;
    }
  }
  return total;
}
