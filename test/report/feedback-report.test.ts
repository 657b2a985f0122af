/**
 * mhscore report on a real round: two judges, two applications of item 2, a 共识 workbook whose
 * sheet for the first carries the meeting's own texts. Each .docx is read back from its XML: the
 * applicant, every sub-item's title, the consensus texts (else the judges' comments merged), no
 * judge's name anywhere (document, core and app properties, every part), and the points only
 * with --with-scores. Through LibreOffice (Writer) each converts to an A4 PDF whose Chinese text
 * can be extracted — skipped with a note where Writer is missing, failed under CI.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { execFileSync } from "child_process";
import * as fs from "fs";
import JSZip from "jszip";
import * as path from "path";
import { mhscore } from "../support/cli";
import type { CellValue } from "../../src/sheet-kit";
import { defaultStandard as std, subItemsForItem } from "../../src/standard";
import { t } from "../../src/strings";
import { consensusName } from "../../src/workbook-format";
import { XlsxPackage } from "../../src/xlsx";
import { judgeFile } from "../support/consolidation-fixture";
import { describeWithWriter, tempDir } from "../support/engine";
import { setCells } from "../support/xlsx-cells";

const JUDGES = ["王大明", "李小红"];
const subs = subItemsForItem(std, 2);
const at = (p: number) => Object.fromEntries(subs.map((s) => [s.code, (s.max * p) / 100]));

/** Every part of a .docx as text, and the document's visible text. */
async function docx(file: string) {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files))
    if (!zip.files[name].dir) parts[name] = await zip.files[name].async("string");
  const text = [...parts["word/document.xml"].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join("");
  return { parts, text };
}

let dir: string;
let judges: string;
let consensus: string;

beforeAll(async () => {
  dir = tempDir("report");
  judges = path.join(dir, "评委");
  fs.mkdirSync(judges);
  for (const [k, judge] of JUDGES.entries())
    await judgeFile(judges, `${k + 1}.xlsx`, judge, 2, [
      {
        applicant: "上海甲科技有限公司",
        scores: at(80 + k * 5),
        inputs: { "2.1": { strength: "研发投入占比高", improvement: `改进意见${k + 1}` } },
      },
      {
        applicant: "上海乙制造有限公司",
        scores: at(60),
        inputs: {
          "2.1": { strength: "专利布局完整", improvement: "人才梯队待加强" },
          // A judge who signs a comment, and one who names a colleague.
          "6.1": { strength: k === 0 ? "经王大明核实，数据可靠" : "与李小红看法一致：成果转化快" },
        },
      },
    ]);
  const out = path.join(dir, "共识.xlsx");
  expect((await mhscore("consolidate", judges, "--consensus-out", out)).code).toBe(0);
  const pkg = await XlsxPackage.open(fs.readFileSync(out));
  const sheet = pkg.sheets.find((s) => s.name === "上海甲科技有限公司")!;
  const names = Object.fromEntries(
    pkg.names
      .filter((n) => n.localSheetId === sheet.index && n.ref.includes("!"))
      .map((n) => [n.name, n.ref.split("!")[1].replace(/\$/g, "")])
  );
  const edits: Record<string, CellValue> = {
    [names[consensusName("strength", "2.1")]]: "共识：研发投入持续增长\n共识：产学研合作紧密",
    [names[consensusName("improvement", "2.1")]]: "共识：成果转化周期可缩短",
  };
  consensus = path.join(dir, "共识-已填.xlsx");
  fs.writeFileSync(consensus, await setCells(fs.readFileSync(out), { [sheet.name]: edits }));
}, 120000);

describe("mhscore report", () => {
  let plain: string;
  beforeAll(async () => {
    plain = path.join(dir, "报告");
    const r = await mhscore("report", judges, "--consensus", consensus, "-o", plain);
    expect(r.code).toBe(0);
  }, 60000);

  it("writes one Word document per application", () => {
    expect(fs.readdirSync(plain).sort()).toEqual(
      ["上海乙制造有限公司-反馈报告.docx", "上海甲科技有限公司-反馈报告.docx"].sort()
    );
  });

  it("holds the applicant, every sub-item and the consensus texts, else the judges' comments merged", async () => {
    const a = await docx(path.join(plain, "上海甲科技有限公司-反馈报告.docx"));
    expect(a.text).toContain("上海甲科技有限公司");
    for (const s of subs) expect(a.text).toContain(`${s.code} ${s.title}`);
    expect(a.text).toContain("共识：研发投入持续增长");
    expect(a.text).toContain("共识：产学研合作紧密");
    expect(a.text).toContain("共识：成果转化周期可缩短");
    expect(a.text).not.toContain("改进意见1"); // the meeting's text replaces the judges'
    const b = await docx(path.join(plain, "上海乙制造有限公司-反馈报告.docx"));
    // Both judges wrote the same strength: it appears once.
    expect(b.text.split("专利布局完整")).toHaveLength(2);
    expect(b.text).toContain("人才梯队待加强");
    // Judges' names inside comments are replaced, the rest of the comment kept.
    expect(b.text).toContain("经某评委核实，数据可靠");
    expect(b.text).toContain("与某评委看法一致：成果转化快");
    // Headings the navigation pane lists, and page numbers in the footer.
    expect(a.parts["word/document.xml"]).toMatch(/w:pStyle w:val="Heading3"/);
    expect(
      Object.entries(a.parts).some(([n, x]) => n.startsWith("word/footer") && x.includes("PAGE"))
    ).toBe(true);
  });

  it("never names a judge: not in the text, not in the properties, not in any part", async () => {
    for (const f of fs.readdirSync(plain)) {
      const { parts } = await docx(path.join(plain, f));
      expect(parts["docProps/core.xml"]).toBeDefined();
      for (const [name, xml] of Object.entries(parts))
        for (const judge of JUDGES)
          expect([f, name, xml.includes(judge)]).toEqual([f, name, false]);
    }
  });

  it("says when the consolidation behind the reports found problems", async () => {
    const r = await mhscore(
      "report",
      judges,
      "--consensus",
      consensus,
      "-o",
      path.join(dir, "再次")
    );
    // The meeting wrote texts but no 共识得分 (甲) or nothing (乙): two incomplete consensus sheets.
    // And two comments named a judge.
    expect(r.err).toBe(
      [t("cli.report.problems", { count: 2 }), t("report.redactedNotice", { count: 2 })].join("\n")
    );
  });

  it("shows points only with --with-scores", async () => {
    const a = await docx(path.join(plain, "上海甲科技有限公司-反馈报告.docx"));
    expect(a.text).not.toMatch(/得分|满分/);
    const scored = path.join(dir, "带分数");
    expect(
      (await mhscore("report", judges, "--consensus", consensus, "-o", scored, "--with-scores"))
        .code
    ).toBe(0);
    const s = await docx(path.join(scored, "上海甲科技有限公司-反馈报告.docx"));
    expect(s.text).toContain("最终得分：");
    expect(s.text).toContain(`得分：${(subs[0].max * 82.5) / 100} / ${subs[0].max} 分`);
  });
});

describeWithWriter("reports through LibreOffice", () => {
  it("convert to A4 PDFs whose Chinese text can be extracted", async () => {
    const out = path.join(dir, "PDF");
    const r = await mhscore("report", judges, "-o", out, "--pdf");
    // A round without problems says none (only that two comments named a judge).
    expect([r.code, r.err]).toEqual([0, t("report.redactedNotice", { count: 2 })]);
    for (const name of ["上海甲科技有限公司", "上海乙制造有限公司"]) {
      const pdf = path.join(out, `${name}-反馈报告.pdf`);
      const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
      expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
      expect(text).toContain(name);
      expect(text).toContain(subs[0].title);
    }
  }, 120000);
});
