/**
 * The consensus meeting, through the CLI on real files: a round of four applications (item 2) by
 * three judges; the 共识 workbook generated (all applications, or only those with a 分歧), its
 * judges' comments gathered (named for the meeting, merged without names as the prefill), filled
 * through its names by a writer of its own, recalculated by LibreOffice (totals and verdict equal
 * src/standard), then consolidated with --consensus and --winners 2: finals and their sources, a
 * sheet with one score missing falling back to the independent final, a tie at the cut, and the
 * judges' agreement — every figure worked out by hand below.
 *
 *   percent of every sub-item, by judge   totals (500 × p)     independent mean
 *   A: 80 85 90                            400 425 450          425  → consensus 90 % = 450
 *   B: 75 75 75                            375 375 375          375  (consensus lacks 6.2)
 *   C: 60 80 85 (a 分歧 on every sub-item)  300 400 425          375  (consensus left empty)
 *   D: 50 50 50                            250 250 250          250  fails
 * --winners 2: A proposed; B and C tie at the cut (375 each, better 1 + equal 2 > 2).
 * Kendall's W: ranks J1 1 2 3 4, J2 1 3 2 4, J3 1 3 2 4 → R = 3 8 7 12, S = 41, W = 492/540.
 * Deviations from the others' mean: J1 −37.5 0 −112.5 0 (mean −37.5), J2 0 0 37.5 0 (9.375),
 * J3 37.5 0 75 0 (28.125); pooled s = √(10000/8) = 35.36; J1 standardized −1.061, flagged.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import * as fs from "fs";
import JSZip from "jszip";
import * as path from "path";
import { mhscore } from "../support/cli";
import type { CellValue } from "../../src/sheet-kit";
import { defaultStandard as std, sheetFigures, subItemsForItem } from "../../src/standard";
import { t } from "../../src/strings";
import { CONSENSUS_NAMES, consensusName } from "../../src/workbook-format";
import { XlsxPackage } from "../../src/xlsx";
import { judgeFile } from "../support/consolidation-fixture";
import { convertWithEngine, describeWithEngine, tempDir } from "../support/engine";
import { setCells } from "../support/xlsx-cells";

const subs = subItemsForItem(std, 2);
const at = (p: number) => Object.fromEntries(subs.map((s) => [s.code, (s.max * p) / 100]));
const EVIL = '=HYPERLINK("http://example.invalid","点我")';
const PERCENTS: Record<string, [number, number, number]> = {
  A: [80, 85, 90],
  B: [75, 75, 75],
  C: [60, 80, 85],
  D: [50, 50, 50],
};
const JUDGES = ["J1", "J2", "J3"];

let dir: string;
let judges: string;
let consensusFile: string;

/** A sheet's names and cells, by the sheet's name. */
async function sheetsOf(bytes: Uint8Array) {
  const pkg = await XlsxPackage.open(bytes);
  const out = new Map<
    string,
    { names: Record<string, string>; cells: Map<string, { value: CellValue; formula?: string }> }
  >();
  for (const s of pkg.sheets) {
    const names = Object.fromEntries(
      pkg.names
        .filter((n) => n.localSheetId === s.index && n.ref.includes("!"))
        .map((n) => [n.name, n.ref.split("!")[1].replace(/\$/g, "")])
    );
    out.set(s.name, { names, cells: (await pkg.readSheet(s.index)).cells });
  }
  return out;
}

beforeAll(async () => {
  dir = tempDir("consensus");
  judges = path.join(dir, "评委");
  fs.mkdirSync(judges);
  for (const [k, judge] of JUDGES.entries()) {
    await judgeFile(
      judges,
      `${judge}.xlsx`,
      judge,
      2,
      Object.entries(PERCENTS).map(([applicant, p]) => ({
        applicant,
        scores: at(p[k]),
        inputs:
          applicant === "A"
            ? {
                "2.1": {
                  strength: k === 0 ? EVIL : `${judge} 认为研发投入充分`,
                  improvement: "成果转化可加快",
                },
              }
            : undefined,
      }))
    );
  }
  consensusFile = path.join(dir, "共识.xlsx");
  const r = await mhscore("consolidate", judges, "--consensus-out", consensusFile);
  if (r.code !== 0) throw new Error(r.err);
}, 120000);

describe("the 共识 workbook", () => {
  it("has a sheet per application, or only those with a 分歧", async () => {
    const all = await sheetsOf(fs.readFileSync(consensusFile));
    expect([...all.keys()]).toEqual(["A", "B", "C", "D"]);
    const only = path.join(dir, "分歧.xlsx");
    const r = await mhscore(
      "consolidate",
      judges,
      "--consensus-out",
      only,
      "--consensus-scope",
      "disagreements"
    );
    expect(r.code).toBe(0);
    expect([...(await sheetsOf(fs.readFileSync(only))).keys()]).toEqual(["C"]);
  });

  it("prints each sheet on A4 landscape with the award's name and the applicant at the top", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(consensusFile));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"/);
    expect(xml).toContain(
      `<oddHeader>&amp;C${t("report.defaultRound")}\u3000${t("consensus.sheetTitle", { applicant: "A" })}</oddHeader>`
    );
  });

  it("gathers the judges' comments: named for the meeting, merged without names to edit down, as text", async () => {
    const { names, cells } = (await sheetsOf(fs.readFileSync(consensusFile))).get("A")!;
    const prefill = cells.get(names[consensusName("strength", "2.1")])!;
    expect(prefill.formula).toBeUndefined();
    expect(String(prefill.value).split("\n")).toEqual([
      EVIL,
      "J2 认为研发投入充分",
      "J3 认为研发投入充分",
    ]);
    expect(cells.get(names[consensusName("improvement", "2.1")])!.value).toBe("成果转化可加快");
    const texts = [...cells.values()].map((c) => String(c.value ?? ""));
    const line = t("consensus.judgeLine", {
      judge: "J1",
      strength: EVIL,
      improvement: "成果转化可加快",
    });
    expect(texts.some((x) => x.split("\n").includes(line))).toBe(true);
    expect([...cells.values()].some((c) => c.formula?.includes("HYPERLINK"))).toBe(false);
    expect(names[CONSENSUS_NAMES.applicant]).toBeDefined();
    expect(cells.get(names[CONSENSUS_NAMES.item])!.value).toBe(2);
  });
});

/** Consensus inputs typed through the names: A every sub-item at 90 %, B all but 6.2 at 75 %. */
async function fill(): Promise<Uint8Array> {
  const sheets = await sheetsOf(fs.readFileSync(consensusFile));
  const edits: Record<string, Record<string, CellValue>> = {};
  const plan: [string, number, string[]][] = [
    ["A", 90, []],
    ["B", 75, ["6.2"]],
  ];
  for (const [sheet, p, skip] of plan) {
    const { names } = sheets.get(sheet)!;
    edits[sheet] = {};
    for (const s of subs)
      if (!skip.includes(s.code))
        edits[sheet][names[consensusName("score", s.code)]] = (s.max * p) / 100;
  }
  return setCells(new Uint8Array(fs.readFileSync(consensusFile)), edits);
}

describeWithEngine("the filled 共识 workbook, recalculated by LibreOffice", () => {
  it("shows the consensus totals and verdicts of src/standard", async () => {
    const out = await convertWithEngine(
      await fill(),
      "共识-filled.xlsx",
      "xlsx",
      tempDir("consensus-lo")
    );
    const sheets = await sheetsOf(out.bytes);
    for (const [sheet, p, skip] of [
      ["A", 90, []],
      ["B", 75, ["6.2"]],
    ] as const) {
      const { names, cells } = sheets.get(sheet)!;
      const scores = Object.fromEntries(
        subs.map((s) => [
          s.code,
          (skip as readonly string[]).includes(s.code) ? null : (s.max * p) / 100,
        ])
      );
      const expected = sheetFigures(std, 2, scores);
      expect(cells.get(names[CONSENSUS_NAMES.total])!.value).toBe(expected.total);
      expect(cells.get(names[CONSENSUS_NAMES.verdict])!.value).toBe(expected.verdict);
    }
    expect(sheetFigures(std, 2, at(90)).total).toBe(450);
  }, 120000);
});

describe("a 共识 workbook that cannot be read", () => {
  it("a cell holding two values (Excel would repair it) stops the run, naming the file, sheet and cell", async () => {
    const bytes = new Uint8Array(fs.readFileSync(consensusFile));
    const pkg = await XlsxPackage.open(bytes);
    const sheet = pkg.sheets.find((s) => s.name === "A")!;
    const item = pkg.names
      .find((n) => n.name === CONSENSUS_NAMES.item && n.localSheetId === sheet.index)!
      .ref.split("!")[1]
      .replace(/\$/g, "");
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file(sheet.path)!.async("string");
    const doubled = xml.replace(
      new RegExp(`(<c r="${item}"[^>]*>)<v>([^<]*)</v>`),
      "$1<v>$2</v><v>5</v>"
    );
    expect(doubled).not.toBe(xml);
    zip.file(sheet.path, doubled);
    const bad = path.join(dir, "共识-重复值.xlsx");
    fs.writeFileSync(bad, await zip.generateAsync({ type: "uint8array" }));
    const r = await mhscore("consolidate", judges, "--consensus", bad, "--json");
    const reason = t("problem.duplicateValue", {
      sheet: "A",
      cell: item,
      element: "v",
      part: "值",
    });
    expect(r.err).toContain(t("cli.consolidate.consensusUnreadable", { path: bad, reason }));
    expect(r.out).toBe("");
  });
});

describe("consolidation with the consensus and --winners 2", () => {
  let json: any;
  beforeAll(async () => {
    const filled = path.join(dir, "共识-已填.xlsx");
    fs.writeFileSync(filled, await fill());
    const r = await mhscore(
      "consolidate",
      judges,
      "--consensus",
      filled,
      "--winners",
      "2",
      "--json"
    );
    if (r.code !== 0) throw new Error(r.err);
    json = JSON.parse(r.out);
  }, 120000);

  const app = (name: string) =>
    json.applications.find((a: { applicant: string }) => a.applicant === name);

  it("takes the consensus total where the sheet is complete, the independent final elsewhere", () => {
    expect(app("A")).toMatchObject({
      final: 450,
      finalSource: "consensus",
      independentFinal: 425,
      verdict: "通过",
    });
    expect(app("A").consensus).toMatchObject({ total: 450, verdict: "通过" });
    expect(app("B")).toMatchObject({ final: 375, finalSource: "independent", consensus: null });
    expect(app("C")).toMatchObject({ final: 375, finalSource: "independent", consensus: null });
    expect(app("D")).toMatchObject({ final: 250, verdict: "未通过" });
  });

  it("names what a consensus sheet lacks", () => {
    const b = json.problems.find(
      (p: { sheet: string; code: string }) => p.sheet === "B" && p.code === "consensus-incomplete"
    );
    const sub = subs.find((s) => s.code === "6.2")!;
    expect(b.message).toBe(
      t("problem.consensusIncomplete", { applicant: "B", missing: `6.2 ${sub.title}` })
    );
  });

  it("proposes A and leaves the tie of B and C at the cut to the committee", () => {
    const flags = ["A", "B", "C", "D"].map((a) => [a, app(a).proposedWinner, app(a).tieAtCut]);
    expect(flags).toEqual([
      ["A", true, false],
      ["B", false, true],
      ["C", false, true],
      ["D", false, false],
    ]);
  });

  it("gives the judges' agreement worked out by hand", () => {
    expect(json.agreement.items).toEqual([
      {
        item: 2,
        itemTitle: "研发创新",
        applications: 4,
        judgesUsed: 3,
        judgesInItem: 3,
        kendallW: Math.round((492 / 540) * 1000) / 1000,
      },
    ]);
    const s = Math.sqrt(10000 / 8);
    expect(json.agreement.pooledSd).toBe(Math.round(s * 100) / 100);
    expect(json.judges).toEqual([
      {
        judge: "J1",
        sheets: 4,
        compared: 4,
        meanDeviation: -37.5,
        zMeanDeviation: Math.round((-37.5 / s) * 1000) / 1000,
        flagged: true,
      },
      {
        judge: "J2",
        sheets: 4,
        compared: 4,
        meanDeviation: 9.38,
        zMeanDeviation: Math.round((9.375 / s) * 1000) / 1000,
        flagged: false,
      },
      {
        judge: "J3",
        sheets: 4,
        compared: 4,
        meanDeviation: 28.13,
        zMeanDeviation: Math.round((28.125 / s) * 1000) / 1000,
        flagged: false,
      },
    ]);
  });
});
