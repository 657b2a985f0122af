/**
 * K judges per application (balancedAssignments) at its boundary: an application with exactly K
 * judges who are not 回避 gets exactly those K; one with K + 1 gets K of them; one with K − 1 is a
 * roster problem that names it. The same for a whole panel of exactly K judges (everyone scores
 * everything), K + 1 and K − 1.
 */
import { describe, expect, it } from "@jest/globals";
import { balancedAssignments, type Balanced, type Round } from "../../src/round";

const NAMES = ["陈志强", "林晓燕", "黄海波", "周敏", "吴建华", "徐丽萍", "孙伟"];

/** A round of 7 judges and 6 applications over items 1–5; `conflicts` as [application, judge] numbers. */
function round(conflicts: [number, number][], judgeCount = NAMES.length): Round {
  const judges = NAMES.slice(0, judgeCount).map((name, k) => ({
    id: `J${k + 1}`,
    name,
    unit: ["区市场监管局", "上海交通大学", "华东理工大学", "区质量协会"][k % 4],
  }));
  const applicants = [
    "上海莘庄精密机械有限公司",
    "上海七宝智能装备有限公司",
    "上海虹桥生物医药有限公司",
    "上海浦江新材料有限公司",
    "上海颛桥检测认证有限公司",
    "上海马桥物流服务有限公司",
  ];
  const applications = applicants.map((applicant, k) => ({
    id: `2026-${String(k + 1).padStart(3, "0")}`,
    applicant,
    item: (k % 5) + 1,
  }));
  return {
    name: "2026 年度闵行区质量创新单项奖",
    passRatio: 0.6,
    date: "2026-11-20",
    applications,
    judges,
    conflicts: conflicts.map(([a, j]) => ({
      applicationId: applications[a - 1].id,
      judgeId: `J${j}`,
      reason: "同一单位",
    })),
    grid: null,
  };
}

/** The judges of one application under an assignment, sorted. */
const judgesOf = (b: Balanced, applicationId: string) => {
  if (!b.ok) throw new Error(b.problems.map((p) => p.message).join("\n"));
  return b.assignments
    .filter((a) => a.applicationId === applicationId)
    .map((a) => a.judgeId)
    .sort();
};

const K = 3;

describe("an application with exactly K judges who are not 回避", () => {
  it("K eligible (4 of 7 回避): it gets exactly those K, and the others their K", () => {
    // 2026-002: J1, J3, J5 and J6 回避 → J2, J4, J7 remain, exactly 3.
    const r = round([
      [2, 1],
      [2, 3],
      [2, 5],
      [2, 6],
    ]);
    const b = balancedAssignments(r, K);
    expect(b.ok).toBe(true);
    expect(judgesOf(b, "2026-002")).toEqual(["J2", "J4", "J7"]);
    for (const app of r.applications) expect(judgesOf(b, app.id)).toHaveLength(K);
  });

  it("K + 1 eligible (3 of 7 回避): it gets K of the 4, never one 回避", () => {
    const r = round([
      [2, 1],
      [2, 3],
      [2, 5],
    ]);
    const chosen = judgesOf(balancedAssignments(r, K), "2026-002");
    expect(chosen).toHaveLength(K);
    for (const j of chosen) expect(["J2", "J4", "J6", "J7"]).toContain(j);
  });

  it("K − 1 eligible (5 of 7 回避): a roster problem at that application, no assignment", () => {
    const r = round([
      [2, 1],
      [2, 2],
      [2, 3],
      [2, 5],
      [2, 6],
    ]);
    r.applications[1].source = { sheet: "申报", cell: "A3" };
    expect(balancedAssignments(r, K)).toEqual({
      ok: false,
      problems: [
        {
          sheet: "申报",
          cell: "A3",
          message:
            "申报“2026-002”（上海七宝智能装备有限公司）只有 2 位评委不须回避，不够每个申报 3 位。",
        },
      ],
    });
  });
});

describe("a panel of exactly K judges, no 回避", () => {
  it("K judges for K per application: every judge scores every application", () => {
    const r = round([], K);
    const b = balancedAssignments(r, K);
    for (const app of r.applications) expect(judgesOf(b, app.id)).toEqual(["J1", "J2", "J3"]);
  });

  it("K + 1 judges: K each, the loads within one (6 × 3 = 18 over 4 judges: 5, 5, 4, 4)", () => {
    const r = round([], K + 1);
    const b = balancedAssignments(r, K);
    if (!b.ok) throw new Error("not ok");
    const loads = r.judges.map((j) => b.assignments.filter((a) => a.judgeId === j.id).length);
    expect([...loads].sort()).toEqual([4, 4, 5, 5]);
    for (const app of r.applications) expect(judgesOf(b, app.id)).toHaveLength(K);
  });

  it("K − 1 judges: every application is a problem", () => {
    const r = round([], K - 1);
    const b = balancedAssignments(r, K);
    expect(b.ok ? [] : b.problems.map((p) => p.message)).toEqual(
      r.applications.map(
        (a) => `申报“${a.id}”（${a.applicant}）只有 2 位评委不须回避，不够每个申报 3 位。`
      )
    );
  });
});
