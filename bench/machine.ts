/**
 * The machine and the package versions behind a run, for bench/results.json and the table's heading.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, release, totalmem } from "node:os";
import { join } from "node:path";

export interface MachineDescription {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
}

export function describeMachine(): MachineDescription {
  const processors = cpus();
  return {
    cpu: processors[0]?.model.trim() ?? "unknown",
    cores: processors.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${process.platform} ${release()}`,
    node: process.version,
  };
}

/** Returns the commit of the checkout and whether its src/ folder has uncommitted changes, or null where git cannot tell. */
export function describeSource(repositoryRoot: string): { commit: string; uncommittedChangesInSrc: boolean } | null {
  const git = (...args: string[]) => spawnSync("git", args, { cwd: repositoryRoot, encoding: "utf8" });
  const head = git("rev-parse", "HEAD");
  const status = git("status", "--porcelain", "--", "src");
  if (head.status !== 0 || status.status !== 0) return null;
  return { commit: head.stdout.trim(), uncommittedChangesInSrc: status.stdout.trim() !== "" };
}

/** Reads the version of an installed package from its package.json under node_modules, or returns "unknown" when it cannot. */
export function installedVersion(repositoryRoot: string, name: string): string {
  try {
    const manifest = JSON.parse(readFileSync(join(repositoryRoot, "node_modules", name, "package.json"), "utf8")) as { version?: unknown };
    return typeof manifest.version === "string" ? manifest.version : "unknown";
  } catch {
    return "unknown";
  }
}
