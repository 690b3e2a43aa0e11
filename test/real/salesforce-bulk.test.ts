/**
 * A Salesforce Data Loader / Bulk API export from Salesforce's own workshop repository:
 * UTF-8 with BOM, RFC 4180 quoting, 1/blank booleans, ISO datetimes with a +0000 offset and
 * probability 0 on open stages.
 *
 * Literal figures come from test/real/independent/compute_quirk_figures.py, which parses
 * the files with the Python standard library only.
 */
import type { HealthReport } from "../../src/engine/report";
import type { PipelineSource } from "../../src/engine/read/workbook";
import { KIND } from "../../src/engine/types";
import type { FileWorkbookData } from "../../src/workbook/file/read-file";
import { accountedRows, csvDataRows, csvHeader, dealAtRow, loadWorkbook, readSource, reportAsOf, requireSource } from "./real-source";

const OPPORTUNITY = "salesforce-bulk-export/Opportunity.csv";
const ACCOUNT = "salesforce-bulk-export/Account.csv";
const AS_OF = "2024-05-15";

describe("Salesforce bulk export Opportunity.csv", () => {
  let workbook: FileWorkbookData;
  let source: PipelineSource;
  let report: HealthReport;
  beforeAll(async () => {
    workbook = await loadWorkbook(OPPORTUNITY);
    source = requireSource(workbook);
    report = reportAsOf(source, AS_OF);
  });

  test("every data row accounted for", async () => {
    expect(source.rows.read).toBe((await csvDataRows(OPPORTUNITY)).length);
    expect(source.rows.read).toBe(50);
    expect(accountedRows(source.rows)).toBe(50);
    expect(source.rows.duplicates).toBe(0);
  });

  test("BOM stripped from the first header", async () => {
    // compute_quirk_figures.py: the file starts with EF BB BF, then "Id".
    expect(await csvHeader(OPPORTUNITY)).toHaveLength(35);
    expect(source.headers[0]).toBe("Id");
    expect(report.source.columns.id).toBe("Id");
  });

  test("header mapping", () => {
    expect(report.source.columns).toEqual({
      id: "Id",
      name: "Name",
      account: "AccountId",
      owner: "OwnerId",
      stage: "StageName",
      amount: "Amount",
      probability: "Probability",
      close: "CloseDate",
      nextStep: "NextStep",
      isClosed: "IsClosed",
      isWon: "IsWon",
      created: "CreatedDate",
      lastActivity: "LastActivityDate",
    });
  });

  test("stage preset and CRM guess", () => {
    // Discovery, Proposal/Quote and Negotiation are names of the built-in default list, and
    // Qualification of the Salesforce one, so the default list covers more names.
    expect(source.crm).toBe("salesforce");
    expect(source.stagePreset.id).toBe("default");
    expect(report.dataQuality.unknownStages.count).toBe(0);
  });

  test("quoted names with commas", () => {
    // compute_quirk_figures.py: 26 names contain a comma; the first is on row 5.
    const commas = source.table.name.filter((name) => name.includes(",")).length;
    expect(commas).toBe(26);
    expect(dealAtRow(source, 5)?.name).toBe("Johnson, Avery and Smith - Business Checking Account - July 2024");
    expect(workbook.sheets[0].rows.every((row) => row.length === 35)).toBe(true);
  });

  test("1/blank booleans decide the kind", () => {
    // compute_quirk_figures.py: IsWon "1" on 12 rows, IsClosed "1" without IsWon on 3, both blank on 35.
    expect(report.deals).toEqual({ total: 50, open: 35, won: 12, lost: 3, deferred: 0 });
  });

  test("datetime with +0000 offset read as its day", () => {
    // Row 2: CreatedDate 2024-01-22T16:14:25.000+0000, CloseDate 2024-11-10, Amount 1124741.15.
    expect(dealAtRow(source, 2)).toMatchObject({
      id: "006Ec00000AieKFIAZ",
      stage: "Qualification",
      kind: "open",
      amount: 1124741.15,
      created: "2024-01-22",
      close: "2024-11-10",
    });
    expect(source.issues.filter((issue) => issue.code === "dateInvalid")).toEqual([]);
  });

  test("probability 0 on open stages kept and flagged", () => {
    // compute_quirk_figures.py: Discovery 9, Proposal/Quote 8 and Negotiation 9 open deals carry
    // probability 0, more than 30 points below their stage defaults.
    const table = source.table;
    let openAtZero = 0;
    for (let i = 0; i < table.size; i++) if (table.kind[i] === KIND.open && table.probability[i] === 0) openAtZero++;
    expect(openAtZero).toBe(9 + 8 + 9);
    expect(report.dataQuality.probabilityFarFromDefault).toBe(26);
  });

  test("one owner ID, never blank", () => {
    expect(new Set(source.table.owner).size).toBe(1);
    expect(report.dataQuality.missingOwner).toEqual({ count: 0, reason: null });
  });

  test("blank columns fill nothing and raise nothing", () => {
    // compute_quirk_figures.py: 11 columns are blank on every row, NextStep and LastActivityDate among them.
    const fill = (field: string) => report.dataQuality.fields.find((entry) => entry.field === field)?.filled;
    expect(fill("nextStep")).toBe(0);
    expect(fill("lastActivity")).toBe(0);
  });

  test("bulk load dates close before created", () => {
    // Every deal was loaded on 2024-01-22, and 19 CloseDates are earlier (counted in Python
    // by comparing CloseDate with the date part of CreatedDate).
    expect(report.dataQuality.issueCounts).toEqual({ closeBeforeCreated: 19 });
  });

  test("open deals past due", () => {
    // compute_quirk_figures.py: 17 open deals have a CloseDate before 2024-05-15.
    expect(report.dataQuality.pastDue.count).toBe(17);
  });
});

describe("Salesforce bulk export Account.csv", () => {
  test("JSON inside cells keeps 56 columns", async () => {
    // compute_quirk_figures.py: 22 accounts × 56 columns, 20 cells holding JSON addresses.
    const workbook = await loadWorkbook(ACCOUNT);
    expect(workbook.sheets[0].rows).toHaveLength(23);
    expect(workbook.sheets[0].rows.every((row) => row.length === 56)).toBe(true);
    expect(readSource(workbook)).toBeNull();
  });
});
