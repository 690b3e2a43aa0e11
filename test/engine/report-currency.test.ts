import { buildReport, type HealthReport } from "../../src/engine/report";
import { readPipeline } from "../../src/engine/read/workbook";
import { withDefaults } from "../../src/engine/settings";
import type { CellValue } from "../../src/engine/types";
import { sheetGrid, US_OPTIONS, utcDay } from "../support/grids";

function reportOf(rows: CellValue[][]): HealthReport {
  const source = readPipeline([sheetGrid("Deals", rows)], US_OPTIONS);
  if (!source) throw new Error("the test sheet has no deals table");
  return buildReport(source, withDefaults({ asOf: utcDay(2026, 5, 15) }));
}

describe("report currencies", () => {
  const report = reportOf([
    ["Deal ID", "Stage", "Amount", "Currency", "Close Date"],
    ["A-1", "Proposal", 100000, "USD", "2026-05-01"],
    ["A-2", "Proposal", 200000, "USD", "2026-05-02"],
    ["A-3", "Proposal", 700000, "CNY", "2026-05-03"],
    ["A-4", "Closed Won", 300000, "CNY", "2026-04-10"],
    ["A-5", "Negotiation", "€ 9,000", "", "2026-06-01"],
    ["A-6", "Closed Won", 50000, "USD", "2026-04-20"],
  ]);

  test("main currency", () => {
    // USD has 3 deals, CNY 2 and EUR 1.
    expect(report.currency.main).toBe("USD");
  });

  test("other currencies with open amounts", () => {
    // CNY: open A-3 700,000; the won A-4 counts as a deal but not in the open amount.
    expect(report.currency.others).toEqual([
      { code: "CNY", deals: 2, amount: 700000 },
      { code: "EUR", deals: 1, amount: 9000 },
    ]);
  });

  test("totals keep only the main currency", () => {
    // Open USD: A-1 100,000 + A-2 200,000. Won USD: A-6 50,000.
    expect(report.amountByKind.open).toBe(300000);
    expect(report.amountByKind.won).toBe(50000);
  });

  test("other-currency deals still counted by kind", () => {
    expect(report.deals).toEqual({ total: 6, open: 4, won: 2, lost: 0, deferred: 0 });
  });

  test("other-currency deals not counted as missing amounts", () => {
    // A-3 (CNY) and A-5 (EUR) have amounts, kept apart from the USD totals.
    expect(report.skipped.openAmountMissing).toBe(0);
  });

  test("currency column listed in the source", () => {
    expect(report.source.columns.currency).toBe("Currency");
  });
});

describe("report without currencies", () => {
  test("main is null and no others", () => {
    const report = reportOf([
      ["Deal ID", "Stage", "Amount"],
      ["A-1", "Proposal", 100],
    ]);
    expect(report.currency).toEqual({ main: null, others: [] });
  });
});
