import { excelErrorOf, setDisplayLanguage } from "./custom-functions-runtime";
import { conversion } from "../../src/functions/functions";

afterEach(() => setDisplayLanguage(null));

/**
 * Lead ×2, Qualified, Discovery ×2, Proposal, Negotiation, Closed Won ×3, Closed Lost ×2.
 * Open deals reach their stage, won deals every stage, lost deals the first stage only:
 * reached Lead 12, Qualified 8, Discovery 7, Proposal 5, Negotiation 4, won 3.
 */
const STAGES = [
  ["Lead"],
  ["Lead"],
  ["Qualified"],
  ["Discovery"],
  ["Discovery"],
  ["Proposal"],
  ["Negotiation"],
  ["Closed Won"],
  ["Closed Won"],
  ["Closed Won"],
  ["Closed Lost"],
  ["Closed Lost"],
];

describe("CONVERSION", () => {
  test("worked example between open stages", () => {
    expect(conversion(STAGES, "Lead", "Qualified")).toBeCloseTo(8 / 12, 12);
    expect(conversion(STAGES, "Discovery", "Proposal")).toBeCloseTo(5 / 7, 12);
  });

  test("to the won stage", () => {
    expect(conversion(STAGES, "Qualified", "Closed Won")).toBeCloseTo(3 / 8, 12);
    expect(conversion(STAGES, "Negotiation", "Won")).toBeCloseTo(3 / 4, 12);
  });

  test("stage names in Chinese and in any case", () => {
    expect(conversion(STAGES, "需求分析", "赢单")).toBeCloseTo(3 / 7, 12);
    expect(conversion(STAGES, "  lead ", "QUALIFIED")).toBeCloseTo(8 / 12, 12);
  });

  test("same stage gives 1", () => {
    expect(conversion(STAGES, "Proposal", "Proposal")).toBe(1);
  });

  test("stage list chosen from the names", () => {
    // The names match Pipedrive's list: Qualified, Contact Made, Demo Scheduled,
    // Proposal Made, Negotiations Started, then Won. With 2 open deals at Demo Scheduled
    // and 1 won deal: reached Demo Scheduled 3, won 1.
    const stages = [["Demo Scheduled"], ["Demo Scheduled"], ["Won"]];
    expect(conversion(stages, "Demo Scheduled", "Won")).toBeCloseTo(1 / 3, 12);
  });

  test("blank cells in every platform form", () => {
    // A blank adds nothing: reached Lead 2 (Lead, Closed Won), won 1.
    for (const blank of [0, null, ""]) {
      expect(conversion([["Lead"], [blank], ["Closed Won"]], "Lead", "Closed Won")).toBe(0.5);
    }
  });

  test("stage names from cells", () => {
    expect(conversion(STAGES, [["Lead"]], [["Qualified"]])).toBeCloseTo(8 / 12, 12);
  });

  test("single cell instead of a range", () => {
    expect(conversion("Closed Won" as unknown as unknown[][], "Lead", "Closed Won")).toBe(1);
  });

  test("empty range gives #DIV/0!", () => {
    expect(excelErrorOf(() => conversion([], "Lead", "Closed Won")).code).toBe("#DIV/0!");
    expect(excelErrorOf(() => conversion([[null]], "Lead", "Qualified")).code).toBe("#DIV/0!");
  });

  test("unknown stage gives #N/A listing the stages", () => {
    const error = excelErrorOf(() => conversion(STAGES, "Pitch", "Closed Won"));
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe('from_stage: "Pitch" is not a stage of this pipeline. Its stages are: Lead, Qualified, Discovery, Proposal, Negotiation, Closed Won.');
  });

  test("lost stage is not a step", () => {
    expect(excelErrorOf(() => conversion(STAGES, "Lead", "Closed Lost")).code).toBe("#N/A");
  });

  test("to_stage before from_stage gives #VALUE!", () => {
    const error = excelErrorOf(() => conversion(STAGES, "Proposal", "Lead"));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe('to_stage: "Lead" comes before from_stage Proposal in the pipeline. Enter a stage after it, or swap the two.');
  });

  test("error cell as stage name gives #VALUE!", () => {
    const error = excelErrorOf(() => conversion(STAGES, "#N/A", "Closed Won"));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("from_stage: the cell contains the error #N/A. Correct the cell or clear it.");
  });

  test("error cell gives #VALUE! naming row", () => {
    const error = excelErrorOf(() => conversion([["Lead"], [{ type: "Error", basicValue: "#REF!" }]], "Lead", "Qualified"));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^stages, row 2: the cell contains the error #REF!/);
  });

  test("messages in Chinese", () => {
    setDisplayLanguage("zh-CN");
    const error = excelErrorOf(() => conversion(STAGES, "Pitch", "Closed Won"));
    expect(error.message).toBe("from_stage：“Pitch” 不是该销售管道的阶段。其阶段为：线索、资格确认、需求分析、方案报价、谈判、赢单。");
  });
});
