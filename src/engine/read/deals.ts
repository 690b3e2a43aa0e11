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
import { blockRow, sheetColumn, type LocatedHeader } from "./locate";
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
 */
export function readDeals(located: LocatedHeader, options: ReadOptions, stages?: StagePreset): DealsReadResult {
  const { sheet, headerIndex, headers, mapping } = located;
  const issues: DataIssue[] = [];
  const columns: ColumnMapping[] = [...mapping.entries()].map(([field, index]) => ({
    field,
    index,
    header: headers[index] ?? "",
    column: columnLetter(sheetColumn(located, index)),
  }));
  const columnByField = new Map(columns.map((column) => [column.field, column]));
  const columnOf = (field: DealField) => columnByField.get(field);

  const dataRows: { values: CellValue[]; sheetRow: number }[] = [];
  let blank = 0;
  let totals = 0;
  let instructions = 0;
  const kindColumns = (["stage", "status"] as const).map(columnOf).filter((column) => column !== undefined);
  for (let index = headerIndex + 1; index < located.endIndex; index++) {
    const values = blockRow(located, index);
    if (values.every(isBlank)) {
      blank++;
      continue;
    }
    if (isTotalRow(values, kindColumns)) {
      totals++;
      continue;
    }
    if (dataRows.length === 0 && index - headerIndex <= INSTRUCTION_ROWS && isInstructionRow(values)) {
      instructions++;
      continue;
    }
    dataRows.push({ values, sheetRow: sheet.firstRow + index });
  }

  const report = (code: IssueCode, sheetRow: number, column: ColumnMapping | undefined, value: CellValue) => {
    issues.push({
      code,
      sheet: sheet.name,
      row: sheetRow,
      column: column?.column ?? "",
      header: column?.header ?? "",
      value: cellText(value).slice(0, 100),
    });
  };

  // Cell errors such as #N/A are reported once per cell and then read as blank.
  const valueIn = (row: { values: CellValue[]; sheetRow: number }, column: ColumnMapping | undefined): CellValue => {
    if (!column) return null;
    const value = row.values[column.index];
    if (isCellError(value)) {
      report("cellError", row.sheetRow, column, value);
      return null;
    }
    return value;
  };
  const valueOf = (row: { values: CellValue[]; sheetRow: number }, field: DealField): CellValue => valueIn(row, columnOf(field));

  const kept = keepLastOfEachId(dataRows, columnOf("id"), sheet.name, issues);
  const size = kept.length;
  const table = createDealTable(size, { sheet: sheet.name, headerRow: sheet.firstRow + headerIndex, columns });

  const stageTexts = kept.map((row) => cellText(valueOf(row, "stage")));
  const statusTexts = kept.map((row) => cellText(valueOf(row, "status")));
  const stagePreset = stages ?? chooseStagePreset(stageTexts.length > 0 ? stageTexts : statusTexts);
  const stageIndex = stages ? indexStages(stages.stages) : indexWithFallbacks(stagePreset);
  // A table repeats a handful of stage names, so each distinct text is looked up once.
  const stageInfo = memoizeByText((stage) => ({ definition: stageIndex.get(normalizeStageName(stage)), nameKind: kindFromName(stage) }));

  const amountColumn = columnOf("amount");
  const currencyColumn = columnOf("currency");
  const yen = chooseYenCurrency({
    header: amountColumn?.header ?? "",
    named: namedCurrenciesOf(kept, currencyColumn, amountColumn),
    locale: options.locale,
  });
  const amountOptions = {
    decimalComma: usesDecimalComma(options.locale),
    scale: amountColumn ? headerScale(amountColumn.header) : 1,
    yen,
  };
  const headerCurrencyOfAmounts = amountColumn ? headerCurrency(amountColumn.header, { yen }) : null;
  const dateOrders = new Map<DateField, "MDY" | "DMY">();
  for (const field of DATE_FIELDS) {
    const column = columnOf(field);
    if (column) dateOrders.set(field, detectDateOrder(kept.map((row) => row.values[column.index]), options.locale));
  }
  const percentSign = new Uint8Array(size);
  // Dates written as text repeat across rows, so each distinct text of a column is parsed once.
  const dateOptions = new Map(DATE_FIELDS.map((field) => [field, { date1904: options.date1904, order: dateOrders.get(field) }]));
  const dateTextMemos = new Map(DATE_FIELDS.map((field) => [field, memoizeByText((text) => parseDate(text, dateOptions.get(field)))]));
  const readDate = (field: DateField, raw: CellValue): number =>
    typeof raw === "string" ? dateTextMemos.get(field)!(raw) : parseDate(raw, dateOptions.get(field));

  // The columns of the loop below, found once instead of once per row.
  const idColumn = columnOf("id");
  const nameColumn = columnOf("name");
  const accountColumn = columnOf("account");
  const ownerColumn = columnOf("owner");
  const nextStepColumn = columnOf("nextStep");
  const isWonColumn = columnOf("isWon");
  const isClosedColumn = columnOf("isClosed");
  const probabilityColumn = columnOf("probability");
  const pushCountColumn = columnOf("pushCount");
  const dateColumns = DATE_FIELDS.flatMap((field) => {
    const column = columnOf(field);
    return column ? [{ field, column }] : [];
  });

  kept.forEach((row, i) => {
    table.row[i] = row.sheetRow;
    table.id[i] = cellText(valueIn(row, idColumn)) || String(row.sheetRow);
    table.name[i] = cellText(valueIn(row, nameColumn));
    table.account[i] = cellText(valueIn(row, accountColumn));
    table.owner[i] = cellText(valueIn(row, ownerColumn));
    table.nextStep[i] = cellText(valueIn(row, nextStepColumn));

    const stage = stageTexts[i] || statusTexts[i];
    table.stage[i] = stage;
    const { definition, nameKind } = stageInfo(stage);
    const kind = decideKind(nameKind, statusTexts[i], valueIn(row, isWonColumn), valueIn(row, isClosedColumn), definition?.kind);
    table.kind[i] = KIND[kind];
    table.stageProbability[i] = closedProbability(kind) ?? definition?.probability ?? NaN;
    if (stage === "") report("stageMissing", row.sheetRow, columnOf("stage") ?? columnOf("status"), "");
    else if (!definition && nameKind === null && !statusClosesDeal(statusTexts[i]) && stageTexts[i] !== "") {
      report("stageUnknown", row.sheetRow, columnOf("stage"), stage);
    }

    // The currency column is the CRM's record of the deal, so it wins over a sign in the
    // amount cell, which wins over a currency named in the amount header.
    const rawCurrency = valueIn(row, currencyColumn);
    let rowCurrency: string | null = null;
    if (!isBlank(rawCurrency)) {
      rowCurrency = currencyFromText(cellText(rawCurrency), { yen });
      if (rowCurrency === null) report("currencyInvalid", row.sheetRow, currencyColumn, rawCurrency);
    }

    const rawAmount = valueIn(row, amountColumn);
    if (!isBlank(rawAmount)) {
      const { amount, currency } = parseAmountWithCurrency(rawAmount, amountOptions);
      if (Number.isNaN(amount)) report("amountInvalid", row.sheetRow, amountColumn, rawAmount);
      else if (amount < 0) report("amountNegative", row.sheetRow, amountColumn, rawAmount);
      table.amount[i] = amount;
      rowCurrency ??= currency;
    }
    table.currency[i] = rowCurrency ?? headerCurrencyOfAmounts ?? "";

    const rawProbability = valueIn(row, probabilityColumn);
    if (!isBlank(rawProbability)) {
      const parsed = parseProbabilityCell(rawProbability);
      if (Number.isNaN(parsed.number)) report("probabilityInvalid", row.sheetRow, probabilityColumn, rawProbability);
      table.probability[i] = parsed.number;
      percentSign[i] = parsed.percentSign ? 1 : 0;
    }

    for (const { field, column } of dateColumns) {
      const raw = valueIn(row, column);
      if (isBlank(raw)) continue;
      const day = readDate(field, raw);
      if (Number.isNaN(day)) report("dateInvalid", row.sheetRow, column, raw);
      else writeDate(table, field, i, day, kind);
    }
    // A deal closing before it was created gives a negative sales cycle; the export is wrong somewhere.
    if (table.close[i] < table.created[i]) {
      const closeColumn = kind === "open" ? columnOf("close") : (columnOf("actualClose") ?? columnOf("close"));
      report("closeBeforeCreated", row.sheetRow, closeColumn, isoFromDay(table.close[i]));
    }

    const rawPushCount = valueIn(row, pushCountColumn);
    if (!isBlank(rawPushCount)) table.pushCount[i] = parseAmount(rawPushCount);
  });

  for (const index of scaleProbabilityColumn(table.probability, percentSign)) {
    const row = kept[index];
    report("probabilityInvalid", row.sheetRow, columnOf("probability"), row.values[columnOf("probability")!.index]);
  }

  for (const index of setAsideOtherCurrencies(table)) {
    const row = kept[index];
    report("currencyMixed", row.sheetRow, amountColumn, row.values[amountColumn!.index]);
  }

  const rows: RowAccount = { read: dataRows.length + blank + totals + instructions, deals: size, blank, duplicates: dataRows.length - size, totals, instructions };
  internNames(table);
  // The kind lists are built here, once, so that every later report on the table reuses them.
  dealsOfKind(table);
  return { table, rows, issues, stagePreset };
}

/** Won deals are certain and lost ones are gone, whatever their stage's default probability is. */
function closedProbability(kind: DealKind): number | null {
  if (kind === "won") return 1;
  if (kind === "lost") return 0;
  return null;
}

/** Rows right under the header that import templates use for filling instructions. */
const INSTRUCTION_ROWS = 3;
const INSTRUCTION_CUE = /必填|选填|可选|非必填|请填写|填写|请输入|请选择|下拉|格式[:：为]|示例|例如|单位[:：为]|^required\b|^optional\b|\be\.g\.|^example\b|^format\b|^enter\b|^select\b/i;

/**
 * Tells an instruction row of an import template ("必填，从下拉选择", "Required, e.g. 2026-05-30")
 * from a deal: at least two cells, and most of its text cells, carry a filling cue.
 */
function isInstructionRow(values: CellValue[]): boolean {
  const texts = values.filter((value): value is string => typeof value === "string" && value.trim() !== "");
  const cued = texts.filter((text) => INSTRUCTION_CUE.test(text.trim())).length;
  return cued >= 2 && cued * 2 >= texts.length;
}

const TOTAL_LABEL = /^(合计|总计|小计|汇总|总和|total|totals|grand total|sub-?total|sum)[:：]?$/i;

/**
 * Tells a row that sums the deals ("合计", "Grand Total") from a deal: it has a total label
 * in some cell and no stage or status. Counting it as a deal would double the pipeline.
 */
function isTotalRow(values: CellValue[], kindColumns: ColumnMapping[]): boolean {
  if (kindColumns.some((column) => !isBlank(values[column.index]))) return false;
  return values.some((value) => typeof value === "string" && TOTAL_LABEL.test(value.trim()));
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
function writeDate(table: DealTable, field: DateField, i: number, day: number, kind: DealKind): void {
  switch (field) {
    case "created":
      table.created[i] = day;
      break;
    case "close":
      if (Number.isNaN(table.close[i])) table.close[i] = day;
      break;
    case "actualClose":
      if (kind === "won" || kind === "lost") table.close[i] = day;
      break;
    case "lastActivity":
      table.lastActivity[i] = day;
      break;
    case "stageEntered":
      table.stageEntered[i] = day;
      break;
  }
}

/**
 * Keeps the last row of each id. Earlier rows are listed as duplicates, because the last
 * row of an export is the most recent state of the deal.
 */
function keepLastOfEachId<Row extends { values: CellValue[]; sheetRow: number }>(
  rows: Row[],
  idColumn: ColumnMapping | undefined,
  sheetName: string,
  issues: DataIssue[],
): Row[] {
  if (!idColumn) return rows;
  // A cell error such as #N/A is not an id, so rows that show one count as different deals.
  const ids = rows.map((row) => (isCellError(row.values[idColumn.index]) ? "" : cellText(row.values[idColumn.index])));
  const lastIndex = new Map<string, number>();
  ids.forEach((id, index) => {
    if (id !== "") lastIndex.set(id, index);
  });
  return rows.filter((row, index) => {
    const id = ids[index];
    if (id === "" || lastIndex.get(id) === index) return true;
    issues.push({ code: "duplicateId", sheet: sheetName, row: row.sheetRow, column: idColumn.column, header: idColumn.header, value: id });
    return false;
  });
}

/**
 * Lists the currencies that a table names outright, in its currency column and as codes or
 * names in its amount cells, for deciding what ¥ means.
 */
function namedCurrenciesOf(rows: { values: CellValue[] }[], currencyColumn: ColumnMapping | undefined, amountColumn: ColumnMapping | undefined): string[] {
  const named: string[] = [];
  for (const row of rows) {
    const currencyText = currencyColumn ? cellText(row.values[currencyColumn.index]) : "";
    const fromColumn = currencyText === "" ? null : currencyFromText(currencyText, { yen: null });
    if (fromColumn) named.push(fromColumn);
    const amount = amountColumn ? row.values[amountColumn.index] : null;
    if (typeof amount === "string") named.push(...namedCurrencies(amount));
  }
  return named;
}
