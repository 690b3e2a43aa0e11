/**
 * Data quality of the deals table: how full each mapped column is, which cells could not be
 * read, and which open deals carry a problem that makes their figures doubtful.
 */
import { amountIf, bit, isNumber } from "../branchless";
import { dealsOfKind } from "../table";
import type { DataIssue, DealField, DealTable, IssueCode } from "../types";

/** Largest difference between a row's probability and its stage default that still counts as close. */
export const FAR_FROM_DEFAULT = 0.3;
/**
 * Slack for the comparison with `FAR_FROM_DEFAULT`, because 0.8 − 0.5 is 0.30000000000000004
 * in binary floating point and a 30-point gap typed by hand must not count as more than 30.
 */
const FLOAT_SLACK = 1e-9;

export interface DataQualityOptions {
  /** As-of date as a day number: open deals closing before it are past due. */
  asOf: number;
}

/** How many deals have a readable value in one mapped column. */
export interface FieldFill {
  field: DealField;
  /** Header text of the column, as written in the sheet. */
  header: string;
  /** Column letter as Excel shows it. */
  column: string;
  /**
   * Deals whose cell contains a readable value. Blank, unreadable and error cells are not filled.
   * Null when the table keeps no column of its own for the field, so the fill cannot be counted.
   */
  filled: number | null;
  /** filled ÷ deals, null when `filled` is null or the table has no deals. */
  share: number | null;
}

export interface DataQuality {
  fields: FieldFill[];
  /** Issues per code, over every issue given (deals and quota sheets). Codes that never occur are absent. */
  issueCounts: Partial<Record<IssueCode, number>>;
  /** Earlier rows of a repeated deal id, left out of the deals. */
  duplicateIds: number;
  /** Open deals whose close date is before the as-of date. */
  pastDue: {
    count: number;
    /** Σ amount over the past-due deals with a readable amount in the main currency. */
    amount: number;
    /** Past-due deals without a readable amount, counted in `count` but not in `amount`. */
    amountMissing: number;
    /** Past-due deals in another currency than the main one, counted in `count` but not in `amount`. */
    otherCurrency: number;
  };
  /** Open deals whose row probability differs from the stage default by more than `FAR_FROM_DEFAULT`. */
  probabilityFarFromDefault: number;
  /** Deals whose stage is not in the stage list, and the distinct stage names, most frequent first. */
  unknownStages: { count: number; names: string[] };
  /** Deals with a blank owner. Null count, with a reason, when no column is mapped to owner. */
  missingOwner: { count: number | null; reason: "ownerNotMapped" | null };
  openDeals: number;
  /** Open deals that pass every check that `cleanShare` describes. */
  cleanOpenDeals: number;
  /**
   * cleanOpenDeals ÷ openDeals, null when there are no open deals. A clean open deal has no
   * issue on its row, which rules out unknown and missing stages. It also has an amount and a
   * close date, is not past due, has a probability close to its stage default, and has an
   * owner when an owner column is mapped.
   */
  cleanShare: number | null;
}

/**
 * Computes the data-quality figures of a deals table and the issues found while reading it.
 * Issues from other sheets (such as the quota table) count in `issueCounts` only.
 *
 * @example computeDataQuality(table, issues, { asOf: dayFromIso("2026-05-15") })
 * // 14 open deals of which 5 have no issue, none past due, an owner and a usual probability:
 * // cleanShare 5 ÷ 14 = 0.357…
 */
export function computeDataQuality(table: DealTable, issues: readonly DataIssue[], options: DataQualityOptions): DataQuality {
  const tally = tallyIssues(table, issues);
  const filledCounts = filledCountsOf(table);
  const ownerMapped = table.columns.some((column) => column.field === "owner");
  const blankOwnerCode = table.ownerNames.indexOf("");

  let openDeals = 0;
  let cleanOpenDeals = 0;
  let pastDueCount = 0;
  let pastDueAmount = 0;
  let pastDueAmountMissing = 0;
  let pastDueOtherCurrency = 0;
  let probabilityFar = 0;
  let missingOwner = 0;

  // The loops are branchless (see ../branchless), because past-due deals, blank cells and
  // rows with issues come in no order: each test becomes 0 or 1, to add or to combine with & and |.
  if (ownerMapped && blankOwnerCode >= 0) {
    for (let i = 0; i < table.size; i++) missingOwner += bit(table.ownerCode[i] === blankOwnerCode);
  }

  const { open } = dealsOfKind(table);
  const ownerChecked = bit(ownerMapped);
  const { rowHasIssue } = tally;
  openDeals = open.length;
  for (let k = 0; k < open.length; k++) {
    const i = open[k];
    const ownerBlank = ownerChecked & bit(table.ownerCode[i] === blankOwnerCode);

    // NaN close dates compare false, so deals without a close date are never past due.
    const close = table.close[i];
    const amount = table.amount[i];
    const hasAmount = isNumber(amount);
    const hasOtherCurrency = isNumber(table.otherCurrencyAmount[i]);
    const pastDue = bit(close < options.asOf);
    pastDueCount += pastDue;
    pastDueAmount += amountIf(pastDue, amount);
    pastDueOtherCurrency += pastDue & (1 - hasAmount) & hasOtherCurrency;
    pastDueAmountMissing += pastDue & (1 - hasAmount) & (1 - hasOtherCurrency);

    // A deal without a row probability or a stage default has nothing to compare.
    const gap = Math.abs(table.probability[i] - table.stageProbability[i]);
    const far = bit(gap > FAR_FROM_DEFAULT + FLOAT_SLACK);
    probabilityFar += far;

    // A deal in another currency has a NaN amount but is complete; only a missing amount or close date is a gap.
    const complete = (hasAmount | hasOtherCurrency) & isNumber(close);
    const flawed = rowHasIssue[table.row[i]] | pastDue | far | ownerBlank | (1 - complete);
    cleanOpenDeals += 1 - flawed;
  }

  const fields = table.columns.map((column, index): FieldFill => {
    const filled = filledCounts[index];
    const share = filled === null || table.size === 0 ? null : filled / table.size;
    return { field: column.field, header: column.header, column: column.column, filled, share };
  });

  return {
    fields,
    issueCounts: tally.counts,
    duplicateIds: tally.counts.duplicateId ?? 0,
    pastDue: { count: pastDueCount, amount: pastDueAmount, amountMissing: pastDueAmountMissing, otherCurrency: pastDueOtherCurrency },
    probabilityFarFromDefault: probabilityFar,
    unknownStages: { count: tally.counts.stageUnknown ?? 0, names: tally.unknownStageNames },
    missingOwner: ownerMapped ? { count: missingOwner, reason: null } : { count: null, reason: "ownerNotMapped" },
    openDeals,
    cleanOpenDeals,
    cleanShare: openDeals === 0 ? null : cleanOpenDeals / openDeals,
  };
}

interface IssueTally {
  counts: Partial<Record<IssueCode, number>>;
  /** 1 for each sheet row of the table, by row number, with at least one issue. */
  rowHasIssue: Uint8Array;
  unknownStageNames: string[];
}

/** Counts the issues by code and marks the sheet rows they sit on, in one pass. */
function tallyIssues(table: DealTable, issues: readonly DataIssue[]): IssueTally {
  const counts: Partial<Record<IssueCode, number>> = {};
  const stageFrequency = new Map<string, number>();
  let lastRow = 0;
  for (let i = 0; i < table.size; i++) if (table.row[i] > lastRow) lastRow = table.row[i];
  // Marked by sheet row in a flat array, because a set lookup per deal costs more than the rest of the pass.
  const rowHasIssue = new Uint8Array(lastRow + 1);

  for (const issue of issues) {
    counts[issue.code] = (counts[issue.code] ?? 0) + 1;
    if (issue.sheet !== table.sheet) continue;
    if (issue.row >= 0 && issue.row <= lastRow) rowHasIssue[issue.row] = 1;
    if (issue.code === "stageUnknown") stageFrequency.set(issue.value, (stageFrequency.get(issue.value) ?? 0) + 1);
  }

  const unknownStageNames = [...stageFrequency.entries()].sort(byFrequencyThenName).map(([name]) => name);
  return { counts, rowHasIssue, unknownStageNames };
}

/** Orders [name, count] pairs by count, largest first, and ties by name so that every run lists the same order. */
function byFrequencyThenName([nameA, countA]: [string, number], [nameB, countB]: [string, number]): number {
  if (countA !== countB) return countB - countA;
  if (nameA === nameB) return 0;
  return nameA < nameB ? -1 : 1;
}

const filledCache = new WeakMap<DealTable, (number | null)[]>();

/**
 * Returns the filled count of each mapped column, in the order of `table.columns`. The counts
 * depend on the table alone, not on the as-of date, so they are counted once per table: the
 * reader counts them while the cells are fresh, and every report on the table reuses them.
 */
export function filledCountsOf(table: DealTable): (number | null)[] {
  let counts = filledCache.get(table);
  if (counts === undefined) {
    counts = table.columns.map((column) => countFilled(table, column.field));
    filledCache.set(table, counts);
  }
  return counts;
}

/**
 * Counts the deals with a readable value for a field, or returns null when the table stores
 * the field together with another one and cannot tell the two cells apart. Each field is
 * one tight loop over its column.
 */
function countFilled(table: DealTable, field: DealField): number | null {
  const mapped = (other: DealField) => table.columns.some((column) => column.field === other);

  switch (field) {
    case "id":
      return countRealIds(table);
    case "name":
      return countTexts(table.name);
    case "account":
      return countTexts(table.account);
    case "owner":
      return countCoded(table.ownerCode, table.ownerNames);
    case "nextStep":
      return countTexts(table.nextStep);
    case "stage":
      // A blank stage cell takes the status text, so with a status column the stage cell is lost.
      return mapped("status") ? null : countCoded(table.stageCode, table.stageNames);
    case "amount": {
      // A deal in another currency keeps its amount apart, so that no total mixes currencies.
      let count = 0;
      for (let i = 0; i < table.size; i++) if (!Number.isNaN(table.amount[i]) || !Number.isNaN(table.otherCurrencyAmount[i])) count++;
      return count;
    }
    case "probability":
      return countNumbers(table.probability);
    case "created":
      return countNumbers(table.created);
    case "close":
      // Closed deals take the actual close date instead when that column is mapped.
      return mapped("actualClose") ? null : countNumbers(table.close);
    case "lastActivity":
      return countNumbers(table.lastActivity);
    case "stageEntered":
      return countNumbers(table.stageEntered);
    case "pushCount":
      return countNumbers(table.pushCount);
    case "status":
    case "isWon":
    case "isClosed":
    case "actualClose":
      // These cells decide the deal's kind or close date and are not stored on their own.
      return null;
    case "currency":
      // The stored code may come from a sign in the amount cell, so a blank currency cell can still get one.
      return null;
  }
}

function countTexts(values: readonly string[]): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values[i] !== "") count++;
  return count;
}

function countNumbers(values: Float64Array): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) count++;
  return count;
}

/** Counts the deals whose coded text is not "". */
function countCoded(codes: Uint32Array, names: readonly string[]): number {
  const blankCode = names.indexOf("");
  if (blankCode < 0) return codes.length;
  let count = 0;
  for (let i = 0; i < codes.length; i++) if (codes[i] !== blankCode) count++;
  return count;
}

/**
 * Counts the deals with an id of their own. The reader puts the sheet row number in place of
 * a blank id, so an id that spells its row number is not counted.
 * NOTE: an id cell that contains its own row number (a deal "12" on row 12) counts as blank.
 */
function countRealIds(table: DealTable): number {
  let count = 0;
  for (let i = 0; i < table.size; i++) if (!spellsNumber(table.id[i], table.row[i])) count++;
  return count;
}

/** True when text is the decimal digits of a positive whole number, without building the number's text. */
function spellsNumber(text: string, number: number): boolean {
  if (text.length === 0 || text.length > 10 || text.charCodeAt(0) === 48) return false;
  let value = 0;
  for (let c = 0; c < text.length; c++) {
    const digit = text.charCodeAt(c) - 48;
    if (digit < 0 || digit > 9) return false;
    value = value * 10 + digit;
  }
  return value === number;
}
