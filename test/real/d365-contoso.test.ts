/**
 * Dynamics 365 Sales "Export to Excel/CSV" files of the Contoso Coffee demo: display-name
 * headers, BOM and CRLF, M/D/YYYY dates with and without times, a Status column that
 * decides the kind, no ID column, and a Goal export with "$1,500,000.00 " targets.
 *
 * Literal figures come from test/real/independent/compute_quirk_figures.py, which parses
 * the files with the Python standard library only.
 */
import { runCli } from "../../src/cli/main";
import type { HealthReport } from "../../src/engine/report";
import { readQuotas } from "../../src/engine/read/quotas";
import type { PipelineSource } from "../../src/engine/read/workbook";
import { KIND } from "../../src/engine/types";
import type { FileWorkbookData } from "../../src/workbook/file/read-file";
import { accountedRows, countBy, csvDataRows, dealAtRow, loadWorkbook, readSource, realPath, reportAsOf, requireSource, US_LOCALE } from "./real-source";

const OPPORTUNITY = "d365-contoso-coffee/Opportunity.csv";
const GOAL = "d365-contoso-coffee/Goal.csv";
const ACCOUNT = "d365-contoso-coffee/Account.csv";
/** The day after the export's last Created On (2025-09-30). */
const AS_OF = "2025-10-01";

// compute_quirk_figures.py: 5,229 data rows.
const DATA_ROWS = 5229;

describe("D365 Opportunity.csv", () => {
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
    expect(source.rows.read).toBe(DATA_ROWS);
    expect(accountedRows(source.rows)).toBe(DATA_ROWS);
  });

  test("BOM and CRLF", () => {
    // compute_quirk_figures.py: EF BB BF first, 5,230 CRLF line ends and no bare LF.
    expect(workbook.sheets[0].rows).toHaveLength(DATA_ROWS + 1);
    expect(source.headers[0]).toBe("Created On");
    expect(report.source.columns.created).toBe("Created On");
  });

  test("header mapping", () => {
    expect(report.source.columns).toEqual({
      name: "Topic",
      owner: "Owner",
      account: "Potential Customer",
      status: "Status",
      amount: "Est. revenue",
      close: "Est. close date",
      actualClose: "Actual Close Date",
      probability: "Probability",
      stage: "Sales Stage",
      currency: "Currency",
      created: "Created On",
    });
  });

  test("Actual Revenue not read as the amount", () => {
    // compute_quirk_figures.py: Actual Revenue is 0 on 2,749 lost, 405 open and 5 won deals.
    expect(Object.values(report.source.columns)).not.toContain("Actual Revenue");
  });

  test("stage preset and CRM guess", () => {
    expect(source.crm).toBe("dynamics365");
    expect(source.stagePreset.id).toBe("dynamics365");
    expect(report.dataQuality.unknownStages.count).toBe(0);
  });

  test("Status decides the kind", () => {
    // compute_quirk_figures.py: Status Won 1,914, Lost 2,794, Open 521.
    expect(report.deals).toEqual({ total: DATA_ROWS, open: 521, won: 1914, lost: 2794, deferred: 0 });
  });

  test("Close stage on open deals stays open", () => {
    // compute_quirk_figures.py: Sales Stage is "Close" on every closed deal and on 116 open
    // ones; the first open one is row 5002.
    const openAtClose = countBy(source, (i) => (source.table.kind[i] === KIND.open ? source.table.stage[i] : "")).get("Close");
    expect(openAtClose).toBe(116);
    expect(dealAtRow(source, 5002)).toMatchObject({ stage: "Close", kind: "open" });
  });

  test("M/D/YYYY H:MM Created On", () => {
    // Row 2: Created On "5/20/2024 7:42", Lost, Est. revenue 13400, closed 8/31/2024.
    expect(dealAtRow(source, 2)).toMatchObject({ kind: "lost", stage: "Close", amount: 13400, created: "2024-05-20", close: "2024-08-31" });
  });

  test("mixed close formats with times", () => {
    // compute_quirk_figures.py: 229 Est. close date cells carry a time; row 5002 has
    // "9/10/2025 4:37" with Est. revenue 1216.36 and probability 75.
    expect(dealAtRow(source, 5002)).toMatchObject({ close: "2025-09-10", amount: 1216.36, probability: 0.75 });
    expect(source.issues.filter((issue) => issue.code === "dateInvalid")).toEqual([]);
  });

  test("lost deal without actual close", () => {
    // compute_quirk_figures.py: row 5017 is the first Lost deal with a blank Actual Close
    // Date; its Est. close date is "8/10/2025 10:14".
    expect(dealAtRow(source, 5017)).toMatchObject({ kind: "lost", close: "2025-08-10" });
  });

  test("US Dollar currency name", () => {
    expect(report.currency).toEqual({ main: "USD", others: [] });
    expect(new Set(source.table.currency)).toEqual(new Set(["USD"]));
  });

  test("no ID column: the sheet row is the ID", () => {
    // Topic repeats across deals, so it must not serve as an ID.
    expect(report.source.columns.id).toBeUndefined();
    expect(dealAtRow(source, 2)?.id).toBe("2");
    expect(source.rows.duplicates).toBe(0);
    expect(new Set(source.table.name).size).toBeLessThan(DATA_ROWS);
  });

  test("probability per deal, 100 on open deals", () => {
    // compute_quirk_figures.py: 59 open deals at 100, and 225 open deals more than 30 points
    // away from their stage default (Qualify 20, Develop 40, Propose 60, Close 80).
    const table = source.table;
    let openAtHundred = 0;
    for (let i = 0; i < table.size; i++) if (table.kind[i] === KIND.open && table.probability[i] === 1) openAtHundred++;
    expect(openAtHundred).toBe(59);
    expect(report.dataQuality.probabilityFarFromDefault).toBe(225);
  });

  test("Deal Close Agent counts as owner", () => {
    // compute_quirk_figures.py: an AI agent owns 229 deals.
    expect(countBy(source, (i) => source.table.owner[i]).get("Deal Close Agent")).toBe(229);
    expect(report.dataQuality.missingOwner).toEqual({ count: 0, reason: null });
  });

  test("Café in UTF-8 and double-encoded", () => {
    // compute_quirk_figures.py: row 42 spells Café in UTF-8. Row 5004 contains "CafÃ©" because
    // the file itself stores the bytes C3 83 C2 A9, so the reader cannot repair it.
    expect(dealAtRow(source, 42)?.name).toBe("Adatum Corporation | Café A-100 Automatic");
    expect(dealAtRow(source, 5004)?.name).toBe("A. Datum Corp | CafÃ© PG-1");
  });

  test("open deals past due", () => {
    // compute_quirk_figures.py: 439 open deals have an Est. close date before 2025-10-01.
    expect(report.dataQuality.pastDue.count).toBe(439);
  });
});

describe("D365 Goal.csv", () => {
  let goal: FileWorkbookData;
  beforeAll(async () => {
    goal = await loadWorkbook(GOAL);
  });

  test("alone: no deals table", () => {
    // compute_quirk_figures.py: 220 goals.
    expect(goal.sheets[0].rows).toHaveLength(221);
    expect(readSource(goal)).toBeNull();
  });

  test("alone: command line exits 2", async () => {
    let stderr = "";
    const code = await runCli(["report", realPath(GOAL), "--as-of", AS_OF], {
      stdout: () => undefined,
      stderr: (text) => (stderr += text),
      env: { LANG: "en_US.UTF-8" },
    });
    expect(code).toBe(2);
    expect(stderr).toContain("No deals table found");
  });

  test("dollar-formatted targets read as quotas", () => {
    // compute_quirk_figures.py: the first Target is "$7,450,000.00 " for 1/1/2025-3/31/2025;
    // 11 Targets are blank and 26 are "$0.00 ".
    const quotas = readQuotas(goal.sheets, US_LOCALE);
    expect(quotas.sheet).toBe("Goal");
    expect(quotas.entries).toHaveLength(220 - 11);
    expect(quotas.issues.filter((issue) => issue.code === "quotaMissing")).toHaveLength(11);
    expect(quotas.issues.filter((issue) => issue.code === "quotaInvalid")).toHaveLength(0);
    expect(quotas.entries.filter((entry) => entry.amount === 0)).toHaveLength(26);
    expect(quotas.entries[0]).toMatchObject({ amount: 7450000, row: 2 });
  });

  test("Parent Goal tells team goals from seller goals", () => {
    // Row 2 "Sales Team Q1 FY2025" has no Parent Goal; row 3 is Eric Boocock's part of it.
    const quotas = readQuotas(goal.sheets, US_LOCALE);
    expect(quotas.entries[0]).toMatchObject({ owner: "", row: 2 });
    expect(quotas.entries[1]).toMatchObject({ owner: "Eric Boocock", amount: 1500000, row: 3 });
  });

  describe("next to the opportunities in one workbook", () => {
    let report: HealthReport;
    beforeAll(async () => {
      const opportunities = await loadWorkbook(OPPORTUNITY);
      const source = readSource({ ...opportunities, sheets: [...opportunities.sheets, ...goal.sheets] });
      if (!source) throw new Error("no deals table in Opportunity + Goal");
      report = reportAsOf(source, "2025-09-30");
    });

    test("Goal sheet found as the quota table", () => {
      expect(report.source.quotaSheet).toBe("Goal");
      expect(report.quotaBasis).toBe("sum");
    });

    test("child goals not counted twice", () => {
      // compute_quirk_figures.py: for 7/1/2025-9/30/2025 the team goals (no Parent Goal)
      // total 8,400,000 and all goals 16,800,000, because each seller goal is part of a team goal.
      expect(report.quota).toBe(8400000);
    });
  });
});

describe("D365 Account.csv", () => {
  test("no deals table", async () => {
    const workbook = await loadWorkbook(ACCOUNT);
    // compute_quirk_figures.py: 33 accounts.
    expect(workbook.sheets[0].rows).toHaveLength(34);
    expect(readSource(workbook)).toBeNull();
  });
});
