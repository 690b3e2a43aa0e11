import { dayFromIso } from "../../src/engine/dates";
import { buildReport } from "../../src/engine/report";
import { readPipeline } from "../../src/engine/read/workbook";
import { withDefaults } from "../../src/engine/settings";
import { insightFigures } from "../../src/present/insights";
import { reportSheetContent } from "../../src/present/report-sheet";
import { topDealsTable } from "../../src/present/review";
import { sheetGrid, US_OPTIONS } from "../support/grids";

// No id, stage-entered or push-count column: those figures are unknown, not zero.
const source = readPipeline(
  [
    sheetGrid("Deals", [
      ["Owner", "Stage", "Amount", "Close Date"],
      ["Ann", "Proposal", 100000, "2026-06-30"],
      ["Bob", "Negotiation", 50000, "2026-06-15"],
    ]),
  ],
  US_OPTIONS,
)!;
const report = buildReport(source, withDefaults({ asOf: dayFromIso("2026-05-15") }));
const figure = (id: string) => insightFigures(report, "en-US").find((entry) => entry.id === id)!;

describe("insight figures", () => {
  test("stalled is unknown without stage dates", () => {
    expect(figure("stalled").display).toBe("—");
    expect(figure("stalled").note).toBe("No stage-entered dates, so days in stage are unknown.");
  });

  test("rescheduled is unknown without a push count", () => {
    expect(figure("rescheduled").display).toBe("—");
  });
});

describe("review and sheet", () => {
  test("top deals name the sheet row when there is no id", () => {
    // Ann's 100,000 at the Proposal default 60% outranks Bob's 50,000 at 80%: row 2 first.
    expect(topDealsTable(report, "en-US").rows[0][1]).toBe("Row 2");
  });

  test("owner deal counts have a count format", () => {
    const content = reportSheetContent(report, "en-US", "2026-05-15");
    const ownerRow = content.rows.find((row) => row[0].value === "Ann" && typeof row[1].value === "number")!;
    expect(ownerRow[1]).toMatchObject({ value: 1, format: "count" });
    expect(ownerRow[2]).toMatchObject({ value: 100000, format: "amount" });
  });
});
