/**
 * The decision (拟获奖 per item, a tie at the cut left to the committee) against figures worked out
 * by hand (docs/decision-and-agreement.md), and the 拟获奖名单 sheet's formulas through LibreOffice:
 * they give the rule's decisions, and follow when the committee changes N. The judges' agreement
 * is in agreement.test.ts.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { consolidate, type ConsolidationResult, type FileInput } from "../../src/consolidate";
import { consolidationJson } from "../../src/consolidate";
import { consolidationWorkbook } from "../../src/secretariat-sheets";
import { decisionOf, defaultStandard as std } from "../../src/standard";
import { writeWorkbook, XlsxPackage } from "../../src/xlsx";
import { convertWithEngine, describeWithEngine, tempDir } from "../support/engine";
import { sheetRead } from "../support/sheet-read";
import { setCells } from "../support/xlsx-cells";

const sheet = sheetRead;

/** Item 2: 甲 450, 乙 and 丙 400 (tied), 丁 350, 戊 250 (fails); item 3: 己 425. Three judges each. */
const FINALS: [string, number, number][] = [
  ["甲", 2, 90],
  ["乙", 2, 80],
  ["丙", 2, 80],
  ["丁", 2, 70],
  ["戊", 2, 50],
  ["己", 3, 85],
];

async function round(winners?: number): Promise<ConsolidationResult> {
  const files: FileInput[] = FINALS.flatMap(([applicant, item, percent]) =>
    ["评委一", "评委二", "评委三"].map((judge) => ({
      file: `${judge}.xlsx`,
      result: { ok: true as const, sheets: [sheet(applicant, item, judge, percent)] },
    }))
  );
  return consolidate(files, { winners });
}

const decisions = (r: ConsolidationResult) =>
  Object.fromEntries(r.applications.map((a) => [a.applicant, a.decision]));

describe("the decision", () => {
  it("proposes the first N passing applications per item and leaves a tie at the cut open", async () => {
    expect(decisions(await round(2))).toEqual({
      甲: "proposed",
      乙: "tie-at-cut",
      丙: "tie-at-cut",
      丁: "not-proposed",
      戊: "not-proposed",
      己: "proposed",
    });
    expect(decisions(await round(1))).toMatchObject({ 甲: "proposed", 乙: "not-proposed" });
    expect(decisions(await round(3))).toMatchObject({
      乙: "proposed",
      丙: "proposed",
      丁: "not-proposed",
    });
    expect(decisions(await round())).toMatchObject({ 丁: "proposed", 戊: "not-proposed" });
  });

  it("says so in --json", async () => {
    const json = consolidationJson(await round(2));
    const flags = json.applications.map((a) => [a.applicant, a.proposedWinner, a.tieAtCut]);
    expect(flags).toEqual([
      ["甲", true, false],
      ["丙", false, true], // ties by name, in pinyin order
      ["乙", false, true],
      ["丁", false, false],
      ["戊", false, false],
      ["己", true, false],
    ]);
    expect(json.options.winners).toBe(2);
  });

  it("is one rule: decisionOf compares exact hundredths", () => {
    const c = (finalHundredths: number) => ({ item: 1, finalHundredths, verdict: "通过" as const });
    const all = [c(40001), c(40000), c(40000)];
    expect(all.map((x) => decisionOf(x, all, 1))).toEqual([
      "proposed",
      "not-proposed",
      "not-proposed",
    ]);
    expect(all.map((x) => decisionOf(x, all, 2))).toEqual(["proposed", "tie-at-cut", "tie-at-cut"]);
  });
});

describeWithEngine("the 拟获奖名单 sheet through LibreOffice", () => {
  let bytes: Uint8Array;
  let result: ConsolidationResult;
  beforeAll(async () => {
    result = await round(2);
    bytes = await writeWorkbook(consolidationWorkbook(std, result));
  });

  /** The sheet's 拟获奖 column by applicant, as LibreOffice computed it with N in C2. */
  async function computed(n: number | null, dir: string): Promise<Record<string, unknown>> {
    const input = await setCells(bytes, { 拟获奖名单: { C2: n } });
    const out = await convertWithEngine(input, `n${n ?? "blank"}.xlsx`, "xlsx", dir);
    const pkg = await XlsxPackage.open(out.bytes);
    const index = pkg.sheets.find((s) => s.name === "拟获奖名单")!.index;
    const cells = (await pkg.readSheet(index)).cells;
    const out2: Record<string, unknown> = {};
    for (let r = 5; cells.has(`D${r}`); r++)
      out2[String(cells.get(`D${r}`)!.value)] = cells.get(`H${r}`)?.value ?? "";
    return out2;
  }

  // A passing application outside the quota reads 达线未入选 (only passing ones are listed).
  const label = {
    proposed: "拟获奖",
    "tie-at-cut": "并列待定",
    "not-proposed": "达线未入选",
  } as const;
  const expected = async (n?: number) =>
    Object.fromEntries(
      (await round(n)).applications
        .filter((a) => a.verdict === "通过")
        .map((a) => [a.applicant, label[a.decision]])
    );

  it("computes the rule's decisions, and follows N when the committee changes it", async () => {
    const dir = tempDir("decision");
    expect(await computed(2, dir)).toEqual(await expected(2));
    expect(await computed(1, dir)).toEqual(await expected(1));
    expect(await computed(3, dir)).toEqual(await expected(3));
    expect(await computed(null, dir)).toEqual(await expected());
    expect(Object.values(await computed(2, dir))).toContain("并列待定");
  }, 120000);
});
