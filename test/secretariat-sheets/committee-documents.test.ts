/**
 * The committee's documents of a round run as a newcomer ran it (test/support/committee-round.ts):
 * the 问题清单 in zh-CN with a next step and the files never returned, 申报编号 in 汇总 and names
 * that wrap sensibly, the 拟获奖名单's status outside the quota and its approval block, the 评语
 * sheet's print choice, and in every sheet and report no English code and no stray punctuation.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import JSZip from "jszip";
import {
  consolidate,
  feedbackOf,
  namePattern,
  PROBLEM_CODES,
  type ConsolidationResult,
} from "../../src/consolidate";
import { feedbackDocx, overallText } from "../../src/docx/feedback-report";
import { rosterWorkbook } from "../../src/judge-sheets";
import type { PlanCell, SheetPlan } from "../../src/sheet-kit";
import { consensusWorkbook } from "../../src/secretariat-sheets/consensus";
import { consolidationWorkbook } from "../../src/secretariat-sheets/consolidation";
import {
  lonelyLastCharacter,
  nameColumnWidth,
  NAME_COLUMN,
} from "../../src/secretariat-sheets/consolidation/name-column";
import { displayWidth as displayWidthOf } from "../../src/sheet-kit";
import { defaultStandard as std, subItemsForItem } from "../../src/standard";
import { joinLines, joinText, sentence, t } from "../../src/strings";
import zhCN from "../../src/strings/zh-CN.json";
import { committeeRound, NAMES } from "../support/committee-round";

const shown = (c: PlanCell) => (c.formula !== undefined ? c.result : c.value);
const texts = (plan: SheetPlan) =>
  plan.cells.map(shown).filter((v): v is string => typeof v === "string");
const cellOf = (plan: SheetPlan, at: string) => plan.cells.find((c) => c.address === at);
const sheet = (plans: SheetPlan[], name: string) => plans.find((p) => p.sheetName === name)!;

/** A program's code: lower-case words joined by hyphens (score-overMax, sheet-not-counted); not a --option. */
const CODE = /(?<![A-Za-z-])[a-z]+(?:-[a-zA-Z]+)+/;
/** Two clause marks in a row, or a line that begins with one (or with a closing bracket). */
const STRAY = /[。；，、][。；，、]|(^|\n)\s*[。；，、）)]/;

async function documentText(bytes: Uint8Array): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(bytes)).files["word/document.xml"].async("string");
  return xml
    .split("</w:p>")
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
    .filter(Boolean);
}

let result: ConsolidationResult;
let plans: SheetPlan[];

beforeAll(async () => {
  const { files, round, assignments } = committeeRound();
  result = await consolidate(files, { winners: 2 }, std, undefined, { round, assignments });
  plans = consolidationWorkbook(std, result);
});

describe("问题清单", () => {
  it("has a zh-CN kind and a next step for every problem code", () => {
    const keys = zhCN as Record<string, string>;
    for (const code of PROBLEM_CODES) {
      expect([code, keys[`problemKind.${code}`]?.length > 0]).toEqual([code, true]);
      expect([code, keys[`problemAction.${code}`]?.length > 0]).toEqual([code, true]);
      expect(CODE.test(keys[`problemKind.${code}`])).toBe(false);
    }
  });

  it("lists the judge who never returned the file first (未收到), then the problems, each with 处理建议", () => {
    const p = sheet(plans, t("summary.problemSheet"));
    expect(cellOf(p, "E1")?.value).toBe(t("problems.col.kind"));
    expect(cellOf(p, "G1")?.value).toBe(t("problems.col.action"));
    expect(cellOf(p, "E2")?.value).toBe(t("problemKind.missing-file"));
    expect(String(cellOf(p, "F2")?.value)).toContain(`${NAMES[6]}（J7）`);
    const kinds = p.cells.filter((c) => c.address.startsWith("E")).map(shown);
    expect(kinds).toContain(t("problemKind.score-overMax"));
    expect(kinds).toContain(t("problemKind.sheet-not-counted"));
    const rows = 1 + result.problems.length;
    for (let r = 2; r <= rows + 1; r++) expect(String(cellOf(p, `G${r}`)?.value)).not.toBe("");
  });
});

describe("no English code in any sheet the tool writes", () => {
  it("holds for the summary workbook, the consensus sheets and the roster", () => {
    const { round, assignments } = committeeRound();
    const all = [
      ...plans,
      ...consensusWorkbook(std, result),
      ...rosterWorkbook(std, round, assignments),
    ];
    const offenders = all.flatMap((plan) =>
      texts(plan)
        .filter((s) => CODE.test(s))
        .map((s) => `${plan.sheetName}: ${s}`)
    );
    expect(offenders).toEqual([]);
  });
});

describe("汇总", () => {
  it("has a 申报编号 column beside 申报组织, filled from the roster", () => {
    const s = sheet(plans, t("summary.sheet"));
    expect(cellOf(s, "D3")?.value).toBe(t("summary.col.id"));
    expect(cellOf(s, "E3")?.value).toBe(t("summary.col.applicant"));
    const ids = result.applications.map((a, i) => [cellOf(s, `D${4 + i}`)?.value, a.applicationId]);
    for (const [cell, id] of ids) expect(cell).toBe(id);
  });

  it("sizes 申报组织 to the longest name (up to a cap) and never leaves a lone last character", () => {
    const s = sheet(plans, t("summary.sheet"));
    const width = s.columns[4].width;
    const names = result.applications.map((a) => a.applicant);
    expect(width).toBeLessThanOrEqual(NAME_COLUMN.cap);
    for (const n of names) expect([n, lonelyLastCharacter(n, width)]).toEqual([n, false]);
    // 14 characters (上海闵行精密机械有限公司 is 12) once put on a line of their own: "…有限公" / "司".
    const fourteen = "上海闵行区精密机械制造有限公司";
    expect(lonelyLastCharacter(fourteen, 31)).toBe(true);
    expect(lonelyLastCharacter(fourteen, nameColumnWidth([fourteen]))).toBe(false);
    const long = [
      "上海闵行经济技术开发区精密机械制造股份有限公司",
      "上海莘庄工业区智能装备研究院有限公司",
    ];
    const w = nameColumnWidth(long);
    expect(w).toBeLessThanOrEqual(NAME_COLUMN.cap);
    for (const n of long) expect([n, lonelyLastCharacter(n, w)]).toEqual([n, false]);
    expect(displayWidthOf(fourteen)).toBeLessThan(nameColumnWidth([fourteen]));
  });
});

describe("拟获奖名单", () => {
  it("shows 达线未入选 for a passing application outside the quota, as the formula does", () => {
    const d = sheet(plans, t("summary.decisionSheet"));
    const outside = result.applications.filter(
      (a) => a.verdict === "通过" && a.decision === "not-proposed"
    );
    expect(outside.length).toBeGreaterThan(0);
    const cells = d.cells.filter((c) => /^H\d+$/.test(c.address) && c.formula !== undefined);
    const labels = cells.map((c) => c.result);
    expect(labels.filter((l) => l === t("decision.outsideQuota"))).toHaveLength(outside.length);
    for (const c of cells) expect(c.formula).toContain(`"${t("decision.outsideQuota")}"`);
  });

  it("ends with the committee's approval block inside the print area, kept with the list", () => {
    const d = sheet(plans, t("summary.decisionSheet"));
    const at = (label: string) => d.cells.find((c) => c.value === label)!.address;
    const rows = ["opinion", "chair", "members", "date"].map((k) =>
      Number(at(t(`decision.approval.${k}` as "decision.approval.chair")).replace(/\D/g, ""))
    );
    const last = Number(d.print!.area.split(":")[1].replace(/\D/g, ""));
    expect(Math.max(...rows)).toBe(last);
    expect(d.print!.paper).toBe("A4");
    expect(d.print!.orientation).toBe("portrait");
  });
});

describe("评语: how it prints is the user's choice", () => {
  it("by default is for the screen: the print area is the note that says so", () => {
    const c = sheet(plans, t("summary.commentSheet"));
    expect(c.print!.area).toBe("A1:H1");
    expect(String(cellOf(c, "A1")?.value)).toContain("--comments print");
  });

  it("with comments: print, prints every comment row under a repeated header", () => {
    const printed = sheet(
      consolidationWorkbook(std, result, { comments: "print" }),
      t("summary.commentSheet")
    );
    const rows = result.applications.reduce(
      (n, a) => n + a.judges.reduce((m, j) => m + Object.keys(j.scores).length, 0),
      0
    );
    expect(printed.print!.area).toBe(`A1:H${rows + 1}`);
    expect(printed.print!.titleRows).toEqual([1, 1]);
  });
});

describe("feedback reports", () => {
  const consensusFor = (count: number) => {
    const app = result.applications.find((a) => a.judges.length > 0)!;
    const codes = subItemsForItem(std, app.item).map((s) => s.code);
    return {
      ...app,
      consensusTexts: Object.fromEntries(
        codes.map((c, i) => [
          c,
          i < count
            ? {
                maturity: "",
                strength: "经会议讨论，做法成效明确。",
                improvement: "建议补充对标数据；",
              }
            : { maturity: "", strength: "", improvement: "" },
        ])
      ),
    };
  };

  it("says the meeting's word stands only for the sub-items it gave texts for", async () => {
    const f = feedbackOf(std, consensusFor(2), namePattern(NAMES));
    expect([f.consensusItems, f.itemCount]).toEqual([2, subItemsForItem(std, f.item).length]);
    const paragraphs = await documentText(
      await feedbackDocx(f, { roundName: "本轮", withScores: false, date: "2026-12-01" })
    );
    const intro = paragraphs.find((p) => p.startsWith("本报告"))!;
    expect(intro).toContain("其中 2 个评分项以评审共识会议的意见为准");
    expect(paragraphs.filter((p) => p === t("report.itemConsensus"))).toHaveLength(2);
    const all = feedbackOf(std, consensusFor(99), null);
    expect(all.consensusItems).toBe(all.itemCount);
  });

  it("has a 总体评价 and a 落款 with the organizer and the date", async () => {
    const f = feedbackOf(std, consensusFor(0), namePattern(NAMES));
    const paragraphs = await documentText(
      await feedbackDocx(f, { roundName: "本轮", withScores: true, date: "2026-12-01" })
    );
    const overall = paragraphs[paragraphs.indexOf(t("report.overallHeading")) + 1];
    expect(overall).toContain(f.overall.band);
    expect(overall).toContain(`结论：${f.verdict}`);
    expect(f.overall.strongest.length).toBeGreaterThan(0);
    for (const s of [...f.overall.strongest, ...f.overall.weakest]) expect(overall).toContain(s);
    for (const name of NAMES) expect(paragraphs.join("")).not.toContain(name);
    expect(paragraphs.slice(-2)).toEqual([t("report.creator"), "2026 年 12 月 1 日"]);
    // Without scores: the band, never the points.
    expect(overallText(f, false)).not.toContain(String(f.final));
  });
});

describe("stray punctuation", () => {
  it("joins pieces without doubling a mark, and keeps closing marks on their line", () => {
    expect(joinText(["做法有效。", "成效待量化；", ""], "；")).toBe("做法有效；成效待量化；");
    expect(joinText(["。开头的", "句子。"], "。")).toBe("开头的。句子。");
    expect(sentence("成效待量化；")).toBe("成效待量化。");
    expect(sentence("是否有对标？")).toBe("是否有对标？");
    expect(joinLines(["建议补充数据（如满意度", "）。", "", "。另一条"])).toEqual([
      "建议补充数据（如满意度）。另一条",
    ]);
  });

  it("is in no sheet text and no report paragraph, with varied realistic comments", async () => {
    const sheets = [...plans, ...consensusWorkbook(std, result)];
    const offenders = sheets.flatMap((plan) =>
      texts(plan)
        .filter((s) => STRAY.test(s))
        .map((s) => `${plan.sheetName}: ${s}`)
    );
    for (const app of result.applications.filter((a) => a.judges.length > 0)) {
      const f = feedbackOf(std, app, namePattern(NAMES));
      for (const withScores of [true, false]) {
        const paragraphs = await documentText(
          await feedbackDocx(f, { roundName: "本轮", withScores, date: "2026-12-01" })
        );
        for (const p of paragraphs) if (STRAY.test(p)) offenders.push(`${app.applicant}: ${p}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
