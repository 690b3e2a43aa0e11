import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { runCli } from "../../src/cli/main";

const REPO = path.resolve(__dirname, "../..");
const SALESFORCE = path.resolve(__dirname, "../../../shared/data/real/salesforce-bulk-export/Opportunity.csv");
const ENGLISH_ENV = { LANG: "en_US.UTF-8" };

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], env: NodeJS.ProcessEnv = ENGLISH_ENV): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env,
  });
  return { code, stdout, stderr };
}

let tempDir: string;
beforeAll(() => {
  tempDir = mkdtempSync(path.join(tmpdir(), "pipeline-health-cli-"));
});
afterAll(() => {
  rmSync(tempDir, { recursive: true, force: true });
});

function writeTempFile(name: string, text: string): string {
  const file = path.join(tempDir, name);
  writeFileSync(file, text, "utf8");
  return file;
}

describe("report --format json on the Salesforce export", () => {
  let result: CliRun;
  let report: Record<string, unknown> & { deals: Record<string, number> };
  beforeAll(async () => {
    result = await run(["report", SALESFORCE, "--as-of", "2024-05-15", "--quota", "600000", "--format", "json"]);
    report = JSON.parse(result.stdout);
  });

  test("exits 0 with nothing on stderr", () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
  });

  test("stdout is one JSON document", () => {
    expect(() => JSON.parse(result.stdout)).not.toThrow();
  });

  test("deals by kind", () => {
    expect(report.deals.open).toBe(35);
    expect(report.deals.won).toBe(12);
    expect(report.deals.lost).toBe(3);
    expect(report.deals.deferred).toBe(0);
  });

  test("pipeline figures", () => {
    expect(report.openPipeline).toBeCloseTo(30002070.5, 2);
    expect(report.periodPipeline).toBeCloseTo(7739077.4, 2);
    expect(report.wonInPeriod).toBe(0);
  });

  test("quota and coverage", () => {
    expect(report.quota).toBe(600000);
    // 7,739,077.4 ÷ (600,000 − 0) = 12.898462333…
    expect(report.coverage).toBeCloseTo(12.898462333, 6);
    expect(report.coverageStatus).toBe("above");
  });

  test("forecast figures", () => {
    expect(report.weightedForecast).toBeCloseTo(255762.15, 2);
    // wonInPeriod 0 + weightedForecast.
    expect(report.expectedTotal).toBeCloseTo(255762.15, 2);
  });

  test("every headline key present", () => {
    for (const key of ["deals", "openPipeline", "periodPipeline", "wonInPeriod", "quota", "coverage", "weightedForecast", "expectedTotal"]) {
      expect(report).toHaveProperty(key);
    }
  });
});

describe("report as a table", () => {
  test("zh-CN table names coverage 覆盖率", async () => {
    const result = await run(["report", SALESFORCE, "--as-of", "2024-05-15", "--quota", "600000", "--lang", "zh-CN"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("覆盖率");
  });

  test("en-US table names coverage Coverage", async () => {
    const result = await run(["report", SALESFORCE, "--as-of", "2024-05-15", "--quota", "600000", "--lang", "en-US"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Coverage");
  });

  test("table language follows LANG", async () => {
    const result = await run(["report", SALESFORCE, "--as-of", "2024-05-15"], { LANG: "zh_CN.UTF-8" });
    expect(result.stdout).toContain("加权预测");
  });

  test("table shows the coverage ratio", async () => {
    const result = await run(["report", SALESFORCE, "--as-of", "2024-05-15", "--quota", "600000", "--lang", "en-US"]);
    // 12.898… with at most two decimals.
    expect(result.stdout).toContain("12.9×");
  });
});

describe("user errors", () => {
  test("missing file exits 2 with one line", async () => {
    const result = await run(["report", path.join(tempDir, "missing.csv")]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("missing.csv");
  });

  test("file without a deals table exits 2", async () => {
    const file = writeTempFile("contacts.csv", "Name,Email\nAnn,ann@example.com\n");
    const result = await run(["report", file]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  test("unknown option exits 2", async () => {
    const result = await run(["report", SALESFORCE, "--bogus", "1"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("--bogus");
  });

  test("invalid as-of date exits 2", async () => {
    const result = await run(["report", SALESFORCE, "--as-of", "2024-13-01"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("2024-13-01");
  });

  test("zero quota exits 2", async () => {
    const result = await run(["report", SALESFORCE, "--quota", "0"]);
    expect(result.code).toBe(2);
  });

  test("unsupported file type exits 2", async () => {
    const result = await run(["report", path.join(tempDir, "deals.pdf")]);
    expect(result.code).toBe(2);
  });

  test("unknown command exits 2", async () => {
    const result = await run(["summarize", SALESFORCE]);
    expect(result.code).toBe(2);
  });

  test("help exits 0 with usage", async () => {
    const result = await run(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("pipeline-health report");
  });
});

describe("--locale", () => {
  // Close dates 6/3/2026 and 5/3/2026: 3 June and 3 May in en-US, 6 and 5 March in en-GB.
  const csv = "Deal ID,Stage,Amount,Close Date\nA-1,Proposal,100000,6/3/2026\nA-2,Negotiation,50000,5/3/2026\n";

  async function periodFigures(locale: string): Promise<{ periodPipeline: number; weightedForecast: number; label: string }> {
    const file = writeTempFile("slash-dates.csv", csv);
    const result = await run(["report", file, "--as-of", "2026-05-15", "--locale", locale, "--format", "json"]);
    const report = JSON.parse(result.stdout);
    return { periodPipeline: report.periodPipeline, weightedForecast: report.weightedForecast, label: report.period.label };
  }

  test("en-US reads June and May, inside Q2", async () => {
    const figures = await periodFigures("en-US");
    expect(figures.label).toBe("2026-Q2");
    // 100,000 + 50,000.
    expect(figures.periodPipeline).toBe(150000);
    // 100,000 × 0.6 (Proposal) + 50,000 × 0.8 (Negotiation).
    expect(figures.weightedForecast).toBeCloseTo(100000, 6);
  });

  test("en-GB reads March, outside Q2", async () => {
    const figures = await periodFigures("en-GB");
    expect(figures.periodPipeline).toBe(0);
    expect(figures.weightedForecast).toBe(0);
  });
});

describe("Chinese CSV files", () => {
  // "商机编号,商机阶段,金额,预计成交日期\nC-1,谈判,1.2万,2026/5/20\nC-2,赢单,30000,2026年4月3日\n"
  // encoded in GB18030, as Excel saves CSV on Chinese Windows.
  const GB18030_CSV =
    "c9ccbbfab1e0bac52cc9ccbbfabdd7b6ce2cbdf0b6ee2cd4a4bcc6b3c9bdbbc8d5c6da0a432d312cccb8c5d02c312e32cdf22c323032362f352f32300a" +
    "432d322cd3aeb5a52c33303030302c32303236c4ea34d4c233c8d50a";

  test("GB18030 file read", async () => {
    const file = path.join(tempDir, "商机.csv");
    writeFileSync(file, Buffer.from(GB18030_CSV, "hex"));
    const result = await run(["report", file, "--as-of", "2026-05-15", "--quota", "60万", "--format", "json"]);
    const report = JSON.parse(result.stdout);
    expect(report.source.columns.stage).toBe("商机阶段");
    // C-1: 1.2万 = 12,000 closing 2026-05-20.
    expect(report.periodPipeline).toBe(12000);
    // C-2: 30,000 won on 2026-04-03.
    expect(report.wonInPeriod).toBe(30000);
    // 12,000 × 0.8 (谈判).
    expect(report.weightedForecast).toBeCloseTo(9600, 6);
    // --quota 60万 = 600,000.
    expect(report.quota).toBe(600000);
    // 12,000 ÷ (600,000 − 30,000).
    expect(report.coverage).toBeCloseTo(12000 / 570000, 9);
  });
});

describe("bin/pipeline-health.mjs", () => {
  test("prints JSON and exits 0", async () => {
    const execFileAsync = promisify(execFile);
    const { stdout } = await execFileAsync(
      process.execPath,
      ["bin/pipeline-health.mjs", "report", SALESFORCE, "--as-of", "2024-05-15", "--quota", "600000", "--format", "json"],
      { cwd: REPO, env: { ...process.env, ...ENGLISH_ENV } },
    );
    const report = JSON.parse(stdout);
    expect(report.periodPipeline).toBeCloseTo(7739077.4, 2);
  }, 30000);
});

describe("--map", () => {
  // "Contract Value" is no known amount header, so the file has a deals table only with --map.
  const csv = "Deal ID,Stage,Contract Value,Owner,Close Date\nA-1,Proposal,100000,Ann,2026-05-20\nA-2,Negotiation,50000,Bob,2026-06-10\n";

  interface MapReport {
    source: { columns: Record<string, string | undefined> };
    openPipeline: number;
  }

  async function json(argv: string[]): Promise<{ result: CliRun; report: MapReport }> {
    const file = writeTempFile("contract-value.csv", csv);
    const result = await run(["report", file, "--as-of", "2026-05-15", "--format", "json", ...argv]);
    const report: MapReport = result.code === 0 ? JSON.parse(result.stdout) : { source: { columns: {} }, openPipeline: NaN };
    return { result, report };
  }

  test("file without an amount header exits 2", async () => {
    const { result } = await json([]);
    expect(result.code).toBe(2);
  });

  test("mapped header read as the amount", async () => {
    const { result, report } = await json(["--map", "amount=Contract Value"]);
    expect(result.code).toBe(0);
    expect(report.source.columns.amount).toBe("Contract Value");
    // 100,000 + 50,000.
    expect(report.openPipeline).toBe(150000);
  });

  test("inline form --map=FIELD=HEADER", async () => {
    const { report } = await json(["--map=amount=Contract Value"]);
    expect(report.source.columns.amount).toBe("Contract Value");
  });

  test("repeated --map and an empty header", async () => {
    const { report } = await json(["--map", "amount=Contract Value", "--map", "owner="]);
    expect(report.source.columns.amount).toBe("Contract Value");
    expect(report.source.columns.owner).toBeUndefined();
  });

  test("field name in any case", async () => {
    const { report } = await json(["--map", "AMOUNT=Contract Value"]);
    expect(report.source.columns.amount).toBe("Contract Value");
  });

  test("unknown field exits 2", async () => {
    const { result } = await json(["--map", "revenue=Contract Value"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--map");
    expect(result.stderr).toContain("revenue=Contract Value");
  });

  test("missing = exits 2", async () => {
    const { result } = await json(["--map", "amount"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("FIELD=HEADER");
  });

  test("header the sheet lacks exits 2", async () => {
    const { result } = await json(["--map", "amount=Contract Value", "--map", "owner=Sales Person"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  test("missing header named with the sheet's headers", async () => {
    const { result } = await json(["--map", "amount=Contract Value", "--map", "owner=Sales Person"]);
    expect(result.stderr).toContain("Sales Person");
    expect(result.stderr).toContain("Deal ID, Stage, Contract Value, Owner, Close Date");
  });

  test("typo without a deals table still names the header", async () => {
    const { result } = await json(["--map", "amount=Contract Valu"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Contract Valu.");
    expect(result.stderr).toContain("Deal ID, Stage, Contract Value, Owner, Close Date");
  });

  test("missing header message in Chinese", async () => {
    const { result } = await json(["--map", "amount=Contract Value", "--map", "owner=销售员", "--lang", "zh-CN"]);
    expect(result.stderr).toContain("找不到 --map owner 指定的表头：销售员");
  });
});

describe("--table", () => {
  test("file without Excel tables exits 2", async () => {
    const file = writeTempFile("plain.csv", "Deal ID,Stage,Amount\nA-1,Lead,100\n");
    const result = await run(["report", file, "--table", "Pipeline"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Pipeline");
    expect(result.stderr).toContain("no Excel tables");
  });
});

describe("help and usage", () => {
  test("report --help prints the options", async () => {
    const result = await run(["report", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("--as-of YYYY-MM-DD");
    expect(result.stdout).toContain("Exit codes: 0 done, 2 invalid input");
    expect(result.stderr).toBe("");
  });

  test("help in Chinese", async () => {
    const result = await run(["--help"], { LANG: "zh_CN.UTF-8" });
    expect(result.stdout).toContain("退出码");
  });

  test("no command prints usage on stderr", async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^Usage: pipeline-health report FILE/);
  });

  test("option without value is reported", async () => {
    const result = await run(["report", SALESFORCE, "--as-of"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("pipeline-health: Missing value for --as-of. Write it after the option, as in --as-of VALUE.\n");
  });

  test("option followed by another option is reported", async () => {
    const result = await run(["report", SALESFORCE, "--as-of", "--format", "json"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Missing value for --as-of");
  });

  test("damaged xlsx gets a plain reason", async () => {
    const damaged = path.join(tempDir, "damaged.xlsx");
    writeFileSync(damaged, "this is not a zip archive");
    const result = await run(["report", damaged]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("it is not a valid .xlsx workbook");
    expect(result.stderr).not.toContain("jszip");
  });
});

describe("quotas from a second file", () => {
  const D365 = path.resolve(__dirname, "../../../shared/data/real/d365-contoso-coffee");

  test("Dynamics 365 goals give the quarter's team quota", async () => {
    const result = await run(["report", path.join(D365, "Opportunity.csv"), "--quotas", path.join(D365, "Goal.csv"), "--as-of", "2025-09-30", "--format", "json"]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    // Goal.csv: "Sales Team Q3 FY2025" has no parent goal and targets "$8,400,000.00 " for 7/1/2025-9/30/2025.
    expect(report.quota).toBe(8400000);
    expect(report.quotaBasis).toBe("sum");
    // 13,315,072.25 ÷ (8,400,000 − 152,224.04) = 13,315,072.25 ÷ 8,247,775.96 = 1.6143834
    expect(report.coverage).toBeCloseTo(1.6143834, 6);
  });

  test("missing quotas file exits 2", async () => {
    const result = await run(["report", SALESFORCE, "--quotas", path.join(tempDir, "nope.csv")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("File not found");
  });
});

describe("mistakes a new user makes", () => {
  const REAL = path.resolve(__dirname, "../../../shared/data/real");

  test("sheet without deals is named", async () => {
    const result = await run(["report", path.join(REAL, "superstore-pipeline-xlsx/Sales Pipeline.xlsx"), "--sheet", "Pivot"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("pipeline-health: Sheet “Pivot” has no deals table: no header row with an amount column and a stage or status column. Sheets with one: Sales Pipeline, Sales Lead_Stage\n");
  });

  test("quotas file without a quota table is rejected", async () => {
    const result = await run(["report", SALESFORCE, "--quotas", path.join(REAL, "maven-crm/accounts.csv")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("No quota table found in");
  });

  test("second file argument is rejected", async () => {
    const result = await run(["report", SALESFORCE, path.join(REAL, "d365-contoso-coffee/Goal.csv")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Unexpected argument");
    expect(result.stderr).toContain("--quotas FILE");
  });

  test("invalid option value explained in Chinese", async () => {
    const result = await run(["report", SALESFORCE, "--as-of", "x"], { LANG: "zh_CN.UTF-8" });
    expect(result.stderr).toBe("pipeline-health: --as-of 的值无效：x。应为日期 YYYY-MM-DD。\n");
  });

  test("repeated ids get a hint", async () => {
    const result = await run(["report", path.join(REAL, "ptv-revops-xlsx/opportunities.xlsx"), "--as-of", "2026-01-20"]);
    expect(result.stdout).toContain("786 rows share a deal id with a later row and are left out. If they are lines of one deal, add --map id= to count every row.");
  });
});

describe("folder as FILE", () => {
  test("named as a folder, exit 2", async () => {
    const folder = path.join(tempDir, "exports.csv");
    mkdirSync(folder);
    const result = await run(["report", folder]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${folder} is a folder: name a .xlsx or .csv file inside it.`);
  });
});

describe("negative amounts", () => {
  test("listed and counted in the pipeline", async () => {
    const file = writeTempFile("negative.csv", ["Deal ID,Stage,Amount,Close Date", "A-1,Proposal,5000,2026-05-01", "A-2,Proposal,\"(1,200)\",2026-05-02"].join("\n"));
    const json = JSON.parse((await run(["report", file, "--as-of", "2026-04-15", "--format", "json"])).stdout);
    // 5,000 − 1,200: the negative amount counts, as the issue line states.
    expect(json.openPipeline).toBe(3800);

    const text = await run(["report", file, "--as-of", "2026-04-15"]);
    expect(text.stdout).toContain("Amount is negative, and still counts in the totals");
  });
});

describe("plan command", () => {
  const DEMO = path.resolve(__dirname, "../../assets/demo-pipeline.xlsx");

  test("plan grows the last twelve months' sales", async () => {
    const result = await run(["plan", DEMO, "--as-of", "2026-12-01", "--growth", "15%", "--format", "json"]);
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout);
    // The demo's 60 won deals all close in 2026 before December: 18,052,000 (its own test sums the generated rows).
    expect(plan.basis.total).toBe(18052000);
    // 18,052,000 × 1.15 = 20,759,800.
    expect(plan.plan.plan).toBe(20759800);
    // Owner quotas add up to the plan × 1.1 = 22,835,780.
    expect(plan.plan.ownerTotal).toBe(22835780);
    expect(plan.year).toEqual({ label: "2027", start: "2027-01-01", end: "2027-12-31" });
  });

  test("months sum to the plan", async () => {
    const result = await run(["plan", DEMO, "--as-of", "2026-12-01", "--growth", "0.15", "--format", "json"]);
    const plan = JSON.parse(result.stdout);
    const sum = plan.plan.byPeriod.reduce((total: number, part: { amount: number }) => total + part.amount, 0);
    expect(plan.plan.byPeriod).toHaveLength(12);
    expect(sum).toBeCloseTo(20759800, 0);
  });

  test("table names the months", async () => {
    const result = await run(["plan", DEMO, "--as-of", "2026-12-01", "--growth", "0.15"]);
    expect(result.stdout).toContain("Quota plan for 2027");
    expect(result.stdout).toContain("2027-01");
  });

  test("missing growth exits 2", async () => {
    const result = await run(["plan", DEMO]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Missing --growth");
  });

  test.each(["xx_YY!!", "12345", ""])("invalid locale %j exits 2", async (locale) => {
    const result = await run(["plan", DEMO, "--growth", "15%", "--locale", locale]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Expected a locale tag such as de-DE or en_GB");
  });

  test("POSIX locale accepted", async () => {
    const result = await run(["plan", DEMO, "--as-of", "2026-12-01", "--growth", "15%", "--locale", "en_GB"]);
    expect(result.code).toBe(0);
  });

  test("invalid growth exits 2", async () => {
    const result = await run(["plan", DEMO, "--growth", "lots"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("a rate such as 0.15 or 15%");
  });

  test.each([
    [["--growth", "-150%"], "Invalid value for --growth: -150%. Expected a rate of -100% or more"],
    [["--growth", "-60%", "--uplift", "-50%"], "Invalid value for --uplift: -50%. Expected a rate that keeps growth plus uplift at -100% or more"],
    [["--growth", "10%", "--over-allocation", "-0.2"], "Invalid value for --over-allocation: -20%. Expected a rate of 0% or more"],
  ])("rejected rate %j exits 2", async (rates, message) => {
    const result = await run(["plan", DEMO, "--as-of", "2026-12-01", ...rates]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(message);
  });

  test("won deals left out are named", async () => {
    const file = writeTempFile(
      "plan-left-out.csv",
      ["Deal ID,Stage,Amount,Close Date", "W-1,Closed Won,abc,2026-01-10", "W-2,Closed Won,1000,2026-01-20", "W-3,Closed Won,500,2026-02-30"].join("\n"),
    );
    const result = await run(["plan", file, "--growth", "10%", "--as-of", "2026-03-01"]);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain("1 won deal of those months has no readable amount and is left out of the basis.");
    expect(result.stdout).toContain("1 won deal has no close date and is left out of the basis.");
    // The two unreadable cells are listed with their locations, as the report lists them.
    expect(result.stdout).toContain("Data issues (2)");
    expect(result.stdout).toContain("plan-left-out!C2 “abc”");
    expect(result.stdout).toContain("plan-left-out!D4 “2026-02-30”");
    // Without an owner column there is no owner split, and no problem about owners.
    expect(result.stdout).not.toContain("Cannot plan");
  });

  test("plan without recent wins warns", async () => {
    const file = writeTempFile("plan-no-wins.csv", ["Deal ID,Stage,Amount,Close Date", "W-1,Closed Won,800,2024-01-10", "A-1,Proposal,500,2026-06-01"].join("\n"));
    const result = await run(["plan", file, "--growth", "10%", "--as-of", "2026-03-01"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Warning: no won deal closed from 2025-03-02 to 2026-03-01, so the plan is 0.");
  });

  test("won deals without an owner stay out of the split", async () => {
    const file = writeTempFile(
      "plan-unassigned.csv",
      ["Deal ID,Owner,Stage,Amount,Close Date", "W-1,Ann,Closed Won,600,2026-01-10", "W-2,Bob,Closed Won,400,2026-01-20", "W-3,,Closed Won,250,2026-02-01"].join("\n"),
    );
    const result = await run(["plan", file, "--growth", "0", "--over-allocation", "0", "--as-of", "2026-03-01", "--format", "json"]);
    const plan = JSON.parse(result.stdout);

    expect(result.code).toBe(0);
    // The plan grows all 1,250 won; the owners share it by their 600 and 400.
    expect(plan.plan.plan).toBe(1250);
    expect(plan.plan.byOwner.map((owner: { owner: string; quota: number }) => [owner.owner, owner.quota])).toEqual([
      ["Ann", 750],
      ["Bob", 500],
    ]);
    expect(plan.basis.unassigned).toBe(250);
    expect(plan.plan.problems).toEqual([]);

    const text = await run(["plan", file, "--growth", "0", "--over-allocation", "0", "--as-of", "2026-03-01"]);
    expect(text.stdout).toContain("Won deals without an owner (250) count in the plan but in no owner's share.");
  });

  test.each([
    ["month", "en-US", "Months weighted by the last twelve months' sales."],
    ["quarter", "en-US", "Quarters weighted by the last twelve months' sales."],
    ["quarter", "zh-CN", "按最近十二个月的销售额给各季度加权。"],
  ])("weighting line names the %s split in %s", async (split, language, line) => {
    const result = await run(["plan", DEMO, "--as-of", "2026-12-01", "--growth", "15%", "--split", split, "--lang", language]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(line);
  });

  test("rejected rate message in Chinese", async () => {
    const result = await run(["plan", DEMO, "--as-of", "2026-12-01", "--growth", "-150%", "--lang", "zh-CN"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--growth 的值无效：-150%。应为不低于 -100% 的比率");
  });
});

describe("report copy", () => {
  test("--out writes the workbook with the report sheets", async () => {
    const out = path.join(tempDir, "copy.xlsx");
    const result = await run(["report", SALESFORCE, "--as-of", "2024-05-15", "--out", out, "--format", "json"]);
    expect(result.code).toBe(0);
    const { readWorkbookFile } = await import("../../src/workbook/file/read-file");
    const { readFileSync } = await import("node:fs");
    const copy = await readWorkbookFile(new Uint8Array(readFileSync(out)), out);
    expect(copy.sheets.map((sheet) => sheet.name)).toEqual(["Opportunity", "Pipeline Health", "Weekly Review", "Data Quality"]);
    // The copy reads back to the same deals: the report sheets are not taken for the deals table.
    const again = await run(["report", out, "--as-of", "2024-05-15", "--format", "json"]);
    expect(JSON.parse(again.stdout).openPipeline).toBe(30002070.5);
  });

  test("--out never replaces a file", async () => {
    const out = path.join(tempDir, "taken.xlsx");
    writeFileSync(out, "keep me");
    const result = await run(["report", SALESFORCE, "--out", out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("already exists");
    expect((await import("node:fs")).readFileSync(out, "utf8")).toBe("keep me");
  });
});
