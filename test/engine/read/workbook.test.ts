import { buildReport } from "../../../src/engine/report";
import { readPipeline, type PipelineSource, type WorkbookReadOptions } from "../../../src/engine/read/workbook";
import { withDefaults } from "../../../src/engine/settings";
import { KIND, type SheetGrid } from "../../../src/engine/types";
import { sheetGrid, US_OPTIONS, utcDay } from "../../support/grids";

function read(sheets: SheetGrid[], options: Partial<WorkbookReadOptions> = {}): PipelineSource {
  const source = readPipeline(sheets, { ...US_OPTIONS, ...options });
  if (!source) throw new Error("no deals table found");
  return source;
}

const DEALS = sheetGrid("Deals", [
  ["Deal ID", "Stage", "Amount", "Contract Value", "Close Date"],
  ["A-1", "Proposal", 100, 1000, "2026-05-01"],
  ["A-2", "Negotiation", 200, 2000, "2026-06-01"],
]);

describe("readPipeline mapping", () => {
  test("chosen header read", () => {
    const source = read([DEALS], { mapping: { amount: "Contract Value" } });
    expect(Array.from(source.table.amount)).toEqual([1000, 2000]);
  });

  test("missing chosen header listed", () => {
    const source = read([DEALS], { mapping: { owner: "Sales Person" } });
    expect(source.problems).toEqual([{ kind: "mappingHeaderNotFound", field: "owner", header: "Sales Person" }]);
  });

  test("missing chosen header is not a data issue", () => {
    const source = read([DEALS], { mapping: { owner: "Sales Person" } });
    expect(source.issues).toEqual([]);
  });

  test("missing chosen amount falls back to the guess", () => {
    const source = read([DEALS], { mapping: { amount: "Deal Value" } });
    expect(Array.from(source.table.amount)).toEqual([100, 200]);
  });

  test("found chosen headers give no problems", () => {
    expect(read([DEALS], { mapping: { amount: "Contract Value", id: "" } }).problems).toEqual([]);
  });

  test("unmapped id uses sheet rows", () => {
    expect(read([DEALS], { mapping: { id: "" } }).table.id).toEqual(["2", "3"]);
  });

  test("headers of the deals table returned", () => {
    expect(read([DEALS]).headers).toEqual(["Deal ID", "Stage", "Amount", "Contract Value", "Close Date"]);
  });
});

describe("readPipeline with a stage table", () => {
  const deals = sheetGrid("Deals", [
    ["Deal ID", "Stage", "Amount", "Close Date"],
    ["A-1", "Pilot", 100, "2026-05-01"],
    ["A-2", "Proposal", 200, "2026-05-01"],
    ["A-3", "Signed", 300, "2026-04-01"],
  ]);
  const stages = sheetGrid("Stages", [
    ["Stage", "Kind", "Probability"],
    ["Pilot", "open", 35],
    ["Signed", "won", 100],
    ["Dropped", "lost", 0],
  ]);
  const source = read([deals, stages]);

  test("workbook stage list used", () => {
    expect(source.stagePreset.id).toBe("workbook");
    expect(source.stageTable?.sheet).toBe("Stages");
  });

  test("stage probability from the table", () => {
    expect(source.table.stageProbability[0]).toBeCloseTo(0.35, 12);
  });

  test("won kind from the table", () => {
    expect(source.table.kind[2]).toBe(KIND.won);
  });

  test("built-in stage not in the table is unknown", () => {
    // "Proposal" is in the default list, but the workbook's own list replaces it.
    const unknown = source.issues.filter((issue) => issue.code === "stageUnknown");
    expect(unknown.map((issue) => issue.value)).toEqual(["Proposal"]);
    expect(source.table.stageProbability[1]).toBeNaN();
  });

  test("no stage table keeps the presets", () => {
    expect(read([deals]).stageTable).toBeNull();
  });
});

describe("report source", () => {
  const asOf = withDefaults({ asOf: utcDay(2026, 5, 15) });

  test("free range has no table", () => {
    const report = buildReport(read([DEALS]), asOf);
    expect(report.source.table).toBeNull();
  });

  test("table named", () => {
    const sheet: SheetGrid = { ...DEALS, tables: [{ name: "Pipeline", headerRow: 1, firstColumn: 0, rowCount: 3, columnCount: 5 }] };
    expect(buildReport(read([sheet]), asOf).source.table).toBe("Pipeline");
  });

  test("CRM guessed", () => {
    const salesforce = sheetGrid("Opportunity", [
      ["Id", "StageName", "Amount", "CloseDate", "IsClosed", "IsWon"],
      ["O-1", "Prospecting", 100, "2026-05-01", "", ""],
    ]);
    expect(buildReport(read([salesforce]), asOf).source.crm).toBe("salesforce");
  });

  test("stage sheet and preset", () => {
    const stages = sheetGrid("阶段表", [
      ["阶段", "类型"],
      ["Proposal", "进行中"],
      ["Negotiation", "进行中"],
    ]);
    const report = buildReport(read([DEALS, stages]), asOf);
    expect(report.source.stagePreset).toBe("workbook");
    expect(report.source.stageSheet).toBe("阶段表");
  });

  test("stage table issues reported", () => {
    const stages = sheetGrid("Stages", [
      ["Stage", "Kind"],
      ["Proposal", "open"],
      ["Negotiation", "open"],
      ["Review", "sometimes"],
    ]);
    const report = buildReport(read([DEALS, stages]), asOf);
    expect(report.issues.filter((issue) => issue.code === "stageRowInvalid")).toHaveLength(1);
  });

  test("built-in preset has no stage sheet", () => {
    const report = buildReport(read([DEALS]), asOf);
    expect(report.source.stagePreset).toBe("default");
    expect(report.source.stageSheet).toBeNull();
  });
});

describe("stage-entered date from a stage history", () => {
  const deals = sheetGrid("Opportunity", [
    ["Id", "Name", "StageName", "Amount", "CloseDate"],
    ["O-1", "Alpha", "Proposal", 1000, "2026-06-30"],
    ["O-2", "Beta", "Negotiation", 2000, "2026-06-30"],
  ]);
  const history = sheetGrid("OpportunityHistory", [
    ["Id", "OpportunityId", "CreatedDate", "StageName"],
    ["H-1", "O-1", "2026-03-01", "Lead"],
    ["H-2", "O-1", "2026-04-10", "Proposal"],
    ["H-3", "O-2", "2026-04-01", "Lead"],
  ]);
  const source = readPipeline([deals, history], US_OPTIONS)!;

  test("latest change dates the current stage", () => {
    // O-1 entered Proposal on 2026-04-10, its latest change.
    expect(source.table.stageEntered[0]).toBe(utcDay(2026, 4, 10));
  });

  test("history without the current stage leaves no date", () => {
    // O-2 is in Negotiation, which its history never reached.
    expect(source.table.stageEntered[1]).toBeNaN();
  });
});
