/**
 * The roster (名册), written by an independent writer (exceljs directly), read and checked into a
 * round; every roster problem with its sheet, cell and message; and the balanced assignment.
 */
import { describe, expect, it } from "@jest/globals";
import ExcelJS from "exceljs";
import {
  applicationsByJudge,
  balancedAssignments,
  readRoster,
  rosterAssignments,
  type Round,
} from "../../src/round";
import { defaultStandard as std, standardTag } from "../../src/standard";
import { t } from "../../src/strings";
import { readRosterTables } from "../../src/xlsx";
import { rosterBytes, ROSTER, type Rows } from "../support/round-fixture";

const ROUND = ROSTER.轮次;
const APPS: Rows = [
  ["编号", "申报组织", "申报单项", "联系人"],
  ["A01", "上海甲科技有限公司", 2, "张"],
  ["A02", "上海乙制造有限公司", "研发创新", null],
  ["A03", "上海丙服务有限公司", "3. 服务创新", null],
  ["A04", "上海丁服务有限公司", 3, null],
  ["A05", "上海戊管理咨询有限公司", "管理创新", null],
  ["A06", "上海己管理有限公司", 4, null],
  ["A07", "上海庚科技有限公司", 2, null],
  ["A08", "上海辛服务有限公司", 3, null],
];
const JUDGES = ROSTER.评委;
const CONFLICTS = ROSTER.回避;

describe("reading the roster", () => {
  it("gives the round: its name, pass ratio, date, applications by id, judges, 回避 and the grid", async () => {
    const grid = ROSTER.分配;
    const bytes = await rosterBytes({
      轮次: ROUND,
      申报: APPS,
      评委: JUDGES,
      回避: CONFLICTS,
      分配: grid,
    });
    const read = readRoster(std, await readRosterTables(bytes));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const round = read.round;
    expect([round.name, round.passRatio, round.date]).toEqual([
      "2027 年闵行区质量创新单项奖 材料评审",
      0.6,
      "2027-03-15",
    ]);
    expect(round.applications.map((a) => [a.id, a.item])).toEqual([
      ["A01", 2],
      ["A02", 2],
      ["A03", 3],
      ["A04", 3],
      ["A05", 4],
      ["A06", 4],
      ["A07", 2],
      ["A08", 3],
    ]);
    expect(round.judges.map((j) => j.id)).toEqual(["J1", "J2", "J3", "J4", "J5", "J6", "J7"]);
    expect(round.conflicts.map((c) => [c.applicationId, c.judgeId, c.reason])).toEqual([
      ["A01", "J1", "曾任职"],
      ["A05", "J3", "竞争对手"],
      ["A08", "J7", "亲属"],
    ]);
    const byJudge = applicationsByJudge(round, rosterAssignments(round));
    expect(byJudge.get("J1")!.map((a) => a.id)).toEqual(["A02", "A03", "A05", "A08"]);
    expect(rosterAssignments(round)).toHaveLength(24);
  });

  it("without a 分配 sheet, every judge scores every application not 回避", async () => {
    const bytes = await rosterBytes({ 轮次: ROUND, 申报: APPS, 评委: JUDGES, 回避: CONFLICTS });
    const read = readRoster(std, await readRosterTables(bytes));
    expect(read.ok).toBe(true);
    if (read.ok) expect(rosterAssignments(read.round)).toHaveLength(8 * 7 - 3);
  });

  it("names every problem with its sheet and cell, and gives no round", async () => {
    const bytes = await rosterBytes({
      轮次: [
        ["项目", "内容"],
        ["名称", ""],
        ["通过线比例", 1.5],
        ["评审日期", "3月15日"],
      ],
      申报: [
        ["编号", "申报组织", "申报单项"],
        ["A01", "上海甲科技有限公司", 2],
        ["A01", "上海乙制造有限公司", 2],
        [null, "上海丙服务有限公司", 3],
        ["A04", "", 3],
        ["A05", "上海戊管理咨询有限公司", "质量创新"],
        ["A06", "上海己管理有限公司", 4],
      ],
      评委: [
        ["编号", "姓名"],
        ["J1", "评委1"],
        ["J2", ""],
        ["J3", "评委3"],
      ],
      回避: [
        ["申报编号", "评委编号"],
        ["A09", "J1"],
        ["A01", "J9"],
        ["A06", "J1"],
      ],
      分配: [
        ["申报编号", "申报组织", "申报单项", "J1", "J3", "J8"],
        ["A01", null, null, "√", null, null],
        ["A06", null, null, "√", null, null],
        ["A10", null, null, "√", null, null],
      ],
    });
    const read = readRoster(std, await readRosterTables(bytes));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => `${p.sheet}!${p.cell} ${p.message}`)).toEqual([
      "轮次!B2 “轮次”工作表中没有“名称”（本轮评审的名称，例如 2027 年闵行区质量创新单项奖 材料评审）。",
      `轮次!B3 ${t("roster.badPass", { value: "1.5" })}`,
      "轮次!B4 评审日期“3月15日”无效：应为日期，例如 2027-03-15。",
      "申报!A3 申报编号“A01”重复（另见 A2）。",
      "申报!A4 申报编号为空。",
      "申报!B5 申报“A04”的申报组织为空。",
      "申报!C6 申报“A05”的申报单项“质量创新”无效：应为 1、2、3、4、5 之一（写编号或名称均可）。",
      "评委!B3 评委“J2”的姓名为空。",
      "回避!A2 申报编号“A09”不在“申报”工作表中。",
      "回避!B3 评委编号“J9”不在“评委”工作表中。",
      "分配!F1 评委编号“J8”不在“评委”工作表中。",
      "分配!D3 评委“J1”须回避申报“A06”，分配表中却分配了。",
      "分配!A4 申报编号“A10”不在“申报”工作表中。",
    ]);
  });

  it("reads the standard the roster names, and names the cell when it is another one", async () => {
    const named = (value: string) =>
      rosterBytes({ ...ROSTER, 轮次: [...ROUND, ["评分标准", value]] }).then(readRosterTables);
    const same = readRoster(std, await named(standardTag(std)));
    expect(same.ok && same.round.standardId).toBe(std.id);
    const byId = readRoster(std, await named(std.id));
    expect(byId.ok && byId.round.standardId).toBe(std.id);
    const other = readRoster(std, await named("shanghai-quality-award@3"));
    expect(other.ok ? [] : other.problems.map((p) => `${p.sheet}!${p.cell} ${p.message}`)).toEqual([
      `轮次!B5 名册写明的评分标准“shanghai-quality-award@3”不是本次使用的评分标准（${standardTag(std)}）。请改正“评分标准”一行，或删去这一行。`,
    ]);
    const none = readRoster(std, await readRosterTables(await rosterBytes(ROSTER)));
    expect(none.ok && "standardId" in none.round).toBe(false);
  });

  it("refuses a roster whose 回避 sheet is very hidden: it would decide assignments unseen", async () => {
    const wb = new ExcelJS.Workbook();
    for (const [name, rows] of Object.entries(ROSTER)) {
      const ws = wb.addWorksheet(name);
      ws.addRows(rows);
      if (name === "回避") ws.state = "veryHidden";
    }
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const read = readRoster(std, await readRosterTables(bytes));
    expect(read.ok ? [] : read.problems.map((p) => `${p.sheet}!${p.cell} ${p.message}`)).toEqual([
      `回避! ${t("roster.hiddenSheet", { sheet: "回避" })}`,
    ]);
    const shown = readRoster(std, await readRosterTables(await rosterBytes(ROSTER)));
    expect(shown.ok).toBe(true);
  });

  it("says which sheet or column is missing", async () => {
    const read = readRoster(
      std,
      await readRosterTables(await rosterBytes({ 轮次: ROUND, 申报: [["编号", "申报组织"]] }))
    );
    expect(read.ok ? [] : read.problems.map((p) => `${p.sheet}!${p.cell} ${p.message}`)).toEqual([
      "申报!A1 “申报”工作表第 1 行没有“申报单项”列。",
      "评委! 名册中没有“评委”工作表。",
    ]);
  });

  it("reports an application nobody scores and a judge with nothing to score", async () => {
    const bytes = await rosterBytes({
      轮次: ROUND,
      申报: APPS.slice(0, 3),
      评委: JUDGES.slice(0, 4),
      分配: [
        ["申报编号", "J1", "J2", "J3"],
        ["A01", "√", "√", null],
      ],
    });
    const read = readRoster(std, await readRosterTables(bytes));
    expect(read.ok ? [] : read.problems.map((p) => `${p.sheet}!${p.cell} ${p.message}`)).toEqual([
      "申报!A3 申报“A02”（上海乙制造有限公司）没有评委。",
      "评委!A4 评委“J3”（评委3）没有要评的申报。",
    ]);
  });
});

describe("balanced assignment", () => {
  function bigRound(): Round {
    const judges = Array.from({ length: 12 }, (_, k) => ({
      id: `J${k + 1}`,
      name: `评委${k + 1}`,
      unit: "",
    }));
    const applications = Array.from({ length: 30 }, (_, k) => ({
      id: `A${String(k + 1).padStart(2, "0")}`,
      applicant: `申报组织${k + 1}`,
      item: (k % 5) + 1,
    }));
    const conflicts = [
      [1, 1],
      [1, 2],
      [2, 1],
      [5, 7],
      [9, 12],
      [10, 12],
      [11, 12],
      [17, 3],
      [23, 8],
      [30, 1],
    ].map(([a, j]) => ({ applicationId: applications[a - 1].id, judgeId: `J${j}`, reason: "" }));
    return { name: "R", passRatio: 0.6, date: "", applications, judges, conflicts, grid: null };
  }

  it("gives each application 5 judges, never a 回避 pair, loads within one, the same twice", () => {
    const round = bigRound();
    const first = balancedAssignments(round, 5);
    const second = balancedAssignments(round, 5);
    expect(first).toEqual(second);
    if (!first.ok) throw new Error(JSON.stringify(first.problems));
    const conflict = new Set(round.conflicts.map((c) => `${c.applicationId}/${c.judgeId}`));
    expect(
      first.assignments.filter((a) => conflict.has(`${a.applicationId}/${a.judgeId}`))
    ).toEqual([]);
    for (const app of round.applications) {
      const judges = first.assignments
        .filter((a) => a.applicationId === app.id)
        .map((a) => a.judgeId);
      expect(new Set(judges).size).toBe(5);
    }
    const loads = round.judges.map(
      (j) => first.assignments.filter((a) => a.judgeId === j.id).length
    );
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    expect(loads.reduce((a, b) => a + b, 0)).toBe(150);
  });

  it("says which application has too few judges who are not 回避", () => {
    const round = bigRound();
    round.conflicts.push(
      ...round.judges.slice(2).map((j) => ({ applicationId: "A03", judgeId: j.id, reason: "" }))
    );
    const r = balancedAssignments(round, 5);
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual([
      "申报“A03”（申报组织3）只有 2 位评委不须回避，不够每个申报 5 位。",
    ]);
  });
});
