import { describe, expect, it } from "@jest/globals";
import * as fs from "fs";
import * as path from "path";

const { validateManifestText } = require("../../scripts/manifest-check");

const { officeJsUrl } = require("../../config/office-js");
const { manifestForUrl } = require("../../scripts/lib/manifest-url");

const root = path.join(__dirname, "..", "..");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const check = (xml: string) => validateManifestText(xml, { assetsDir: path.join(root, "assets") });

describe("the manifest for a deployment", () => {
  it("names only ADDIN_URL's origin, the AppDomain included, and still passes the checks", () => {
    const xml = manifestForUrl(manifest, "https://scoring.example.org/addin/");
    const urls = xml.match(/https:\/\/[^"<\s]+/g) ?? [];
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u: string) => new URL(u).origin !== "https://scoring.example.org")).toEqual(
      []
    );
    expect(xml).toContain("<AppDomain>https://scoring.example.org</AppDomain>");
    expect(xml).toContain(
      '<SourceLocation DefaultValue="https://scoring.example.org/addin/taskpane.html"/>'
    );
    expect(check(xml).errors).toEqual([]);
  });

  it("refuses an ADDIN_URL that is not https or does not end with /", () => {
    for (const bad of ["http://x.org/", "https://x.org/addin", "scoring.example.org/"])
      expect(() => manifestForUrl(manifest, bad)).toThrow(/必须以 https:\/\/ 开头并以 \/ 结尾/);
  });
});

describe("the manifest", () => {
  it("passes the offline checks", () => {
    expect(check(manifest)).toEqual({ errors: [], warnings: [] });
  });

  it("declares what the issue asks: zh-CN with en-US override, name, permission, ExcelApi 1.8", () => {
    expect(manifest).toMatch(/<DefaultLocale>zh-CN<\/DefaultLocale>/);
    expect(manifest).toMatch(
      /<DisplayName DefaultValue="质量创新单项奖评分助手">\s*<Override Locale="en-US"/
    );
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1.8"\/>/);
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    for (const size of [16, 32, 64, 80])
      expect(fs.existsSync(path.join(root, `assets/icon-${size}.png`))).toBe(true);
  });

  it("rejects XML that is not well-formed, naming the line", () => {
    const { errors } = check(manifest.replace("</Version>", "</Versio>"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^清单不是格式正确的 XML（第 4 行/);
  });

  it("rejects a template's GUID and a non-GUID id", () => {
    const templateId = manifest.replace(
      /<Id>[^<]+<\/Id>/,
      "<Id>05c2e1c9-3e1d-406e-9a91-e9ac64854143</Id>"
    );
    expect(check(templateId).errors).toEqual([
      "Id“05c2e1c9-3e1d-406e-9a91-e9ac64854143”是模板自带的 GUID，必须换成本加载项自己的",
    ]);
    expect(check(manifest.replace(/<Id>[^<]+<\/Id>/, "<Id>my-addin</Id>")).errors).toEqual([
      "Id“my-addin”不是 GUID",
    ]);
  });

  it("rejects an http URL", () => {
    const http = manifest.replace(
      'SourceLocation DefaultValue="https://',
      'SourceLocation DefaultValue="http://'
    );
    expect(check(http).errors).toEqual([
      "SourceLocation 的地址“http://localhost:3000/taskpane.html”不是 https",
    ]);
  });

  it("rejects an unresolved resid and a resid of the wrong kind", () => {
    const missing = manifest.replace(
      '<Label resid="Group.Label"/>',
      '<Label resid="Group.Missing"/>'
    );
    const errors = check(missing).errors;
    expect(errors).toContain("Label 引用的资源“Group.Missing”在 Resources 的 Strings 中不存在");
    const wrongKind = manifest.replace(
      '<SourceLocation resid="Taskpane.Url"/>',
      '<SourceLocation resid="Group.Label"/>'
    );
    expect(check(wrongKind).errors).toEqual([
      "SourceLocation 引用的资源“Group.Label”在 Resources 的 Urls 中不存在",
    ]);
  });

  it("rejects a manifest without the ExcelApi requirement set", () => {
    const noSet = manifest.replace('<Set Name="ExcelApi" MinVersion="1.8"/>', "");
    expect(check(noSet).errors).toContain("Requirements 中没有声明 ExcelApi 要求集");
  });

  it("rejects an icon that does not exist", () => {
    const noIcon = manifest.replace("assets/icon-80.png", "assets/icon-81.png");
    expect(check(noIcon).errors).toEqual(["图标文件 assets/icon-81.png 不存在"]);
  });
});

describe("the office.js URL setting", () => {
  it("defaults to Microsoft's CDN and knows the China-operated cloud's", () => {
    expect(officeJsUrl(undefined, false)).toBe(
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"
    );
    expect(officeJsUrl("china", false)).toMatch(
      /^https:\/\/appsforoffice\.cdn\.partner\.office365\.cn\//
    );
    expect(officeJsUrl("https://mirror.example/office.js", false)).toBe(
      "https://mirror.example/office.js"
    );
  });

  it("allows the local copy only in the dev server and refuses anything else", () => {
    expect(officeJsUrl("local", true)).toBe("/office-js/office.js");
    expect(() => officeJsUrl("local", false)).toThrow(/只能用于开发服务器/);
    expect(() => officeJsUrl("http://x/office.js", false)).toThrow(/OFFICE_JS 的值/);
  });
});
