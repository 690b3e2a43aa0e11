import { ranksBefore, selectTopDeals } from "../../../src/engine/metrics/top-deals";
import type { DealKind, DealTable } from "../../../src/engine/types";
import { dealTableFromRows, seededRandom, type DealRow } from "../../support/deal-table-rows";
import { utcDay } from "../../support/grids";

const AS_OF = utcDay(2026, 5, 15);

/**
 * As-of 2026-05-15. Probabilities are exact in binary (0.5, 0.25, 0.75) so that tied
 * weighted amounts are equal to the last bit.
 */
const HAND_DEALS: DealRow[] = [
  // T01: 500,000 × 0.8 = 400,000.
  {
    id: "T01",
    name: "Alpha ERP",
    account: "Alpha Ltd",
    owner: "Ann",
    stage: "Negotiation",
    nextStep: "Send the contract",
    amount: 500000,
    probability: 0.8,
    stageProbability: 0.8,
    close: utcDay(2026, 6, 1),
    lastActivity: utcDay(2026, 5, 5),
  },
  // T02: 300,000 × 0.9 from the stage default = 270,000.
  { id: "T02", owner: "Bob", stage: "Custom", amount: 300000, stageProbability: 0.9, close: utcDay(2026, 6, 10) },
  // T03, T04, T05 and T06 all weigh 240,000; T04 closes first, T03 and T05 on the same day, T06 has no date.
  { id: "T03", amount: 480000, probability: 0.5, close: utcDay(2026, 5, 20) },
  { id: "T04", amount: 320000, probability: 0.75, close: utcDay(2026, 5, 10) },
  { id: "T05", amount: 960000, probability: 0.25, close: utcDay(2026, 5, 20) },
  { id: "T06", amount: 240000, probability: 1 },
  // Not open: never ranked.
  { id: "T07", kind: "won", amount: 1000000, probability: 1, close: utcDay(2026, 5, 1) },
  { id: "T08", kind: "lost", amount: 1000000, probability: 0, close: utcDay(2026, 5, 1) },
  { id: "T09", kind: "deferred", amount: 1000000, probability: 0.5, close: utcDay(2026, 5, 1) },
  // Open but left out: no amount, another currency, no probability at all.
  { id: "T10", probability: 0.5 },
  { id: "T11", otherCurrencyAmount: 900000, probability: 0.5 },
  { id: "T12", amount: 800000 },
  // T13: 100,000 × 0 = 0, ranked last.
  { id: "T13", amount: 100000, probability: 0, stageProbability: 0.4, close: utcDay(2026, 5, 30) },
];

function ids(table: DealTable, n: number): string[] {
  return selectTopDeals(table, { asOf: AS_OF, n }).deals.map((deal) => deal.id);
}

describe("selectTopDeals on hand-made deals", () => {
  const table = dealTableFromRows(HAND_DEALS);

  test("ranks by weighted amount, then close, then id", () => {
    expect(ids(table, 100)).toEqual(["T01", "T02", "T04", "T03", "T05", "T06", "T13"]);
  });

  test("returns the first n", () => {
    expect(ids(table, 3)).toEqual(["T01", "T02", "T04"]);
  });

  test("n of one", () => {
    expect(ids(table, 1)).toEqual(["T01"]);
  });

  test("n of zero", () => {
    expect(ids(table, 0)).toEqual([]);
  });

  test("counts ranked and skipped deals", () => {
    const result = selectTopDeals(table, { asOf: AS_OF, n: 2 });
    expect(result.ranked).toBe(7);
    expect(result.skipped).toEqual({ amountMissing: 1, otherCurrency: 1, probabilityMissing: 1 });
  });

  test("describes a deal with a row probability", () => {
    const [first] = selectTopDeals(table, { asOf: AS_OF, n: 1 }).deals;
    expect(first).toEqual({
      row: 2,
      id: "T01",
      name: "Alpha ERP",
      account: "Alpha Ltd",
      owner: "Ann",
      stage: "Negotiation",
      amount: 500000,
      probability: 0.8,
      probabilitySource: "row",
      weighted: 400000,
      close: "2026-06-01",
      // 2026-05-05 to 2026-05-15.
      daysSinceActivity: 10,
      flags: [],
      nextStep: "Send the contract",
    });
  });

  test("describes a deal with a stage probability", () => {
    const second = selectTopDeals(table, { asOf: AS_OF, n: 2 }).deals[1];
    expect(second.row).toBe(3);
    expect(second.probability).toBe(0.9);
    expect(second.probabilitySource).toBe("stage");
    expect(second.weighted).toBeCloseTo(270000, 6);
    expect(second.daysSinceActivity).toBeNull();
  });

  test("row probability of zero wins over the stage default", () => {
    const last = selectTopDeals(table, { asOf: AS_OF, n: 7 }).deals[6];
    expect(last.id).toBe("T13");
    expect(last.probability).toBe(0);
    expect(last.weighted).toBe(0);
  });

  test("deal without close date has null close", () => {
    const sixth = selectTopDeals(table, { asOf: AS_OF, n: 6 }).deals[5];
    expect(sixth.id).toBe("T06");
    expect(sixth.close).toBeNull();
  });

  test("flags named from their bits", () => {
    const flags = new Uint8Array(table.size);
    // T01 stalled (1) and past due (4); T02 inactive (2) and rescheduled (8); T04 all four.
    flags[0] = 1 | 4;
    flags[1] = 2 | 8;
    flags[3] = 15;
    const deals = selectTopDeals(table, { asOf: AS_OF, n: 4, flags }).deals;
    expect(deals[0].flags).toEqual(["stalled", "pastDue"]);
    expect(deals[1].flags).toEqual(["inactive", "rescheduled"]);
    expect(deals[2].flags).toEqual(["stalled", "inactive", "pastDue", "rescheduled"]);
    expect(deals[3].flags).toEqual([]);
  });

  test("activity after the as-of date gives negative days", () => {
    const future = dealTableFromRows([{ amount: 100, probability: 0.5, lastActivity: utcDay(2026, 5, 18) }]);
    expect(selectTopDeals(future, { asOf: AS_OF, n: 1 }).deals[0].daysSinceActivity).toBe(-3);
  });
});

describe("selectTopDeals argument checks", () => {
  const table = dealTableFromRows(HAND_DEALS);

  test.each([-1, 1.5, NaN, Infinity])("n of %p rejected", (n) => {
    expect(() => selectTopDeals(table, { asOf: AS_OF, n })).toThrow(RangeError);
  });

  test("flags of the wrong length rejected", () => {
    expect(() => selectTopDeals(table, { asOf: AS_OF, n: 3, flags: new Uint8Array(2) })).toThrow(RangeError);
  });

  test("empty table", () => {
    const result = selectTopDeals(dealTableFromRows([]), { asOf: AS_OF, n: 20 });
    expect(result.deals).toEqual([]);
    expect(result.ranked).toBe(0);
  });
});

describe("selectTopDeals id order", () => {
  function tiedTable(idList: string[]): DealTable {
    return dealTableFromRows(idList.map((id) => ({ id, amount: 1000, probability: 0.5, close: utcDay(2026, 6, 1) })));
  }

  test("digit runs compare as numbers", () => {
    expect(ids(tiedTable(["D10", "D9", "D100", "C2"]), 4)).toEqual(["C2", "D9", "D10", "D100"]);
  });

  test("row-number ids sort by row", () => {
    expect(ids(tiedTable(["12", "9", "100"]), 3)).toEqual(["9", "12", "100"]);
  });

  test("equal ids keep table order", () => {
    const result = selectTopDeals(tiedTable(["X", "X", "X"]), { asOf: AS_OF, n: 3 });
    expect(result.deals.map((deal) => deal.row)).toEqual([2, 3, 4]);
  });
});

describe("ranksBefore", () => {
  const table = dealTableFromRows([
    { id: "A", close: utcDay(2026, 6, 1) },
    { id: "B", close: utcDay(2026, 5, 1) },
    { id: "C" },
    { id: "A", close: utcDay(2026, 6, 1) },
  ]);

  test("higher weight first", () => {
    expect(ranksBefore(table, 0, 2, 1, 1)).toBe(true);
    expect(ranksBefore(table, 1, 1, 0, 2)).toBe(false);
  });

  test("earlier close first on equal weight", () => {
    expect(ranksBefore(table, 1, 1, 0, 1)).toBe(true);
  });

  test("dated before undated", () => {
    expect(ranksBefore(table, 0, 1, 2, 1)).toBe(true);
    expect(ranksBefore(table, 2, 1, 0, 1)).toBe(false);
  });

  test("same id falls back to table order", () => {
    expect(ranksBefore(table, 0, 1, 3, 1)).toBe(true);
    expect(ranksBefore(table, 3, 1, 0, 1)).toBe(false);
  });
});

describe("selectTopDeals against a full sort", () => {
  const KINDS: DealKind[] = ["open", "open", "open", "open", "won", "lost", "deferred"];
  const PROBABILITIES = [0, 0.25, 0.5, 0.75, 1];

  /**
   * 5,000 deals drawn from few amounts, probabilities, dates and ids, so that many weighted
   * amounts tie, many ties share a close date, and some share an id too.
   */
  function randomDeals(seed: number): DealRow[] {
    const random = seededRandom(seed);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
    const deals: DealRow[] = [];
    for (let i = 0; i < 5000; i++) {
      const amountRoll = random();
      const probabilityRoll = random();
      deals.push({
        id: `D${Math.floor(random() * 4000)}`,
        kind: pick(KINDS),
        amount: amountRoll < 0.05 ? undefined : 1000 * (1 + Math.floor(random() * 20)),
        probability: probabilityRoll < 0.3 ? undefined : pick(PROBABILITIES),
        stageProbability: probabilityRoll < 0.1 ? undefined : pick(PROBABILITIES),
        close: random() < 0.1 ? undefined : utcDay(2026, 5, 1) + Math.floor(random() * 30),
        otherCurrencyAmount: amountRoll < 0.02 ? 5000 : undefined,
      });
    }
    return deals;
  }

  /** Sorts the eligible deals in full by the ranking rules, written out again without the heap. */
  function fullSortIndexes(table: DealTable): number[] {
    const collator = new Intl.Collator("en", { numeric: true });
    const weightOf = (i: number) => table.amount[i] * (Number.isNaN(table.probability[i]) ? table.stageProbability[i] : table.probability[i]);
    const eligible: number[] = [];
    for (let i = 0; i < table.size; i++) {
      if (table.kind[i] === 0 && !Number.isNaN(weightOf(i))) eligible.push(i);
    }
    const closeKey = (i: number) => (Number.isNaN(table.close[i]) ? Infinity : table.close[i]);
    return eligible.sort((a, b) => weightOf(b) - weightOf(a) || closeKey(a) - closeKey(b) || collator.compare(table.id[a], table.id[b]) || a - b);
  }

  test.each([1, 2, 3])("seed %i matches the sort's first n", (seed) => {
    const table = dealTableFromRows(randomDeals(seed));
    const sorted = fullSortIndexes(table).map((i) => table.row[i]);
    for (const n of [0, 1, 7, 20, 100, 1000, sorted.length, 6000]) {
      const rows = selectTopDeals(table, { asOf: AS_OF, n }).deals.map((deal) => deal.row);
      expect(rows).toEqual(sorted.slice(0, n));
    }
  });

  test("fixture has weight and close ties", () => {
    // Guards the test above: without ties in the top 100 it would not test the tie rules.
    const table = dealTableFromRows(randomDeals(1));
    const top = selectTopDeals(table, { asOf: AS_OF, n: 100 }).deals;
    const sameWeightAndClose = top.filter((deal, k) => k > 0 && deal.weighted === top[k - 1].weighted && deal.close === top[k - 1].close);
    expect(sameWeightAndClose.length).toBeGreaterThan(5);
  });

  test("ranked and skipped add up to the open deals", () => {
    const table = dealTableFromRows(randomDeals(4));
    const result = selectTopDeals(table, { asOf: AS_OF, n: 10 });
    const open = table.kind.filter((kind) => kind === 0).length;
    const { amountMissing, otherCurrency, probabilityMissing } = result.skipped;
    expect(result.ranked + amountMissing + otherCurrency + probabilityMissing).toBe(open);
    expect(result.ranked).toBe(fullSortIndexes(table).length);
  });
});
