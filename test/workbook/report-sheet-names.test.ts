import {
  candidateSheetName,
  MAX_SHEET_NAME_LENGTH,
  ownerMarkerKind,
  ownerMarkerValue,
  planReportSheet,
  sameSheetName,
  type ExistingSheet,
} from "../../src/workbook/excel/report-sheet-names";

describe("candidateSheetName", () => {
  test.each([
    ["Pipeline Health", 1, "Pipeline Health"],
    ["Pipeline Health", 2, "Pipeline Health (2)"],
    ["Pipeline Health", 13, "Pipeline Health (13)"],
    ["管道健康", 2, "管道健康 (2)"],
  ])("names %j attempt %d as %j", (name, attempt, expected) => {
    expect(candidateSheetName(name, attempt)).toBe(expected);
  });

  test("keeps names within 31 characters", () => {
    const long = "Pipeline Health for the Northern Region";

    expect(candidateSheetName(long, 1)).toBe("Pipeline Health for the Norther");
    expect(candidateSheetName(long, 2)).toBe("Pipeline Health for the Nor (2)");
    expect(candidateSheetName(long, 100)).toBe("Pipeline Health for the N (100)");
    expect(candidateSheetName(long, 100)).toHaveLength(MAX_SHEET_NAME_LENGTH);
  });

  test("replaces characters Excel rejects", () => {
    expect(candidateSheetName("Q1/Q2 [draft]: a*b?c\\d", 1)).toBe("Q1_Q2 _draft__ a_b_c_d");
    expect(candidateSheetName("'Review'", 1)).toBe("Review");
  });

  test("rejects name without valid characters", () => {
    expect(() => candidateSheetName("  ''  ", 1)).toThrow("invalid report sheet name");
  });
});

describe("sameSheetName", () => {
  test("ignores case", () => {
    expect(sameSheetName("Pipeline Health", "PIPELINE health")).toBe(true);
    expect(sameSheetName("Pipeline Health", "Pipeline Health (2)")).toBe(false);
  });
});

describe("owner markers", () => {
  test.each([
    ["report", "report"],
    ["dataQuality", "dataQuality"],
  ] as const)("writes kind %s as %j", (kind, value) => {
    expect(ownerMarkerValue(kind)).toBe(value);
    expect(ownerMarkerKind(value)).toBe(kind);
  });

  test.each([["someone else"], [""], ["Report"], [undefined]])("reads %j as not owned", (value) => {
    expect(ownerMarkerKind(value)).toBeNull();
  });
});

describe("planReportSheet", () => {
  const sheet = (name: string, ownerKind: ExistingSheet["ownerKind"] = null): ExistingSheet => ({ name, ownerKind });

  test("takes free name", () => {
    const plan = planReportSheet([sheet("Deals")], "Pipeline Health", "report");

    expect(plan).toEqual({ name: "Pipeline Health", replaces: null, deletes: [] });
  });

  test("replaces owned sheet of name", () => {
    const old = sheet("pipeline health", "report");

    const plan = planReportSheet([sheet("Deals"), old], "Pipeline Health", "report");

    expect(plan.name).toBe("Pipeline Health");
    expect(plan.replaces).toBe(old);
    expect(plan.deletes).toEqual([]);
  });

  test("skips sheet not owned", () => {
    const plan = planReportSheet([sheet("Pipeline Health"), sheet("Pipeline Health (2)")], "Pipeline Health", "report");

    expect(plan.name).toBe("Pipeline Health (3)");
    expect(plan.replaces).toBeNull();
  });

  test("deletes other sheets of kind", () => {
    const chinese = sheet("管道健康", "report");
    const numbered = sheet("Pipeline Health (2)", "report");
    const quality = sheet("Data Quality", "dataQuality");

    const plan = planReportSheet([sheet("Deals"), chinese, quality, numbered], "Pipeline Health", "report");

    expect(plan.name).toBe("Pipeline Health");
    expect(plan.deletes).toEqual([chinese, numbered]);
  });

  test("replaces owned sheet of other kind", () => {
    const quality = sheet("Data Quality", "report");

    const plan = planReportSheet([quality], "Data Quality", "dataQuality");

    expect(plan.replaces).toBe(quality);
    expect(plan.deletes).toEqual([]);
  });
});
