import { readDeals, type DealsReadResult } from "../../../src/engine/read/deals";
import { locateDealsHeader, locateDealsTable } from "../../../src/engine/read/locate";
import { readPipeline } from "../../../src/engine/read/workbook";
import { KIND, type CellValue, type DataIssue, type ReadOptions, type SheetGrid } from "../../../src/engine/types";
import { CN_OPTIONS, sheetGrid, UK_OPTIONS, US_OPTIONS, utcDay } from "../../support/grids";

/** Reads the deals of one sheet, failing the test when no header is found. */
function read(sheet: SheetGrid, options: ReadOptions = US_OPTIONS): DealsReadResult {
  const located = locateDealsHeader(sheet);
  if (!located) throw new Error(`no deals header found on sheet ${sheet.name}`);
  return readDeals(located, options);
}

function issuesOf(result: DealsReadResult, code: DataIssue["code"]): DataIssue[] {
  return result.issues.filter((issue) => issue.code === code);
}

function indexOfId(result: DealsReadResult, id: string): number {
  const index = result.table.id.indexOf(id);
  if (index < 0) throw new Error(`deal ${id} not in the table`);
  return index;
}

const ENGLISH_HEADER: CellValue[] = ["Deal ID", "Stage", "Amount", "Close Date"];

describe("locating the header", () => {
  const sheet = sheetGrid("Pipeline", [
    ["Q2 pipeline review", null, null, null],
    // A SUBTOTAL formula above the table, as Excel returns it: the computed number.
    [null, "Subtotal", 350000, null],
    ENGLISH_HEADER,
    ["A-1", "Proposal", 150000, "2026-05-01"],
    ["A-2", "Negotiation", 200000, "2026-06-01"],
  ]);

  test("header found below a title and a SUBTOTAL row", () => {
    const located = locateDealsHeader(sheet);
    expect(located?.headerIndex).toBe(2);
  });

  test("header row is the sheet row", () => {
    expect(read(sheet).table.headerRow).toBe(3);
  });

  test("rows above the header are not deals", () => {
    const result = read(sheet);
    expect(result.table.size).toBe(2);
    expect(result.table.id).toEqual(["A-1", "A-2"]);
  });

  test("deal rows keep their sheet rows", () => {
    expect(Array.from(read(sheet).table.row)).toEqual([4, 5]);
  });

  test("grid offset moves rows and columns", () => {
    // The grid starts at sheet row 10, column C (index 2).
    const offset = sheetGrid("Pipeline", [ENGLISH_HEADER, ["A-1", "Proposal", "abc", "2026-05-01"]], 10, 2);
    const [issue] = issuesOf(read(offset), "amountInvalid");
    expect(issue.row).toBe(11);
    // Amount is the third column of the grid: C, D, E.
    expect(issue.column).toBe("E");
  });

  test("sheet without amount and stage has no header", () => {
    const contacts = sheetGrid("Contacts", [["Name", "Email"], ["Ann", "ann@example.com"]]);
    expect(locateDealsHeader(contacts)).toBeNull();
  });

  test("table picked from the sheet that names more fields", () => {
    const thin = sheetGrid("Summary", [["Stage", "Amount"], ["Proposal", 1]]);
    const full = sheetGrid("Deals", [["Deal ID", "Owner", "Stage", "Amount", "Close Date"], ["A-1", "Ann", "Proposal", 1, "2026-05-01"]]);
    expect(locateDealsTable([thin, full])?.sheet.name).toBe("Deals");
  });

  test("readPipeline returns null without a deals table", () => {
    const contacts = sheetGrid("Contacts", [["Name", "Email"]]);
    expect(readPipeline([contacts], US_OPTIONS)).toBeNull();
  });
});

describe("row accounting", () => {
  const sheet = sheetGrid("Deals", [
    ENGLISH_HEADER,
    ["A-1", "Proposal", 100, "2026-05-01"],
    [null, null, null, null],
    ["A-2", "Proposal", 200, "2026-05-02"],
    ["", "  ", null, ""],
    ["A-1", "Negotiation", 300, "2026-05-03"],
    [],
    ["A-3", "Lead", 400, "2026-05-04"],
  ]);
  const result = read(sheet);

  test("blank rows counted", () => {
    // Sheet rows 3, 5 and 7 are blank.
    expect(result.rows.blank).toBe(3);
  });

  test("duplicate ids keep the last row", () => {
    const index = indexOfId(result, "A-1");
    expect(result.table.amount[index]).toBe(300);
    expect(result.table.stage[index]).toBe("Negotiation");
    expect(result.table.row[index]).toBe(6);
  });

  test("earlier duplicate listed with its location", () => {
    const duplicates = issuesOf(result, "duplicateId");
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0].sheet).toBe("Deals");
    expect(duplicates[0].row).toBe(2);
    expect(duplicates[0].column).toBe("A");
    expect(duplicates[0].header).toBe("Deal ID");
    expect(duplicates[0].value).toBe("A-1");
  });

  test("counts add up", () => {
    // 7 rows below the header: 3 deals, 3 blank, 1 earlier duplicate.
    expect(result.rows.read).toBe(7);
    expect(result.rows.deals).toBe(3);
    expect(result.rows.duplicates).toBe(1);
    expect(result.rows.read).toBe(result.rows.deals + result.rows.blank + result.rows.duplicates);
  });

  test("rows without an id are never duplicates", () => {
    const noIds = read(sheetGrid("Deals", [ENGLISH_HEADER, ["", "Lead", 1, ""], ["", "Lead", 2, ""]]));
    expect(noIds.rows.deals).toBe(2);
    expect(noIds.rows.duplicates).toBe(0);
  });

  test("missing id becomes the sheet row", () => {
    const noIds = read(sheetGrid("Deals", [ENGLISH_HEADER, ["", "Lead", 1, ""]]));
    expect(noIds.table.id[0]).toBe("2");
  });
});

describe("deal kinds", () => {
  test("status column decides over the stage", () => {
    const result = read(
      sheetGrid("Deals", [
        ["Deal ID", "Stage", "Status", "Amount"],
        ["A-1", "Negotiation", "Won", 100],
        ["A-2", "Proposal", "Lost", 100],
        ["A-3", "Closed Won", "Open", 100],
        ["A-4", "Proposal", "On Hold", 100],
      ]),
    );
    expect(result.table.kind[indexOfId(result, "A-1")]).toBe(KIND.won);
    expect(result.table.kind[indexOfId(result, "A-2")]).toBe(KIND.lost);
    expect(result.table.kind[indexOfId(result, "A-3")]).toBe(KIND.open);
    expect(result.table.kind[indexOfId(result, "A-4")]).toBe(KIND.deferred);
  });

  test.each([
    ["已赢单", KIND.won],
    ["已输单", KIND.lost],
    ["已搁置", KIND.deferred],
    ["进行中", KIND.open],
  ])("Chinese status %s", (status, kind) => {
    const result = read(
      sheetGrid("商机", [
        ["商机编号", "商机阶段", "商机状态", "金额"],
        ["C-1", "谈判", status, 100],
      ]),
      CN_OPTIONS,
    );
    expect(result.table.kind[0]).toBe(kind);
  });

  describe("Salesforce flags", () => {
    const result = read(
      sheetGrid("Opportunity", [
        ["Id", "StageName", "Amount", "IsClosed", "IsWon"],
        ["O-1", "Negotiation", 100, "1", "1"],
        ["O-2", "Negotiation", 100, "1", "0"],
        ["O-3", "Closed Won", 100, "0", "0"],
        ["O-4", "Closed Lost", 100, "", ""],
        ["O-5", "Qualification", 100, "", ""],
        ["O-6", "Negotiation", 100, true, false],
      ]),
    );

    test("IsWon true is won", () => {
      expect(result.table.kind[indexOfId(result, "O-1")]).toBe(KIND.won);
    });

    test("IsClosed without IsWon is lost", () => {
      expect(result.table.kind[indexOfId(result, "O-2")]).toBe(KIND.lost);
    });

    test("IsClosed false is open", () => {
      expect(result.table.kind[indexOfId(result, "O-3")]).toBe(KIND.open);
    });

    test("blank flags fall back to the stage", () => {
      expect(result.table.kind[indexOfId(result, "O-4")]).toBe(KIND.lost);
      expect(result.table.kind[indexOfId(result, "O-5")]).toBe(KIND.open);
    });

    test("boolean flags", () => {
      expect(result.table.kind[indexOfId(result, "O-6")]).toBe(KIND.lost);
    });
  });

  test("unknown stage is open and reported", () => {
    const result = read(sheetGrid("Deals", [ENGLISH_HEADER, ["A-1", "Pilot running", 100, ""]]));
    const unknown = issuesOf(result, "stageUnknown");
    expect(result.table.kind[0]).toBe(KIND.open);
    expect(result.table.stageProbability[0]).toBeNaN();
    expect(unknown).toHaveLength(1);
    expect(unknown[0].row).toBe(2);
    expect(unknown[0].column).toBe("B");
    expect(unknown[0].value).toBe("Pilot running");
  });

  test("unknown stage of an open status is reported", () => {
    const result = read(
      sheetGrid("商机", [
        ["商机编号", "商机阶段", "商机状态", "金额"],
        ["C-1", "试点中", "进行中", 100],
      ]),
      CN_OPTIONS,
    );
    expect(issuesOf(result, "stageUnknown")).toHaveLength(1);
  });

  test("unknown stage of a won status is not reported", () => {
    const result = read(
      sheetGrid("商机", [
        ["商机编号", "商机阶段", "商机状态", "金额"],
        ["C-1", "试点中", "已赢单", 100],
      ]),
      CN_OPTIONS,
    );
    expect(issuesOf(result, "stageUnknown")).toHaveLength(0);
  });

  test("blank stage is reported missing", () => {
    const result = read(sheetGrid("Deals", [ENGLISH_HEADER, ["A-1", "", 100, ""]]));
    expect(issuesOf(result, "stageMissing")).toHaveLength(1);
    expect(result.table.kind[0]).toBe(KIND.open);
  });

  test("stage defaults of the built-in list", () => {
    const result = read(
      sheetGrid("Deals", [
        ENGLISH_HEADER,
        ["A-1", "Lead", 1, ""],
        ["A-2", "Qualified", 1, ""],
        ["A-3", "Discovery", 1, ""],
        ["A-4", "Proposal", 1, ""],
        ["A-5", "Negotiation", 1, ""],
        ["A-6", "Closed Won", 1, ""],
        ["A-7", "Closed Lost", 1, ""],
      ]),
    );
    expect(Array.from(result.table.stageProbability)).toEqual([0.1, 0.2, 0.4, 0.6, 0.8, 1, 0]);
    expect(result.stagePreset.id).toBe("default");
  });
});

describe("reading cells", () => {
  const sheet = sheetGrid("Deals", [
    ["Deal ID", "Stage", "Amount", "Probability", "Close Date", "Actual Close Date"],
    ["A-1", "Proposal", "abc", 40, "2026-05-01", ""],
    ["A-2", "Proposal", "#N/A", 50, "2026-05-01", ""],
    ["A-3", "Closed Won", 1000, 100, "2026-05-01", "2026-04-20"],
    ["A-4", "Proposal", 2000, "#REF!", "2026-05-01", "2026-04-20"],
    ["A-5", "Closed Lost", 3000, 0, "", "2026-04-22"],
    ["A-6", "Proposal", -500, 20, "2026-02-30", ""],
    ["A-7", "Proposal", 700, 150, "2026-05-01", ""],
  ]);
  const result = read(sheet);

  test("invalid amount text is reported with its location", () => {
    const invalid = issuesOf(result, "amountInvalid");
    expect(invalid).toHaveLength(1);
    expect(invalid[0].sheet).toBe("Deals");
    expect(invalid[0].row).toBe(2);
    expect(invalid[0].column).toBe("C");
    expect(invalid[0].header).toBe("Amount");
    expect(invalid[0].value).toBe("abc");
  });

  test("row with an invalid amount is still a deal", () => {
    const index = indexOfId(result, "A-1");
    expect(result.table.kind[index]).toBe(KIND.open);
    expect(result.table.amount[index]).toBeNaN();
  });

  test("#N/A cell is reported as a cell error", () => {
    const errors = issuesOf(result, "cellError");
    const amountError = errors.find((issue) => issue.column === "C");
    expect(amountError?.row).toBe(3);
    expect(amountError?.value).toBe("#N/A");
  });

  test("#N/A amount reads as blank", () => {
    expect(result.table.amount[indexOfId(result, "A-2")]).toBeNaN();
  });

  test("#REF! probability reported and left to the stage", () => {
    const errors = issuesOf(result, "cellError");
    const probabilityError = errors.find((issue) => issue.column === "D");
    expect(probabilityError?.row).toBe(5);
    expect(result.table.probability[indexOfId(result, "A-4")]).toBeNaN();
  });

  test("each cell error reported once", () => {
    expect(issuesOf(result, "cellError")).toHaveLength(2);
  });

  test("negative amount reported and kept", () => {
    const negative = issuesOf(result, "amountNegative");
    expect(negative).toHaveLength(1);
    expect(negative[0].row).toBe(7);
    expect(result.table.amount[indexOfId(result, "A-6")]).toBe(-500);
  });

  test("impossible date reported", () => {
    const invalid = issuesOf(result, "dateInvalid");
    expect(invalid).toHaveLength(1);
    expect(invalid[0].column).toBe("E");
    expect(invalid[0].value).toBe("2026-02-30");
    expect(result.table.close[indexOfId(result, "A-6")]).toBeNaN();
  });

  test("probability above 100 reported", () => {
    const invalid = issuesOf(result, "probabilityInvalid");
    expect(invalid).toHaveLength(1);
    expect(invalid[0].row).toBe(8);
    expect(result.table.probability[indexOfId(result, "A-7")]).toBeNaN();
  });

  test("probability column read as percents", () => {
    // The column contains 40, 50, 100, 0 and 20. Numbers above 1 make every cell a percent.
    expect(result.table.probability[indexOfId(result, "A-1")]).toBeCloseTo(0.4, 12);
    expect(result.table.probability[indexOfId(result, "A-3")]).toBe(1);
  });

  test("actual close date used for a won deal", () => {
    expect(result.table.close[indexOfId(result, "A-3")]).toBe(utcDay(2026, 4, 20));
  });

  test("expected close date kept for an open deal", () => {
    expect(result.table.close[indexOfId(result, "A-4")]).toBe(utcDay(2026, 5, 1));
  });

  test("actual close date fills a blank close", () => {
    expect(result.table.close[indexOfId(result, "A-5")]).toBe(utcDay(2026, 4, 22));
  });

  test("two #N/A ids are two deals", () => {
    // An id column filled by a lookup formula can show #N/A on several rows. Those rows
    // are different deals with an unreadable id, not repeats of one deal.
    const lookups = read(sheetGrid("Deals", [ENGLISH_HEADER, ["#N/A", "Lead", 100, ""], ["#N/A", "Lead", 200, ""]]));
    expect(lookups.rows.deals).toBe(2);
    expect(lookups.rows.duplicates).toBe(0);
    expect(issuesOf(lookups, "cellError")).toHaveLength(2);
  });
});

describe("amount and date forms in a table", () => {
  test("万元 header scales numbers", () => {
    const result = read(
      sheetGrid("商机", [
        ["商机编号", "商机阶段", "预计金额（万元）"],
        ["C-1", "谈判", 12.5],
      ]),
      CN_OPTIONS,
    );
    // 12.5 万 = 12.5 × 10,000.
    expect(result.table.amount[0]).toBe(125000);
  });

  test("decimal comma read in a German file", () => {
    const result = read(sheetGrid("Deals", [ENGLISH_HEADER, ["A-1", "Lead", "1.234,56", ""]]), { locale: "de-DE", date1904: false });
    expect(result.table.amount[0]).toBeCloseTo(1234.56, 9);
  });

  test("ambiguous slash dates follow the locale", () => {
    const sheet = sheetGrid("Deals", [ENGLISH_HEADER, ["A-1", "Lead", 1, "6/3/2026"]]);
    expect(read(sheet, US_OPTIONS).table.close[0]).toBe(utcDay(2026, 6, 3));
    expect(read(sheet, UK_OPTIONS).table.close[0]).toBe(utcDay(2026, 3, 6));
  });

  test("one clear date decides the column", () => {
    // 25/5/2026 proves day-first, so 6/3/2026 is 6 March even in an en-US file.
    const sheet = sheetGrid("Deals", [ENGLISH_HEADER, ["A-1", "Lead", 1, "6/3/2026"], ["A-2", "Lead", 1, "25/5/2026"]]);
    expect(read(sheet, US_OPTIONS).table.close[0]).toBe(utcDay(2026, 3, 6));
  });

  test("1904 serial dates", () => {
    // 2026-03-05 is 1904-system serial 44624 (1900-system 46086 − 1462).
    const sheet = sheetGrid("Deals", [ENGLISH_HEADER, ["A-1", "Lead", 1, 44624]]);
    expect(read(sheet, { locale: "en-US", date1904: true }).table.close[0]).toBe(utcDay(2026, 3, 5));
  });
});

describe("total rows", () => {
  const sheet = sheetGrid("商机", [
    ["商机编号", "商机阶段", "商机金额"],
    ["C-1", "谈判", 100000],
    ["C-2", "方案报价", 50000],
    // A hand-added total under the table: label in the id column, no stage.
    ["合计", null, 150000],
    [null, null, null],
    ["Grand Total", "", 150000],
  ]);

  test("total rows are not deals", () => {
    expect(read(sheet, CN_OPTIONS).table.id).toEqual(["C-1", "C-2"]);
  });

  test("total rows are counted", () => {
    // 5 rows below the header: 2 deals + 1 blank + 2 totals.
    expect(read(sheet, CN_OPTIONS).rows).toEqual({ read: 5, deals: 2, blank: 1, duplicates: 0, totals: 2, instructions: 0 });
  });

  test("row with a stage is a deal even when labelled total", () => {
    const labelled = sheetGrid("Deals", [ENGLISH_HEADER, ["Total", "Proposal", 5000, "2026-05-01"]]);
    expect(read(labelled).table.size).toBe(1);
  });

  test("total label in the stage column is a total row", () => {
    // The label sits in the stage column itself, where a pivot or a hand-made sum may put it.
    const inStage = sheetGrid("商机", [
      ["商机编号", "商机阶段", "商机金额"],
      ["C-1", "谈判", 100000],
      ["C-2", "方案报价", 200000],
      [null, "合计", 300000],
    ]);
    const result = read(inStage, CN_OPTIONS);
    expect(result.table.id).toEqual(["C-1", "C-2"]);
    expect(result.rows.totals).toBe(1);
    expect(result.issues).toEqual([]);
  });
});

describe("instruction rows", () => {
  const sheet = sheetGrid("商机数据", [
    ["商机名称", "商机阶段", "预计金额（万元）", "预计达成时间"],
    // An import template's second row tells people how to fill each column.
    ["必填，项目或客户名称", "必填，从下拉选择", "必填，数字，单位万元", "格式：2026-05-30"],
    ["华东项目", "报价", 120, "2026-05-30"],
  ]);

  test("instruction row is not a deal", () => {
    expect(read(sheet, CN_OPTIONS).table.name).toEqual(["华东项目"]);
  });

  test("instruction row is counted", () => {
    expect(read(sheet, CN_OPTIONS).rows).toEqual({ read: 2, deals: 1, blank: 0, duplicates: 0, totals: 0, instructions: 1 });
  });

  test("instruction-like text further down is a deal", () => {
    const later = sheetGrid("Deals", [
      ENGLISH_HEADER,
      ["A-1", "Proposal", 5000, "2026-05-01"],
      ["required, e.g. this", "optional, e.g. that", 7000, "2026-05-01"],
    ]);
    expect(read(later).table.size).toBe(2);
  });
});

describe("close before created", () => {
  const sheet = sheetGrid("Deals", [
    ["Deal ID", "Stage", "Amount", "Created Date", "Close Date"],
    ["A-1", "Proposal", 5000, "2026-03-01", "2026-02-27"],
    ["A-2", "Proposal", 5000, "2026-03-01", "2026-03-01"],
  ]);

  test("earlier close is reported at the close cell", () => {
    const [issue] = issuesOf(read(sheet), "closeBeforeCreated");
    expect(issue).toMatchObject({ sheet: "Deals", row: 2, column: "E", value: "2026-02-27" });
  });

  test("same-day close is fine", () => {
    expect(issuesOf(read(sheet), "closeBeforeCreated")).toHaveLength(1);
  });
});

describe("issue order", () => {
  // Columns are read one at a time, so without a sort the issues of column D would come
  // before those of column C and a duplicate before the rows above it.
  const sheet = sheetGrid("Pipeline", [
    ["Deal ID", "Stage", "Amount", "Close Date"],
    ["A-1", "Proposal", 100, "never"],
    ["A-2", "Proposal", "#N/A", "soon"],
    ["A-1", "Someday", "lots", "2026-05-01"],
    ["A-4", null, -5, "2026-05-01"],
  ]);

  test("issues listed by row, then column", () => {
    const issues = read(sheet).issues.map((issue) => `${issue.code} ${issue.column}${issue.row}`);
    expect(issues).toEqual([
      // Row 2 is an earlier row of A-1, so its other cells are not read.
      "duplicateId A2",
      "cellError C3",
      "dateInvalid D3",
      "stageUnknown B4",
      "amountInvalid C4",
      "stageMissing B5",
      "amountNegative C5",
    ]);
  });
});

describe("column order", () => {
  test("columns listed left to right", () => {
    // The mapping finds the amount and stage before the id and the name.
    const sheet = sheetGrid("Pipeline", [
      ["Deal Name", "Close Date", "Deal ID", "Amount", "Stage"],
      ["Expansion", "2026-05-01", "A-1", 1000, "Proposal"],
    ]);
    expect(read(sheet).table.columns.map((column) => column.column)).toEqual(["A", "B", "C", "D", "E"]);
  });
});
