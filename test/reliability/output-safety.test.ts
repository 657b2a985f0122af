/**
 * What the tool writes never crashes and never makes Excel repair a file: texts from judges with
 * characters XML 1.0 forbids and texts past Excel's 32,767-character cell limit; every part's
 * top-level children in the schema's order; number formats Excel shows as meant; a closed pipe
 * and a full disk on standard output.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import ExcelJS from "exceljs";
import { XMLValidator } from "fast-xml-parser";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { mhscore } from "../support/cli";
import { CELL_TEXT_LIMIT } from "../../src/sheet-kit";
import { t } from "../../src/strings";
import { decodeXml } from "../../src/xlsx/xml-scan";
import { topLevelChildren, WORKBOOK_ORDER, WORKSHEET_ORDER } from "../../src/xlsx/schema-order";
import { ensureCliBuilt } from "../support/browser";
import { judgeFile } from "../support/consolidation-fixture";
import { tempDir } from "../support/engine";
import { bytes, partsOf, text, zipOf } from "../support/raw-zip";
import { ROSTER, type Rows } from "../support/round-fixture";
import { printSetupProblems } from "../support/print-setup";

const bin = path.join(__dirname, "..", "..", "bin", "mhscore.js");
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- exactly the characters XML 1.0 forbids
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const scores = (p: number) =>
  Object.fromEntries(["2.1", "2.2", "2.3", "6.1", "6.2", "6.3"].map((c) => [c, p]));

let dir: string;
let judges: string;
const written: Record<string, Uint8Array> = {};

beforeAll(async () => {
  dir = tempDir("output-safety");
  judges = path.join(dir, "评委");
  fs.mkdirSync(judges);
  const long = "长".repeat(40_000);
  await judgeFile(judges, "张三.xlsx", "张三", 2, [
    {
      applicant: "申报甲",
      scores: scores(30),
      // A lone surrogate and U+FFFE, as a damaged file or a careless tool leaves them.
      inputs: { "2.1": { strength: `好\uFFFE的\uD800做法`, improvement: long } },
    },
  ]);
  // A lone surrogate can only arrive as a character reference (UTF-8 cannot spell one).
  const file = path.join(judges, "张三.xlsx");
  const parts = await partsOf(fs.readFileSync(file));
  for (const [name, data] of parts)
    if (text(data).includes("的\uFFFD做法"))
      parts.set(name, bytes(text(data).replace("的\uFFFD做法", "的&#xD800;做法")));
  fs.writeFileSync(file, zipOf(parts));
  await judgeFile(judges, "李四.xlsx", "李四", 2, [{ applicant: "申报甲", scores: scores(36) }]);
  written.template = fs.readFileSync(path.join(judges, "张三.xlsx"));
  const summary = path.join(dir, "汇总.xlsx");
  const r = await mhscore("consolidate", judges, "-o", summary);
  if (r.code !== 0) throw new Error(r.err);
  written.summary = fs.readFileSync(summary);
  const roster = path.join(dir, "空名册.xlsx");
  await mhscore("roster", "-o", roster);
  written.roster = fs.readFileSync(roster);
  const filled = path.join(dir, "名册.xlsx");
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(ROSTER as Record<string, Rows>))
    wb.addWorksheet(name).addRows(rows);
  fs.writeFileSync(filled, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  const out = path.join(dir, "分发");
  if ((await mhscore("distribute", filled, "-o", out)).code !== 0) throw new Error("distribute");
  written.distributed = fs.readFileSync(path.join(out, fs.readdirSync(out)[0]));
}, 120000);

/** Every XML part of a package as text. */
async function xmlParts(bytes: Uint8Array) {
  const parts = await partsOf(bytes);
  return [...parts]
    .filter(([name]) => /\.(xml|rels)$/.test(name))
    .map(([name, data]) => [name, text(data)] as const);
}

describe("texts a cell cannot hold", () => {
  it("are replaced and cut in the summary, which stays well-formed, and each is a problem", async () => {
    for (const [name, xml] of await xmlParts(written.summary)) {
      expect([name, XMLValidator.validate(xml)]).toEqual([name, true]);
      expect([name, NOT_XML.test(xml)]).toEqual([name, false]);
      for (const m of xml.matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/g))
        expect(decodeXml(m[1]).length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    }
    const shared = (await xmlParts(written.summary)).find(([n]) => n === "xl/sharedStrings.xml")!;
    expect(shared[1]).toContain("好\uFFFD的\uFFFD做法");
    expect(shared[1]).toContain(t("cell.cut", { length: 40_000 }));
    const r = await mhscore("consolidate", judges, "--json");
    const problems = JSON.parse(r.out).problems.filter((p: { code: string }) =>
      p.code.startsWith("text-")
    );
    expect(problems.map((p: { code: string; message: string }) => [p.code, p.message])).toEqual(
      [
        [
          "text-too-long",
          t("problem.textTooLong", { what: `2.1 ${t("sheet.col.improvement")}`, length: 40_000 }),
        ],
        [
          "text-illegal",
          t("problem.textIllegal", { what: `2.1 ${t("sheet.col.strength")}`, count: 2 }),
        ],
      ].sort()
    );
  });
});

describe("every part the tool writes", () => {
  it("orders the top-level children of worksheets and workbooks as the schema does", async () => {
    let checked = 0;
    for (const [what, bytes] of Object.entries(written)) {
      for (const [name, xml] of await xmlParts(bytes)) {
        const order =
          name === "xl/workbook.xml"
            ? WORKBOOK_ORDER
            : /^xl\/worksheets\/sheet\d+\.xml$/.test(name)
              ? WORKSHEET_ORDER
              : null;
        if (!order) continue;
        const ranks = topLevelChildren(xml).children.map((c) =>
          (order as readonly string[]).indexOf(c.name)
        );
        expect([what, name, ranks.includes(-1)]).toEqual([what, name, false]);
        expect([what, name, ranks]).toEqual([what, name, [...ranks].sort((a, b) => a - b)]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
    // The summary's chart and the template's links are among them.
    const summary = await xmlParts(written.summary);
    expect(
      summary.some(([n, x]) => n.startsWith("xl/worksheets/sheet") && x.includes("<drawing "))
    ).toBe(true);
    const template = await xmlParts(written.template);
    expect(template.some(([, x]) => x.includes("<hyperlinks>"))).toBe(true);
  });

  it("prints every sheet of the summary on A4, one page wide, with the round's name and page numbers", async () => {
    const parts = await xmlParts(written.summary);
    const sheets = parts.filter(([n]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets.length).toBeGreaterThanOrEqual(7);
    for (const [name, xml] of sheets)
      expect([name, printSetupProblems(xml, "闵行区质量创新单项奖\u3000")]).toEqual([name, []]);
    const workbook = parts.find(([n]) => n === "xl/workbook.xml")![1];
    // Every sheet but 评委明细 and 图表 (blocks with their own headers) repeats its header rows —
    // and but 评语, whose comments are for the screen by default: it prints only its note row.
    expect(workbook.match(/_xlnm\.Print_Titles/g)).toHaveLength(sheets.length - 3);
  });

  it("prints every sheet of a judge's workbook (封面, 评分指引, scoring sheets) on A4 with the round's name", async () => {
    const parts = await xmlParts(written.distributed);
    const sheets = parts.filter(([n]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets.length).toBeGreaterThanOrEqual(3);
    for (const [name, xml] of sheets)
      expect([name, printSetupProblems(xml, "2027 年闵行区质量创新单项奖 材料评审")]).toEqual([
        name,
        [],
      ]);
  });

  it("uses number formats that Excel shows as meant (no trailing point for whole numbers)", async () => {
    for (const [what, bytes] of Object.entries(written)) {
      const styles = (await xmlParts(bytes)).find(([n]) => n === "xl/styles.xml")![1];
      const codes = [...styles.matchAll(/formatCode="([^"]*)"/g)].map((m) => decodeXml(m[1]));
      for (const code of codes)
        expect([what, code, /#\s*(;|$)/.test(code) && /\.#/.test(code)]).toEqual([
          what,
          code,
          false,
        ]);
    }
  });
});

describe("standard output", () => {
  it("stops quietly when the reader of --json closes the pipe", () => {
    ensureCliBuilt();
    const r = spawnSync(
      "sh",
      [
        "-c",
        `${process.execPath} ${bin} consolidate "${judges}" --json | head -c 10 > /dev/null; echo "rc=$?"`,
      ],
      { encoding: "utf8" }
    );
    expect(r.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
    expect(r.stdout.trim()).toBe("rc=0");
  });

  it("says in zh-CN when standard output is a full disk", () => {
    ensureCliBuilt();
    const r = spawnSync(process.execPath, [bin, "consolidate", judges, "--json"], {
      encoding: "utf8",
      stdio: ["ignore", fs.openSync("/dev/full", "w"), "pipe"],
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n").pop()).toBe(t("cli.sys.ENOSPC", { path: t("cli.stdout") }));
  });
});
