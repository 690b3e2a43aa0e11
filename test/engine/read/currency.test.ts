import {
  chooseYenCurrency,
  currencyFromText,
  currencyOfMarker,
  headerCurrency,
  namedCurrencies,
  setAsideOtherCurrencies,
  summarizeCurrencies,
} from "../../../src/engine/read/currency";
import { KIND, type DealKind, type DealTable } from "../../../src/engine/types";

describe("currencyFromText", () => {
  test.each([
    ["USD", "USD"],
    ["usd", "USD"],
    [" CNY ", "CNY"],
    ["RMB", "CNY"],
    ["人民币", "CNY"],
    ["元", "CNY"],
    ["美元", "USD"],
    ["欧元", "EUR"],
    ["英镑", "GBP"],
    ["日元", "JPY"],
    ["港币", "HKD"],
    ["新台币", "TWD"],
    ["US Dollar", "USD"],
    ["U.S. Dollar", "USD"],
    ["United States Dollar", "USD"],
    ["Euro", "EUR"],
    ["euros", "EUR"],
    ["Pound Sterling", "GBP"],
    ["Japanese Yen", "JPY"],
    ["Chinese Yuan", "CNY"],
    ["Renminbi", "CNY"],
    ["Hong Kong Dollar", "HKD"],
    ["Swiss Franc", "CHF"],
    ["South Korean Won", "KRW"],
    ["Indian Rupee", "INR"],
    ["New Taiwan Dollar", "TWD"],
    ["$", "USD"],
    ["US$", "USD"],
    ["HK$", "HKD"],
    ["€", "EUR"],
    ["£", "GBP"],
    ["¥", "CNY"],
    ["￥", "CNY"],
    // Full-width letters as a Chinese input method types them.
    ["ＵＳＤ", "USD"],
    // A current ISO 4217 code outside the amount-cell list, known from Intl.
    ["MXN", "MXN"],
    ["USD - US Dollar", "USD"],
    ["Euro (EUR)", "EUR"],
  ])("reads %j as %s", (text, expected) => {
    expect(currencyFromText(text)).toBe(expected);
  });

  test.each(["", "  ", "Dollar", "ABC", "Bitcoin", "N/A", "100"])("returns null for %j", (text) => {
    expect(currencyFromText(text)).toBeNull();
  });

  test("¥ follows the yen option", () => {
    expect(currencyFromText("¥", { yen: "JPY" })).toBe("JPY");
  });

  test("¥ is unread with a null yen option", () => {
    expect(currencyFromText("¥", { yen: null })).toBeNull();
  });
});

describe("currencyOfMarker", () => {
  test.each([
    ["US$", "USD"],
    ["us$", "USD"],
    ["S$", "SGD"],
    ["A$", "AUD"],
    ["C$", "CAD"],
    ["NT$", "TWD"],
    ["₩", "KRW"],
    ["₹", "INR"],
    ["円", "JPY"],
    ["RMB", "CNY"],
  ])("%s is %s", (marker, expected) => {
    expect(currencyOfMarker(marker, "CNY")).toBe(expected);
  });

  test("¥ is the yen option", () => {
    expect(currencyOfMarker("¥", "JPY")).toBe("JPY");
  });
});

describe("namedCurrencies", () => {
  test("codes and names found", () => {
    expect(namedCurrencies("USD 5 / 5 欧元")).toEqual(["USD", "EUR"]);
  });

  test("yen sign left out", () => {
    expect(namedCurrencies("¥5,000")).toEqual([]);
  });

  test("US$ found once", () => {
    expect(namedCurrencies("US$5")).toEqual(["USD"]);
  });
});

describe("headerCurrency", () => {
  test.each([
    ["Amount (USD)", "USD"],
    ["Amount ($)", "USD"],
    ["Amount (k USD)", "USD"],
    ["Amount (USD millions)", "USD"],
    ["Deal Value (€)", "EUR"],
    ["预计金额（万元）", "CNY"],
    ["金额（人民币）", "CNY"],
    ["金额（日元）", "JPY"],
    ["合同金额万元", "CNY"],
  ])("%s names %s", (header, expected) => {
    expect(headerCurrency(header)).toBe(expected);
  });

  test.each(["Amount", "Amount (k)", "金额（万）"])("%s names none", (header) => {
    expect(headerCurrency(header)).toBeNull();
  });
});

describe("chooseYenCurrency", () => {
  test.each([
    ["header names yen", { header: "金额（日元）", named: ["CNY"], locale: "zh-CN" }, "JPY"],
    ["header names yuan", { header: "Amount (RMB)", named: ["JPY"], locale: "ja-JP" }, "CNY"],
    ["table names only yen", { header: "Amount", named: ["JPY", "USD"], locale: "en-US" }, "JPY"],
    ["table names yen and yuan", { header: "Amount", named: ["JPY", "CNY"], locale: "ja-JP" }, "CNY"],
    ["table names yuan", { header: "Amount (¥)", named: ["CNY"], locale: "ja-JP" }, "CNY"],
    ["Japanese locale", { header: "Amount (¥)", named: ["USD"], locale: "ja-JP" }, "JPY"],
    ["POSIX Japanese locale", { header: "Amount", named: [], locale: "ja_JP" }, "JPY"],
    ["Chinese locale", { header: "Amount", named: [], locale: "zh-CN" }, "CNY"],
    ["English locale", { header: "Amount", named: [], locale: "en-US" }, "CNY"],
  ])("%s", (_name, context, expected) => {
    expect(chooseYenCurrency(context)).toBe(expected);
  });
});

/** Builds a table with only the columns that the currency steps read. */
function currencyTable(deals: { currency: string; amount: number; kind?: DealKind }[]): DealTable {
  const size = deals.length;
  return {
    sheet: "Deals",
    headerRow: 1,
    columns: [],
    size,
    row: Int32Array.from(deals.map((_deal, i) => i + 2)),
    id: deals.map((_deal, i) => `D${i + 1}`),
    name: new Array<string>(size).fill(""),
    account: new Array<string>(size).fill(""),
    owner: new Array<string>(size).fill(""),
    stage: new Array<string>(size).fill(""),
    stageCode: new Uint32Array(size),
    stageNames: [""],
    ownerCode: new Uint32Array(size),
    ownerNames: [""],
    nextStep: new Array<string>(size).fill(""),
    kind: Uint8Array.from(deals.map((deal) => KIND[deal.kind ?? "open"])),
    amount: Float64Array.from(deals.map((deal) => deal.amount)),
    probability: new Float64Array(size).fill(NaN),
    stageProbability: new Float64Array(size).fill(NaN),
    created: new Float64Array(size).fill(NaN),
    close: new Float64Array(size).fill(NaN),
    lastActivity: new Float64Array(size).fill(NaN),
    stageEntered: new Float64Array(size).fill(NaN),
    pushCount: new Float64Array(size).fill(NaN),
    currency: deals.map((deal) => deal.currency),
    otherCurrencyAmount: new Float64Array(size).fill(NaN),
    mainCurrency: null,
  };
}

describe("setAsideOtherCurrencies", () => {
  test("main currency has most deals", () => {
    const table = currencyTable([
      { currency: "EUR", amount: 1 },
      { currency: "USD", amount: 2 },
      { currency: "USD", amount: 3 },
    ]);
    setAsideOtherCurrencies(table);
    expect(table.mainCurrency).toBe("USD");
  });

  test("tie goes to the first met", () => {
    const table = currencyTable([
      { currency: "EUR", amount: 1 },
      { currency: "USD", amount: 2 },
      { currency: "USD", amount: 3 },
      { currency: "EUR", amount: 4 },
    ]);
    setAsideOtherCurrencies(table);
    expect(table.mainCurrency).toBe("EUR");
  });

  test("deals without a currency do not vote", () => {
    // Three unknown deals do not outvote one EUR deal, and they count as EUR.
    const table = currencyTable([
      { currency: "", amount: 1 },
      { currency: "", amount: 2 },
      { currency: "", amount: 3 },
      { currency: "EUR", amount: 4 },
    ]);
    expect(setAsideOtherCurrencies(table)).toEqual([]);
    expect(table.mainCurrency).toBe("EUR");
  });

  test("no currency anywhere", () => {
    const table = currencyTable([{ currency: "", amount: 1 }]);
    expect(setAsideOtherCurrencies(table)).toEqual([]);
    expect(table.mainCurrency).toBeNull();
  });

  describe("two currencies", () => {
    const table = currencyTable([
      { currency: "USD", amount: 100 },
      { currency: "CNY", amount: 700 },
      { currency: "USD", amount: 200 },
      { currency: "", amount: 50 },
      { currency: "CNY", amount: NaN },
    ]);
    const moved = setAsideOtherCurrencies(table);

    test("other currency with an amount moved", () => {
      // Deal 5 is CNY too but has no readable amount, so there is nothing to move.
      expect(moved).toEqual([1]);
    });

    test("moved amount kept apart", () => {
      expect(table.otherCurrencyAmount[1]).toBe(700);
    });

    test("moved amount leaves the sums", () => {
      expect(table.amount[1]).toBeNaN();
    });

    test("main and unknown deals keep their amounts", () => {
      expect(Array.from(table.amount.filter((_amount, i) => i !== 1 && i !== 4))).toEqual([100, 200, 50]);
    });
  });
});

describe("summarizeCurrencies", () => {
  const table = currencyTable([
    { currency: "USD", amount: 100 },
    { currency: "USD", amount: 200 },
    { currency: "USD", amount: 300 },
    { currency: "EUR", amount: 40, kind: "won" },
    { currency: "GBP", amount: 10 },
    { currency: "EUR", amount: 50 },
    { currency: "GBP", amount: 20, kind: "lost" },
    { currency: "EUR", amount: 60 },
    { currency: "", amount: 5 },
  ]);
  setAsideOtherCurrencies(table);
  const summary = summarizeCurrencies(table);

  test("main currency", () => {
    expect(summary.main).toBe("USD");
  });

  test("others by deals, then first met", () => {
    // EUR has 3 deals and GBP 2.
    expect(summary.others.map((other) => other.code)).toEqual(["EUR", "GBP"]);
  });

  test("others count deals of every kind", () => {
    expect(summary.others.map((other) => other.deals)).toEqual([3, 2]);
  });

  test("others sum open amounts", () => {
    // EUR: 50 + 60, the won 40 left out. GBP: 10, the lost 20 left out.
    expect(summary.others.map((other) => other.amount)).toEqual([110, 10]);
  });

  test("one currency has no others", () => {
    const single = currencyTable([{ currency: "CNY", amount: 1 }]);
    setAsideOtherCurrencies(single);
    expect(summarizeCurrencies(single)).toEqual({ main: "CNY", others: [] });
  });
});
