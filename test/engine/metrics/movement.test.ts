import { computeMovement, MOVEMENT_FLAG, stallDaysLookup } from "../../../src/engine/metrics/movement";
import { DEFAULT_STAGES, indexStages, indexWithFallbacks } from "../../../src/engine/read/stages";
import { readPipeline } from "../../../src/engine/read/workbook";
import type { CellValue, DealTable } from "../../../src/engine/types";
import { sheetGrid, US_OPTIONS, utcDay } from "../../support/grids";
import { MOVEMENT_INDEX, movementPipelineSheet } from "../../support/movement-pipeline";

const AS_OF = utcDay(2026, 5, 15);
const { stalled: STALLED, inactive: INACTIVE, pastDue: PAST_DUE, rescheduled: RESCHEDULED } = MOVEMENT_FLAG;

/** Stall limits of the tests: Lead 14, Discovery 21, other stages 30, "Mystery" none. */
function testStallDays(stageName: string): number | null {
  if (stageName === "Mystery") return null;
  if (stageName === "Lead") return 14;
  if (stageName === "Discovery") return 21;
  return 30;
}

function tableOf(rows: CellValue[][]): DealTable {
  const source = readPipeline([sheetGrid("Deals", rows)], US_OPTIONS);
  if (!source) throw new Error("no deals table");
  return source.table;
}

describe("computeMovement on the movement pipeline", () => {
  const table = tableOf(movementPipelineSheet().rows);
  const result = computeMovement(table, { asOf: AS_OF, inactivityDays: 30, stallDaysOf: testStallDays });
  const flagOf = (id: string) => result.flags[MOVEMENT_INDEX[id]];

  // Open pipeline: M01 10,000 + M02 20,000 + M03 30,000 + M04 40,000 + M05 50,000
  // + M07 60,000 + M08 70,000 + M09 80,000 + M10 90,000 + M14 15,000 + M15 25,000 = 490,000.
  // M06 has no amount; M11-M13 are not open.
  const OPEN_PIPELINE = 490000;

  test("stalled count", () => {
    // M02 (15 > 14), M04 (22 > 21), M06 (31 > 30), M14 (60 > 30).
    expect(result.stalled.count).toBe(4);
  });

  test("stalled amount skips blank amount", () => {
    // M02 20,000 + M04 40,000 + M14 15,000 = 75,000; M06 has no amount.
    expect(result.stalled.amount).toBe(75000);
  });

  test("stalled share of open pipeline", () => {
    // 75,000 ÷ 490,000 = 0.15306…
    expect(result.stalled.share).toBeCloseTo(75000 / OPEN_PIPELINE, 12);
  });

  test("stalled unknown without stage entered", () => {
    // M07 and M08.
    expect(result.stalled.unknown).toBe(2);
  });

  test("stalled skips stage without limit", () => {
    // M09, 134 days in "Mystery".
    expect(result.stalled.noStallLimit).toBe(1);
  });

  test.each([
    ["M01", "14 days in Lead, limit 14", false],
    ["M02", "15 days in Lead, limit 14", true],
    ["M03", "21 days in Discovery, limit 21", false],
    ["M04", "22 days in Discovery, limit 21", true],
    ["M05", "30 days in Proposal, limit 30", false],
    ["M06", "31 days in Proposal, limit 30", true],
    ["M09", "134 days in a stage without limit", false],
    ["M10", "entered 5 days after the as-of date", false],
  ])("stalled %s: %s", (id, _case, expected) => {
    expect((flagOf(id) & STALLED) !== 0).toBe(expected);
  });

  test("inactive count", () => {
    // M02 (30), M05 (30 from stage entered), M06 (60), M07 (60 from created), M14 (31).
    expect(result.inactive.count).toBe(5);
  });

  test("inactive amount skips blank amount", () => {
    // M02 20,000 + M05 50,000 + M07 60,000 + M14 15,000 = 145,000; M06 has no amount.
    expect(result.inactive.amount).toBe(145000);
  });

  test("inactive share of open pipeline", () => {
    // 145,000 ÷ 490,000 = 0.29591…
    expect(result.inactive.share).toBeCloseTo(145000 / OPEN_PIPELINE, 12);
  });

  test("inactive basis counts", () => {
    // lastActivity: M01, M02, M03, M06, M09, M10, M14, M15. stageEntered: M04, M05.
    // created: M07. none: M08. Total 12 open deals.
    expect(result.inactive.basis).toEqual({ lastActivity: 8, stageEntered: 2, created: 1, none: 1 });
  });

  test.each([
    ["M02", "activity 30 days ago", true],
    ["M03", "activity 29 days ago", false],
    ["M14", "activity 31 days ago", true],
    ["M04", "stage entered 22 days ago, no activity date", false],
    ["M05", "stage entered 30 days ago, no activity date", true],
    ["M07", "created 60 days ago, no other date", true],
    ["M08", "no date at all", false],
    ["M10", "activity 5 days after the as-of date", false],
  ])("inactive %s: %s", (id, _case, expected) => {
    expect((flagOf(id) & INACTIVE) !== 0).toBe(expected);
  });

  test("pastDue count", () => {
    // M03 (05-14), M05 (04-30), M06 (05-01), M14 (05-14).
    expect(result.pastDue.count).toBe(4);
  });

  test("pastDue amount", () => {
    // M03 30,000 + M05 50,000 + M14 15,000 = 95,000; M06 has no amount.
    expect(result.pastDue.amount).toBe(95000);
  });

  test.each([
    ["M02", "closing on the as-of date", false],
    ["M03", "closing the day before", true],
    ["M07", "without a close date", false],
  ])("pastDue %s: %s", (id, _case, expected) => {
    expect((flagOf(id) & PAST_DUE) !== 0).toBe(expected);
  });

  test("rescheduled count", () => {
    // M03 (2), M04 (3), M06 (2), M10 (2), M14 (2). M02 was pushed once; M11 is won.
    expect(result.rescheduled.count).toBe(5);
  });

  test("rescheduled amount", () => {
    // M03 30,000 + M04 40,000 + M10 90,000 + M14 15,000 = 175,000; M06 has no amount.
    expect(result.rescheduled.amount).toBe(175000);
  });

  test.each([
    ["M01", 0],
    ["M02", STALLED | INACTIVE],
    ["M03", PAST_DUE | RESCHEDULED],
    ["M04", STALLED | RESCHEDULED],
    ["M05", INACTIVE | PAST_DUE],
    ["M06", STALLED | INACTIVE | PAST_DUE | RESCHEDULED],
    ["M07", INACTIVE],
    ["M08", 0],
    ["M09", 0],
    ["M10", RESCHEDULED],
    ["M11", 0],
    ["M12", 0],
    ["M13", 0],
    ["M14", STALLED | INACTIVE | PAST_DUE | RESCHEDULED],
    ["M15", 0],
  ])("flags of %s", (id, expected) => {
    expect(flagOf(id)).toBe(expected);
  });

  test("flags cover every deal", () => {
    expect(result.flags.length).toBe(15);
  });
});

describe("computeMovement rules", () => {
  const header = ["Deal ID", "Stage", "Amount", "Created Date", "Last Activity", "Stage Entered", "Close Date", "Push Count"];

  test("share null without open pipeline", () => {
    // One stalled deal without an amount: the open pipeline is 0.
    const table = tableOf([header, ["A-1", "Lead", "", "", "", "2026-01-01", "", ""]]);
    const result = computeMovement(table, { asOf: AS_OF, inactivityDays: 30, stallDaysOf: () => 30 });
    expect(result.stalled.count).toBe(1);
    expect(result.stalled.share).toBeNull();
    expect(result.inactive.share).toBeNull();
  });

  test("shorter inactivity limit", () => {
    // Activity 14 days ago is inactive under 14 days; 13 days ago is not.
    const table = tableOf([header, ["A-1", "Lead", 100, "", "2026-05-01", "", "", ""], ["A-2", "Lead", 200, "", "2026-05-02", "", "", ""]]);
    const result = computeMovement(table, { asOf: AS_OF, inactivityDays: 14, stallDaysOf: () => 30 });
    expect(result.inactive.count).toBe(1);
    expect(result.inactive.amount).toBe(100);
  });

  test("negative amount lowers the sums", () => {
    // Both deals are past due; the open pipeline and the past-due amount are 500 − 100 = 400,
    // as in the report's openPipeline.
    const table = tableOf([header, ["A-1", "Lead", 500, "", "", "", "2026-05-01", ""], ["A-2", "Lead", -100, "", "", "", "2026-05-01", ""]]);
    const result = computeMovement(table, { asOf: AS_OF, inactivityDays: 30, stallDaysOf: () => 30 });
    expect(result.pastDue.amount).toBe(400);
  });

  test("stallDaysOf called once per stage", () => {
    // Each distinct stage text of the table is looked up once, whatever the number of deals.
    const stallDaysOf = jest.fn(testStallDays);
    const table = tableOf(movementPipelineSheet().rows);
    computeMovement(table, { asOf: AS_OF, inactivityDays: 30, stallDaysOf });
    const distinctStages = new Set(table.stage).size;
    expect(distinctStages).toBeLessThan(table.size);
    expect(stallDaysOf).toHaveBeenCalledTimes(distinctStages);
  });

  test("NaN stall limit is no limit", () => {
    const table = tableOf([header, ["A-1", "Lead", 100, "", "", "2026-01-01", "", ""]]);
    const result = computeMovement(table, { asOf: AS_OF, inactivityDays: 30, stallDaysOf: () => NaN });
    expect(result.stalled.count).toBe(0);
    expect(result.stalled.noStallLimit).toBe(1);
  });

  test("invalid asOf rejected", () => {
    const table = tableOf(movementPipelineSheet().rows);
    expect(() => computeMovement(table, { asOf: NaN, inactivityDays: 30, stallDaysOf: () => 30 })).toThrow(RangeError);
  });

  test("invalid inactivityDays rejected", () => {
    const table = tableOf(movementPipelineSheet().rows);
    expect(() => computeMovement(table, { asOf: AS_OF, inactivityDays: NaN, stallDaysOf: () => 30 })).toThrow(RangeError);
  });
});

describe("stallDaysLookup", () => {
  const lookup = stallDaysLookup(indexWithFallbacks(DEFAULT_STAGES));

  test("known stage, any spacing and case", () => {
    expect(lookup("  negotiation ")).toBe(30);
  });

  test("alias of a stage", () => {
    expect(lookup("谈判")).toBe(30);
  });

  test("unknown stage gets the default", () => {
    expect(lookup("Mystery")).toBe(30);
  });

  test("unknown stage without fallback", () => {
    expect(stallDaysLookup(indexWithFallbacks(DEFAULT_STAGES), null)("Mystery")).toBeNull();
  });

  test("stage table limit", () => {
    const index = indexStages([{ name: "Discovery", kind: "open", probability: 0.4, stallDays: 21 }]);
    expect(stallDaysLookup(index)("discovery")).toBe(21);
  });
});
