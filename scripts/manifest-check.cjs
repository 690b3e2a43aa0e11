// Structural checks for the add-in's XML manifest that run offline.
//
// `office-addin-manifest validate` (3.0.0) posts the manifest to a Microsoft web service, and no
// installed package ships the manifest's XML schemas. These checks cover, without a schema, the
// mistakes that break a shared-runtime add-in: unresolved resids, a Runtime that differs from
// the Page, FunctionFile or task pane page, http URLs, over-long strings and missing zh-cn
// translations.
//
// Limits follow Microsoft's manifest reference (learn.microsoft.com/javascript/api/manifest):
// bt:String in ShortStrings and DisplayName at most 125 characters, bt:String in LongStrings
// and Description at most 250, and a resource id or resid at most 32.

// This module is CommonJS so that jest (with ts-jest, without an ESM transform) can load it
// from TypeScript tests. Node's ES modules import it too, as validate-manifest.mjs does.

"use strict";

// sax is the streaming parser that xml2js, and through it office-addin-manifest, uses.
// NOTE: sax is installed as a dependency of office-addin-manifest and is not declared in
// package.json, so an upgrade of office-addin-manifest could remove it.
const sax = require("sax");

const MAX_SHORT_STRING_LENGTH = 125;
const MAX_LONG_STRING_LENGTH = 250;
const MAX_RESOURCE_ID_LENGTH = 32;
const TRANSLATION_LOCALE = "zh-cn";
const SOURCE_LOCALE = "en-us";

// Resource kinds, named as messages show them.
const IMAGE = "bt:Image";
const URL_KIND = "bt:Url";
const SHORT_STRING = "bt:String in <ShortStrings>";
const LONG_STRING = "bt:String in <LongStrings>";

// Resource sections under <Resources> and the kind of resource each one contains.
const RESOURCE_SECTIONS = {
  Images: { kind: IMAGE, maxLength: null },
  Urls: { kind: URL_KIND, maxLength: null },
  ShortStrings: { kind: SHORT_STRING, maxLength: MAX_SHORT_STRING_LENGTH },
  LongStrings: { kind: LONG_STRING, maxLength: MAX_LONG_STRING_LENGTH },
};

// Kind of resource that a resid on each element must name, from the manifest reference.
// Elements not listed here only need their resid to resolve.
const RESID_KINDS = {
  Runtime: URL_KIND,
  SourceLocation: URL_KIND,
  FunctionFile: URL_KIND,
  LearnMoreUrl: URL_KIND,
  Image: IMAGE,
  Label: SHORT_STRING,
  Title: SHORT_STRING,
  Namespace: SHORT_STRING,
  Description: LONG_STRING,
};

// Elements whose DefaultValue (and Override Value) is a URL.
const URL_ELEMENTS = new Set(["Url", "Image", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"]);

/**
 * Checks a manifest's XML text and returns one located message per problem.
 * An empty array means that every check passed.
 * @param {string} xmlText
 * @returns {string[]}
 */
function checkManifest(xmlText) {
  let root;
  try {
    root = parseXml(xmlText);
  } catch (error) {
    return [`The manifest is not well-formed XML: ${error.message}`];
  }

  if (root.localName !== "OfficeApp") {
    return [`${describe(root)}: the root element must be <OfficeApp>.`];
  }

  // Each problem is { line, text }, so that the result can list them in document order.
  const problems = [];
  checkTopLevelStrings(root, problems);
  checkUrls(root, problems);

  const versionOverrides = descendants(root).filter((node) => node.localName === "VersionOverrides");
  if (versionOverrides.length === 0) {
    report(problems, root, `<VersionOverrides> is missing, so the manifest declares no custom functions or ribbon button.`);
  }
  const stringResources = [];
  for (const overrides of versionOverrides) {
    const resources = collectResources(overrides, problems);
    checkResids(overrides, resources, problems);
    for (const { kind, node } of resources.values()) {
      if (kind === SHORT_STRING || kind === LONG_STRING) {
        stringResources.push(node);
      }
    }
  }
  checkTranslations(root, stringResources, problems);

  checkSharedRuntime(root, problems);
  return problems.sort((a, b) => a.line - b.line).map((problem) => problem.text);
}

function report(problems, node, message) {
  problems.push({ line: node.line, text: `${describe(node)}: ${message}` });
}

// ---------------------------------------------------------------------------
// Parsing

/**
 * Parses XML text into a tree of { name, localName, attributes, children, text, line, parent }.
 * Throws on XML that is not well-formed.
 */
function parseXml(xmlText) {
  const parser = sax.parser(true, { position: true });
  const stack = [];
  let root = null;
  let tagStartLine = 1;

  // sax counts lines from 0 and reports the column just after the offending character.
  parser.onerror = (error) => {
    const reason = error.message.split("\n")[0];
    throw new Error(`line ${parser.line + 1}, column ${parser.column}: ${reason}`);
  };
  parser.onopentagstart = () => {
    tagStartLine = parser.line + 1;
  };
  parser.onopentag = (tag) => {
    const parent = stack.length > 0 ? stack[stack.length - 1] : null;
    const node = {
      name: tag.name,
      localName: localNameOf(tag.name),
      attributes: tag.attributes,
      children: [],
      text: "",
      line: tagStartLine,
      parent,
    };
    if (parent) {
      parent.children.push(node);
    } else {
      root = node;
    }
    stack.push(node);
  };
  parser.onclosetag = () => {
    stack.pop();
  };
  parser.ontext = (text) => {
    if (stack.length > 0) {
      stack[stack.length - 1].text += text;
    }
  };
  parser.oncdata = parser.ontext;

  parser.write(xmlText).close();
  if (!root) {
    throw new Error("the document has no root element");
  }
  return root;
}

function localNameOf(qualifiedName) {
  const colon = qualifiedName.indexOf(":");
  return colon === -1 ? qualifiedName : qualifiedName.slice(colon + 1);
}

/** Returns the value of the attribute with this local name, ignoring its prefix (`xsi:type` for "type"). */
function attribute(node, localName) {
  for (const [name, value] of Object.entries(node.attributes)) {
    if (name.startsWith("xmlns")) {
      continue;
    }
    if (localNameOf(name) === localName) {
      return value;
    }
  }
  return undefined;
}

function childElements(node, localName) {
  return node.children.filter((child) => child.localName === localName);
}

/** Returns every element below this node in document order. */
function descendants(node, result = []) {
  for (const child of node.children) {
    result.push(child);
    descendants(child, result);
  }
  return result;
}

function ancestor(node, localName) {
  for (let current = node.parent; current; current = current.parent) {
    if (current.localName === localName) {
      return current;
    }
  }
  return null;
}

/** Formats an element as `line N <Name key="value">` with the attributes that identify it. */
function describe(node) {
  const keys = ["id", "resid", "type", "Locale"];
  const identifyingAttributes = [];
  for (const [name, value] of Object.entries(node.attributes)) {
    if (keys.includes(localNameOf(name))) {
      identifyingAttributes.push(`${name}="${value}"`);
    }
  }
  const tag =
    identifyingAttributes.length > 0 ? `<${node.name} ${identifyingAttributes.join(" ")}>` : `<${node.name}>`;
  return `line ${node.line} ${tag}`;
}

// ---------------------------------------------------------------------------
// Resources and resids

/**
 * Collects the resources of one <VersionOverrides> into a Map from id to { kind, node },
 * reporting missing, over-long or duplicate ids and over-long or empty string values.
 */
function collectResources(overrides, problems) {
  const resources = new Map();
  const resourcesNode = childElements(overrides, "Resources")[0];
  if (!resourcesNode) {
    report(problems, overrides, `<Resources> is missing, so no resid can resolve.`);
    return resources;
  }

  for (const section of resourcesNode.children) {
    const sectionInfo = RESOURCE_SECTIONS[section.localName];
    if (!sectionInfo) {
      continue;
    }
    for (const resource of section.children) {
      const id = attribute(resource, "id");
      if (!id) {
        report(problems, resource, `the id attribute is missing.`);
        continue;
      }
      if (id.length > MAX_RESOURCE_ID_LENGTH) {
        report(problems, resource, `id is ${id.length} characters long, the maximum is ${MAX_RESOURCE_ID_LENGTH}.`);
      }
      if (resources.has(id)) {
        const first = resources.get(id).node;
        report(problems, resource, `id "${id}" is already used at line ${first.line}. Resource ids must be unique.`);
        continue;
      }
      resources.set(id, { kind: sectionInfo.kind, node: resource });
      checkResourceValues(resource, sectionInfo, problems);
    }
  }
  return resources;
}

/** Checks a bt:String's values. checkUrls checks the values of bt:Url and bt:Image. */
function checkResourceValues(resource, sectionInfo, problems) {
  if (sectionInfo.maxLength === null) {
    return;
  }
  const defaultValue = attribute(resource, "DefaultValue");
  if (defaultValue === undefined || defaultValue.trim() === "") {
    report(problems, resource, `DefaultValue is missing or empty.`);
  }
  checkLength(resource, "DefaultValue", defaultValue, sectionInfo.maxLength, problems);
  for (const override of childElements(resource, "Override")) {
    checkLength(override, "Value", attribute(override, "Value"), sectionInfo.maxLength, problems);
  }
}

function checkLength(node, attributeName, value, maxLength, problems) {
  if (value !== undefined && value.length > maxLength) {
    report(problems, node, `${attributeName} is ${value.length} characters long, the maximum is ${maxLength}.`);
  }
}

/** Checks that every resid under one <VersionOverrides> names an existing resource of the right kind. */
function checkResids(overrides, resources, problems) {
  for (const node of descendants(overrides)) {
    const resid = attribute(node, "resid");
    if (resid === undefined) {
      continue;
    }
    if (resid.length > MAX_RESOURCE_ID_LENGTH) {
      report(problems, node, `resid is ${resid.length} characters long, the maximum is ${MAX_RESOURCE_ID_LENGTH}.`);
    }

    const resource = resources.get(resid);
    if (!resource) {
      report(problems, node, `resid "${resid}" does not match the id of any bt:Url, bt:String or bt:Image in <Resources>.`);
      continue;
    }
    const expectedKind = RESID_KINDS[node.localName];
    if (expectedKind && resource.kind !== expectedKind) {
      report(
        problems,
        node,
        `resid "${resid}" names a ${resource.kind} (line ${resource.node.line}), but <${node.localName}> needs a ${expectedKind}.`,
      );
    }
  }
}

// ---------------------------------------------------------------------------
// Shared runtime

/**
 * Checks the shared runtime of the Workbook host: one <Runtime lifetime="long"> inside <Runtimes>,
 * <Runtimes> first in <Host>, and the same resid on the Runtime, the custom functions Page,
 * the FunctionFile and every ShowTaskpane action. A mismatch makes Excel start separate
 * runtimes, and the custom functions then stay on #N/A or #BUSY!.
 */
function checkSharedRuntime(root, problems) {
  const workbookHosts = descendants(root).filter(
    (node) => node.localName === "Host" && attribute(node, "type") === "Workbook" && ancestor(node, "VersionOverrides"),
  );
  if (workbookHosts.length === 0) {
    report(problems, root, `no <Host xsi:type="Workbook"> in <VersionOverrides>, so Excel gets no shared runtime.`);
    return;
  }

  for (const host of workbookHosts) {
    checkHostRuntime(host, problems);
  }
  checkSharedRuntimeRequirement(root, problems);
}

function checkHostRuntime(host, problems) {
  const runtimesNodes = childElements(host, "Runtimes");
  if (runtimesNodes.length === 0) {
    report(problems, host, `<Runtimes> is missing. Add <Runtimes><Runtime resid="Taskpane.Url" lifetime="long"/></Runtimes> as its first child.`);
    return;
  }
  const runtimes = runtimesNodes[0];
  if (host.children[0] !== runtimes) {
    report(problems, runtimes, `<Runtimes> must be the first child of <Host>, but <${host.children[0].name}> comes first.`);
  }

  const runtimeNodes = childElements(runtimes, "Runtime");
  if (runtimeNodes.length !== 1) {
    report(problems, runtimes, `expected exactly one <Runtime>, found ${runtimeNodes.length}.`);
    if (runtimeNodes.length === 0) {
      return;
    }
  }
  const runtime = runtimeNodes[0];
  const lifetime = attribute(runtime, "lifetime");
  if (lifetime !== "long") {
    report(problems, runtime, `lifetime is "${lifetime ?? ""}", expected "long" so the runtime survives closing the task pane.`);
  }

  const runtimeResid = attribute(runtime, "resid");
  const users = runtimeUsers(host);
  for (const role of ["custom functions Page", "FunctionFile"]) {
    if (!users.some((user) => user.role === role)) {
      report(problems, host, `the ${role} is missing. Give it resid "${runtimeResid ?? ""}" like the Runtime.`);
    }
  }
  for (const { node, role } of users) {
    const resid = attribute(node, "resid");
    if (resid !== runtimeResid) {
      report(
        problems,
        node,
        `the ${role} resid "${resid ?? ""}" differs from the Runtime resid "${runtimeResid ?? ""}", so Excel would load it in a separate runtime.`,
      );
    }
  }
}

/** Lists the elements that must load the shared runtime's page, each with a name for messages. */
function runtimeUsers(host) {
  const users = [];
  for (const node of descendants(host)) {
    if (node.localName === "SourceLocation" && node.parent.localName === "Page") {
      users.push({ node, role: "custom functions Page" });
    } else if (node.localName === "FunctionFile") {
      users.push({ node, role: "FunctionFile" });
    } else if (
      node.localName === "SourceLocation" &&
      node.parent.localName === "Action" &&
      attribute(node.parent, "type") === "ShowTaskpane"
    ) {
      users.push({ node, role: "task pane SourceLocation" });
    }
  }
  return users;
}

function checkSharedRuntimeRequirement(root, problems) {
  const setNames = descendants(root)
    .filter((node) => node.localName === "Set" && ancestor(node, "Requirements") && !ancestor(node, "VersionOverrides"))
    .map((node) => attribute(node, "Name"));
  if (!setNames.includes("SharedRuntime")) {
    report(problems, root, `<Requirements> does not list <Set Name="SharedRuntime" MinVersion="1.1"/>, which <Runtimes> needs.`);
  }
}

// ---------------------------------------------------------------------------
// URLs

/** Checks that every URL in the manifest is an absolute https URL. */
function checkUrls(root, problems) {
  for (const node of descendants(root)) {
    if (node.localName === "Override" && isUrlElement(node.parent)) {
      continue; // checked together with its parent element
    }
    if (isUrlElement(node)) {
      checkHttpsUrl(node, "DefaultValue", attribute(node, "DefaultValue"), problems);
      for (const override of childElements(node, "Override")) {
        checkHttpsUrl(override, "Value", attribute(override, "Value"), problems);
      }
      continue;
    }
    if (node.localName === "AppDomain") {
      checkHttpsUrl(node, "text", node.text.trim(), problems);
      continue;
    }
    checkNoHttpAttribute(node, problems);
  }
}

function isUrlElement(node) {
  return URL_ELEMENTS.has(node.localName) && attribute(node, "resid") === undefined;
}

function checkHttpsUrl(node, valueName, value, problems) {
  if (value === undefined || value === "") {
    report(problems, node, `${valueName} is missing, expected an https URL.`);
    return;
  }
  let url;
  try {
    url = new URL(value);
  } catch {
    report(problems, node, `${valueName} "${value}" is not a valid absolute URL.`);
    return;
  }
  if (url.protocol !== "https:") {
    report(problems, node, `${valueName} "${value}" is not an https URL. Office loads add-in pages and resources only over https.`);
  }
}

/** Catches http URLs in attributes outside the URL elements, such as a Value on an unexpected element. */
function checkNoHttpAttribute(node, problems) {
  for (const [name, value] of Object.entries(node.attributes)) {
    if (name.startsWith("xmlns") || localNameOf(name) === "schemaLocation") {
      continue;
    }
    if (/^http:\/\//i.test(value.trim())) {
      report(problems, node, `${name} "${value}" is not an https URL.`);
    }
  }
}

// ---------------------------------------------------------------------------
// DisplayName, Description and translations

function checkTopLevelStrings(root, problems) {
  const limits = { DisplayName: MAX_SHORT_STRING_LENGTH, Description: MAX_LONG_STRING_LENGTH };
  for (const [elementName, maxLength] of Object.entries(limits)) {
    const node = childElements(root, elementName)[0];
    if (!node) {
      report(problems, root, `<${elementName}> is missing.`);
      continue;
    }
    const defaultValue = attribute(node, "DefaultValue");
    if (defaultValue === undefined || defaultValue.trim() === "") {
      report(problems, node, `DefaultValue is missing or empty.`);
    }
    checkLength(node, "DefaultValue", defaultValue, maxLength, problems);
    for (const override of childElements(node, "Override")) {
      checkLength(override, "Value", attribute(override, "Value"), maxLength, problems);
    }
  }
}

/**
 * Checks that every user-visible string written in en-US (the DefaultLocale) has a zh-cn Override:
 * each bt:String and the top-level DisplayName and Description.
 */
function checkTranslations(root, stringResources, problems) {
  const defaultLocaleNode = childElements(root, "DefaultLocale")[0];
  if (!defaultLocaleNode) {
    report(problems, root, `<DefaultLocale> is missing.`);
    return;
  }
  if (defaultLocaleNode.text.trim().toLowerCase() !== SOURCE_LOCALE) {
    return;
  }

  const strings = [...childElements(root, "DisplayName"), ...childElements(root, "Description"), ...stringResources];

  for (const node of strings) {
    const hasTranslation = childElements(node, "Override").some(
      (override) => (attribute(override, "Locale") ?? "").toLowerCase() === TRANSLATION_LOCALE,
    );
    if (!hasTranslation) {
      report(problems, node, `no Override with Locale="${TRANSLATION_LOCALE}", so Chinese-language Office shows the English text.`);
    }
  }
}

module.exports = {
  checkManifest,
  MAX_SHORT_STRING_LENGTH,
  MAX_LONG_STRING_LENGTH,
  MAX_RESOURCE_ID_LENGTH,
  TRANSLATION_LOCALE,
};
