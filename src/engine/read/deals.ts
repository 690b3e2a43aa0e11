/**
 * Building the columnar deals table from a located header: every row is accounted for
 * as a deal, a blank row or an earlier duplicate, and every unreadable cell becomes a
 * located issue instead of a silent zero.
 */
import { isoFromDay } from "../dates";
import { memoizeByText } from "../text";
import { createDealTable, dealsOfKind, internNames } from "../table";
import { chooseYenCurrency, currencyFromText, headerCurrency, namedCurrencies, setAsideOtherCurrencies } from "./currency";
import { columnLetter, headerScale } from "./headers";
import { classifyRows, columnCells, keepLastOfEachId, type KeptRows } from "./deal-rows";
import { sheetColumn, type LocatedHeader } from "./locate";
import { chooseStagePreset, indexStages, indexWithFallbacks, kindFromName, kindFromStatus, normalizeStageName, type StagePreset } from "./stages";
import {
  cellText,
  detectDateOrder,
  isBlank,
  isCellError,
  parseAmount,
  parseAmountWithCurrency,
  parseDate,
  parseFlag,
  parseProbabilityCell,
  scaleProbabilityColumn,
  usesDecimalComma,
} from "./values";
import { KIND, type CellValue, type ColumnMapping, type DataIssue, type DealField, type DealKind, type DealTable, type IssueCode, type ReadOptions, type RowAccount } from "../types";

export interface DealsReadResult {
  table: DealTable;
  rows: RowAccount;
  issues: DataIssue[];
  stagePreset: StagePreset;
}

const DATE_FIELDS = ["created", "close", "actualClose", "lastActivity", "stageEntered"] as const;
type DateField = (typeof DATE_FIELDS)[number];

/**
 * Reads the deals below a located header, within the located block's columns and rows.
 * `stages` is the workbook's own stage table when it has one: it then replaces the
 * built-in lists, so a stage it lacks is reported as unknown.
 *
 * The table is filled one column at a time, straight from the sheet's grid, because a
 * column of cells has one form and one parser, and no row is copied. Issues are returned in
 * sheet order: by row, then by column.
 */
export function readDeals(located: LocatedHeader, options: ReadOptions, stages?: StagePreset): DealsReadResult {
  const { sheet, headerIndex, headers, mapping } = located;
  // In sheet order, so that lists of columns (how full each one is) read left to right.
  const columns: ColumnMapping[] = [...mapping.entries()]
    .map(([field, index]) => ({ field, index, header: headers[index] ?? "", column: columnLetter(sheetColumn(located, index)) }))
    .sort((left, right) => left.index - right.index);
  const columnByField = new Map(columns.map((column) => [column.field, column]));
  const columnOf = (field: DealField) => columnByField.get(field);

  const kindColumns = (["stage", "status"] as const).map(columnOf).filter((column) => column !== undefined);
  const dealRows = classifyRows(located, kindColumns);
  const idColumn = columnOf("id");
  const idCells = idColumn ? columnCells(located, dealRows.data, [idColumn]).cells[0] : null;
  const unique = keepLastOfEachId(idCells, dealRows.data.length);
  const size = unique.positions.length;
  const keptRows = unique.positions.map((position) => dealRows.data[position]);
  const table = createDealTable(size, { sheet: sheet.name, headerRow: sheet.firstRow + headerIndex, columns });
  for (let k = 0; k < size; k++) table.row[k] = sheet.firstRow + keptRows[k];

  const issues = new IssueLog(sheet.name);
  for (const duplicate of unique.duplicates) issues.add("duplicateId", sheet.firstRow + dealRows.data[duplicate.position], idColumn, duplicate.id);

  // Cell errors such as #N/A are reported once per cell, and the cells read as blank.
  const { cells: cellsByColumn, errors } = columnCells(located, keptRows, columns);
  for (const error of errors) issues.add("cellError", table.row[error.position], columns[error.column], error.value);
  const cellsByField = new Map(columns.map((column, c) => [column.field, cellsByColumn[c]]));
  const cellsOf = (column: ColumnMapping | undefined): CellValue[] | null => (column ? cellsByField.get(column.field)! : null);

  readIds(table, unique, cellsOf(idColumn));
  fillTexts(table.name, cellsOf(columnOf("name")));
  fillTexts(table.account, cellsOf(columnOf("account")));
  fillTexts(table.owner, cellsOf(columnOf("owner")));
  fillTexts(table.nextStep, cellsOf(columnOf("nextStep")));

  const stageTexts = fillTexts(new Array<string>(size).fill(""), cellsOf(columnOf("stage")));
  const statusTexts = fillTexts(new Array<string>(size).fill(""), cellsOf(columnOf("status")));
  const stagePreset = stages ?? chooseStagePreset(stageTexts);
  readKinds(table, { stageTexts, statusTexts, isWon: cellsOf(columnOf("isWon")), isClosed: cellsOf(columnOf("isClosed")) }, stages, stagePreset, (code, k, value) =>
    issues.add(code, table.row[k], code === "stageMissing" ? (columnOf("stage") ?? columnOf("status")) : columnOf("stage"), value),
  );

  const amountColumn = columnOf("amount");
  const amountCells = cellsOf(amountColumn);
  readAmounts(table, { amountColumn, amountCells, currencyColumn: columnOf("currency"), currencyCells: cellsOf(columnOf("currency")), locale: options.locale }, issues);

  const probabilityColumn = columnOf("probability");
  const probabilityCells = cellsOf(probabilityColumn);
  const percentSign = readProbabilities(table, probabilityCells, (k, raw) => issues.add("probabilityInvalid", table.row[k], probabilityColumn, raw));

  for (const field of DATE_FIELDS) {
    const column = columnOf(field);
    if (column) readDateColumn(table, field, cellsOf(column)!, options, (k, raw) => issues.add("dateInvalid", table.row[k], column, raw));
  }
  // A deal closing before it was created gives a negative sales cycle, so the export is wrong somewhere.
  for (let k = 0; k < size; k++) {
    if (!(table.close[k] < table.created[k])) continue;
    const closeColumn = table.kind[k] === KIND.open ? columnOf("close") : (columnOf("actualClose") ?? columnOf("close"));
    issues.add("closeBeforeCreated", table.row[k], closeColumn, isoFromDay(table.close[k]));
  }

  const pushCountCells = cellsOf(columnOf("pushCount"));
  if (pushCountCells) {
    for (let k = 0; k < size; k++) if (!isBlank(pushCountCells[k])) table.pushCount[k] = parseAmount(pushCountCells[k]);
  }

  for (const k of scaleProbabilityColumn(table.probability, percentSign)) {
    issues.add("probabilityInvalid", table.row[k], probabilityColumn, probabilityCells![k]);
  }
  for (const k of setAsideOtherCurrencies(table)) issues.add("currencyMixed", table.row[k], amountColumn, amountCells![k]);

  const { blank, totals, instructions } = dealRows;
  const read = dealRows.data.length + blank + totals + instructions;
  const rows: RowAccount = { read, deals: size, blank, duplicates: unique.duplicates.length, totals, instructions };
  internNames(table);
  // The kind lists are built here, once, so that every later report on the table reuses them.
  dealsOfKind(table);
  return { table, rows, issues: issues.sorted(), stagePreset };
}

/**
 * Issues of one sheet, kept with their position so that they can be listed in sheet order
 * whatever order the columns were read in.
 */
class IssueLog {
  private readonly issues: DataIssue[] = [];
  /** Sheet row and column index of each issue, for the sort. */
  private readonly rows: number[] = [];
  private readonly columnIndexes: number[] = [];

  constructor(private readonly sheet: string) {}

  add(code: IssueCode, row: number, column: ColumnMapping | undefined, value: CellValue): void {
    this.issues.push({ code, sheet: this.sheet, row, column: column?.column ?? "", header: column?.header ?? "", value: cellText(value).slice(0, 100) });
    this.rows.push(row);
    this.columnIndexes.push(column?.index ?? -1);
  }

  /** Returns the issues by row, then by column. Issues of one cell keep the order they were found in. */
  sorted(): DataIssue[] {
    const order = this.issues.map((_, n) => n);
    order.sort((a, b) => this.rows[a] - this.rows[b] || this.columnIndexes[a] - this.columnIndexes[b] || a - b);
    return order.map((n) => this.issues[n]);
  }
}

/** Gives each deal its id, or its sheet row as text when it has none. An id cell showing an error was reported already. */
function readIds(table: DealTable, unique: KeptRows, idCells: CellValue[] | null): void {
  for (let k = 0; k < table.size; k++) {
    // Without an id column, or for a cell error, the id is "" and the row number is used instead.
    table.id[k] = (idCells ? unique.ids[k] : "") || String(table.row[k]);
  }
}

/** Writes the trimmed text of each cell into `target` and returns it. A missing column leaves `target` as it is. */
function fillTexts(target: string[], cells: CellValue[] | null): string[] {
  if (!cells) return target;
  for (let k = 0; k < cells.length; k++) {
    const value = cells[k];
    target[k] = typeof value === "string" ? value.trim() : cellText(value);
  }
  return target;
}

interface KindCells {
  stageTexts: string[];
  statusTexts: string[];
  isWon: CellValue[] | null;
  isClosed: CellValue[] | null;
}

/**
 * Writes each deal's stage, kind and stage default probability, and reports deals without a
 * stage and stages that the stage list does not contain.
 */
function readKinds(
  table: DealTable,
  cells: KindCells,
  stages: StagePreset | undefined,
  stagePreset: StagePreset,
  report: (code: "stageMissing" | "stageUnknown", k: number, value: CellValue) => void,
): void {
  const stageIndex = stages ? indexStages(stages.stages) : indexWithFallbacks(stagePreset);
  // A table repeats a handful of stage names, so each distinct text is looked up once.
  const stageInfo = memoizeByText((stage) => ({ definition: stageIndex.get(normalizeStageName(stage)), nameKind: kindFromName(stage) }));
  const { stageTexts, statusTexts } = cells;
  for (let k = 0; k < table.size; k++) {
    const stage = stageTexts[k] || statusTexts[k];
    table.stage[k] = stage;
    const { definition, nameKind } = stageInfo(stage);
    const kind = decideKind(nameKind, statusTexts[k], cells.isWon?.[k] ?? null, cells.isClosed?.[k] ?? null, definition?.kind);
    table.kind[k] = KIND[kind];
    table.stageProbability[k] = closedProbability(kind) ?? definition?.probability ?? NaN;
    if (stage === "") report("stageMissing", k, "");
    else if (!definition && nameKind === null && !statusClosesDeal(statusTexts[k]) && stageTexts[k] !== "") report("stageUnknown", k, stage);
  }
}

interface AmountCells {
  amountColumn: ColumnMapping | undefined;
  amountCells: CellValue[] | null;
  currencyColumn: ColumnMapping | undefined;
  currencyCells: CellValue[] | null;
  locale: string;
}

/**
 * Writes each deal's amount and currency. The currency column is the CRM's record of the
 * deal, so it wins over a sign in the amount cell, which wins over a currency named in the
 * amount header.
 */
function readAmounts(table: DealTable, cells: AmountCells, issues: IssueLog): void {
  const { amountColumn, amountCells, currencyColumn, currencyCells } = cells;
  const yen = chooseYenCurrency({ header: amountColumn?.header ?? "", named: namedCurrenciesOf(currencyCells, amountCells), locale: cells.locale });

  if (currencyCells) {
    // A currency column repeats a handful of codes, so each distinct text is read once.
    const currencyOf = memoizeByText((text) => currencyFromText(text, { yen }));
    for (let k = 0; k < table.size; k++) {
      const raw = currencyCells[k];
      if (isBlank(raw)) continue;
      const currency = currencyOf(cellText(raw));
      if (currency === null) issues.add("currencyInvalid", table.row[k], currencyColumn, raw);
      else table.currency[k] = currency;
    }
  }

  if (amountCells) {
    const amountOptions = { decimalComma: usesDecimalComma(cells.locale), scale: amountColumn ? headerScale(amountColumn.header) : 1, yen };
    for (let k = 0; k < table.size; k++) {
      const raw = amountCells[k];
      if (isBlank(raw)) continue;
      const { amount, currency } = parseAmountWithCurrency(raw, amountOptions);
      if (Number.isNaN(amount)) issues.add("amountInvalid", table.row[k], amountColumn, raw);
      else if (amount < 0) issues.add("amountNegative", table.row[k], amountColumn, raw);
      table.amount[k] = amount;
      if (currency !== null && table.currency[k] === "") table.currency[k] = currency;
    }
  }

  const headerCurrencyOfAmounts = amountColumn ? headerCurrency(amountColumn.header, { yen }) : null;
  if (headerCurrencyOfAmounts === null) return;
  for (let k = 0; k < table.size; k++) if (table.currency[k] === "") table.currency[k] = headerCurrencyOfAmounts;
}

/**
 * Reads each deal's probability as written, and returns which cells carried a percent sign
 * ("60%"), for the column rule that decides whether plain numbers are fractions or percents.
 */
function readProbabilities(table: DealTable, cells: CellValue[] | null, reportInvalid: (k: number, raw: CellValue) => void): Uint8Array {
  const percentSign = new Uint8Array(table.size);
  if (!cells) return percentSign;
  // Probabilities written as text ("60%") repeat across rows, so each distinct text is read once.
  const parseText = memoizeByText(parseProbabilityCell);
  for (let k = 0; k < table.size; k++) {
    const raw = cells[k];
    if (isBlank(raw)) continue;
    const parsed = typeof raw === "string" ? parseText(raw) : parseProbabilityCell(raw);
    if (Number.isNaN(parsed.number)) reportInvalid(k, raw);
    table.probability[k] = parsed.number;
    percentSign[k] = parsed.percentSign ? 1 : 0;
  }
  return percentSign;
}

/** Reads one date column into the table. A date that cannot be read is passed to `reportInvalid`. */
function readDateColumn(table: DealTable, field: DateField, cells: CellValue[], options: ReadOptions, reportInvalid: (k: number, raw: CellValue) => void): void {
  const dateOptions = { date1904: options.date1904, order: detectDateOrder(cells, options.locale) };
  // Dates written as text repeat across rows, so each distinct text is parsed once.
  const parseText = memoizeByText((text) => parseDate(text, dateOptions));
  for (let k = 0; k < cells.length; k++) {
    const raw = cells[k];
    if (isBlank(raw)) continue;
    const day = typeof raw === "string" ? parseText(raw) : parseDate(raw, dateOptions);
    if (Number.isNaN(day)) reportInvalid(k, raw);
    else writeDate(table, field, k, day);
  }
}

/** Won deals are certain and lost ones are gone, whatever their stage's default probability is. */
function closedProbability(kind: DealKind): number | null {
  if (kind === "won") return 1;
  if (kind === "lost") return 0;
  return null;
}

/**
 * Decides a deal's kind. A status column or won/closed flags are the CRM's own record, so
 * they come first. Then the stage name decides, then the stage list, and anything else is open.
 */
function decideKind(nameKind: DealKind | null, status: string, isWon: CellValue, isClosed: CellValue, stageKind: DealKind | undefined): DealKind {
  const fromStatus = status ? kindFromStatus(status) : null;
  if (fromStatus) return fromStatus;

  const won = parseFlag(isWon);
  const closed = parseFlag(isClosed);
  if (won === true) return "won";
  if (closed === true) return "lost";
  if (closed === false) return "open";

  return nameKind ?? stageKind ?? "open";
}

/**
 * True when a status such as "Won" or "已搁置" closes the deal, so that its stage no longer
 * needs a default probability. An open status ("进行中") still needs a known stage.
 */
function statusClosesDeal(status: string): boolean {
  const kind = status ? kindFromStatus(status) : null;
  return kind !== null && kind !== "open";
}

/** Closed deals close on their actual close date when the source has one. */
function writeDate(table: DealTable, field: DateField, k: number, day: number): void {
  switch (field) {
    case "created":
      table.created[k] = day;
      break;
    case "close":
      if (Number.isNaN(table.close[k])) table.close[k] = day;
      break;
    case "actualClose":
      if (table.kind[k] === KIND.won || table.kind[k] === KIND.lost) table.close[k] = day;
      break;
    case "lastActivity":
      table.lastActivity[k] = day;
      break;
    case "stageEntered":
      table.stageEntered[k] = day;
      break;
  }
}

/**
 * Collects the currencies that a table names outright, in its currency column and as codes or
 * names in its amount cells, for deciding what ¥ means. The scan stops at the first CNY,
 * because once the table names the yuan, nothing else it names can make ¥ the yen.
 */
function namedCurrenciesOf(currencyCells: CellValue[] | null, amountCells: CellValue[] | null): Set<string> {
  const named = new Set<string>();
  // A currency column repeats a handful of codes, so each distinct text is read once.
  const currencyOf = memoizeByText((text) => currencyFromText(text, { yen: null }));
  const size = currencyCells?.length ?? amountCells?.length ?? 0;
  for (let k = 0; k < size; k++) {
    const currencyText = currencyCells ? cellText(currencyCells[k]) : "";
    const fromColumn = currencyText === "" ? null : currencyOf(currencyText);
    if (fromColumn) named.add(fromColumn);
    const amount = amountCells?.[k];
    if (typeof amount === "string") for (const currency of namedCurrencies(amount)) named.add(currency);
    if (named.has("CNY")) break;
  }
  return named;
}
