/**
 * Every user-visible string lives in src/strings/zh-CN.json, and every key there is used. Chinese
 * text written straight into the code is allowed only in the modules that hold the workbook
 * format's own vocabulary (values that stand in cells and in the JSON, compared by programs).
 */
import { describe, expect, it } from "@jest/globals";
import * as fs from "fs";
import * as path from "path";
import ts from "typescript";
import zhCN from "../../src/strings/zh-CN.json";

// The one rule for "this code spells that key", shared with the pane's build (scripts/lib/strings-loader.js).
const { keysSpelled } = require("../../scripts/lib/string-keys") as {
  keysSpelled: (code: string, keys: string[]) => string[];
};

const root = path.join(__dirname, "..", "..");
const src = path.join(root, "src");
/** The try-it page (demo/) is product too: its strings live in zh-CN.json as well. */
const demo = path.join(root, "demo");
const VOCABULARY = new Set([
  "standard/verdict.ts",
  "standard/decision.ts",
  "standard/types.ts",
  "sheet-kit/styles.ts",
  "workbook-format/format-names.ts",
  "round/roster-format.ts",
  // The punctuation that joining text must not double (not a message: a set of characters).
  "strings/join-text.ts",
]);
const CJK = /[\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Every string literal, template text and JSX text of a file. */
function texts(file: string): string[] {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isJsxText(node))
      out.push(node.text);
    else if (ts.isTemplateExpression(node))
      out.push(node.head.text, ...node.templateSpans.map((s) => s.literal.text));
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const files = [...sourceFiles(src), ...sourceFiles(demo)];

describe("user-visible strings", () => {
  it("are all in zh-CN.json: no Chinese text in the code outside the format's vocabulary", () => {
    const offenders = files
      .filter(
        (f) =>
          !VOCABULARY.has(
            path
              .relative(src, f)
              .replace(/^\.\.\//, "")
              .split(path.sep)
              .join("/")
          )
      )
      .flatMap((f) =>
        texts(f)
          .filter((s) => CJK.test(s))
          .map((s) => `${path.relative(src, f).replace(/^\.\.\//, "")}: ${s}`)
      );
    expect(offenders).toEqual([]);
  });

  it("has no unused key", () => {
    const keys = Object.keys(zhCN);
    // Keys built at run time: t(`sheet.col.${h}`) uses every key under "sheet.col.".
    const used = new Set(files.flatMap((f) => keysSpelled(fs.readFileSync(f, "utf8"), keys)));
    const unused = keys.filter((key) => !used.has(key));
    expect(unused).toEqual([]);
  });
});
