/**
 * Starts `npm start`'s server (scripts/start.mjs) on a free port and returns the preview
 * address once the first build is served.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export interface PreviewServer {
  previewUrl: string;
  stop: () => Promise<void>;
}

const ROOT = path.resolve(__dirname, "../..");

export function startPreviewServer(timeoutMs = 150_000): Promise<PreviewServer> {
  const child: ChildProcess = spawn(process.execPath, ["scripts/start.mjs", "--port", "0", "--mode", "development"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, BROWSER: "none" },
  });
  let output = "";

  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`preview server did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Preview \(open in a browser\): (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ previewUrl: match[1], stop });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`preview server exited with code ${code}:\n${output}`));
    });
  });
}

/** Chromium flags for a headless run on a machine with no network but loopback. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
];

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
