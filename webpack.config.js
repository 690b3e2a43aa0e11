/* Builds three pages from one source tree:
 * - taskpane.html: the Excel task pane, which in the shared runtime also runs the custom functions;
 * - functions.js + functions.json (+ functions-zh-cn.json): the custom functions and their metadata;
 * - preview.html: the same task pane beside a read-only grid of a file, for any browser without Excel.
 */
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const FUNCTIONS_SOURCE = "./src/functions/functions.ts";

/** Content security policy: scripts from this origin (and office.js from Microsoft's CDN in Excel), no outgoing connections. */
function contentSecurityPolicy({ officeJs }) {
  const scripts = officeJs ? "'self' https://appsforoffice.microsoft.com" : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

module.exports = async (env, argv) => {
  const production = argv.mode !== "development";
  // Emits functions-zh-cn.json from functions.json and the translation table, and fails the build when a translation is missing.
  const { LocalizedMetadataPlugin } = await import("./scripts/functions-metadata.mjs");
  return {
    // No eval-based source maps: the content security policy forbids eval.
    devtool: production ? "source-map" : "cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: FUNCTIONS_SOURCE,
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // exceljs's main entry needs Node's streams; its browser build does not.
      alias: { exceljs$: path.resolve(__dirname, "node_modules/exceljs/dist/exceljs.min.js") },
    },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }),
      new LocalizedMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
        templateParameters: { csp: contentSecurityPolicy({ officeJs: true }) },
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
        templateParameters: { csp: contentSecurityPolicy({ officeJs: false }) },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "assets/demo-pipeline.xlsx", to: "assets/demo-pipeline.xlsx", noErrorOnMissing: true },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
  };
};
