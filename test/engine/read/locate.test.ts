import { readDeals } from "../../../src/engine/read/deals";
import { headerRowsContain, isStageHistory, likelyHeaderRow, locateDealsHeader, locateDealsTable, tableNames } from "../../../src/engine/read/locate";
import type { CellValue, SheetGrid, TableRegion } from "../../../src/engine/types";
import { sheetGrid, US_OPTIONS } from "../../support/grids";

function withTables(sheet: SheetGrid, tables: TableRegion[]): SheetGrid {
  return { ...sheet, tables };
}

const FULL_HEADER: CellValue[] = ["Deal ID", "Owner", "Stage", "Amount", "Close Date"];

describe("Excel tables", () => {
  // Sheet "Data": a table "Deals" at C3:E5 (header + 2 rows), a note below it in the same
  // columns and a column to its right that is not part of the table.
  const data = withTables(
    sheetGrid("Data", [
      ["Exported 2026-05-01", null, null, null, null, null],
      [null, null, null, null, null, null],
      [null, null, "Stage", "Amount", "Deal ID", "Comment"],
      [null, null, "Proposal", 100, "T-1", "call back"],
      [null, null, "Negotiation", "abc", "T-2", ""],
      [null, null, "Note: amounts in USD", null, null, null],
    ]),
    [{ name: "Deals", headerRow: 3, firstColumn: 2, rowCount: 3, columnCount: 3 }],
  );
  // Sheet "Summary": a free range that names more fields than the table.
  const summary = sheetGrid("Summary", [FULL_HEADER, ["S-1", "Ann", "Proposal", 1, "2026-05-01"]]);

  test("table wins over a fuller free range", () => {
    expect(locateDealsTable([summary, data])?.tableName).toBe("Deals");
  });

  test("table header row is its first row", () => {
    expect(locateDealsTable([data])?.headerIndex).toBe(2);
  });

  test("table columns only", () => {
    expect(locateDealsTable([data])?.headers).toEqual(["Stage", "Amount", "Deal ID"]);
  });

  test("table rows only", () => {
    const located = locateDealsTable([data])!;
    const result = readDeals(located, US_OPTIONS);
    // The note on sheet row 6 lies below the table, so it is not a deal.
    expect(result.table.id).toEqual(["T-1", "T-2"]);
    expect(result.rows.read).toBe(2);
  });

  test("issue column letter within a table", () => {
    const result = readDeals(locateDealsTable([data])!, US_OPTIONS);
    const invalid = result.issues.find((issue) => issue.code === "amountInvalid");
    // Amount is the table's second column: C, D.
    expect(invalid?.column).toBe("D");
    expect(invalid?.row).toBe(5);
  });

  test("table on an offset grid", () => {
    // The grid starts at sheet row 2, column B; the table's header is on sheet row 3, column C.
    const offset = withTables(
      sheetGrid(
        "Data",
        [
          [null, null, null],
          [null, "Stage", "Amount"],
          [null, "Proposal", 100],
        ],
        2,
        1,
      ),
      [{ name: "Deals", headerRow: 3, firstColumn: 2, rowCount: 2, columnCount: 2 }],
    );
    const located = locateDealsTable([offset])!;
    expect(located.headerIndex).toBe(1);
    expect(located.columnOffset).toBe(1);
    expect(readDeals(located, US_OPTIONS).table.columns.find((column) => column.field === "amount")?.column).toBe("D");
  });

  test("table that does not qualify leaves the free range", () => {
    const quotas = withTables(sheetGrid("Quotas", [["Owner", "Quota"], ["Ann", 100]]), [
      { name: "Quotas", headerRow: 1, firstColumn: 0, rowCount: 2, columnCount: 2 },
    ]);
    const found = locateDealsTable([quotas, summary]);
    expect(found?.sheet.name).toBe("Summary");
    expect(found?.tableName).toBeUndefined();
  });

  test("tableName picks that table", () => {
    const both = withTables(
      sheetGrid("Data", [
        ["Stage", "Amount", null, "Deal ID", "Owner", "Stage", "Amount"],
        ["Lead", 1, null, "B-1", "Ann", "Lead", 2],
      ]),
      [
        { name: "Small", headerRow: 1, firstColumn: 0, rowCount: 2, columnCount: 2 },
        { name: "Big", headerRow: 1, firstColumn: 3, rowCount: 2, columnCount: 4 },
      ],
    );
    expect(locateDealsTable([both])?.tableName).toBe("Big");
    expect(locateDealsTable([both], { tableName: "small" })?.tableName).toBe("Small");
  });

  test("unknown tableName finds nothing", () => {
    expect(locateDealsTable([data, summary], { tableName: "Pipeline" })).toBeNull();
  });

  test("table with header row outside the grid is skipped", () => {
    const outside = withTables(sheetGrid("Data", [["Stage", "Amount"]]), [{ name: "Far", headerRow: 40, firstColumn: 0, rowCount: 2, columnCount: 2 }]);
    expect(locateDealsTable([outside])?.tableName).toBeUndefined();
  });

  test("tableNames lists every sheet's tables", () => {
    expect(tableNames([summary, data])).toEqual(["Deals"]);
  });
});

describe("blocks on one sheet", () => {
  // Deals in A:D, a quota block in F:H on the same rows, and an empty used range to J.
  const sheet = sheetGrid("Pipeline", [
    ["Deal ID", "Owner", "Stage", "Amount", null, "Owner", "Quarter", "Quota", null, null],
    ["A-1", "Ann", "Proposal", 100, null, "Ann", "2026-Q2", 500, null, null],
    ["A-2", "Bob", "Lead", 200, null, "Bob", "2026-Q2", 400, null, null],
    [null, null, null, null, null, "Cy", "2026-Q2", 300, null, null],
  ]);

  test("deals block ends at a blank header", () => {
    expect(locateDealsHeader(sheet)?.headers).toEqual(["Deal ID", "Owner", "Stage", "Amount"]);
  });

  test("owner read from the deals block", () => {
    expect(locateDealsHeader(sheet)?.mapping.get("owner")).toBe(1);
  });

  test("quota rows are not deals", () => {
    const result = readDeals(locateDealsHeader(sheet)!, US_OPTIONS);
    expect(result.table.id).toEqual(["A-1", "A-2"]);
  });

  test("row filled only right of the block is blank", () => {
    const result = readDeals(locateDealsHeader(sheet)!, US_OPTIONS);
    expect(result.rows.blank).toBe(1);
  });

  test("owner of another block not mapped", () => {
    const noOwner = sheetGrid("Pipeline", [
      ["Deal ID", "Stage", "Amount", null, "Owner", "Quota"],
      ["A-1", "Proposal", 100, null, "Ann", 500],
    ]);
    expect(locateDealsHeader(noOwner)?.mapping.has("owner")).toBe(false);
  });

  test("block right of a blank column is found", () => {
    const right = sheetGrid("Pipeline", [
      ["Notes", null, "Deal ID", "Stage", "Amount"],
      ["keep", null, "A-1", "Lead", 100],
    ]);
    const located = locateDealsHeader(right)!;
    expect(located.columnOffset).toBe(2);
    expect(readDeals(located, US_OPTIONS).table.columns.find((column) => column.field === "id")?.column).toBe("C");
  });

  test("data rows run to the end of the sheet", () => {
    const gaps = sheetGrid("Pipeline", [["Stage", "Amount"], ["Lead", 1], [null, null], [null, null], ["Lead", 2]]);
    const result = readDeals(locateDealsHeader(gaps)!, US_OPTIONS);
    expect(result.rows.deals).toBe(2);
    expect(result.rows.blank).toBe(2);
  });
});

describe("chosen headers", () => {
  // Row 1 is a small summary that qualifies by itself; the deals start on row 4 with
  // headers that only the user's mapping makes readable.
  const sheet = sheetGrid("Deals", [
    ["Stage", "Amount"],
    ["Proposal", 300],
    [null, null],
    ["Deal ID", "Phase", "Contract Value", "Close Date"],
    ["A-1", "Proposal", 100, "2026-05-01"],
  ]);

  test("guess takes the summary row", () => {
    expect(locateDealsHeader(sheet)?.headerIndex).toBe(0);
  });

  test("mapping moves the header row", () => {
    expect(locateDealsHeader(sheet, { stage: "Phase", amount: "Contract Value" })?.headerIndex).toBe(3);
  });

  test("mapping applies across sheets", () => {
    const other = sheetGrid("Summary", [["Stage", "Amount", "Owner"], ["Lead", 1, "Ann"]]);
    expect(locateDealsTable([other, sheet], { mapping: { stage: "Phase", amount: "Contract Value" } })?.sheet.name).toBe("Deals");
  });

  test("unmapped stage leaves no table", () => {
    const plain = sheetGrid("Deals", [["Deal ID", "Stage", "Amount"], ["A-1", "Lead", 1]]);
    expect(locateDealsHeader(plain, { stage: "" })).toBeNull();
  });

  test("chosen header widens the block", () => {
    const split = sheetGrid("Deals", [
      ["Deal ID", "Stage", "Amount", null, "Region Owner"],
      ["A-1", "Lead", 1, null, "Ann"],
    ]);
    const located = locateDealsHeader(split, { owner: "Region Owner" })!;
    expect(located.headers).toEqual(["Deal ID", "Stage", "Amount", "", "Region Owner"]);
    expect(located.mapping.get("owner")).toBe(4);
  });
});

describe("header search helpers", () => {
  const sheet = sheetGrid("Contacts", [["Contact list"], ["Name", "Email", "Phone"], ["Ann", "ann@example.com", "555"]]);

  test("likely header row has the most cells", () => {
    // Rows 2 and 3 both have three cells; the earlier one wins.
    expect(likelyHeaderRow([sheet])).toEqual({ sheet: "Contacts", headers: ["Name", "Email", "Phone"] });
  });

  test("no likely header row on empty sheets", () => {
    expect(likelyHeaderRow([sheetGrid("Empty", [])])).toBeNull();
  });

  test("headerRowsContain compares normalized", () => {
    expect(headerRowsContain([sheet], "email")).toBe(true);
  });

  test("headerRowsContain misses an absent header", () => {
    expect(headerRowsContain([sheet], "Amount")).toBe(false);
  });
});

describe("isStageHistory", () => {
  test("Salesforce OpportunityHistory headers", () => {
    expect(isStageHistory(["Id", "OpportunityId", "CreatedById", "CreatedDate", "StageName", "Amount", "CloseDate"])).toBe(true);
  });

  test("history key column alone", () => {
    expect(isStageHistory(["OpportunityHistoryKey", "StageName", "Amount"])).toBe(true);
  });

  test("field change log", () => {
    expect(isStageHistory(["Deal ID", "Field", "OldValue", "NewValue", "Amount", "Stage"])).toBe(true);
  });

  test("Salesforce Opportunity headers are deals", () => {
    expect(isStageHistory(["Id", "AccountId", "Name", "StageName", "Amount", "CloseDate"])).toBe(false);
  });

  test("Chinese deals with a row number are deals", () => {
    expect(isStageHistory(["ID", "商机编号", "商机阶段", "商机金额"])).toBe(false);
  });

  test("history chosen by a mapping is read", () => {
    const sheet = sheetGrid("History", [
      ["Id", "OpportunityId", "StageName", "Amount"],
      ["H1", "O1", "Prospecting", 100],
    ]);
    expect(locateDealsTable([sheet])).toBeNull();
    expect(locateDealsTable([sheet], { mapping: { id: "OpportunityId" } })?.sheet.name).toBe("History");
  });
});
