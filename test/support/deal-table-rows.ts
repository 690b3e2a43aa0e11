/**
 * Builds a `DealTable` straight from deal objects, without the sheet reader, for metric
 * tests that need exact control over kinds, probabilities and dates, or many deals.
 */
import { internNames } from "../../src/engine/table";
import { KIND, type DealKind, type DealTable } from "../../src/engine/types";

/** One deal; every field left out is blank (NaN or ""). Dates are day numbers. */
export interface DealRow {
  id?: string;
  name?: string;
  account?: string;
  owner?: string;
  stage?: string;
  nextStep?: string;
  kind?: DealKind;
  amount?: number;
  probability?: number;
  stageProbability?: number;
  created?: number;
  close?: number;
  lastActivity?: number;
  stageEntered?: number;
  pushCount?: number;
  currency?: string;
  otherCurrencyAmount?: number;
}

/**
 * Builds a table whose deal i sits on sheet row i + 2, under a header on row 1. Ids default
 * to "D1", "D2", … and kinds to open.
 */
export function dealTableFromRows(deals: readonly DealRow[]): DealTable {
  const size = deals.length;
  const numbers = (pick: (deal: DealRow) => number | undefined) => Float64Array.from(deals, (deal) => pick(deal) ?? NaN);
  const texts = (pick: (deal: DealRow) => string | undefined) => deals.map((deal) => pick(deal) ?? "");

  const table: DealTable = {
    sheet: "Deals",
    headerRow: 1,
    columns: [],
    size,
    row: Int32Array.from(deals, (_deal, i) => i + 2),
    id: deals.map((deal, i) => deal.id ?? `D${i + 1}`),
    name: texts((deal) => deal.name),
    account: texts((deal) => deal.account),
    owner: texts((deal) => deal.owner),
    stage: texts((deal) => deal.stage),
    stageCode: new Uint32Array(size),
    stageNames: [],
    ownerCode: new Uint32Array(size),
    ownerNames: [],
    nextStep: texts((deal) => deal.nextStep),
    kind: Uint8Array.from(deals, (deal) => KIND[deal.kind ?? "open"]),
    amount: numbers((deal) => deal.amount),
    probability: numbers((deal) => deal.probability),
    stageProbability: numbers((deal) => deal.stageProbability),
    created: numbers((deal) => deal.created),
    close: numbers((deal) => deal.close),
    lastActivity: numbers((deal) => deal.lastActivity),
    stageEntered: numbers((deal) => deal.stageEntered),
    pushCount: numbers((deal) => deal.pushCount),
    currency: texts((deal) => deal.currency),
    otherCurrencyAmount: numbers((deal) => deal.otherCurrencyAmount),
    mainCurrency: null,
  };
  internNames(table);
  return table;
}

/**
 * Returns a seeded pseudo-random generator of numbers in [0, 1) (mulberry32), so that a
 * random table is the same on every run.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
