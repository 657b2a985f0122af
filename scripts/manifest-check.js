/**
 * Offline checks of an Office add-in XML manifest (the online validator is unreachable here):
 * well-formed XML, a real GUID id (not a template's), https everywhere, every resid resolved
 * in the right resource list, the requirement set declared, icons present.
 * Returns { errors, warnings } — zh-CN messages naming the element or id at fault.
 */
const fs = require("fs");
const path = require("path");
const { XMLParser, XMLValidator } = require("fast-xml-parser");

/** Ids shipped in Microsoft's templates: a copied manifest must get its own. */
const TEMPLATE_IDS = new Set([
  "05c2e1c9-3e1d-406e-9a91-e9ac64854143",
  "00000000-0000-0000-0000-000000000000",
]);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const RESOURCE_KIND = {
  "bt:Image": "Images",
  "bt:Url": "Urls",
  "bt:String": "Strings",
};
/** Which resource list an element's resid must point into. */
function expectedKind(elementName) {
  if (elementName === "bt:Image") return "Images";
  if (["SourceLocation", "FunctionFile", "LearnMoreUrl", "Url"].includes(elementName))
    return "Urls";
  return "Strings";
}

/** Visit every element: (name, attributes, text, parentName). */
function walk(node, name, parent, visit) {
  if (Array.isArray(node)) {
    for (const n of node) walk(n, name, parent, visit);
    return;
  }
  if (node === null || typeof node !== "object") {
    visit(name, {}, node === undefined ? "" : String(node), parent);
    return;
  }
  const attrs = {};
  let text = "";
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith("@_")) attrs[key.slice(2)] = String(value);
    else if (key === "#text") text = String(value);
  }
  visit(name, attrs, text, parent);
  for (const [key, value] of Object.entries(node)) {
    if (!key.startsWith("@_") && key !== "#text") walk(value, key, name, visit);
  }
}

function validateManifestText(xml, options = {}) {
  const errors = [];
  const warnings = [];
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) {
    const e = wellFormed.err;
    return {
      errors: [`清单不是格式正确的 XML（第 ${e.line} 行第 ${e.col} 列）：${e.msg}`],
      warnings,
    };
  }
  const doc = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    trimValues: true,
  }).parse(xml);
  const root = doc.OfficeApp;
  if (!root) return { errors: ["清单的根元素必须是 OfficeApp"], warnings };
  if (root["@_xsi:type"] !== "TaskPaneApp") errors.push("OfficeApp 的 xsi:type 必须是 TaskPaneApp");

  const id = String(root.Id ?? "").trim();
  if (!GUID.test(id)) errors.push(`Id“${id}”不是 GUID`);
  else if (TEMPLATE_IDS.has(id.toLowerCase()))
    errors.push(`Id“${id}”是模板自带的 GUID，必须换成本加载项自己的`);

  for (const field of [
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "Permissions",
  ]) {
    if (root[field] === undefined) errors.push(`清单缺少 ${field}`);
  }
  const hosts = [].concat(root.Hosts?.Host ?? []).map((h) => h["@_Name"]);
  if (!hosts.includes("Workbook")) errors.push("Hosts 中没有 Workbook（Excel）");

  const sets = [].concat(root.Requirements?.Sets?.Set ?? []);
  const excelApi = sets.find((s) => s["@_Name"] === "ExcelApi");
  if (!excelApi) errors.push("Requirements 中没有声明 ExcelApi 要求集");
  else if (!/^1\.\d+$/.test(excelApi["@_MinVersion"] ?? ""))
    errors.push("ExcelApi 要求集缺少有效的 MinVersion");

  const defined = { Images: new Set(), Urls: new Set(), Strings: new Set() };
  const referenced = [];
  const urls = [];
  walk(root, "OfficeApp", "", (name, attrs, text, parent) => {
    const kind = RESOURCE_KIND[name];
    if (kind && attrs.id !== undefined) {
      if (defined[kind].has(attrs.id)) errors.push(`资源 id“${attrs.id}”重复定义`);
      defined[kind].add(attrs.id);
    }
    if (attrs.resid !== undefined) referenced.push({ name, resid: attrs.resid });
    for (const key of ["DefaultValue", "Value"]) {
      const v = attrs[key];
      if (v !== undefined && /^[a-z][a-z0-9+.-]*:\/\//i.test(v)) urls.push({ where: name, url: v });
    }
    if (name === "AppDomain") urls.push({ where: name, url: text });
    if (name === "Override" && parent === "DisplayName" && !attrs.Locale)
      errors.push("DisplayName 的 Override 缺少 Locale");
  });

  for (const { name, resid } of referenced) {
    const kind = expectedKind(name);
    if (!defined[kind].has(resid))
      errors.push(`${name} 引用的资源“${resid}”在 Resources 的 ${kind} 中不存在`);
  }
  const used = new Set(referenced.map((r) => r.resid));
  for (const kind of Object.keys(defined)) {
    for (const resid of defined[kind])
      if (!used.has(resid)) warnings.push(`资源“${resid}”已定义但未被引用`);
  }

  for (const { where, url } of urls) {
    if (!url.startsWith("https://")) errors.push(`${where} 的地址“${url}”不是 https`);
  }

  if (options.assetsDir) {
    for (const { url } of urls) {
      const m = /\/assets\/([^/?#]+)$/.exec(url);
      if (m && !fs.existsSync(path.join(options.assetsDir, m[1])))
        errors.push(`图标文件 assets/${m[1]} 不存在`);
    }
  }
  return { errors, warnings };
}

module.exports = { validateManifestText };
