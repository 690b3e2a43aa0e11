import { readFileSync } from "node:fs";
import * as path from "node:path";

// manifest-check is CommonJS, because jest with ts-jest cannot load an .mjs module without an
// ESM transform. The cast gives the test the function's type without a declaration file.
const { checkManifest } = require("../../scripts/manifest-check.cjs") as {
  checkManifest: (xmlText: string) => string[];
};

const manifest = readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");

/** Returns a copy of manifest.xml with `search` replaced, and throws when `search` matches nothing. */
function edit(search: string | RegExp, replacement: string): string {
  const edited = manifest.replace(search, replacement);
  if (edited === manifest) {
    throw new Error(`manifest.xml does not contain ${String(search)}, so the test edit had no effect.`);
  }
  return edited;
}

const taskpaneUrlResource = '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html" />';
const commandsUrlResource = '<bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/commands.html" />';

describe("checkManifest", () => {
  test("manifest.xml has no problems", () => {
    expect(checkManifest(manifest)).toEqual([]);
  });

  test("FunctionFile resid mismatch rejected", () => {
    // Commands.Url exists as a resource, so the only fault is the differing resid.
    const xml = edit('<FunctionFile resid="Taskpane.Url" />', '<FunctionFile resid="Commands.Url" />').replace(
      taskpaneUrlResource,
      `${taskpaneUrlResource}\n${commandsUrlResource}`,
    );

    const problems = checkManifest(xml);

    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('<FunctionFile resid="Commands.Url">');
    expect(problems[0]).toContain('differs from the Runtime resid "Taskpane.Url"');
  });

  test("Page resid mismatch rejected", () => {
    const xml = edit(
      /<Page>\s*<SourceLocation resid="Taskpane.Url" \/>/,
      '<Page><SourceLocation resid="Functions.Script.Url" />',
    );

    const problems = checkManifest(xml);

    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("custom functions Page");
    expect(problems[0]).toContain('resid "Functions.Script.Url"');
  });

  test("task pane resid mismatch rejected", () => {
    const xml = edit(
      /(<TaskpaneId>ButtonId1<\/TaskpaneId>\s*)<SourceLocation resid="Taskpane.Url" \/>/,
      '$1<SourceLocation resid="Commands.Url" />',
    ).replace(taskpaneUrlResource, `${taskpaneUrlResource}\n${commandsUrlResource}`);

    const problems = checkManifest(xml);

    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("task pane SourceLocation");
    expect(problems[0]).toContain('resid "Commands.Url"');
  });

  test("http URL rejected", () => {
    const xml = edit(
      'DefaultValue="https://localhost:3000/functions.js"',
      'DefaultValue="http://localhost:3000/functions.js"',
    );

    const problems = checkManifest(xml);

    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('<bt:Url id="Functions.Script.Url">');
    expect(problems[0]).toContain("is not an https URL");
  });

  test("http URL in Override rejected", () => {
    const xml = edit(
      'Value="https://localhost:3000/functions-zh-cn.json"',
      'Value="http://localhost:3000/functions-zh-cn.json"',
    );

    const problems = checkManifest(xml);

    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('<bt:Override Locale="zh-cn">');
    expect(problems[0]).toContain("is not an https URL");
  });

  test("missing zh-cn Override rejected", () => {
    const xml = edit('<bt:Override Locale="zh-cn" Value="销售管道" />', "");

    const problems = checkManifest(xml);

    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('<bt:String id="CommandsGroup.Label">');
    expect(problems[0]).toContain('no Override with Locale="zh-cn"');
  });

  test("missing DisplayName Override rejected", () => {
    const xml = edit('<Override Locale="zh-cn" Value="销售管道健康" />', "");

    const problems = checkManifest(xml);

    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("<DisplayName>");
    expect(problems[0]).toContain('no Override with Locale="zh-cn"');
  });

  test("Runtimes not first rejected", () => {
    const xml = edit(
      /(<Runtimes>[\s\S]*?<\/Runtimes>)(\s*)(<AllFormFactors>[\s\S]*?<\/AllFormFactors>)/,
      "$3$2$1",
    );

    const problems = checkManifest(xml);

    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("<Runtimes> must be the first child of <Host>");
    expect(problems[0]).toContain("<AllFormFactors> comes first");
  });

  test("missing Runtimes rejected", () => {
    const xml = edit(/<Runtimes>[\s\S]*?<\/Runtimes>/, "");

    const problems = checkManifest(xml);

    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("<Runtimes> is missing");
  });

  test("short lifetime rejected", () => {
    const xml = edit('lifetime="long"', 'lifetime="short"');

    const problems = checkManifest(xml);

    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('<Runtime resid="Taskpane.Url">');
    expect(problems[0]).toContain('lifetime is "short"');
  });

  test("unresolved resid rejected", () => {
    const xml = edit('<Label resid="CommandsGroup.Label" />', '<Label resid="Group.Missing" />');

    const problems = checkManifest(xml);

    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('<Label resid="Group.Missing">');
    expect(problems[0]).toContain('resid "Group.Missing" does not match the id of any');
  });

  test("resid of wrong kind rejected", () => {
    const xml = edit('<Label resid="CommandsGroup.Label" />', '<Label resid="Taskpane.Url" />');

    const problems = checkManifest(xml);

    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('<Label resid="Taskpane.Url">');
    expect(problems[0]).toContain("names a bt:Url");
  });

  test("short string over 125 rejected", () => {
    const xml = edit('DefaultValue="Sales Pipeline"', `DefaultValue="${"x".repeat(126)}"`);

    const problems = checkManifest(xml);

    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('<bt:String id="CommandsGroup.Label">');
    expect(problems[0]).toContain("126 characters long, the maximum is 125");
  });

  test("short string of 125 accepted", () => {
    const xml = edit('DefaultValue="Sales Pipeline"', `DefaultValue="${"x".repeat(125)}"`);

    expect(checkManifest(xml)).toEqual([]);
  });

  test("long string over 250 rejected", () => {
    const xml = edit(/(<bt:String id="TaskpaneButton.Tooltip" DefaultValue=")[^"]*"/, `$1${"x".repeat(251)}"`);

    const problems = checkManifest(xml);

    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('<bt:String id="TaskpaneButton.Tooltip">');
    expect(problems[0]).toContain("251 characters long, the maximum is 250");
  });

  test("DisplayName over 125 rejected", () => {
    const xml = edit('<DisplayName DefaultValue="Pipeline Health">', `<DisplayName DefaultValue="${"x".repeat(126)}">`);

    const problems = checkManifest(xml);

    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("<DisplayName>");
    expect(problems[0]).toContain("126 characters long, the maximum is 125");
  });

  test("resource id over 32 rejected", () => {
    const longId = "GetStarted.Title.ThatIsTooLong.X"; // 32 characters
    const xml = edit(/GetStarted\.Title/g, `${longId}Y`);

    const problems = checkManifest(xml);

    expect(longId).toHaveLength(32);
    expect(problems).toHaveLength(2);
    expect(problems.some((problem) => problem.includes(`<Title resid="${longId}Y">`))).toBe(true);
    expect(problems.some((problem) => problem.includes(`<bt:String id="${longId}Y">`))).toBe(true);
    for (const problem of problems) {
      expect(problem).toContain("33 characters long, the maximum is 32");
    }
  });

  test("duplicate resource id rejected", () => {
    const xml = edit(taskpaneUrlResource, `${taskpaneUrlResource}\n${taskpaneUrlResource}`);

    const problems = checkManifest(xml);

    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('id "Taskpane.Url" is already used');
  });

  test("missing SharedRuntime set rejected", () => {
    const xml = edit('<Set Name="SharedRuntime" MinVersion="1.1" />', "");

    const problems = checkManifest(xml);

    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('<Set Name="SharedRuntime"');
  });

  test("malformed XML rejected with line", () => {
    const xml = edit("</Hosts>", "");

    const problems = checkManifest(xml);

    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^The manifest is not well-formed XML: line \d+, column \d+: /);
  });

  test("problem names its line", () => {
    const xml = edit('<FunctionFile resid="Taskpane.Url" />', '<FunctionFile resid="Missing.Url" />');
    const line = xml.split("\n").findIndex((text) => text.includes('<FunctionFile resid="Missing.Url" />')) + 1;

    const problems = checkManifest(xml);

    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem.startsWith(`line ${line} <FunctionFile resid="Missing.Url">`)).toBe(true);
    }
  });
});
