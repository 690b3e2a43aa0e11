/**
 * End to end: `npm start`'s server, the preview in Debian's Chromium, a real CRM export
 * opened through the page's file picker, and the figures read off the screen.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH, startPreviewServer, type PreviewServer } from "./preview-server";

const REAL_DATA = path.resolve(__dirname, "../../../shared/data/real");
const SCREENSHOTS = path.resolve(__dirname, "../../test-output");

// Each step waits on a real browser; testTimeout is a global option, so it is set here.
jest.setTimeout(120_000);

let server: PreviewServer;
let browser: Browser;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startPreviewServer();
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on("request", (request) => requests.push(request.url()));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function figure(id: string): Promise<string> {
  return (await page.getByTestId(`value-${id}`).innerText()).trim();
}

test("preview opens the demo workbook", async () => {
  await page.goto(`${server.previewUrl}?lang=en-US&asOf=2026-12-01`);
  await page.getByTestId("value-deals").waitFor({ timeout: 60_000 });

  expect(await page.getByTestId("file-name").innerText()).toBe("demo-pipeline.xlsx");
  expect(await page.getByRole("tab").first().innerText()).toBe("商机");
  // The demo's own test sums its generated rows in plain code: 230 deals, 29,243,000 open,
  // 7,355,000 closing in 2026-Q4 and 3,216,000 won there against a quota of 6,000,000.
  expect(await figure("deals")).toBe("230");
  expect(await figure("openPipeline")).toBe("29,243,000");
  expect(await figure("periodPipeline")).toBe("7,355,000");
  expect(await figure("wonInPeriod")).toBe("3,216,000");
  expect(await figure("quota")).toBe("6,000,000");
  // 7,355,000 ÷ (6,000,000 − 3,216,000) = 2.6418…
  expect(await figure("coverage")).toContain("2.64×");
  expect(await figure("weightedForecast")).toBe("3,601,350");
  await page.screenshot({ path: path.join(SCREENSHOTS, "preview-demo.png") });
});

test("preview shows a Salesforce export's figures", async () => {
  await page.goto(`${server.previewUrl}?lang=en-US&asOf=2024-05-15`);
  await page.getByTestId("value-deals").waitFor({ timeout: 60_000 });

  await page.getByTestId("open-file").setInputFiles(path.join(REAL_DATA, "salesforce-bulk-export/Opportunity.csv"));
  await page.getByTestId("file-name").filter({ hasText: "Opportunity.csv" }).waitFor();
  await page.getByTestId("value-deals").filter({ hasText: /^50$/ }).waitFor();

  // Reference figures from an independent Python reading of the same file.
  expect(await figure("openPipeline")).toBe("30,002,070.50");
  expect(await figure("wonTotal")).toBe("10,542,562.98");
  expect(await figure("periodPipeline")).toBe("7,739,077.40");
  expect(await figure("wonInPeriod")).toBe("0");
  expect(await figure("weightedForecast")).toBe("255,762.15");
  expect(await page.getByTestId("figure-deals").innerText()).toContain("Open 35 · Won 12 · Lost 3 · Deferred 0");

  // 7,739,077.4 ÷ (600,000 − 0) = 12.898…, shown with two decimals.
  await page.getByLabel("Quota (optional)").fill("600000");
  await page.getByTestId("value-coverage").filter({ hasText: "12.9×" }).waitFor();
  expect(await figure("quota")).toBe("600,000");
});

test("preview writes the report sheet", async () => {
  await page.getByRole("button", { name: "Write report sheets" }).click();
  await page.getByText("Report written to the sheets “Pipeline Health”, “Weekly Review”, “Data Quality”.").waitFor();
  await page.getByRole("tab", { name: "Pipeline Health" }).click();
  await page.getByRole("cell", { name: "Weighted forecast" }).first().waitFor();

  await page.screenshot({ path: path.join(SCREENSHOTS, "preview-salesforce.png") });
});

test("preview switches to Chinese", async () => {
  await page.getByLabel("Language").selectOption("zh-CN");
  // The health section names a dimension 覆盖率 as well, so the wait looks inside the headline figure.
  await page.getByTestId("figure-coverage").getByText("覆盖率", { exact: true }).waitFor();
  expect(await page.getByText("加权预测", { exact: true }).count()).toBeGreaterThan(0);
  await page.screenshot({ path: path.join(SCREENSHOTS, "preview-zh-CN.png") });
});

test("preview counts line items after unmapping the id", async () => {
  await page.goto(`${server.previewUrl}?lang=en-US&asOf=2026-01-20`);
  await page.getByTestId("value-deals").waitFor({ timeout: 60_000 });
  await page.getByTestId("open-file").setInputFiles(path.join(REAL_DATA, "ptv-revops-xlsx/opportunities.xlsx"));
  await page.getByTestId("file-name").filter({ hasText: "opportunities.xlsx" }).waitFor();

  // 2,621 rows share 1,835 ids, so 786 earlier rows are left out and the pane says so.
  await page.getByTestId("value-deals").filter({ hasText: "1,835" }).waitFor();
  await page.getByText(/^786 rows share a deal id/).waitFor();

  await page.getByRole("button", { name: "Columns" }).click();
  await page.getByLabel("Deal ID", { exact: true }).selectOption("");
  await page.getByTestId("value-deals").filter({ hasText: "2,621" }).waitFor();
  // Σ ACV over the 503 rows with Status "Open", summed independently with Python over the same cells.
  expect(await figure("openPipeline")).toBe("99,396,000");
});

test("preview rates the demo's health", async () => {
  await page.goto(`${server.previewUrl}?lang=en-US&asOf=2026-12-01`);
  await page.getByTestId("health-overall").waitFor({ timeout: 60_000 });

  expect(["Good", "Watch", "Risk"]).toContain((await page.getByTestId("health-overall").innerText()).trim());
});

test("preview ranks top deals by weighted amount", async () => {
  const table = page.getByTestId("top-deals");
  const headers = (await table.locator("thead th").allInnerTexts()).map((text) => text.trim());
  const weightedColumn = headers.indexOf("Weighted");
  expect(weightedColumn).toBeGreaterThanOrEqual(0);

  const rows = table.locator("tbody tr");
  const rowCount = await rows.count();
  expect(rowCount).toBeGreaterThan(0);
  expect(rowCount).toBeLessThanOrEqual(20);

  const weighted: number[] = [];
  for (let index = 0; index < rowCount; index++) {
    const text = await rows.nth(index).locator("td").nth(weightedColumn).innerText();
    weighted.push(Number(text.trim().replace(/,/g, "")));
  }
  expect(weighted.every(Number.isFinite)).toBe(true);
  expect(weighted[0]).toBe(Math.max(...weighted));
  expect(weighted).toEqual([...weighted].sort((a, b) => b - a));

  // A viewport taller than the pane shows the whole pane in one picture, and the usual size is restored after it.
  await page.setViewportSize({ width: 1400, height: 4000 });
  await page.locator("aside").screenshot({ path: path.join(SCREENSHOTS, "preview-pane-en-US.png") });
  await page.setViewportSize({ width: 1400, height: 900 });
});

test("preview shows health in Chinese", async () => {
  await page.getByLabel("Language").selectOption("zh-CN");
  await page.getByRole("heading", { name: "健康状况" }).waitFor();

  expect(["良好", "关注", "风险"]).toContain((await page.getByTestId("health-overall").innerText()).trim());
});

test("preview makes no request outside localhost", () => {
  const outside = requests.filter((url) => !/^(https?:\/\/localhost[:/]|data:|blob:)/.test(url));
  expect(outside).toEqual([]);
});
