/**
 * Who scores what and the round's stages: the exact order of a balanced assignment (the rotation
 * that spreads equal loads), the roster's own assignment with and without a grid, each judge's
 * applications, the problem that names an application short of judges, and a stage by id or name.
 */
import { describe, expect, it } from "@jest/globals";
import {
  applicationsByJudge,
  balancedAssignments,
  conflictChecker,
  coverageProblems,
  DOCUMENT_REVIEW,
  rosterAssignments,
  stageFrom,
  stagesOf,
  type Round,
} from "../../src/round";
import { t } from "../../src/strings";

const round = (grid: Round["grid"] = null): Round => ({
  name: "2027 年闵行区质量创新单项奖 材料评审",
  passRatio: 0.6,
  date: "2027-03-15",
  applications: [
    {
      id: "A01",
      applicant: "上海浦江精密仪器有限公司",
      item: 2,
      source: { sheet: "申报", cell: "A2" },
    },
    { id: "A02", applicant: "上海虹桥航空服务有限公司", item: 3 },
    { id: "A03", applicant: "上海莘庄工业区精工有限公司", item: 2 },
    { id: "A04", applicant: "上海七宝文化创意有限公司", item: 5 },
  ],
  judges: [
    { id: "J1", name: "顾春华", unit: "上海市质量协会", source: { sheet: "评委", cell: "A2" } },
    { id: "J2", name: "沈建国", unit: "华东理工大学" },
    { id: "J3", name: "陆敏", unit: "" },
  ],
  conflicts: [{ applicationId: "A02", judgeId: "J1", reason: "曾任该公司顾问" }],
  grid,
});

const pairs = (list: { applicationId: string; judgeId: string }[]) =>
  list.map((a) => `${a.applicationId}:${a.judgeId}`);

describe("assignments", () => {
  it("回避 is per pair", () => {
    const isConflict = conflictChecker(round());
    expect([isConflict("A02", "J1"), isConflict("A01", "J1"), isConflict("A02", "J2")]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it("without a grid every pair not 回避; with one, the grid", () => {
    expect(pairs(rosterAssignments(round()))).toEqual([
      "A01:J1",
      "A01:J2",
      "A01:J3",
      "A02:J2",
      "A02:J3",
      "A03:J1",
      "A03:J2",
      "A03:J3",
      "A04:J1",
      "A04:J2",
      "A04:J3",
    ]);
    const grid = [{ applicationId: "A01", judgeId: "J3" }];
    expect(rosterAssignments(round(grid))).toBe(grid);
  });

  it("2 per application: fewest loads first, ties by a rotation one further per application", () => {
    // A01 turns J1 0, J2 1, J3 2 → J1, J2. A02 (J1 回避): J2 (1) and J3 (0) → J3, J2.
    // A03: loads J1 1, J2 2, J3 1; turns J1 1, J2 2, J3 0 → J3, J1. A04: loads 2, 2, 2;
    // turns J1 0, J2 1, J3 2 → J1, J2.
    const b = balancedAssignments(round(), 2);
    expect(b.ok && pairs(b.assignments)).toEqual([
      "A01:J1",
      "A01:J2",
      "A02:J3",
      "A02:J2",
      "A03:J3",
      "A03:J1",
      "A04:J1",
      "A04:J2",
    ]);
  });

  it("more per application than judges not 回避: the application, its cell and the counts", () => {
    const b = balancedAssignments(round(), 3);
    expect(b).toEqual({
      ok: false,
      problems: [
        {
          sheet: "",
          cell: "",
          message: t("roster.notEnoughJudges", {
            id: "A02",
            applicant: "上海虹桥航空服务有限公司",
            eligible: 2,
            wanted: 3,
          }),
        },
      ],
    });
    const four = balancedAssignments(round(), 4);
    expect(!four.ok && four.problems.map((p) => [p.sheet, p.cell])).toEqual([
      ["申报", "A2"],
      ["", ""],
      ["", ""],
      ["", ""],
    ]);
  });

  it("each judge's applications in roster order; coverage under a grid", () => {
    const grid = [
      { applicationId: "A03", judgeId: "J2" },
      { applicationId: "A01", judgeId: "J2" },
      { applicationId: "A04", judgeId: "J3" },
    ];
    const byJudge = applicationsByJudge(round(grid), grid);
    expect([...byJudge].map(([j, apps]) => [j, apps.map((a) => a.id)])).toEqual([
      ["J1", []],
      ["J2", ["A01", "A03"]],
      ["J3", ["A04"]],
    ]);
    expect(coverageProblems(round(grid))).toEqual([
      {
        sheet: "",
        cell: "",
        message: t("roster.noJudge", { id: "A02", applicant: "上海虹桥航空服务有限公司" }),
      },
      {
        sheet: "评委",
        cell: "A2",
        message: t("roster.noApplication", { id: "J1", name: "顾春华" }),
      },
    ]);
    expect(coverageProblems(round())).toEqual([]);
  });
});

describe("stages", () => {
  it("today's round is the one document review, weight 1", () => {
    expect(stagesOf(round())).toEqual([DOCUMENT_REVIEW]);
    expect(DOCUMENT_REVIEW).toEqual({
      id: "document-review",
      name: t("stage.documentReview"),
      weight: 1,
      advance: { kind: "all" },
    });
  });

  it("a stage by its id or its name, spaces around ignored; anything else none", () => {
    const stages = stagesOf();
    expect(stageFrom(stages, " document-review ")).toBe(DOCUMENT_REVIEW);
    expect(stageFrom(stages, t("stage.documentReview"))).toBe(DOCUMENT_REVIEW);
    expect(stageFrom(stages, "现场评审")).toBeNull();
    expect(stageFrom(stages, "")).toBeNull();
  });
});
