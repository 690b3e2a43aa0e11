#!/usr/bin/env node
// Runs the TypeScript command line through tsx, so that `npx pipeline-health` works right
// after `npm ci` without a build step.
import { tsImport } from "tsx/esm/api";

const { runCli } = await tsImport("../src/cli/main.ts", import.meta.url);
const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
});
process.exitCode = code;
