/**
 * 共识 sheets are checked, not trusted: a sheet of an unknown format version, of another round,
 * last year's sheet under this year's 申报编号, and two sheets for one application are each
 * reported at their sheet and cell, and none of them changes a final; the good ones still count.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { CheckedFiles, consolidateChecked } from "../../src/consolidate";
import { applyConsensus } from "../../src/consolidate/consensus";
import type { ApplicationResult } from "../../src/consolidate";
import { defaultStandard as std } from "../../src/standard";
import { t } from "../../src/strings";
import type { ConsensusSheetRead } from "../../src/workbook-format";
import { applicantName, syntheticConsensus, syntheticRound } from "../support/synthetic-round";

const ROUND = "2027 年闵行区质量创新单项奖 材料评审";
let base: ApplicationResult[];

beforeAll(async () => {
  const checked = new CheckedFiles(std);
  for (const f of syntheticRound(6, 5)) await checked.add(f);
  base = consolidateChecked(checked, {}, std).applications;
});

/** The six applications as a roster run has them: A01…A06 (by applicant, as syntheticRound names them). */
function withIds(): ApplicationResult[] {
  return structuredClone(base).map((app) => {
    const a = [0, 1, 2, 3, 4, 5].find((k) => applicantName(k) === app.applicant)!;
    return { ...app, applicationId: `A0${a + 1}` };
  });
}

/** The meeting's sheet for application index a, as this round's consolidation wrote it. */
const sheetFor = (a: number, change: Partial<ConsensusSheetRead> = {}): ConsensusSheetRead => ({
  ...syntheticConsensus([a])[0],
  applicationId: `A0${a + 1}`,
  round: ROUND,
  cells: { applicant: "C2", item: "H2", applicationId: "K2", round: "N2", format: "N1" },
  ...change,
});

const run = (sheets: ConsensusSheetRead[]) => {
  const apps = withIds();
  const problems = applyConsensus(std, { ...baseOptions() }, apps, sheets, ROUND);
  const byId = (id: string) => apps.find((a) => a.applicationId === id)!;
  return { problems, byId };
};
const baseOptions = () => ({ trim: "auto" as const, passRatio: 0.6, spreadRatio: 0.15 });

describe("共识 sheets checked like judges' sheets", () => {
  it("this round's sheets count, even with the applicant as the meeting shortened it", () => {
    const { problems, byId } = run([sheetFor(0), sheetFor(1, { applicant: "乙公司" })]);
    expect(problems).toEqual([]);
    expect(byId("A01").finalSource).toBe("consensus");
    expect(byId("A02").finalSource).toBe("consensus");
  });

  it("refuses last year's sheet under this year's 申报编号, at the applicant's cell", () => {
    const last = sheetFor(0, {
      round: null,
      applicant: "上海旧年度检测有限公司",
      file: "去年共识.xlsx",
    });
    const { problems, byId } = run([last, sheetFor(1)]);
    expect(problems).toEqual([
      {
        file: "去年共识.xlsx",
        sheet: last.sheetName,
        cell: "C2",
        code: "consensus-mismatch",
        message: t("problem.consensusMismatch", {
          sheetApplicant: "上海旧年度检测有限公司",
          sheetItem: std.parts.find((p) => p.number === last.item)!.title,
          id: "A01",
          applicant: applicantName(0),
          item: std.parts.find((p) => p.number === byId("A01").item)!.title,
        }),
      },
    ]);
    expect(byId("A01")).toMatchObject({ finalSource: "independent", consensus: null });
    expect(byId("A02").finalSource).toBe("consensus");
  });

  it("refuses a sheet of another round and one of an unknown format version, at their cells", () => {
    const other = sheetFor(2, { round: "2026 年闵行区质量创新单项奖 材料评审" });
    const future = sheetFor(3, { formatVersion: 2 });
    const { problems, byId } = run([other, future, sheetFor(4)]);
    expect(problems.map((p) => [p.sheet, p.cell, p.code, p.message])).toEqual([
      [
        other.sheetName,
        "N2",
        "consensus-other-round",
        t("problem.consensusOtherRound", {
          round: "2026 年闵行区质量创新单项奖 材料评审",
          current: ROUND,
        }),
      ],
      [
        future.sheetName,
        "N1",
        "consensus-format",
        t("problem.consensusFormat", { version: "2", supported: 1 }),
      ],
    ]);
    expect([byId("A03").finalSource, byId("A04").finalSource, byId("A05").finalSource]).toEqual([
      "independent",
      "independent",
      "consensus",
    ]);
  });

  it("refuses both of two sheets for one application, naming them", () => {
    const one = sheetFor(5, { file: "共识-上午.xlsx" });
    const two = sheetFor(5, { file: "共识-下午.xlsx" });
    const { problems, byId } = run([one, two]);
    const message = t("problem.consensusDuplicate", {
      applicant: applicantName(5),
      count: 2,
      sheets: `共识-上午.xlsx ${one.sheetName}、共识-下午.xlsx ${two.sheetName}`,
    });
    expect(problems).toEqual([
      {
        file: "共识-上午.xlsx",
        sheet: one.sheetName,
        cell: "",
        code: "consensus-duplicate",
        message,
      },
      {
        file: "共识-下午.xlsx",
        sheet: two.sheetName,
        cell: "",
        code: "consensus-duplicate",
        message,
      },
    ]);
    expect(byId("A06").finalSource).toBe("independent");
  });
});
