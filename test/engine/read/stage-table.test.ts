import { locateDealsHeader } from "../../../src/engine/read/locate";
import { readStageTable } from "../../../src/engine/read/stage-table";
import type { DataIssue, SheetGrid } from "../../../src/engine/types";
import { sheetGrid } from "../../support/grids";

function stagesOf(sheets: SheetGrid[]) {
  const result = readStageTable(sheets);
  if (!result) throw new Error("no stage table found");
  return result;
}

describe("English stage table", () => {
  const sheet = sheetGrid("Stages", [
    ["Stage", "Kind", "Probability", "Stall days"],
    ["Discovery", "open", 20, 14],
    ["Pilot", "Open", "50%", ""],
    ["Contract", "open", 90, 7],
    ["Closed Won", "won", 100, ""],
    ["Closed Lost", "lost", 0, ""],
    ["Parked", "deferred", "", ""],
  ]);
  const result = stagesOf([sheet]);

  test("preset id is workbook", () => {
    expect(result.preset.id).toBe("workbook");
  });

  test("sheet named", () => {
    expect(result.sheet).toBe("Stages");
  });

  test("row order is pipeline order", () => {
    expect(result.preset.stages.map((stage) => stage.name)).toEqual(["Discovery", "Pilot", "Contract", "Closed Won", "Closed Lost", "Parked"]);
  });

  test("kinds read in any case", () => {
    expect(result.preset.stages.map((stage) => stage.kind)).toEqual(["open", "open", "open", "won", "lost", "deferred"]);
  });

  test("probabilities read as percents", () => {
    // 20 and 90 are above 1, so the column is percents. "50%" is a percent by its sign.
    expect(result.preset.stages.slice(0, 3).map((stage) => stage.probability)).toEqual([0.2, 0.5, 0.9]);
  });

  test("closed stages fixed at 1 and 0", () => {
    expect(result.preset.stages.slice(3).map((stage) => stage.probability)).toEqual([1, 0, 0]);
  });

  test("stall days read, blank is 30", () => {
    expect(result.preset.stages.slice(0, 3).map((stage) => stage.stallDays)).toEqual([14, 30, 7]);
  });

  test("no issues", () => {
    expect(result.issues).toEqual([]);
  });
});

describe("Chinese stage table", () => {
  const sheet = sheetGrid("阶段", [
    ["阶段", "类型", "赢率", "停滞天数"],
    ["需求确认", "进行中", 0.3, 20],
    ["商务谈判", "进行中", 0.7, 10],
    ["赢单", "赢单", "", ""],
    ["输单", "输单", "", ""],
    ["暂停", "延期", "", ""],
  ]);
  const result = stagesOf([sheet]);

  test("kinds from Chinese names", () => {
    expect(result.preset.stages.map((stage) => stage.kind)).toEqual(["open", "open", "won", "lost", "deferred"]);
  });

  test("probabilities within 0..1 are fractions", () => {
    expect(result.preset.stages.slice(0, 2).map((stage) => stage.probability)).toEqual([0.3, 0.7]);
  });
});

describe("invalid rows", () => {
  const sheet = sheetGrid(
    "Stages",
    [
      ["Stage", "Kind", "Probability", "Stall days"],
      ["Lead", "open", 10, 30],
      ["", "open", 20, 30],
      ["Demo", "maybe", 30, 30],
      ["Lead", "open", 40, 30],
      ["Proposal", "open", 150, 30],
      ["Negotiation", "open", 80, -3],
      ["Review", "open", 85, "two weeks"],
      ["Closed Won", "won", 100, ""],
    ],
    1,
    1,
  );
  const result = stagesOf([sheet]);
  const issueAt = (row: number): DataIssue | undefined => result.issues.find((issue) => issue.row === row);

  test("invalid rows listed", () => {
    // Sheet rows 3 (no name), 4 (kind), 5 (repeated name), 6 (probability), 7 and 8 (stall days).
    expect(result.issues.map((issue) => issue.row)).toEqual([3, 4, 5, 6, 7, 8]);
  });

  test("issue code is stageRowInvalid", () => {
    expect(new Set(result.issues.map((issue) => issue.code))).toEqual(new Set(["stageRowInvalid"]));
  });

  test("missing name points at the stage cell", () => {
    // The grid starts in column B, so Stage is B and Kind is C.
    expect(issueAt(3)?.column).toBe("B");
    expect(issueAt(3)?.header).toBe("Stage");
  });

  test("invalid kind points at the kind cell", () => {
    expect(issueAt(4)?.column).toBe("C");
    expect(issueAt(4)?.value).toBe("maybe");
  });

  test("repeated name points at the stage cell", () => {
    expect(issueAt(5)?.column).toBe("B");
    expect(issueAt(5)?.value).toBe("Lead");
  });

  test("probability above 100 points at its cell", () => {
    expect(issueAt(6)?.column).toBe("D");
    expect(issueAt(6)?.value).toBe("150");
  });

  test("negative stall days point at their cell", () => {
    expect(issueAt(7)?.column).toBe("E");
    expect(issueAt(7)?.sheet).toBe("Stages");
  });

  test("rows without a name or kind left out", () => {
    expect(result.preset.stages.map((stage) => stage.name)).toEqual(["Lead", "Proposal", "Negotiation", "Review", "Closed Won"]);
  });

  test("invalid probability keeps the stage without a default", () => {
    expect(result.preset.stages[1].probability).toBeNaN();
  });

  test("invalid stall days keep the default", () => {
    expect(result.preset.stages[2].stallDays).toBe(30);
    expect(result.preset.stages[3].stallDays).toBe(30);
  });
});

describe("finding the stage table", () => {
  test("sheet without a kind column is not a stage table", () => {
    const sheet = sheetGrid("Stages", [["Stage", "Probability"], ["Lead", 10]]);
    expect(readStageTable([sheet])).toBeNull();
  });

  test("type column of deal types is not a stage table", () => {
    // 类型 contains deal types here, not stage kinds.
    const sheet = sheetGrid("Archive", [
      ["阶段", "类型"],
      ["谈判", "新客户"],
      ["赢单", "续约"],
    ]);
    expect(readStageTable([sheet])).toBeNull();
  });

  test("deals table excluded", () => {
    // A deals table whose 类型 column happens to hold kind names.
    const deals = sheetGrid("商机", [
      ["商机编号", "阶段", "类型", "金额"],
      ["C-1", "谈判", "进行中", 100],
    ]);
    const located = locateDealsHeader(deals)!;
    expect(readStageTable([deals], located)).toBeNull();
  });

  test("stage block beside the deals found", () => {
    const sheet = sheetGrid("Pipeline", [
      ["Deal ID", "Stage", "Amount", null, "Stage", "Kind"],
      ["A-1", "Pilot", 100, null, "Pilot", "open"],
      ["A-2", "Signed", 200, null, "Signed", "won"],
    ]);
    const located = locateDealsHeader(sheet)!;
    expect(readStageTable([sheet], located)?.preset.stages.map((stage) => stage.name)).toEqual(["Pilot", "Signed"]);
  });

  test("free block ends at a blank row", () => {
    const sheet = sheetGrid("Stages", [
      ["Stage", "Kind"],
      ["Lead", "open"],
      ["Won", "won"],
      [null, null],
      ["Legend: kinds are open, won, lost, deferred", null],
    ]);
    expect(stagesOf([sheet]).preset.stages).toHaveLength(2);
  });

  test("Excel table read whole", () => {
    const sheet: SheetGrid = {
      ...sheetGrid("Setup", [
        ["Stage", "Kind"],
        ["Lead", "open"],
        [null, null],
        ["Won", "won"],
      ]),
      tables: [{ name: "StageList", headerRow: 1, firstColumn: 0, rowCount: 4, columnCount: 2 }],
    };
    const result = stagesOf([sheet]);
    expect(result.preset.stages.map((stage) => stage.name)).toEqual(["Lead", "Won"]);
    expect(result.tableName).toBe("StageList");
  });
});
