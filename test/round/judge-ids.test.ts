/**
 * Ids, not names, tie a round together. Two judges named 张伟 (J2 and J3, both assigned A01)
 * are two judges: both sheets count, each has their own agreement figures, and the summary tells
 * them apart; a sheet that comes back without its id, under a name two judges share, is not
 * guessed. A judge's sheet made with another pass line than the run's is reported with both values.
 *
 *   J2 70 %, J3 50 %, J4 65 % of every maximum on A01 (PERCENT in test/support/round-fixture.ts):
 *   totals 350, 250 and 325; A01's mean (350 + 250 + 325) / 3 = 308.33.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { t } from "../../src/strings";
import { mhscore } from "../support/cli";
import { judgeFile } from "../support/consolidation-fixture";
import { tempDir } from "../support/engine";
import { fillJudgeWorkbook, ROSTER, type Rows } from "../support/round-fixture";

async function writeRoster(file: string, sheets: Record<string, Rows>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  fs.writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

/** The test round's roster with J2 and J3 both called 张伟. */
const NAMESAKES: Record<string, Rows> = {
  ...ROSTER,
  评委: ROSTER["评委"].map((r) => (r[0] === "J2" || r[0] === "J3" ? [r[0], "张伟", r[2]] : r)),
};

let dir: string;
let json: any;

beforeAll(async () => {
  dir = tempDir("judge-ids");
  const roster = path.join(dir, "名册.xlsx");
  await writeRoster(roster, NAMESAKES);
  expect((await mhscore("distribute", roster, "-o", path.join(dir, "发出"))).code).toBe(0);
  fs.mkdirSync(path.join(dir, "交回"));
  for (const name of fs.readdirSync(path.join(dir, "发出"))) {
    const judge = name.split("-")[0];
    const bytes = fs.readFileSync(path.join(dir, "发出", name));
    fs.writeFileSync(path.join(dir, "交回", name), await fillJudgeWorkbook(bytes, judge));
  }
  const r = await mhscore("consolidate", "--roster", roster, path.join(dir, "交回"), "--json");
  expect(r.code).toBe(0);
  json = JSON.parse(r.out);
});

describe("two judges of one name", () => {
  it("both count on the application they share, told apart by id", () => {
    const a01 = json.applications.find((a: any) => a.applicationId === "A01");
    const judges = a01.judges.map((j: any) => [j.judgeId, j.judge, j.total]);
    expect(judges).toEqual(
      expect.arrayContaining([
        ["J2", "张伟", 350],
        ["J3", "张伟", 250],
        ["J4", "评委4", 325],
      ])
    );
    expect(a01.judges).toHaveLength(3);
    expect(a01.mean).toBeCloseTo(308.33, 2);
    expect(json.problems.filter((p: any) => p.code === "duplicate-judge")).toEqual([]);
  });

  it("have separate agreement figures", () => {
    const zhang = json.judges.filter((j: any) => j.judge === "张伟");
    expect(zhang.map((j: any) => j.judgeId).sort()).toEqual(["J2", "J3"]);
    const [j2, j3] = ["J2", "J3"].map((id) => zhang.find((j: any) => j.judgeId === id));
    // J2 scores 70 % wherever assigned, J3 50 %: J2 sits above the others, J3 below.
    expect(j2.meanDeviation).toBeGreaterThan(0);
    expect(j3.meanDeviation).toBeLessThan(0);
    expect(j2.sheets + j3.sheets).toBe(
      json.applications.reduce(
        (n: number, a: any) => n + a.judges.filter((j: any) => j.judge === "张伟").length,
        0
      )
    );
  });

  it("a sheet without its id, under the shared name, is not guessed", async () => {
    const loose = path.join(dir, "散页");
    fs.mkdirSync(loose);
    await judgeFile(loose, "张伟.xlsx", "张伟", 2, [
      { applicant: "上海甲科技有限公司", scores: { "2.1": 30 } },
    ]);
    const roster = path.join(dir, "名册.xlsx");
    const r = await mhscore("consolidate", "--roster", roster, loose, "--json");
    const problem = JSON.parse(r.out).problems.find((p: any) => p.code === "ambiguous-judge");
    expect(problem.message).toBe(t("problem.ambiguousJudge", { judge: "张伟", ids: "J2、J3" }));
  });
});

describe("a judge's own pass line", () => {
  it("a sheet made with another pass line than the run's is reported with both values, and counts", async () => {
    const judges = path.join(dir, "通过线");
    fs.mkdirSync(judges);
    const all = Object.fromEntries(["2.1", "2.2", "2.3", "6.1", "6.2", "6.3"].map((c) => [c, 30]));
    await judgeFile(judges, "李四.xlsx", "李四", 2, [{ applicant: "申报甲", scores: all }]);
    const strict = await judgeFile(
      judges,
      "王五.xlsx",
      "王五",
      2,
      [{ applicant: "申报甲", scores: all }],
      ["--pass", "0.7"]
    );
    const r = await mhscore("consolidate", judges, "--json");
    const out = JSON.parse(r.out);
    const mismatch = out.problems.filter((p: any) => p.code === "pass-line-mismatch");
    expect(out.applications[0].judges.map((j: any) => j.judge).sort()).toEqual(["李四", "王五"]);
    expect(mismatch).toEqual([
      {
        file: strict,
        sheet: "申报甲",
        cell: expect.stringMatching(/^[A-Z]+\d+$/),
        code: "pass-line-mismatch",
        message: t("problem.passLineMismatch", { sheet: "350", run: 300, ratio: 0.6 }),
      },
    ]);
  });
});

describe("the standard a sheet names", () => {
  it("a sheet of another standard's edition is reported, naming both, and never counted", async () => {
    const { default: JSZip } = await import("jszip");
    const judges = path.join(dir, "标准");
    fs.mkdirSync(judges);
    const all = Object.fromEntries(["2.1", "2.2", "2.3", "6.1", "6.2", "6.3"].map((c) => [c, 40]));
    await judgeFile(judges, "李四.xlsx", "李四", 2, [{ applicant: "申报甲", scores: all }]);
    const other = await judgeFile(judges, "赵六.xlsx", "赵六", 2, [
      { applicant: "申报甲", scores: all },
    ]);
    // 赵六's workbook as a later edition of the standard would have written it.
    const zip = await JSZip.loadAsync(fs.readFileSync(other));
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    const later = xml.replace(/single-item@1/g, "single-item@2");
    expect(later).not.toBe(xml);
    zip.file("xl/workbook.xml", later);
    fs.writeFileSync(other, await zip.generateAsync({ type: "uint8array" }));
    const out = JSON.parse((await mhscore("consolidate", judges, "--json")).out);
    expect(out.applications[0].judges.map((j: any) => j.judge)).toEqual(["李四"]);
    const problem = out.problems.find((p: any) => p.code === "other-standard");
    expect(problem).toMatchObject({ file: other, sheet: "申报甲" });
    expect(problem.message).toBe(
      t("problem.otherStandard", {
        sheet: "minhang-quality-innovation-single-item@2",
        run: "minhang-quality-innovation-single-item@1",
      })
    );
  });
});

describe("a sheet's identity is checked, not trusted", () => {
  it("a sheet whose applicant differs from the roster's for its 申报编号 is reported at its cell and not counted", async () => {
    const { setCells } = await import("../support/xlsx-cells");
    const { readScoringSheets } = await import("../../src/xlsx");
    const judges = path.join(dir, "身份");
    fs.mkdirSync(judges);
    const name = fs.readdirSync(path.join(dir, "交回")).find((n) => n.startsWith("J4"))!;
    const bytes = new Uint8Array(fs.readFileSync(path.join(dir, "交回", name)));
    const sheets = await readScoringSheets(bytes);
    const a01 = sheets.find((s) => s.identity?.applicationId === "A01")!;
    const cell = a01.names.MH_APPLICANT;
    // Someone retyped the applicant: the hidden id says A01, the sheet says another organization.
    const retyped = await setCells(bytes, { [a01.sheetName]: { [cell]: "上海乙制造有限公司" } });
    fs.writeFileSync(path.join(judges, name), retyped);
    const roster = path.join(dir, "名册.xlsx");
    const out = JSON.parse(
      (await mhscore("consolidate", "--roster", roster, judges, "--json")).out
    );
    const problem = out.problems.find((p: any) => p.code === "applicant-mismatch");
    expect(problem).toEqual({
      file: path.join(judges, name),
      sheet: a01.sheetName,
      cell,
      code: "applicant-mismatch",
      message: t("problem.applicantMismatch", {
        id: "A01",
        sheet: "上海乙制造有限公司",
        roster: "上海甲科技有限公司",
      }),
    });
    const app = out.applications.find((a: any) => a.applicationId === "A01");
    expect(app?.judges ?? []).toEqual([]);
    // J4's other sheets still count.
    const others = sheets.filter((s) => s !== a01).map((s) => s.identity!.applicationId);
    for (const id of others)
      expect(out.applications.find((a: any) => a.applicationId === id).judges).toHaveLength(1);
  });

  it("one judge's two sheets for one application are a duplicate whatever the applicant's name says", async () => {
    const { setCells } = await import("../support/xlsx-cells");
    const { readScoringSheets } = await import("../../src/xlsx");
    const { defaultStandard } = await import("../../src/standard");
    const judges = path.join(dir, "重复");
    fs.mkdirSync(judges);
    const name = fs.readdirSync(path.join(dir, "交回")).find((n) => n.startsWith("J4"))!;
    const bytes = new Uint8Array(fs.readFileSync(path.join(dir, "交回", name)));
    const sheets = await readScoringSheets(bytes);
    const a01 = sheets.find((s) => s.identity?.applicationId === "A01")!;
    // J4 sent A01 twice: the draft as distributed, and a copy of that one sheet on which the
    // applicant's name was retyped (a shorter form of it). Every other sheet came once.
    const draft = path.join(judges, "J4-初稿.xlsx");
    const copy = path.join(judges, "J4-副本.xlsx");
    fs.writeFileSync(draft, bytes);
    const { default: JSZip } = await import("jszip");
    const retyped = await setCells(bytes, {
      [a01.sheetName]: { [a01.names.MH_APPLICANT]: "上海甲科技" },
    });
    const zip = await JSZip.loadAsync(retyped);
    const wb = await zip.file("xl/workbook.xml")!.async("string");
    // Only A01's sheet keeps its format names: the copy holds one scoring sheet.
    const others = sheets.filter((x) => x !== a01).map((x) => x.sheetIndex);
    const kept = wb.replace(
      /<definedName name="MH_FORMAT" localSheetId="(\d+)"[^<]*<\/definedName>/g,
      (m, i) => (others.includes(Number(i)) ? "" : m)
    );
    expect(kept).not.toBe(wb);
    zip.file("xl/workbook.xml", kept);
    fs.writeFileSync(copy, await zip.generateAsync({ type: "uint8array" }));
    expect(
      (await readScoringSheets(new Uint8Array(fs.readFileSync(copy)))).map((s) => s.applicant)
    ).toEqual(["上海甲科技"]);
    const item = defaultStandard.parts.find((p) => p.number === a01.item)!.title;
    const expected = (file: string, applicant: string, other: string) => ({
      file,
      sheet: a01.sheetName,
      cell: "",
      code: "duplicate-judge",
      message: t("problem.duplicateJudge", {
        judge: "评委4",
        by: t("problem.judgeById", { id: "J4" }),
        applicant,
        item,
        count: 2,
        others: `${other} · ${a01.sheetName}`,
      }),
    });
    const roster = path.join(dir, "名册.xlsx");
    for (const withRoster of [true, false]) {
      const argv = withRoster ? ["--roster", roster, judges] : [judges];
      const out = JSON.parse((await mhscore("consolidate", ...argv, "--json")).out);
      expect(out.problems.filter((p: any) => p.code === "duplicate-judge")).toEqual(
        [expected(copy, "上海甲科技", draft), expected(draft, "上海甲科技有限公司", copy)].sort(
          (a, b) => (withRoster ? 0 : 0) || a.file.localeCompare(b.file)
        )
      );
      // Neither counts, under either name; J4's other sheets count once each.
      const otherNames = sheets.filter((x) => x !== a01).map((x) => x.applicant);
      const j4 = (a: any) => a.judges.filter((j: any) => j.judgeId === "J4").length;
      const a01s = out.applications.filter(
        (a: any) => a.applicationId === "A01" || a.applicant.startsWith("上海甲科技")
      );
      // Without a roster applications go by name: both names are listed, neither with J4's score.
      expect(a01s.map(j4)).toEqual(withRoster ? [0] : [0, 0]);
      for (const name of otherNames)
        expect(j4(out.applications.find((a: any) => a.applicant === name))).toBe(1);
      expect(out.applications.reduce((n: number, a: any) => n + j4(a), 0)).toBe(otherNames.length);
    }
  });

  it("the submission digest covers the round, application and judge ids", async () => {
    const { submissionDigest } = await import("../../src/workbook-format");
    const base = {
      formatVersion: 1,
      applicant: "上海甲科技有限公司",
      item: 2,
      judge: "评委4",
      scores: { "2.1": 30, "6.1": 40 },
    };
    const identity = {
      round: "2027 年闵行区质量创新单项奖 材料评审",
      applicationId: "A01",
      judgeId: "J4",
    };
    const digests = await Promise.all([
      submissionDigest(base),
      submissionDigest({ ...base, identity }),
      submissionDigest({ ...base, identity: { ...identity, applicationId: "A02" } }),
      submissionDigest({ ...base, identity: { ...identity, judgeId: "J5" } }),
      submissionDigest({ ...base, identity: { ...identity, round: "2026 年" } }),
    ]);
    expect(new Set(digests).size).toBe(5);
    // A sheet made without a roster keeps the digest it always had.
    expect(digests[0]).toBe(await submissionDigest({ ...base, identity: null }));
  });
});
