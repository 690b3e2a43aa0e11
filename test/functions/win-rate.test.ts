import { excelErrorOf, setDisplayLanguage } from "./custom-functions-runtime";
import { winRate } from "../../src/functions/functions";

afterEach(() => setDisplayLanguage(null));

describe("WINRATE", () => {
  test("worked example by count", () => {
    // Won 3, lost 1; the Negotiation deal is open and does not count: 3 ÷ 4 = 0.75.
    const stages = [["Closed Won"], ["Closed Lost"], ["Closed Won"], ["Negotiation"], ["Closed Won"]];
    expect(winRate(stages)).toBe(0.75);
  });

  test("by amount when amounts are given", () => {
    // Won 300 + 200 + 500 = 1,000; lost 100; the open 999 does not count: 1,000 ÷ 1,100.
    const stages = [["Closed Won"], ["Closed Lost"], ["Closed Won"], ["Negotiation"], ["Closed Won"]];
    const amounts = [[300], [100], [200], [999], [500]];
    expect(winRate(stages, amounts)).toBeCloseTo(1000 / 1100, 12);
  });

  test("Chinese stage names", () => {
    // 赢单 1, 输单 2; 谈判 and 延期 do not count: 1 ÷ 3.
    expect(winRate([["赢单"], ["输单"], ["输单"], ["谈判"], ["延期"]])).toBeCloseTo(1 / 3, 12);
  });

  test("CRM stage names", () => {
    // HubSpot internal names: closedwon 2, closedlost 2.
    expect(winRate([["closedwon"], ["closedlost"], ["closedwon"], ["closedlost"], ["contractsent"]])).toBe(0.5);
  });

  test("blank cells in every platform form", () => {
    // Blank stages are skipped: 2 won, 1 lost in each form.
    for (const blank of [0, null, ""]) {
      expect(winRate([["Closed Won"], [blank], ["Closed Lost"], ["Closed Won"]])).toBeCloseTo(2 / 3, 12);
    }
  });

  test("blank amount counts by count only", () => {
    // Won 400 + (blank), lost 100: by amount 400 ÷ 500 = 0.8.
    for (const blank of [null, ""]) {
      expect(winRate([["Closed Won"], ["Closed Won"], ["Closed Lost"]], [[400], [blank], [100]])).toBe(0.8);
    }
  });

  test("text amounts", () => {
    // Won "¥1,200" + "1.2万" = 13,200; lost "3.5k" = 3,500: 13,200 ÷ 16,700.
    const amounts = [["¥1,200"], ["1.2万"], ["3.5k"]];
    expect(winRate([["Closed Won"], ["Closed Won"], ["Closed Lost"]], amounts)).toBeCloseTo(13200 / 16700, 12);
  });

  test("negative amount left out of the rate by amount", () => {
    // As in the report, the won −50 adds nothing: 0 ÷ (0 + 100) = 0.
    expect(winRate([["Closed Won"], ["Closed Lost"]], [[-50], [100]])).toBe(0);
  });

  test("single cell instead of a range", () => {
    expect(winRate("Closed Won" as unknown as unknown[][])).toBe(1);
    expect(winRate([["Closed Lost"]], 500 as unknown as unknown[][])).toBe(0);
  });

  test("no closed deal gives #DIV/0!", () => {
    expect(excelErrorOf(() => winRate([["Negotiation"], ["Lead"]])).code).toBe("#DIV/0!");
    expect(excelErrorOf(() => winRate([])).code).toBe("#DIV/0!");
  });

  test("closed amounts summing to 0 give #DIV/0! by amount", () => {
    expect(excelErrorOf(() => winRate([["Closed Won"], ["Closed Lost"]], [[null], [0]])).code).toBe("#DIV/0!");
  });

  test("error cell in stages gives #VALUE! naming row", () => {
    const error = excelErrorOf(() => winRate([["Closed Won"], ["#N/A"]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("stages, row 2: the cell contains the error #N/A. Correct the cell or clear it.");
  });

  test("unreadable amount gives #VALUE! naming row", () => {
    const error = excelErrorOf(() => winRate([["Closed Won"], ["Closed Lost"]], [[100], ["abc"]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^amounts, row 2: "abc" is not a number\./);
  });

  test("mismatched ranges give #VALUE!", () => {
    const error = excelErrorOf(() => winRate([["Closed Won"], ["Closed Lost"]], [[100]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("amounts has 1 row × 1 column but stages has 2 rows × 1 column. Select ranges of the same size.");
  });
});
