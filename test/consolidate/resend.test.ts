/**
 * A judge who sends the same file twice ("J1-王建国 (1).xlsx" beside the original, or the same
 * scores saved again) is counted once, with a note naming both files; copies that differ stay a
 * duplicate, neither counted, as before.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import * as fs from "fs";
import * as path from "path";
import { mhscore } from "../support/cli";
import { judgeFile } from "../support/consolidation-fixture";
import { tempDir } from "../support/engine";

const JIA = "上海甲科技有限公司";
const YI = "上海乙制造有限公司";
const scores = (p: number) =>
  Object.fromEntries(
    [
      ["2.1", 120],
      ["2.2", 100],
      ["2.3", 80],
      ["6.1", 80],
      ["6.2", 60],
      ["6.3", 60],
    ].map(([c, max]) => [c, (Number(max) * p) / 100])
  );

let dir: string;

async function consolidate(folder: string) {
  const r = await mhscore("consolidate", folder, "--json");
  expect(r.code).toBe(0);
  return JSON.parse(r.out);
}

beforeAll(async () => {
  dir = tempDir("resend");
  for (const [judge, p] of [
    ["李明", 70],
    ["张华", 55],
  ] as const)
    await judgeFile(dir, `${judge}.xlsx`, judge, 2, [
      { applicant: JIA, scores: scores(p) },
      { applicant: YI, scores: scores(p - 5) },
    ]);
  await judgeFile(dir, "J1-王建国.xlsx", "王建国", 2, [
    { applicant: JIA, scores: scores(60) },
    { applicant: YI, scores: scores(65) },
  ]);
});

describe("the same file twice", () => {
  it("a byte copy counts once, each sheet with a note naming both files", async () => {
    const folder = path.join(dir, "字节相同");
    fs.mkdirSync(folder);
    for (const f of ["李明.xlsx", "张华.xlsx", "J1-王建国.xlsx"])
      fs.copyFileSync(path.join(dir, f), path.join(folder, f));
    fs.copyFileSync(path.join(dir, "J1-王建国.xlsx"), path.join(folder, "J1-王建国 (1).xlsx"));
    const json = await consolidate(folder);
    const jia = json.applications.find((a: any) => a.applicant === JIA);
    expect(jia.judges.map((j: any) => j.judge).sort()).toEqual(["张华", "李明", "王建国"].sort());
    expect(jia.judges.find((j: any) => j.judge === "王建国").total).toBe(300);
    const notes = json.problems.filter((p: any) => p.code === "identical-copy");
    expect(notes.map((p: any) => [path.basename(p.file), p.sheet])).toEqual([
      ["J1-王建国 (1).xlsx", JIA],
      ["J1-王建国 (1).xlsx", YI],
    ]);
    expect(notes[0].message).toContain(path.join(folder, "J1-王建国.xlsx"));
    expect(notes[0].message).toContain(path.join(folder, "J1-王建国 (1).xlsx"));
    expect(json.problems.filter((p: any) => p.code === "duplicate-judge")).toEqual([]);
  });

  it("the same scores saved again (other bytes) count once; a copy with one score changed is a duplicate", async () => {
    const folder = path.join(dir, "重存");
    fs.mkdirSync(folder);
    for (const f of ["李明.xlsx", "张华.xlsx", "J1-王建国.xlsx"])
      fs.copyFileSync(path.join(dir, f), path.join(folder, f));
    await judgeFile(folder, "王建国-重发.xlsx", "王建国", 2, [
      { applicant: JIA, scores: scores(60) },
      { applicant: YI, scores: { ...scores(65), "2.1": 84 } },
    ]);
    const original = fs.readFileSync(path.join(folder, "J1-王建国.xlsx"));
    expect(fs.readFileSync(path.join(folder, "王建国-重发.xlsx")).equals(original)).toBe(false);
    const json = await consolidate(folder);
    const judgesOf = (applicant: string) =>
      json.applications
        .find((a: any) => a.applicant === applicant)
        .judges.map((j: any) => j.judge)
        .sort();
    expect(judgesOf(JIA)).toEqual(["张华", "李明", "王建国"].sort());
    expect(judgesOf(YI)).toEqual(["张华", "李明"].sort());
    const codes = json.problems.map((p: any) => [p.code, path.basename(p.file), p.sheet]);
    expect(codes).toEqual(
      expect.arrayContaining([
        ["identical-copy", "王建国-重发.xlsx", JIA],
        ["duplicate-judge", "J1-王建国.xlsx", YI],
        ["duplicate-judge", "王建国-重发.xlsx", YI],
      ])
    );
  });
});
