/**
 * Creation of deal tables. The reader fills one from a sheet, and the custom functions fill
 * one from their ranges, so that both run the same metric code.
 */
import { KIND, type ColumnMapping, type DealTable } from "./types";

export interface DealTableSource {
  /** Sheet name, or "" when the deals do not come from a sheet. */
  sheet?: string;
  /** 1-based sheet row of the header; 0 when there is none. */
  headerRow?: number;
  columns?: ColumnMapping[];
  /**
   * Lets every column share one blank array per type, for a caller that replaces the columns
   * it fills and writes into no other. A custom function over a million cells needs two or
   * three columns, and allocating all twenty would cost more than its computation.
   */
  sharedBlanks?: boolean;
}

/**
 * Creates a table of `size` deals with every number and date NaN, every text "", every kind
 * open and no main currency. Its stage and owner codes all point to "".
 *
 * @example createDealTable(2).amount // Float64Array [NaN, NaN]
 */
export function createDealTable(size: number, source: DealTableSource = {}): DealTable {
  const blankNumbers = source.sharedBlanks ? new Float64Array(size).fill(NaN) : null;
  const blankTexts = source.sharedBlanks ? new Array<string>(size).fill("") : null;
  const numbers = () => blankNumbers ?? new Float64Array(size).fill(NaN);
  const texts = () => blankTexts ?? new Array<string>(size).fill("");
  const blankCodes = source.sharedBlanks ? new Uint32Array(size) : null;
  const codes = () => blankCodes ?? new Uint32Array(size);
  return {
    sheet: source.sheet ?? "",
    headerRow: source.headerRow ?? 0,
    columns: source.columns ?? [],
    size,
    row: new Int32Array(size),
    id: texts(),
    name: texts(),
    account: texts(),
    owner: texts(),
    stage: texts(),
    stageCode: codes(),
    stageNames: [""],
    ownerCode: codes(),
    ownerNames: [""],
    nextStep: texts(),
    kind: new Uint8Array(size),
    amount: numbers(),
    probability: numbers(),
    stageProbability: numbers(),
    created: numbers(),
    close: numbers(),
    lastActivity: numbers(),
    stageEntered: numbers(),
    pushCount: numbers(),
    currency: texts(),
    otherCurrencyAmount: numbers(),
    mainCurrency: null,
  };
}

/**
 * Numbers the distinct texts of a column in order of first appearance.
 *
 * @example internTexts(["Ann", "Bob", "Ann"]) // { codes: [0, 1, 0], names: ["Ann", "Bob"] }
 */
export function internTexts(texts: readonly string[]): { codes: Uint32Array; names: string[] } {
  const codes = new Uint32Array(texts.length);
  const names: string[] = [];
  const codeOf = new Map<string, number>();
  for (let i = 0; i < texts.length; i++) {
    let code = codeOf.get(texts[i]);
    if (code === undefined) {
      code = names.length;
      names.push(texts[i]);
      codeOf.set(texts[i], code);
    }
    codes[i] = code;
  }
  return { codes, names };
}

/** Fills a table's stage and owner codes from its stage and owner texts; call it after changing either. */
export function internNames(table: DealTable): void {
  const stages = internTexts(table.stage);
  table.stageCode = stages.codes;
  table.stageNames = stages.names;
  const owners = internTexts(table.owner);
  table.ownerCode = owners.codes;
  table.ownerNames = owners.names;
}

/** Table indexes of the deals of each kind, in table order. */
export interface KindIndexes {
  open: Uint32Array;
  won: Uint32Array;
  lost: Uint32Array;
  deferred: Uint32Array;
}

const kindIndexCache = new WeakMap<DealTable, { kind: Uint8Array; indexes: KindIndexes }>();

/**
 * Returns the table indexes of the open, won, lost and deferred deals. Metric families loop
 * over the kind they measure instead of testing every deal's kind: a test per deal on
 * unsorted kinds is a branch the processor mispredicts about half the time. The lists are
 * built once per table and kind column.
 *
 * @example dealsOfKind(table).open // Uint32Array [0, 3, 4] when deals 0, 3 and 4 are open
 */
export function dealsOfKind(table: DealTable): KindIndexes {
  const cached = kindIndexCache.get(table);
  if (cached && cached.kind === table.kind) return cached.indexes;

  const counts = [0, 0, 0, 0];
  for (let i = 0; i < table.size; i++) counts[table.kind[i]]++;
  const lists = counts.map((count) => new Uint32Array(count));
  const filled = [0, 0, 0, 0];
  for (let i = 0; i < table.size; i++) {
    const kind = table.kind[i];
    lists[kind][filled[kind]++] = i;
  }
  const indexes: KindIndexes = { open: lists[KIND.open], won: lists[KIND.won], lost: lists[KIND.lost], deferred: lists[KIND.deferred] };
  kindIndexCache.set(table, { kind: table.kind, indexes });
  return indexes;
}
