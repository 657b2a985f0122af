/**
 * A round in stages from the roster: the 阶段 sheet (stages in order, weights, rules for who goes
 * on), the 申报 sheet's 资格 column (an ineligible application is neither distributed nor
 * ranked) and the 评委 sheet's 评审组 with one 组长 each — read through an independent writer
 * (exceljs), every problem with its sheet, cell and exact message.
 */
import { describe, expect, it } from "@jest/globals";
import {
  advanceRuleFrom,
  balancedAssignments,
  readRoster,
  rosterAssignments,
  stagesOf,
  type RosterRead,
} from "../../src/round";
import { defaultStandard as std } from "../../src/standard";
import { t } from "../../src/strings";
import { readRosterTables } from "../../src/xlsx";
import { rosterBytes, ROSTER, withoutGrid, type Rows } from "../support/round-fixture";

async function read(sheets: Record<string, Rows>): Promise<RosterRead> {
  return readRoster(std, await readRosterTables(await rosterBytes(sheets)));
}
const problemsOf = (r: RosterRead) =>
  r.ok ? [] : r.problems.map((p) => `${p.sheet}!${p.cell} ${p.message}`);

const STAGES: Rows = [
  ["阶段", "权重", "晋级规则"],
  ["资料评审", 0.4, "前 3 名/单项"],
  ["现场评审", "60%", ""],
];

describe("the 阶段 sheet", () => {
  it("gives the stages in order with their weights and rules; without it, the one-stage round", async () => {
    const r = await read({ ...ROSTER, 阶段: STAGES });
    expect(problemsOf(r)).toEqual([]);
    if (!r.ok) return;
    expect(stagesOf(r.round)).toEqual([
      {
        id: "document-review",
        name: "资料评审",
        weight: 0.4,
        advance: { kind: "top", count: 3, perItem: true },
      },
      { id: "site-visit", name: "现场评审", weight: 0.6, advance: { kind: "all" } },
    ]);
    const plain = await read(ROSTER);
    expect(plain.ok && stagesOf(plain.round).map((s) => [s.id, s.weight])).toEqual([
      ["document-review", 1],
    ]);
  });

  it("reads every form of rule a secretariat writes, and refuses the rest", () => {
    expect(advanceRuleFrom("前3名/单项")).toEqual({ kind: "top", count: 3, perItem: true });
    expect(advanceRuleFrom("前 5 名")).toEqual({ kind: "top", count: 5, perItem: false });
    expect(advanceRuleFrom("前５名／全部")).toEqual({ kind: "top", count: 5, perItem: false });
    expect(advanceRuleFrom("分数线 300")).toEqual({ kind: "line", points: 300 });
    expect(advanceRuleFrom("分数线：287.5分")).toEqual({ kind: "line", points: 287.5 });
    expect(advanceRuleFrom("全部")).toEqual({ kind: "all" });
    for (const bad of ["前 0 名", "前三名", "300", "top 3", ""])
      expect(advanceRuleFrom(bad)).toBeNull();
  });

  it("names each bad cell: empty name, bad weight, missing or unknown rule, a repeated stage", async () => {
    const r = await read({
      ...ROSTER,
      阶段: [
        ["阶段", "权重", "晋级规则"],
        ["资料评审", 0.4, ""],
        ["", 0.2, "全部"],
        ["答辩", "四成", "前三名"],
        ["资料评审", 0.4, "全部"],
        ["现场评审", 0.12345, ""],
      ],
    });
    expect(problemsOf(r)).toEqual([
      `阶段!C2 ${t("roster.stage.noRule", { stage: "资料评审", value: "" })}`,
      `阶段!A3 ${t("roster.stage.emptyName")}`,
      `阶段!B4 ${t("roster.stage.badWeight", { stage: "答辩", value: "四成" })}`,
      `阶段!C4 ${t("roster.stage.badRule", { stage: "答辩", value: "前三名" })}`,
      `阶段!A5 ${t("roster.stage.duplicate", { stage: "资料评审", other: "A2" })}`,
      `阶段!B6 ${t("roster.stage.badWeight", { stage: "现场评审", value: "0.12345" })}`,
    ]);
  });

  it("needs weights summing to exactly 1 (a gate of weight 0 allowed)", async () => {
    const gate: Rows = [
      ["阶段", "权重", "晋级规则"],
      ["资格审查", 0, "全部"],
      ["资料评审", 0.4, "分数线 300"],
      ["现场评审", 0.5, ""],
    ];
    expect(problemsOf(await read({ ...ROSTER, 阶段: gate }))).toEqual([
      `阶段!B2 ${t("roster.stage.weightsSum", { sum: "0.9" })}`,
    ]);
    gate[3][1] = 0.6;
    const ok = await read({ ...ROSTER, 阶段: gate });
    expect(ok.ok && stagesOf(ok.round).map((s) => s.id)).toEqual([
      "eligibility",
      "document-review",
      "site-visit",
    ]);
  });
});

describe("资格 in 申报", () => {
  const withEligibility = (values: (string | null)[]) => ({
    ...withoutGrid(),
    申报: ROSTER["申报"].map((row, i) => [...row, i === 0 ? "资格" : (values[i - 1] ?? null)]),
  });

  it("keeps an ineligible application with its reason, and assigns it to nobody", async () => {
    const r = await read(
      withEligibility([
        "符合",
        "不符合：近三年发生较大质量事故",
        null,
        "不符合: 材料逾期（超过截止日 3 天）",
      ])
    );
    expect(problemsOf(r)).toEqual([]);
    if (!r.ok) return;
    const byId = Object.fromEntries(
      r.round.applications.map((a) => [a.id, a.ineligible?.reason ?? null])
    );
    expect(byId).toMatchObject({
      A01: null,
      A02: "近三年发生较大质量事故",
      A03: null,
      A04: "材料逾期（超过截止日 3 天）",
    });
    const assigned = new Set(rosterAssignments(r.round).map((a) => a.applicationId));
    expect([...assigned].sort()).toEqual(["A01", "A03", "A05", "A06", "A07", "A08"]);
    const balanced = balancedAssignments(r.round, 3);
    expect(
      balanced.ok && new Set(balanced.assignments.map((a) => a.applicationId)).has("A02")
    ).toBe(false);
  });

  it("refuses a 资格 it cannot read and a 不符合 without its reason", async () => {
    const r = await read(withEligibility(["合格", "不符合"]));
    expect(problemsOf(r)).toEqual([
      `申报!D2 ${t("roster.badEligibility", { id: "A01", value: "合格" })}`,
      `申报!D3 ${t("roster.ineligibleNoReason", { id: "A02" })}`,
    ]);
  });

  it("refuses a 分配 grid that assigns an ineligible application", async () => {
    const sheets = {
      ...ROSTER,
      申报: ROSTER["申报"].map((row, i) => [
        ...row,
        i === 0 ? "资格" : i === 1 ? "不符合：非本区企业" : null,
      ]),
    };
    expect(problemsOf(await read(sheets))).toEqual([
      `申报!A2 ${t("roster.ineligibleAssigned", { id: "A01", reason: "非本区企业" })}`,
    ]);
  });
});

describe("评审组 and 组长 in 评委", () => {
  const judges = (rows: (string | null)[][]) => ({
    ...ROSTER,
    评委: [
      ["编号", "姓名", "单位", "评审组", "组长"],
      ...ROSTER["评委"].slice(1).map((r, i) => [...r, ...(rows[i] ?? [null, null])]),
    ],
  });

  it("reads the teams and their leaders", async () => {
    const r = await read(
      judges([
        ["第一组", "是"],
        ["第一组", null],
        ["第二组", "√"],
        ["第二组", null],
      ])
    );
    expect(problemsOf(r)).toEqual([]);
    expect(
      r.ok && r.round.judges.slice(0, 5).map((j) => [j.id, j.group ?? null, j.leader ?? null])
    ).toEqual([
      ["J1", "第一组", true],
      ["J2", "第一组", false],
      ["J3", "第二组", true],
      ["J4", "第二组", false],
      ["J5", null, null],
    ]);
  });

  it("needs exactly one 组长 per team, and a team for every 组长", async () => {
    const r = await read(
      judges([
        ["第一组", null],
        ["第一组", null],
        ["第二组", "是"],
        ["第二组", "是"],
        [null, "是"],
      ])
    );
    expect(problemsOf(r)).toEqual([
      `评委!E6 ${t("roster.group.leaderWithoutGroup", { id: "J5" })}`,
      `评委!A2 ${t("roster.group.noLeader", { group: "第一组" })}`,
      `评委!A5 ${t("roster.group.twoLeaders", { group: "第二组", judges: `评委3${t("sep.list")}评委4` })}`,
    ]);
  });
});
