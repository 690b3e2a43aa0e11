import { computeDataQuality, type DataQuality } from "../../../src/engine/metrics/data-quality";
import { buildReport } from "../../../src/engine/report";
import { readPipeline, type PipelineSource } from "../../../src/engine/read/workbook";
import { withDefaults } from "../../../src/engine/settings";
import type { CellValue, DataIssue, SheetGrid } from "../../../src/engine/types";
import { sheetGrid, US_OPTIONS, utcDay } from "../../support/grids";
import { QUALITY_DEALS, QUALITY_HEADER, qualityPipelineSheet } from "../../support/quality-pipeline";

const AS_OF = utcDay(2026, 5, 15);

function read(sheets: SheetGrid[]): PipelineSource {
  const source = readPipeline(sheets, US_OPTIONS);
  if (!source) throw new Error("the test sheet has no deals table");
  return source;
}

function quality(sheets: SheetGrid[] = [qualityPipelineSheet()], asOf = AS_OF): DataQuality {
  const source = read(sheets);
  return computeDataQuality(source.table, source.issues, { asOf });
}

/** Builds the quality pipeline without the named columns, keeping the header and deals in step. */
function withoutColumns(...headers: string[]): SheetGrid {
  const keep = QUALITY_HEADER.map((header, index) => (headers.includes(String(header)) ? -1 : index)).filter((index) => index >= 0);
  const pick = (row: CellValue[]) => keep.map((index) => row[index]);
  return sheetGrid("Deals", [pick(QUALITY_HEADER), ...QUALITY_DEALS.map(pick)]);
}

describe("computeDataQuality on the quality pipeline", () => {
  const result = quality();

  test("fill of each mapped column", () => {
    // 17 deals (rows 3-19). Id: row 19 is blank. Owner: Q03 and Q12 are blank. Amount:
    // "=2*3" (Q06) and #N/A (Q10) are unreadable. Probability: Q01, Q03, Q04, Q05, Q07, Q14
    // and Q16 have one. Close: "someday" (Q15) is unreadable.
    expect(result.fields).toEqual([
      { field: "id", header: "Opportunity ID", column: "A", filled: 16, share: 16 / 17 },
      { field: "name", header: "Opportunity Name", column: "B", filled: 17, share: 1 },
      { field: "owner", header: "Owner", column: "C", filled: 15, share: 15 / 17 },
      { field: "stage", header: "Stage", column: "D", filled: 17, share: 1 },
      { field: "amount", header: "Amount", column: "E", filled: 15, share: 15 / 17 },
      { field: "probability", header: "Probability", column: "F", filled: 7, share: 7 / 17 },
      { field: "close", header: "Close Date", column: "G", filled: 16, share: 16 / 17 },
    ]);
  });

  test("issue counts by code", () => {
    expect(result.issueCounts).toEqual({ duplicateId: 1, amountInvalid: 1, stageUnknown: 3, cellError: 1, dateInvalid: 1 });
  });

  test("duplicate ids", () => {
    // Row 2 repeats Q05 of row 7.
    expect(result.duplicateIds).toBe(1);
  });

  test("past due open deals", () => {
    // Q02 (05-01) 200,000 + Q08 (03-31) 80,000; Q10 (05-14) has no readable amount.
    // Q05 closes on the as-of date itself; Q11, Q12 and Q13 are not open.
    expect(result.pastDue).toEqual({ count: 3, amount: 280000, amountMissing: 1, otherCurrency: 0 });
  });

  test("probability far from the stage default", () => {
    // Q04: |0.95 − 0.60| = 0.35. Q05: |0.50 − 0.80| = 0.30 exactly, which is not more than 0.3.
    // Q07 (30%) has an unknown stage and so no default to compare with.
    expect(result.probabilityFarFromDefault).toBe(1);
  });

  test("unknown stages, most frequent first", () => {
    expect(result.unknownStages).toEqual({ count: 3, names: ["Custom Stage", "Mystery"] });
  });

  test("missing owner over every deal", () => {
    // Q03 (open) and Q12 (lost).
    expect(result.missingOwner).toEqual({ count: 2, reason: null });
  });

  test("clean share of open deals", () => {
    // Open: Q01-Q10, Q14, Q15, Q16 and row 19 = 14. Clean: Q01, Q05, Q14, Q16, row 19 = 5.
    // Q02 and Q08 are past due, Q03 has no owner, Q04 is far from its default, and Q06,
    // Q07, Q08, Q09, Q10 and Q15 have an issue on their row.
    expect(result.openDeals).toBe(14);
    expect(result.cleanOpenDeals).toBe(5);
    expect(result.cleanShare).toBeCloseTo(5 / 14, 12);
  });
});

describe("computeDataQuality edge cases", () => {
  test("past due starts the day after the close date", () => {
    // One day later Q05 (05-15) is past due too: 280,000 + 500,000.
    const dayAfter = quality(undefined, utcDay(2026, 5, 16));
    expect(dayAfter.pastDue).toEqual({ count: 4, amount: 780000, amountMissing: 1, otherCurrency: 0 });
    expect(dayAfter.cleanOpenDeals).toBe(4);
  });

  test("missing owner without an owner column", () => {
    const result = quality([withoutColumns("Owner")]);
    expect(result.missingOwner).toEqual({ count: null, reason: "ownerNotMapped" });
  });

  test("owners not checked without an owner column", () => {
    // Q03 no longer fails for its blank owner: Q01, Q03, Q05, Q14, Q16 and row 19.
    const result = quality([withoutColumns("Owner")]);
    expect(result.cleanOpenDeals).toBe(6);
    expect(result.cleanShare).toBeCloseTo(6 / 14, 12);
  });

  test("clean share null without open deals", () => {
    const closed = sheetGrid("Deals", [
      ["Stage", "Amount"],
      ["Closed Won", 100],
      ["Closed Lost", 200],
    ]);
    const result = quality([closed]);
    expect(result.openDeals).toBe(0);
    expect(result.cleanShare).toBeNull();
  });

  test("issues on another sheet leave deals clean", () => {
    const source = read([qualityPipelineSheet()]);
    // Row 3 of the deals sheet is Q01, which is clean.
    const quotaIssue: DataIssue = { code: "quotaInvalid", sheet: "Quota", row: 3, column: "C", header: "Quota", value: "-5" };
    const result = computeDataQuality(source.table, [...source.issues, quotaIssue], { asOf: AS_OF });
    expect(result.cleanOpenDeals).toBe(5);
    expect(result.issueCounts.quotaInvalid).toBe(1);
  });

  test("stage fill not counted with a status column", () => {
    const sheet = sheetGrid("Deals", [
      ["Stage", "Status", "Amount"],
      ["Lead", "Open", 100],
      ["", "Won", 200],
    ]);
    const stage = quality([sheet]).fields.find((field) => field.field === "stage");
    expect(stage).toEqual({ field: "stage", header: "Stage", column: "A", filled: null, share: null });
  });

  test("close fill not counted with an actual close column", () => {
    const sheet = sheetGrid("Deals", [
      ["Stage", "Amount", "Close Date", "Actual Close Date"],
      ["Lead", 100, "2026-06-01", ""],
      ["Closed Won", 200, "", "2026-04-01"],
    ]);
    const fields = quality([sheet]).fields;
    expect(fields.find((field) => field.field === "close")?.filled).toBeNull();
    expect(fields.find((field) => field.field === "actualClose")?.filled).toBeNull();
  });

  test("id cell error not filled", () => {
    const sheet = sheetGrid("Deals", [
      ["Deal ID", "Stage", "Amount"],
      ["D1", "Lead", 100],
      ["#REF!", "Lead", 200],
    ]);
    const id = quality([sheet]).fields.find((field) => field.field === "id");
    expect(id?.filled).toBe(1);
    expect(id?.share).toBe(0.5);
  });

  describe("deals in another currency", () => {
    // Main currency CNY. Past due before 05-15: CNY 100, USD 50 and the blank-currency 70.
    const sheet = sheetGrid("Deals", [
      ["Stage", "Amount", "Currency", "Close Date"],
      ["Lead", 100, "CNY", "2026-04-01"],
      ["Lead", 200, "CNY", "2026-06-01"],
      ["Lead", 300, "CNY", "2026-06-01"],
      ["Lead", 50, "USD", "2026-04-01"],
      ["Lead", 70, "", "2026-04-01"],
    ]);
    const result = quality([sheet]);

    test("past due amount in main currency", () => {
      expect(result.pastDue).toEqual({ count: 3, amount: 170, amountMissing: 0, otherCurrency: 1 });
    });

    test("amount filled in any currency", () => {
      expect(result.fields.find((field) => field.field === "amount")?.filled).toBe(5);
    });

    test("currency fill not counted", () => {
      // A code can come from a sign in the amount cell, so a stored code does not show that the cell is filled.
      expect(result.fields.find((field) => field.field === "currency")?.filled).toBeNull();
    });
  });

  test("unknown stage ties ordered by name", () => {
    const sheet = sheetGrid("Deals", [
      ["Stage", "Amount"],
      ["Zulu", 1],
      ["Alpha", 2],
      ["Mike", 3],
      ["Mike", 4],
    ]);
    expect(quality([sheet]).unknownStages).toEqual({ count: 4, names: ["Mike", "Alpha", "Zulu"] });
  });
});

describe("buildReport data quality", () => {
  test("report carries the data-quality figures", () => {
    const source = read([qualityPipelineSheet()]);
    const report = buildReport(source, withDefaults({ asOf: AS_OF }));
    expect(report.dataQuality).toEqual(computeDataQuality(source.table, source.issues, { asOf: AS_OF }));
  });

  test("data quality survives JSON", () => {
    const report = buildReport(read([qualityPipelineSheet()]), withDefaults({ asOf: AS_OF }));
    expect(JSON.parse(JSON.stringify(report.dataQuality))).toEqual(report.dataQuality);
  });
});

describe("clean share needs amount and close date", () => {
  const source = readPipeline(
    [
      sheetGrid("Deals", [
        ["Deal ID", "Owner", "Stage", "Amount", "Close Date"],
        ["C-1", "Ann", "Proposal", 1000, "2026-06-30"],
        ["C-2", "Ann", "Proposal", null, "2026-06-30"],
        ["C-3", "Ann", "Proposal", 1000, null],
      ]),
    ],
    US_OPTIONS,
  )!;
  const result = computeDataQuality(source.table, source.issues, { asOf: utcDay(2026, 5, 15) });

  test("deals missing an amount or close date are not clean", () => {
    // Only C-1 has both; C-2 lacks an amount and C-3 a close date: 1 of 3.
    expect(result.cleanOpenDeals).toBe(1);
    expect(result.cleanShare).toBeCloseTo(1 / 3, 10);
  });
});
