/**
 * The JavaScript each page loads, gzipped: the task pane in Excel (taskpane.html loads the
 * taskpane and functions entry chunks) and the preview page. Builds with webpack in
 * production mode into a temporary folder, so no build output lands in the work tree.
 *
 * The pages' own script tags decide which files count. Office.js, which Excel pages load
 * from Microsoft's CDN, is left out because the add-in does not ship it.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { formatCount, type BenchRow } from "./results";

/** Pages measured, with the table's label. */
const PAGES = [
  { id: "size.taskpane", page: "taskpane.html", label: "task pane in Excel (taskpane + functions)" },
  { id: "size.preview", page: "preview.html", label: "preview page" },
] as const;

export interface PageSize {
  page: string;
  scripts: string[];
  rawBytes: number;
  /** Bytes after gzip at zlib's default level 6, the level of the gzip command and of most web servers. */
  gzipBytes: number;
}

export interface BundleSizes {
  rows: BenchRow[];
  pages: PageSize[];
  buildMs: number;
}

/** Builds the add-in and measures each page's scripts. A failed build gives rows with the error and no size. */
export function measureBundleSizes(repositoryRoot: string): BundleSizes {
  const outputPath = mkdtempSync(join(tmpdir(), "pipeline-health-bench-"));
  try {
    const started = process.hrtime.bigint();
    const build = spawnSync(join(repositoryRoot, "node_modules", ".bin", "webpack"), ["--mode", "production", "--output-path", outputPath], {
      cwd: repositoryRoot,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    const buildMs = Number(process.hrtime.bigint() - started) / 1e6;
    if (build.status !== 0) {
      const reason = build.error?.message ?? lastLines(`${build.stdout}\n${build.stderr}`, 3);
      return { rows: PAGES.map((page) => sizeRow(page, null, `webpack build failed: ${reason}`)), pages: [], buildMs };
    }

    const pages = PAGES.map((page) => measurePage(outputPath, page.page));
    const rows = PAGES.map((page, index) => sizeRow(page, pages[index], ""));
    return { rows, pages, buildMs };
  } finally {
    rmSync(outputPath, { recursive: true, force: true });
  }
}

function measurePage(outputPath: string, page: string): PageSize {
  const html = readFileSync(join(outputPath, page), "utf8");
  const scripts = localScripts(html);
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const script of scripts) {
    const bytes = readFileSync(join(outputPath, script));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes).length;
  }
  return { page, scripts, rawBytes, gzipBytes };
}

/** Sources of the page's script tags that are files of the build, not addresses on another host. */
export function localScripts(html: string): string[] {
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)].map((match) => match[1]);
  return sources.filter((source) => !/^[a-z]+:\/\//i.test(source) && !source.startsWith("//")).map((source) => source.replace(/^\.?\//, ""));
}

function sizeRow(page: (typeof PAGES)[number], size: PageSize | null, problem: string): BenchRow {
  const note = size ? `${formatCount(size.gzipBytes)} B gzip, ${formatCount(size.rawBytes)} B raw: ${size.scripts.join(", ")}` : problem;
  return { id: page.id, section: "size", measure: `JavaScript of the ${page.label}`, scale: "gzip", medianMs: null, runs: 0, note };
}

function lastLines(text: string, count: number): string {
  return text.trim().split("\n").slice(-count).join(" | ");
}
