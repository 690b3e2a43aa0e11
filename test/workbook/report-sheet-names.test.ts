import { candidateSheetName, MAX_SHEET_NAME_LENGTH, sameSheetName } from "../../src/workbook/excel/report-sheet-names";

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
