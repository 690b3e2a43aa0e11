#!/usr/bin/env node
/**
 * `npm start`: builds the add-in and serves it on localhost with the preview page, the
 * main way to try Pipeline Health without Excel. office-addin-debugging cannot sideload on
 * Linux, so this is our own server; Windows and Mac users sideload with `npm run start:desktop`.
 *
 * Protocol: HTTPS with the certificate of office-addin-dev-certs when it is installed
 * (Excel requires HTTPS), otherwise plain HTTP, which is enough for the preview.
 * Options: --port N (default 3000; 0 picks a free port), --mode development|production.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";

const require = createRequire(import.meta.url);
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index >= 0 && process.argv[index + 1] !== undefined ? process.argv[index + 1] : fallback;
}

const port = Number(option("--port", process.env.PORT ?? "3000"));
const mode = option("--mode", "development");
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid --port: ${option("--port", "")}. Expected a number from 0 to 65535.`);
  process.exit(2);
}
if (mode !== "development" && mode !== "production") {
  console.error(`Invalid --mode: ${mode}. Expected development or production.`);
  process.exit(2);
}

const certificateDirectory = path.join(homedir(), ".office-addin-dev-certs");
const certificate = path.join(certificateDirectory, "localhost.crt");
const key = path.join(certificateDirectory, "localhost.key");
const https = existsSync(certificate) && existsSync(key);
const server = https ? { type: "https", options: { cert: readFileSync(certificate), key: readFileSync(key) } } : { type: "http" };

const config = await require(path.join(root, "webpack.config.js"))({}, { mode });
config.mode = mode;
config.stats = "errors-warnings";
const compiler = webpack(config);

const devServer = new WebpackDevServer(
  {
    host: "localhost",
    port,
    server,
    static: false,
    hot: false,
    liveReload: false,
    client: false,
    open: false,
    headers: { "Access-Control-Allow-Origin": "*" },
    devMiddleware: { writeToDisk: false, stats: "errors-warnings" },
  },
  compiler,
);

let announced = false;
compiler.hooks.done.tap("pipeline-health-start", (stats) => {
  if (stats.hasErrors()) {
    console.error(stats.toString({ all: false, errors: true, colors: false }));
    return;
  }
  if (announced) return;
  announced = true;
  const address = devServer.server.address();
  const base = `${https ? "https" : "http"}://localhost:${address.port}`;
  console.log(`Pipeline Health is served at ${base}`);
  console.log(`Preview (open in a browser): ${base}/preview.html`);
  console.log(`Excel task pane: ${base}/taskpane.html (Excel needs HTTPS: run \`npx office-addin-dev-certs install\`, then \`npm run start:desktop\` on Windows or Mac)`);
});

await devServer.start();

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    devServer.stop().finally(() => process.exit(0));
  });
}
