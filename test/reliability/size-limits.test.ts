/**
 * Size limits: nothing the tool computes spreads a list of unbounded length into a call
 * (`Math.max(...rows)`, `list.push(...more)`), which ends a run with "Maximum call stack size
 * exceeded" once the list is long enough — a 评语 sheet of 10,000 judges' files, 30,000 paths
 * given, a folder of 2,000 files. Every input here is varied: comments of different words and
 * lengths, different judges, applicants and scores.
 */
import { beforeAll, describe, expect, test } from "@jest/globals";
import { consolidate, type FileInput, type Problem } from "../../src/consolidate";
import {
  commentSheet,
  consolidationWorkbook,
  detailSheet,
  problemSheet,
} from "../../src/secretariat-sheets/consolidation";
import { summaryLayout } from "../../src/secretariat-sheets/consolidation/summary-sheet";
import {
  maxOf,
  minOf,
  pushAll,
  rowHeightFor,
  SheetBuilder,
  type SheetPlan,
} from "../../src/sheet-kit";
import {
  bandForPercent,
  bandLabel,
  defaultStandard as std,
  rangeHundredths,
  subItemsForItem,
} from "../../src/standard";
import { sheetRead } from "../support/sheet-read";

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const OPENINGS = ["该单位", "申报材料显示", "现场核查表明", "从佐证材料看", "企业", "项目团队"];
const DEEDS = [
  "建立了覆盖研发全过程的质量管控体系",
  "将客户投诉率连续三年降低",
  "在关键工序引入了在线检测",
  "形成了可复制的精益改善方法",
  "主导制定了两项团体标准",
  "把数字化平台推广到全部生产线",
  "对供应商实施分级管理",
  "设立了跨部门的创新小组",
];
const EVIDENCE = [
  "，数据完整",
  "，有第三方检测报告佐证",
  "，但成效的量化还不充分",
  "，对标行业标杆的证据较少",
  "，覆盖面有待扩大",
  "，持续改进的记录清楚",
  "",
];
const TAILS = ["。", "，值得推广。", "，建议补充近两年的对比数据。", "；详见附件三。", "！"];

/** A comment as judges write them: one to four clauses, from a few characters to a paragraph. */
function comment(next: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const clauses = 1 + Math.floor(next() * 4);
  let text = pick(OPENINGS);
  for (let k = 0; k < clauses; k++) text += pick(DEEDS) + pick(EVIDENCE);
  if (next() < 0.1) text += `\n另：第${1 + Math.floor(next() * 9)}页的数据与附表不一致`;
  return text + pick(TAILS);
}

const PLACES = ["闵行", "莘庄", "七宝", "虹桥", "浦江", "颛桥", "马桥", "吴泾", "华漕", "梅陇"];
const TRADES = ["精密机械", "智能装备", "生物医药", "新材料", "检测认证", "物流服务", "食品"];
const SURNAMES = ["张", "王", "李", "赵", "陈", "刘", "周", "吴", "徐", "孙"];
const GIVEN = ["伟", "芳", "敏", "静", "磊", "洋", "婷", "强", "霞", "军", "丽", "斌"];

/**
 * 10,000 judges' files: 2,000 applications, five judges each, every sub-item scored with its
 * band and an 优点 and 改进机会 of its own.
 */
function judgesFiles(apps: number, judgesPerApp: number): FileInput[] {
  const next = random(20261120);
  const files: FileInput[] = [];
  for (let a = 0; a < apps; a++) {
    const item = (a % 5) + 1;
    const applicant = `上海${PLACES[a % 10]}${TRADES[Math.floor(a / 10) % 7]}第${a + 1}有限公司`;
    for (let j = 0; j < judgesPerApp; j++) {
      const n = (a * judgesPerApp + j) % 120;
      const judge = `${SURNAMES[n % 10]}${GIVEN[Math.floor(n / 10)]}${n >= 100 ? n : ""}`;
      const sheet = sheetRead(applicant, item, judge, 0);
      for (const s of subItemsForItem(std, item)) {
        const percent = 40 + Math.floor(next() * 13) * 5;
        sheet.entries[s.code] = {
          score: (s.max * percent) / 100,
          maturity: bandLabel(std, bandForPercent(std, percent)),
          strength: comment(next),
          improvement: next() < 0.15 ? null : comment(next),
        };
      }
      files.push({ file: `评委${judge}-${a + 1}.xlsx`, result: { ok: true, sheets: [sheet] } });
    }
  }
  return files;
}

const lastPrintRow = (plan: SheetPlan) => Number(/(\d+)$/.exec(plan.print!.area)![1]);

describe("size limits: long lists never overflow the stack", () => {
  let result: Awaited<ReturnType<typeof consolidate>>;

  beforeAll(async () => {
    result = await consolidate(judgesFiles(2000, 5));
  }, 60000);

  test("the 评语 sheet of 10,000 judges' files with varied comments is built", () => {
    const plan = commentSheet(result, "print");
    const rows = result.applications.reduce(
      (n, a) => n + a.judges.reduce((m, j) => m + Object.keys(j.scores).length, 0),
      0
    );
    expect(result.applications).toHaveLength(2000);
    expect(rows).toBeGreaterThan(25000);
    expect(plan.cells.length).toBeGreaterThan(200000);
    expect(lastPrintRow(plan)).toBe(rows + 1);
    const texts = new Set(plan.cells.map((c) => c.value).filter((v) => typeof v === "string"));
    expect(texts.size).toBeGreaterThan(1000);
  });

  test("the 评委明细 sheet of 2,000 applications is built", () => {
    const detail = detailSheet(std, result);
    expect(lastPrintRow(detail)).toBeGreaterThan(2000);
  });

  test("the 汇总 layout of 300,000 applications counts their judges", () => {
    const applications = Array.from({ length: 300000 }, (_, i) => {
      const app = result.applications[i % result.applications.length];
      return { ...app, judges: app.judges.slice(0, 1 + ((i * 7) % 5)) };
    });
    expect(summaryLayout({ ...result, applications }).J).toBe(5);
  });

  test("30,000 paths that are not there: the 问题清单 sheet has a row for each", async () => {
    const problems: Problem[] = Array.from({ length: 30000 }, (_, i) => ({
      file: `D:\\评审\\${PLACES[i % 10]}\\第${Math.floor(i / 10) + 1}批\\评委${i % 97}-${i}.xlsx`,
      sheet: "",
      cell: "",
      code: "missing-path",
      message: i % 3 ? "路径不存在" : `无法读取：权限不足（${i}）`,
    }));
    const few = await consolidate(judgesFiles(3, 5), {}, std, { problems, files: 0 });
    expect(few.problems.length).toBeGreaterThanOrEqual(30000);
    const plan = problemSheet(few);
    expect(lastPrintRow(plan)).toBe(few.problems.length + 1);
    expect(consolidationWorkbook(std, few).length).toBeGreaterThan(5);
  });

  test("a builder of 200,000 rows of varied text knows its last row", () => {
    const next = random(7);
    const b = new SheetBuilder("评语");
    for (let r = 1; r <= 200000; r++) b.text(`A${r}`, comment(next));
    b.merge("A200001:B200002");
    expect(b.lastRow()).toBe(200002);
  });

  test("the helpers take 300,000 values and agree with Math.max / Math.min", () => {
    const next = random(42);
    const values = Array.from({ length: 300000 }, () => Math.round((next() - 0.3) * 100000));
    let high = -Infinity;
    let low = Infinity;
    for (const v of values) {
      high = v > high ? v : high;
      low = v < low ? v : low;
    }
    expect(maxOf(values)).toBe(high);
    expect(maxOf(values, 1e9)).toBe(1e9);
    expect(minOf(values)).toBe(low);
    expect(maxOf([])).toBe(-Infinity);
    expect(maxOf([], 1)).toBe(1);
    expect(maxOf([3, NaN, 5])).toBeNaN();
    expect(maxOf([2, 9, 4], 1)).toBe(Math.max(1, 2, 9, 4));
    expect(rangeHundredths(values)).toBe(high - low);
    expect(rangeHundredths([])).toBeNull();
    const target = [1, 2];
    expect(pushAll(target, values)).toBe(300002);
    expect(target[2]).toBe(values[0]);
    expect(target[300001]).toBe(values[299999]);
    const texts = Array.from({ length: 300000 }, () => ({ text: comment(next), width: 40 }));
    expect(rowHeightFor(texts)).toBeGreaterThan(18);
  });
});
