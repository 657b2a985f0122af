/**
 * The use cases that both shells call: planning judges' sheets and consolidating files. One rule,
 * one place: a standard whose pass ratio is 0.7 moves the pass line of the sheets and of the
 * consolidation alike, with nothing else said.
 */
import { describe, expect, it } from "@jest/globals";
import { consolidationOptions, type Problem } from "../../src/consolidate";
import { defaultStandard, parseStandard, type Standard } from "../../src/standard";
import { entryName, NAMES } from "../../src/workbook-format";
import {
  consolidateRound,
  placeScoringSheet,
  planJudgeSheets,
  type FileSource,
} from "../../src/workflows";
import { readScoringSheets, writeWorkbook } from "../../src/xlsx";
import { scoresSummingTo } from "../support/score-cases";
import { setCells } from "../support/xlsx-cells";
import { summarySheetNames } from "../support/summary-sheets";
import { roundContext } from "../support/round-context";

const context = (standard: Standard, judge = "甲") =>
  roundContext({ standard, judge: { id: "", name: judge } });

function standardWith(passRatio: number): Standard {
  const parsed = parseStandard({ ...defaultStandard, passRatio });
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  return parsed.standard;
}
const strict = standardWith(0.7);

/** A judge's file made by the use case, with every score filled through the names. */
async function judgeFile(standard: Standard, judge: string, total: number): Promise<FileSource> {
  const planned = planJudgeSheets(context(standard, judge), {
    item: 2,
    date: "2026-11-20",
    applicants: ["上海甲公司"],
  });
  if (!planned.ok) throw new Error(planned.message);
  const bytes = await writeWorkbook(planned.value.plans);
  const [sheet] = await readScoringSheets(bytes);
  const edits: Record<string, number> = {};
  for (const [code, v] of Object.entries(scoresSummingTo(standard, 2, total)))
    edits[sheet.names[entryName("score", code)]] = v as number;
  const filled = await setCells(bytes, { [sheet.sheetName]: edits });
  return { name: `${judge}.xlsx`, read: async () => filled };
}

function passLineCell(plans: {
  cells: { address: string; value?: unknown }[];
  names: { name: string; address: string }[];
}) {
  const at = plans.names.find((n) => n.name === NAMES.passLine)!.address.replace(/\$/g, "");
  return plans.cells.find((c) => c.address === at)!.value;
}

describe("one pass ratio, from the standard, everywhere", () => {
  it("a standard with passRatio 0.7 changes the sheets' pass line", () => {
    const plan = (standard: Standard) => {
      const r = planJudgeSheets(context(standard), {
        item: 2,
        date: "2026-11-20",
        applicants: ["乙"],
      });
      if (!r.ok) throw new Error(r.message);
      return r.value.plans[0];
    };
    expect(passLineCell(plan(defaultStandard))).toBe(300);
    expect(passLineCell(plan(strict))).toBe(350);
  });

  it("and the consolidation's, for the same scores", async () => {
    const files = (s: Standard) => Promise.all([judgeFile(s, "J1", 320), judgeFile(s, "J2", 330)]);
    const usual = await consolidateRound(context(defaultStandard), {
      sources: await files(defaultStandard),
    });
    const raised = await consolidateRound(context(strict), { sources: await files(strict) });
    if (usual.kind !== "done" || raised.kind !== "done") throw new Error("nothing read");
    expect(usual.result.options.passRatio).toBe(0.6);
    expect(raised.result.options.passRatio).toBe(0.7);
    expect(usual.result.applications[0]).toMatchObject({ final: 325, verdict: "通过" });
    expect(raised.result.applications[0]).toMatchObject({ final: 325, verdict: "未通过" });
    const summaryPassLine = (run: typeof usual) =>
      run.plans[0].cells.find((c) => c.address === "B2")!.value;
    expect(summaryPassLine(usual)).toBe(300);
    expect(summaryPassLine(raised)).toBe(350);
  });

  it("an explicit ratio still wins over the standard's", () => {
    expect(consolidationOptions(strict, { passRatio: 0.5 }).passRatio).toBe(0.5);
    expect(consolidationOptions(strict).passRatio).toBe(0.7);
  });
});

describe("planning judges' sheets", () => {
  it("refuses bad input with the message a shell shows, and plans nothing", () => {
    const ask = ({ judge = "甲", ...over }: { judge?: string; [key: string]: unknown }) =>
      planJudgeSheets(context(defaultStandard, judge), {
        item: 2,
        date: "2026-11-20",
        applicants: ["乙"],
        ...over,
      });
    expect(ask({ item: "7" })).toEqual({ ok: false, message: expect.stringContaining("“7”无效") });
    expect(ask({ date: "2026-02-30" })).toEqual({
      ok: false,
      message: expect.stringContaining("2026-02-30"),
    });
    expect(ask({ judge: "  " })).toEqual({ ok: false, message: "评委姓名不能为空。" });
    expect(ask({ applicants: ["乙", " 乙 "] })).toEqual({
      ok: false,
      message: "申报组织“乙”重复给出。",
    });
  });

  it("names sheets by Excel's rules, one per applicant", () => {
    const r = planJudgeSheets(context(defaultStandard), {
      item: "3",
      date: "2026-11-20",
      applicants: ["a/b", "A_B"],
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.sheets).toEqual([
      { sheetName: "a_b", applicant: "a/b" },
      { sheetName: "A_B (2)", applicant: "A_B" },
    ]);
  });
});

describe("placing a sheet in an open workbook", () => {
  const sheets = [{ sheetName: "上海Ａ公司", applicant: "上海Ａ公司", item: 2 }];
  it("finds the application's sheet by the same-applicant rule (width and spaces folded)", () => {
    expect(placeScoringSheet({ applicant: "上海 A公司", item: 2 }, sheets)).toEqual({
      kind: "existing",
      sheet: sheets[0],
    });
  });
  it("else a new, free name", () => {
    expect(placeScoringSheet({ applicant: "上海A公司", item: 3 }, sheets)).toEqual({
      kind: "new",
      sheetName: "上海A公司",
    });
  });
});

describe("consolidating files", () => {
  it("reports progress per file, and problems found before reading come first, untouched", async () => {
    const files = [
      await judgeFile(defaultStandard, "J1", 300),
      await judgeFile(defaultStandard, "J2", 310),
    ];
    const seen: string[] = [];
    const missing: Problem = {
      file: "/no/such",
      sheet: "",
      cell: "",
      code: "missing-path",
      message: "路径不存在",
    };
    const run = await consolidateRound(context(defaultStandard), {
      sources: files,
      control: { onProgress: (done, total, name) => seen.push(`${done}/${total} ${name}`) },
      paths: { problems: [missing], files: 0 },
    });
    expect(seen).toEqual(["1/2 J1.xlsx", "2/2 J2.xlsx"]);
    if (run.kind !== "done") throw new Error(run.kind);
    expect(run.result.problems[0]).toEqual(missing);
    expect(run.result.filesRead).toBe(2);
    expect(run.plans.map((p) => p.sheetName)).toEqual(summarySheetNames());
  });

  it("stops between files when cancelled, with no result", async () => {
    const files = [
      await judgeFile(defaultStandard, "J1", 300),
      await judgeFile(defaultStandard, "J2", 310),
    ];
    let reads = 0;
    const counted = files.map((f) => ({ ...f, read: () => (reads++, f.read()) }));
    const run = await consolidateRound(context(defaultStandard), {
      sources: counted,
      control: { isCancelled: () => reads >= 1 },
    });
    expect(run).toEqual({ kind: "cancelled" });
    expect(reads).toBe(1);
  });

  it("a file that cannot be read is a problem, never an exception", async () => {
    const broken: FileSource = { name: "坏.xlsx", read: () => Promise.reject(new Error("EIO")) };
    const run = await consolidateRound(context(defaultStandard), { sources: [broken] });
    expect(run.kind).toBe("nothing");
    if (run.kind !== "nothing") throw new Error();
    expect(run.result.problems).toEqual([
      expect.objectContaining({
        file: "坏.xlsx",
        code: "unreadable",
        message: expect.stringContaining("EIO"),
      }),
    ]);
  });
});
