/**
 * Top deals: the open deals that weigh most in the forecast, for the weekly review.
 */
import { isoFromDay } from "../dates";
import { dealsOfKind } from "../table";
import type { DealTable } from "../types";
import { MOVEMENT_FLAG } from "./movement";

export type DealFlag = keyof typeof MOVEMENT_FLAG;

const FLAG_ORDER: readonly DealFlag[] = ["stalled", "inactive", "pastDue", "rescheduled"];

export interface TopDealsOptions {
  /** As-of date as a day number, for the days since the last activity. */
  asOf: number;
  /** Number of deals to return, a non-negative integer; fewer when fewer deals can be ranked. */
  n: number;
  /** `MOVEMENT_FLAG` bits of each deal, indexed like the table (`MovementResult.flags`); no deal has a flag when absent. */
  flags?: Uint8Array;
}

export interface TopDeal {
  /** 1-based sheet row. */
  row: number;
  id: string;
  name: string;
  account: string;
  owner: string;
  stage: string;
  amount: number;
  /** Probability used, 0..1: the row's value, else the stage default. */
  probability: number;
  probabilitySource: "row" | "stage";
  /** amount × probability. */
  weighted: number;
  /** Expected close date, ISO 8601, or null when the row has none. */
  close: string | null;
  /**
   * As-of date − last activity, in days; null without a last activity date. Negative when
   * the activity date lies after the as-of date, as a planned meeting does.
   */
  daysSinceActivity: number | null;
  flags: DealFlag[];
  nextStep: string;
}

export interface TopDealsResult {
  /** Highest weighted amount first. */
  deals: TopDeal[];
  /** Open deals that took part in the ranking. */
  ranked: number;
  /**
   * Open deals left out of the ranking, each under its first reason in this order, so that
   * ranked + the three counts = open deals.
   */
  skipped: {
    /** No readable amount. */
    amountMissing: number;
    /** Amount in a currency other than the main one, which cannot be compared. */
    otherCurrency: number;
    /** Neither a row probability nor a stage default, so no weighted amount. */
    probabilityMissing: number;
  };
}

/**
 * Orders ids as text with runs of digits compared as numbers, so that D9 comes before D10
 * and the row-number ids of a table without an id column sort by row. The locale is fixed
 * so that the order does not depend on the machine.
 */
const ID_COLLATOR = new Intl.Collator("en", { numeric: true });

/**
 * Selects the top-N open deals by weighted amount (amount × probability). Ties go to the
 * earlier close date (a deal without one after every dated deal), then to the smaller id,
 * then to the earlier row. A bounded heap keeps the n best deals seen so far, so the work
 * grows with deals × log n and no full sort is made. Throws a RangeError when `n` is not a
 * non-negative integer or `flags` does not have one entry per deal.
 *
 * @example selectTopDeals(table, { asOf: dayFromIso("2026-05-15"), n: 2 })
 * // open deals 500,000 at 80%, 400,000 at 60% and 300,000 at 90%:
 * // 500,000 × 0.8 = 400,000 first, then 300,000 × 0.9 = 270,000; 400,000 × 0.6 = 240,000 is left out
 */
export function selectTopDeals(table: DealTable, options: TopDealsOptions): TopDealsResult {
  const { n, flags } = options;
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Invalid n ${n}: expected a non-negative integer.`);
  if (flags && flags.length !== table.size) {
    throw new RangeError(`Invalid flags: ${flags.length} entries for ${table.size} deals; expected one entry per deal.`);
  }

  const heap = new BoundedHeap(table, Math.min(n, table.size));
  const skipped = { amountMissing: 0, otherCurrency: 0, probabilityMissing: 0 };
  let ranked = 0;

  const { open } = dealsOfKind(table);
  for (let k = 0; k < open.length; k++) {
    const i = open[k];
    const amount = table.amount[i];
    if (Number.isNaN(amount)) {
      if (Number.isNaN(table.otherCurrencyAmount[i])) skipped.amountMissing++;
      else skipped.otherCurrency++;
      continue;
    }
    const probability = probabilityOf(table, i);
    if (Number.isNaN(probability)) {
      skipped.probabilityMissing++;
      continue;
    }
    ranked++;
    heap.offer(i, amount * probability);
  }

  const deals = heap.sortedIndexes().map((i) => describeDeal(table, i, options.asOf, flags ? flags[i] : 0));
  return { deals, ranked, skipped };
}

/** Returns the row's probability, else the stage default, or NaN when neither exists. */
function probabilityOf(table: DealTable, i: number): number {
  const rowProbability = table.probability[i];
  return Number.isNaN(rowProbability) ? table.stageProbability[i] : rowProbability;
}

function describeDeal(table: DealTable, i: number, asOf: number, flagBits: number): TopDeal {
  const probability = probabilityOf(table, i);
  const close = table.close[i];
  const lastActivity = table.lastActivity[i];
  return {
    row: table.row[i],
    id: table.id[i],
    name: table.name[i],
    account: table.account[i],
    owner: table.owner[i],
    stage: table.stage[i],
    amount: table.amount[i],
    probability,
    probabilitySource: Number.isNaN(table.probability[i]) ? "stage" : "row",
    weighted: table.amount[i] * probability,
    close: Number.isNaN(close) ? null : isoFromDay(close),
    daysSinceActivity: Number.isNaN(lastActivity) ? null : asOf - lastActivity,
    flags: FLAG_ORDER.filter((flag) => (flagBits & MOVEMENT_FLAG[flag]) !== 0),
    nextStep: table.nextStep[i],
  };
}

/**
 * Returns true when deal `a` with weighted amount `weightA` ranks before deal `b`: higher
 * weighted amount, then earlier close date with undated deals last, then smaller id, then
 * earlier table position. Distinct deals never tie, so the ranking is a total order.
 */
export function ranksBefore(table: DealTable, a: number, weightA: number, b: number, weightB: number): boolean {
  if (weightA !== weightB) return weightA > weightB;

  const closeA = table.close[a];
  const closeB = table.close[b];
  const datedA = !Number.isNaN(closeA);
  const datedB = !Number.isNaN(closeB);
  if (datedA !== datedB) return datedA;
  if (datedA && closeA !== closeB) return closeA < closeB;

  const byId = ID_COLLATOR.compare(table.id[a], table.id[b]);
  if (byId !== 0) return byId < 0;
  return a < b;
}

/**
 * The n best deals seen so far, as a binary heap whose root is the one that ranks last,
 * so that a new deal is compared with the root alone and replaces it only when it ranks before it.
 */
class BoundedHeap {
  private readonly indexes: Int32Array;
  private readonly weights: Float64Array;
  private size = 0;

  constructor(
    private readonly table: DealTable,
    private readonly capacity: number,
  ) {
    this.indexes = new Int32Array(capacity);
    this.weights = new Float64Array(capacity);
  }

  offer(index: number, weight: number): void {
    // A lower weight than the root's ranks after it whatever the dates and ids, so most deals leave here.
    if (this.size === this.capacity && weight < this.weights[0]) return;
    if (this.size < this.capacity) {
      this.indexes[this.size] = index;
      this.weights[this.size] = weight;
      this.size++;
      this.siftUp(this.size - 1);
      return;
    }
    if (this.capacity === 0 || !ranksBefore(this.table, index, weight, this.indexes[0], this.weights[0])) return;
    this.indexes[0] = index;
    this.weights[0] = weight;
    this.siftDown(0);
  }

  /** Returns the kept deals' indexes, best first. */
  sortedIndexes(): number[] {
    const order = Array.from({ length: this.size }, (_, slot) => slot);
    order.sort((x, y) => (this.ranksBeforeSlot(x, y) ? -1 : 1));
    return order.map((slot) => this.indexes[slot]);
  }

  /** True when the deal in slot x ranks before the deal in slot y. */
  private ranksBeforeSlot(x: number, y: number): boolean {
    return ranksBefore(this.table, this.indexes[x], this.weights[x], this.indexes[y], this.weights[y]);
  }

  private siftUp(slot: number): void {
    while (slot > 0) {
      const parent = (slot - 1) >> 1;
      // The parent must rank after its children; swap while it ranks before.
      if (!this.ranksBeforeSlot(parent, slot)) return;
      this.swap(parent, slot);
      slot = parent;
    }
  }

  private siftDown(slot: number): void {
    for (;;) {
      const left = 2 * slot + 1;
      if (left >= this.size) return;
      const right = left + 1;
      const lastRanked = right < this.size && this.ranksBeforeSlot(left, right) ? right : left;
      if (!this.ranksBeforeSlot(slot, lastRanked)) return;
      this.swap(slot, lastRanked);
      slot = lastRanked;
    }
  }

  private swap(x: number, y: number): void {
    const index = this.indexes[x];
    const weight = this.weights[x];
    this.indexes[x] = this.indexes[y];
    this.weights[x] = this.weights[y];
    this.indexes[y] = index;
    this.weights[y] = weight;
  }
}
