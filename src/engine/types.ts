/**
 * Plain data shared by every part of the engine. Nothing here depends on Office.js,
 * the DOM or files.
 */

export type DealKind = "open" | "won" | "lost" | "deferred";

/** Numeric codes of the deal kinds, as stored in `DealTable.kind`. */
export const KIND = { open: 0, won: 1, lost: 2, deferred: 3 } as const;
export const KIND_NAMES: readonly DealKind[] = ["open", "won", "lost", "deferred"];

/** Fields of a deal that a column of the deals table can be mapped to. */
export type DealField =
  | "id"
  | "name"
  | "account"
  | "owner"
  | "stage"
  | "status"
  | "isWon"
  | "isClosed"
  | "amount"
  | "probability"
  | "created"
  | "close"
  | "actualClose"
  | "lastActivity"
  | "stageEntered"
  | "pushCount"
  | "nextStep"
  | "currency";

/** One cell of a sheet as a host returns it: Office.js gives numbers, strings and booleans. */
export type CellValue = string | number | boolean | Date | null | undefined;

/** A rectangular block of cells read from one sheet. */
export interface SheetGrid {
  name: string;
  /**
   * Row-major values; `rows[0]` is sheet row `firstRow`. An empty cell may be null, undefined
   * or "" (the form Office.js returns), and every reader treats the three alike.
   */
  rows: CellValue[][];
  /** 1-based sheet row of `rows[0]`. */
  firstRow: number;
  /** 0-based sheet column of `rows[r][0]`. */
  firstColumn: number;
  /** Excel tables (ListObjects) on the sheet, when the host reports them. */
  tables?: TableRegion[];
}

/** Position of an Excel table (ListObject) on its sheet. */
export interface TableRegion {
  name: string;
  /** 1-based sheet row of the table's header row. */
  headerRow: number;
  /** 0-based sheet column of the table's first column. */
  firstColumn: number;
  /** Header row plus data rows. */
  rowCount: number;
  columnCount: number;
}

/** Locale and date system of the source, used to read ambiguous values. */
export interface ReadOptions {
  /** BCP 47 tag that decides day/month order of dates such as 03/05/2026 and the decimal comma. */
  locale: string;
  /** True when serial dates count from 1904-01-01 (Excel for Mac workbooks of old). */
  date1904: boolean;
  /** Month (1-12) in which the fiscal year starts, for quota periods written as "FY2027". Defaults to 1. */
  fiscalYearStartMonth?: number;
}

export type IssueCode =
  | "amountInvalid"
  | "amountNegative"
  | "amountMissing"
  | "probabilityInvalid"
  | "dateInvalid"
  | "closeMissing"
  | "stageMissing"
  | "stageUnknown"
  | "duplicateId"
  | "cellError"
  | "quotaInvalid"
  | "quotaMissing"
  | "quotaPeriodInvalid"
  | "currencyMixed"
  | "currencyInvalid"
  | "stageRowInvalid"
  | "closeBeforeCreated";

/** A problem with one cell or row, located so that a user can find and fix it. */
export interface DataIssue {
  code: IssueCode;
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /** Column letter as Excel shows it ("C"), or "" when the issue concerns the whole row. */
  column: string;
  /** Header text of the column, as written in the sheet. */
  header: string;
  /** The raw value as text, cut to 100 characters. */
  value: string;
}

/** A column of the source mapped to a deal field. */
export interface ColumnMapping {
  field: DealField;
  /** 0-based index within the table's columns. */
  index: number;
  header: string;
  column: string;
}

/**
 * The deals of one table, stored by column so that metrics run as tight loops over typed
 * arrays. Missing numbers and dates are NaN. Dates are day numbers: whole days since
 * 1970-01-01, so that 2026-01-01 is 20454.
 */
export interface DealTable {
  sheet: string;
  /** 1-based sheet row of the header. */
  headerRow: number;
  columns: ColumnMapping[];
  size: number;
  /** 1-based sheet row of each deal. */
  row: Int32Array;
  id: string[];
  name: string[];
  account: string[];
  owner: string[];
  stage: string[];
  /**
   * Index of each deal's stage text in `stageNames`, and of its owner in `ownerNames`, so
   * that metrics look a name up once per distinct text instead of once per deal.
   * `internNames` fills them from `stage` and `owner`.
   */
  stageCode: Uint32Array;
  /** Distinct stage texts, in order of first appearance. */
  stageNames: string[];
  ownerCode: Uint32Array;
  /** Distinct owner texts, in order of first appearance. */
  ownerNames: string[];
  nextStep: string[];
  /** One of the `KIND` codes. */
  kind: Uint8Array;
  amount: Float64Array;
  /** Fraction 0..1 as read from the row; NaN means "use the stage default". */
  probability: Float64Array;
  /** Stage default probability, NaN for stages without one. */
  stageProbability: Float64Array;
  created: Float64Array;
  /** Expected close for open deals, actual close for closed deals when the source has one. */
  close: Float64Array;
  lastActivity: Float64Array;
  stageEntered: Float64Array;
  pushCount: Float64Array;
  /** ISO 4217 code of each deal's currency, or "" when the row names none. */
  currency: string[];
  /**
   * Amount of a deal whose currency is not the main one. Its `amount` is NaN so that no
   * total mixes currencies. NaN for every other deal.
   */
  otherCurrencyAmount: Float64Array;
  /** ISO 4217 code of most deals, or null when no deal names a currency. */
  mainCurrency: string | null;
}

/** Row counts of the source, where read = deals + blank + duplicates + totals + instructions. */
export interface RowAccount {
  read: number;
  deals: number;
  blank: number;
  /** Earlier rows of a repeated id, kept out of the deals; the last row counts. */
  duplicates: number;
  /** Rows that sum the table ("合计", "Total") and have no stage or status. */
  totals: number;
  /** Filling instructions of an import template, right under the header ("必填，单位万元"). */
  instructions: number;
}

/** One quota row: owner "" is the whole team. Dates are day numbers, both ends inclusive. */
export interface QuotaEntry {
  owner: string;
  start: number;
  end: number;
  amount: number;
  sheet: string;
  row: number;
}
