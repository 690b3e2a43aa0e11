import { readStageHistory, timeOfDay } from "../../../src/engine/read/stage-history";
import type { DataIssue, SheetGrid } from "../../../src/engine/types";
import { conversionHistory, conversionHistorySheet, conversionPipelineSheet } from "../../support/conversion-pipeline";
import { CN_OPTIONS, sheetGrid, UK_OPTIONS, US_OPTIONS, utcDay } from "../../support/grids";
import { csvDataRows, loadWorkbook } from "../../real/real-source";

function historyOf(sheets: SheetGrid[], options = US_OPTIONS) {
  const result = readStageHistory(sheets, options);
  if (!result) throw new Error("no stage history found");
  return result;
}

describe("hand-kept change log", () => {
  const result = historyOf([conversionPipelineSheet(), conversionHistorySheet()]);

  test("found on its own sheet", () => {
    expect(result.sheet).toBe("History");
    expect(result.tableName).toBeNull();
  });

  test("every row read", () => {
    // L1 1 + L2 2 + L3 3 + L4 2 + L5 5 + L6 5 + O3 3 + W1 3 = 24 rows.
    expect(result.entries).toBe(24);
    expect(result.skippedRows).toBe(0);
  });

  test("newest-first rows come out in time order", () => {
    const paths = new Map([...result.byDeal].map(([id, history]) => [id, { stages: history.stages }]));
    expect(paths).toEqual(conversionHistory());
  });

  test("lastChange is the latest change", () => {
    // L5 has five changes a week apart from 2025-07-01: the last is 2025-07-29.
    expect(result.byDeal.get("L5")?.lastChange).toBe(utcDay(2025, 7, 29));
    expect(result.byDeal.get("L1")?.lastChange).toBe(utcDay(2025, 7, 1));
  });

  test("no issues", () => {
    expect(result.issues).toEqual([]);
  });
});

describe("finding the history table", () => {
  test("deals table alone is no history", () => {
    // Deal ID, Stage and Created Date are there, but so are Amount and Close Date.
    expect(readStageHistory([conversionPipelineSheet()], US_OPTIONS)).toBeNull();
  });

  test("extra column needs a history sign", () => {
    const sheet = sheetGrid("Log", [
      ["Deal ID", "Stage", "Changed", "Owner"],
      ["D1", "Lead", "2026-03-02", "Ann"],
    ]);
    expect(readStageHistory([sheet], US_OPTIONS)).toBeNull();
  });

  test("From Stage column is a history sign", () => {
    const sheet = sheetGrid("Log", [
      ["Deal ID", "From Stage", "To Stage", "Changed", "Changed By"],
      ["D1", "Lead", "Qualified", "2026-03-02", "Ann"],
      ["D1", "", "Lead", "2026-03-01", "Ann"],
    ]);
    const result = historyOf([sheet]);
    expect(result.byDeal.get("D1")?.stages).toEqual(["Lead", "Qualified"]);
  });

  test("Chinese headers under a title", () => {
    const sheet = sheetGrid("阶段变更", [
      ["商机阶段变更记录", null, null],
      ["商机编号", "阶段", "变更时间"],
      ["S-001", "需求分析", "2026年3月9日 10:00"],
      ["S-001", "线索", "2026年3月2日 09:00"],
    ]);
    const result = historyOf([sheet], CN_OPTIONS);
    expect(result.sheet).toBe("阶段变更");
    expect(result.byDeal.get("S-001")).toEqual({ stages: ["线索", "需求分析"], lastChange: utcDay(2026, 3, 9) });
  });

  test("Excel table beside other data", () => {
    const sheet: SheetGrid = {
      ...sheetGrid("Data", [
        ["Notes", null, "OpportunityId", "StageName", "CreatedDate"],
        ["kept by hand", null, "006A", "Prospecting", "2026-02-01"],
      ]),
      tables: [{ name: "StageLog", headerRow: 1, firstColumn: 2, rowCount: 2, columnCount: 3 }],
    };
    const result = historyOf([sheet]);
    expect(result.tableName).toBe("StageLog");
    expect(result.byDeal.get("006A")?.stages).toEqual(["Prospecting"]);
  });

  test("no history anywhere", () => {
    expect(readStageHistory([sheetGrid("Empty", [])], US_OPTIONS)).toBeNull();
  });
});

describe("ordering and repeats", () => {
  test("same-day changes ordered by time", () => {
    // 02:20 AM is written before 02:15 AM, and 12:05 AM is just after midnight.
    const sheet = sheetGrid("History", [
      ["Deal ID", "Stage", "Changed"],
      ["D1", "Closed Lost", "02/24/26 02:20 AM"],
      ["D1", "Qualified", "02/24/26 02:15 AM"],
      ["D1", "Lead", "02/24/26 12:05 AM"],
    ]);
    expect(historyOf([sheet]).byDeal.get("D1")?.stages).toEqual(["Lead", "Qualified", "Closed Lost"]);
  });

  test("Excel serial times order changes", () => {
    // 46077 is 2026-02-24. The fraction .75 is 18:00 and .25 is 06:00.
    const sheet = sheetGrid("History", [
      ["Deal ID", "Stage", "Changed"],
      ["D1", "Proposal", 46077.75],
      ["D1", "Discovery", 46077.25],
    ]);
    const history = historyOf([sheet]).byDeal.get("D1");
    expect(history?.stages).toEqual(["Discovery", "Proposal"]);
    expect(history?.lastChange).toBe(utcDay(2026, 2, 24));
  });

  test("equal times keep row order", () => {
    const sheet = sheetGrid("History", [
      ["Deal ID", "Stage", "Changed"],
      ["D1", "Lead", "2026-03-02"],
      ["D1", "Qualified", "2026-03-02"],
    ]);
    expect(historyOf([sheet]).byDeal.get("D1")?.stages).toEqual(["Lead", "Qualified"]);
  });

  test("a stage entered twice listed once", () => {
    // Lead → Qualified → Lead → Proposal: distinct stages in the order first entered.
    const sheet = sheetGrid("History", [
      ["Deal ID", "Stage", "Changed"],
      ["D1", "Lead", "2026-03-02"],
      ["D1", "Qualified", "2026-03-09"],
      ["D1", " lead ", "2026-03-16"],
      ["D1", "Proposal", "2026-03-23"],
    ]);
    const result = historyOf([sheet]);
    expect(result.byDeal.get("D1")).toEqual({ stages: ["Lead", "Qualified", "Proposal"], lastChange: utcDay(2026, 3, 23) });
    expect(result.entries).toBe(4);
  });

  test("day-first locale reads 03/05 as 3 May", () => {
    const sheet = sheetGrid("History", [
      ["Deal ID", "Stage", "Changed"],
      ["D1", "Lead", "03/05/2026"],
      ["D1", "Qualified", "04/05/2026"],
    ]);
    expect(historyOf([sheet], UK_OPTIONS).byDeal.get("D1")?.lastChange).toBe(utcDay(2026, 5, 4));
  });
});

describe("unreadable rows", () => {
  const sheet = sheetGrid(
    "History",
    [
      ["Deal ID", "Stage", "Changed"],
      ["D1", "Lead", "2026-03-02"],
      ["D1", "Qualified", "someday"],
      ["D1", "", "2026-03-09"],
      ["D2", "Lead", ""],
      ["", "Lead", "2026-03-02"],
      [null, null, null],
      ["D3", "#N/A", "2026-03-02"],
    ],
    4,
  );
  const result = historyOf([sheet]);

  test("only readable rows kept", () => {
    expect(result.entries).toBe(1);
    expect(result.byDeal.get("D1")?.stages).toEqual(["Lead"]);
    expect(result.byDeal.has("D2")).toBe(false);
    expect(result.byDeal.has("D3")).toBe(false);
  });

  test("skipped rows counted, blank row not", () => {
    // Sheet rows 6-9 and 11: bad date, no stage, no date, no deal id, #N/A stage.
    expect(result.skippedRows).toBe(5);
  });

  test("issues located", () => {
    const issues: Pick<DataIssue, "code" | "row" | "column" | "value">[] = result.issues.map(({ code, row, column, value }) => ({ code, row, column, value }));
    expect(issues).toEqual([
      { code: "dateInvalid", row: 6, column: "C", value: "someday" },
      { code: "stageMissing", row: 7, column: "B", value: "" },
      { code: "dateInvalid", row: 8, column: "C", value: "" },
      { code: "cellError", row: 11, column: "B", value: "#N/A" },
      { code: "stageMissing", row: 11, column: "B", value: "" },
    ]);
  });

  test("issues name the sheet and header", () => {
    expect(result.issues[0]).toMatchObject({ sheet: "History", header: "Changed" });
  });
});

describe("timeOfDay", () => {
  test.each([
    ["02/24/26 02:20 AM", (2 * 60 + 20) / 1440],
    ["02/24/26 12:05 AM", 5 / 1440],
    ["02/24/26 12:05 PM", (12 * 60 + 5) / 1440],
    ["02/23/26 08:55 PM", (20 * 60 + 55) / 1440],
    ["2024-01-22T16:14:25.000+0000", (16 * 3600 + 14 * 60 + 25) / 86400],
    ["2026/3/5 下午 2:30", (14 * 60 + 30) / 1440],
    ["2026-03-05", 0],
  ])("%s", (text, expected) => {
    expect(timeOfDay(text)).toBeCloseTo(expected, 12);
  });

  test("Date cell uses its UTC clock", () => {
    expect(timeOfDay(new Date(Date.UTC(2026, 2, 5, 6, 0, 0)))).toBe(0.25);
  });

  test("impossible time is none", () => {
    expect(timeOfDay("2026-03-05 25:61")).toBe(0);
  });
});

describe("Salesforce dev org OpportunityHistory.csv", () => {
  const FILE = "salesforce-devorg-powerbi/OpportunityHistory.csv";
  let result: ReturnType<typeof historyOf>;
  beforeAll(async () => {
    const workbook = await loadWorkbook(FILE);
    result = historyOf(workbook.sheets);
  });

  test("48 entries for 36 opportunities", () => {
    expect(result.entries).toBe(48);
    expect(result.byDeal.size).toBe(36);
    expect(result.skippedRows).toBe(0);
    expect(result.issues).toEqual([]);
  });

  test("deal ids match an independent parse", async () => {
    const ids = new Set((await csvDataRows(FILE)).map((row) => row.OpportunityId));
    expect(new Set(result.byDeal.keys())).toEqual(ids);
  });

  test("reversed same-day rows sorted by time", () => {
    // The file lists 006bm00000LKg0bAAD as Closed Lost at 02/24/26 02:20 AM, then
    // Prospecting at 02/24/26 02:15 AM.
    expect(result.byDeal.get("006bm00000LKg0bAAD")).toEqual({ stages: ["Prospecting", "Closed Lost"], lastChange: utcDay(2026, 2, 24) });
  });

  test("three-row path", () => {
    // 006bm00000LKgOnAAL: Prospecting 02/24/26 02:18 AM, Closed Won 02/24/26 02:20 AM,
    // Closed Lost 03/07/26 08:59 PM (written between the other two).
    expect(result.byDeal.get("006bm00000LKgOnAAL")).toEqual({ stages: ["Prospecting", "Closed Won", "Closed Lost"], lastChange: utcDay(2026, 3, 7) });
  });

  test("won then lost on later day", () => {
    // 006bm00000LKJNbAAP: Closed Lost 03/07/26 is written before Closed Won 02/23/26.
    expect(result.byDeal.get("006bm00000LKJNbAAP")?.stages).toEqual(["Closed Won", "Closed Lost"]);
  });
});
