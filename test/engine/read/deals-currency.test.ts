import { readDeals, type DealsReadResult } from "../../../src/engine/read/deals";
import { locateDealsHeader } from "../../../src/engine/read/locate";
import { KIND, type CellValue, type DataIssue, type ReadOptions, type SheetGrid } from "../../../src/engine/types";
import { CN_OPTIONS, sheetGrid, US_OPTIONS } from "../../support/grids";

/** Reads the deals of one sheet, failing the test when no header is found. */
function read(sheet: SheetGrid, options: ReadOptions = US_OPTIONS): DealsReadResult {
  const located = locateDealsHeader(sheet);
  if (!located) throw new Error(`no deals header found on sheet ${sheet.name}`);
  return readDeals(located, options);
}

function issuesOf(result: DealsReadResult, code: DataIssue["code"]): DataIssue[] {
  return result.issues.filter((issue) => issue.code === code);
}

function indexOfId(result: DealsReadResult, id: string): number {
  const index = result.table.id.indexOf(id);
  if (index < 0) throw new Error(`deal ${id} not in the table`);
  return index;
}

const HEADER: CellValue[] = ["Deal ID", "Stage", "Amount", "Currency"];

describe("currency column", () => {
  test.each(["Currency", "CurrencyIsoCode", "Deal Currency", "Opportunity Currency", "币种", "货币"])("header %s is mapped", (header) => {
    const result = read(sheetGrid("Deals", [["Deal ID", "Stage", "Amount", header], ["A-1", "Proposal", 100, "EUR"]]));
    expect(result.table.currency[0]).toBe("EUR");
  });

  test.each([
    ["USD", "USD"],
    ["US Dollar", "USD"],
    ["人民币", "CNY"],
    ["Euro", "EUR"],
    ["CNY", "CNY"],
  ])("value %j is %s", (value, code) => {
    const result = read(sheetGrid("Deals", [HEADER, ["A-1", "Proposal", 100, value]]));
    expect(result.table.currency[0]).toBe(code);
  });
});

describe("mixed currencies", () => {
  const sheet = sheetGrid("Deals", [
    HEADER,
    ["A-1", "Proposal", 100000, "USD"],
    ["A-2", "Proposal", 700000, "CNY"],
    ["A-3", "Closed Won", 50000, "USD"],
    ["A-4", "Negotiation", 80000, "US Dollar"],
    ["A-5", "Closed Lost", "€ 9,000", ""],
    ["A-6", "Proposal", 20000, ""],
  ]);
  const result = read(sheet);

  test("main currency has most deals", () => {
    // USD. CNY: A-2. EUR: A-5 from its sign.
    expect(result.table.mainCurrency).toBe("USD");
  });

  test("row currencies", () => {
    expect(result.table.currency).toEqual(["USD", "CNY", "USD", "USD", "EUR", ""]);
  });

  test("other currencies leave the amounts", () => {
    expect(result.table.amount[indexOfId(result, "A-2")]).toBeNaN();
    expect(result.table.amount[indexOfId(result, "A-5")]).toBeNaN();
  });

  test("other currencies keep their amounts apart", () => {
    expect(result.table.otherCurrencyAmount[indexOfId(result, "A-2")]).toBe(700000);
    expect(result.table.otherCurrencyAmount[indexOfId(result, "A-5")]).toBe(9000);
  });

  test("main and unknown currencies keep amounts", () => {
    expect(result.table.amount[indexOfId(result, "A-1")]).toBe(100000);
    expect(result.table.amount[indexOfId(result, "A-6")]).toBe(20000);
  });

  test("other-currency deals stay deals", () => {
    expect(result.table.size).toBe(6);
    expect(result.table.kind[indexOfId(result, "A-2")]).toBe(KIND.open);
    expect(result.table.kind[indexOfId(result, "A-5")]).toBe(KIND.lost);
  });

  test("each moved amount reported", () => {
    const mixed = issuesOf(result, "currencyMixed");
    expect(mixed.map((issue) => issue.row)).toEqual([3, 6]);
  });

  test("issue points at the amount cell", () => {
    const [issue] = issuesOf(result, "currencyMixed");
    expect(issue.sheet).toBe("Deals");
    expect(issue.column).toBe("C");
    expect(issue.header).toBe("Amount");
    expect(issue.value).toBe("700000");
  });
});

describe("row currency sources", () => {
  test("currency column wins over the cell sign", () => {
    const result = read(sheetGrid("Deals", [HEADER, ["A-1", "Proposal", "$5,000", "CNY"]]));
    expect(result.table.currency[0]).toBe("CNY");
    expect(result.table.amount[0]).toBe(5000);
  });

  test("cell sign used when the column is blank", () => {
    const result = read(sheetGrid("Deals", [HEADER, ["A-1", "Proposal", "HK$5,000", null]]));
    expect(result.table.currency[0]).toBe("HKD");
  });

  test("header currency used last", () => {
    const result = read(sheetGrid("Deals", [["Deal ID", "Stage", "Amount (EUR)"], ["A-1", "Proposal", 5000], ["A-2", "Proposal", "$300"]]));
    expect(result.table.currency).toEqual(["EUR", "USD"]);
  });

  test("万元 header names the yuan", () => {
    const result = read(sheetGrid("商机", [["商机编号", "商机阶段", "预计金额（万元）"], ["C-1", "谈判", 12.5]]), CN_OPTIONS);
    expect(result.table.currency[0]).toBe("CNY");
    expect(result.table.amount[0]).toBe(125000);
  });

  test("no currency anywhere", () => {
    const result = read(sheetGrid("Deals", [["Deal ID", "Stage", "Amount"], ["A-1", "Proposal", 5000]]));
    expect(result.table.currency[0]).toBe("");
    expect(result.table.mainCurrency).toBeNull();
  });
});

describe("unreadable currency", () => {
  const result = read(sheetGrid("Deals", [HEADER, ["A-1", "Proposal", "€500", "Bitcoin"], ["A-2", "Proposal", 100, "#N/A"]]));

  test("unknown currency reported", () => {
    const [issue] = issuesOf(result, "currencyInvalid");
    expect(issue.row).toBe(2);
    expect(issue.column).toBe("D");
    expect(issue.value).toBe("Bitcoin");
  });

  test("unknown currency falls back to the cell", () => {
    expect(result.table.currency[indexOfId(result, "A-1")]).toBe("EUR");
  });

  test("error cell reported once as a cell error", () => {
    expect(issuesOf(result, "currencyInvalid")).toHaveLength(1);
    expect(issuesOf(result, "cellError").map((issue) => issue.column)).toEqual(["D"]);
  });
});

describe("yen sign", () => {
  test("¥ is CNY by default", () => {
    const result = read(sheetGrid("Deals", [HEADER, ["A-1", "Proposal", "¥5,000", ""]]));
    expect(result.table.currency[0]).toBe("CNY");
  });

  test("¥ is JPY when the table names only JPY", () => {
    const result = read(sheetGrid("Deals", [HEADER, ["A-1", "Proposal", 100000, "JPY"], ["A-2", "Proposal", "¥5,000", ""]]));
    expect(result.table.currency).toEqual(["JPY", "JPY"]);
    expect(issuesOf(result, "currencyMixed")).toHaveLength(0);
  });

  test("¥ is JPY under a yen header", () => {
    const result = read(sheetGrid("Deals", [["Deal ID", "Stage", "Amount (JPY)"], ["A-1", "Proposal", "¥5,000"]]));
    expect(result.table.currency[0]).toBe("JPY");
  });

  test("¥ is JPY in a Japanese file", () => {
    const result = read(sheetGrid("Deals", [HEADER, ["A-1", "Proposal", "¥5,000", ""]]), { locale: "ja-JP", date1904: false });
    expect(result.table.currency[0]).toBe("JPY");
  });

  test("¥ in the currency column follows the same rule", () => {
    const result = read(sheetGrid("Deals", [HEADER, ["A-1", "Proposal", 1, "¥"]]), { locale: "ja-JP", date1904: false });
    expect(result.table.currency[0]).toBe("JPY");
  });
});

describe("single currency", () => {
  const result = read(sheetGrid("商机", [["商机编号", "商机阶段", "金额", "币种"], ["C-1", "谈判", "人民币五万", ""], ["C-2", "谈判", 30000, "人民币"]]), CN_OPTIONS);

  test("main currency set", () => {
    expect(result.table.mainCurrency).toBe("CNY");
  });

  test("nothing moved", () => {
    expect(Array.from(result.table.amount)).toEqual([50000, 30000]);
    expect(issuesOf(result, "currencyMixed")).toHaveLength(0);
  });
});
