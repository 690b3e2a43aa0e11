/**
 * Creation of deal tables. The reader fills one from a sheet, and the custom functions fill
 * one from their ranges, so that both run the same metric code.
 */
import type { ColumnMapping, DealTable } from "./types";

export interface DealTableSource {
  /** Sheet name, or "" when the deals do not come from a sheet. */
  sheet?: string;
  /** 1-based sheet row of the header; 0 when there is none. */
  headerRow?: number;
  columns?: ColumnMapping[];
}

/**
 * Creates a table of `size` deals with every number and date NaN, every text "", every kind
 * open and no main currency.
 *
 * @example createDealTable(2).amount // Float64Array [NaN, NaN]
 */
export function createDealTable(size: number, source: DealTableSource = {}): DealTable {
  const numbers = () => new Float64Array(size).fill(NaN);
  const texts = () => new Array<string>(size).fill("");
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
