/**
 * The roster's tables into a round (read-roster.ts, roster-table.ts), built the way a host gives
 * them — from a rectangle of cell values, as the pane reads a used range — without a workbook:
 * every field's accepted forms and each problem with its sheet and cell.
 */
import { describe, expect, it } from "@jest/globals";
import {
  idOf,
  readRoster,
  rosterTable,
  rosterTableFromGrid,
  type RosterTables,
} from "../../src/round";
import type { CellValue } from "../../src/sheet-kit";
import { defaultStandard as std, standardTag } from "../../src/standard";
import { t } from "../../src/strings";

type Rows = CellValue[][];

const ROUND: Rows = [
  ["项目", "内容"],
  ["名称", "2027 年闵行区质量创新单项奖 材料评审"],
  ["通过线比例", 0.6],
  ["评审日期", "2027-03-15"],
];
const APPS: Rows = [
  ["编号", "申报组织", "申报单项"],
  ["A01", "上海浦江精密仪器有限公司", 2],
  ["A02", "上海虹桥航空服务有限公司", "服务创新"],
  ["A03", "上海莘庄工业区精工有限公司", "2. 研发创新"],
];
const JUDGES: Rows = [
  ["编号", "姓名", "单位"],
  ["J1", "顾春华", "上海市质量协会"],
  ["J2", "沈建国", "华东理工大学"],
  ["J3", "陆敏", null],
];

const tables = (sheets: Record<string, Rows>): RosterTables =>
  Object.fromEntries(
    Object.entries(sheets).map(([name, rows]) => [name, rosterTableFromGrid(name, rows, 1, 1)])
  );

const read = (sheets: Record<string, Rows>) => readRoster(std, tables(sheets));
const base = { 轮次: ROUND, 申报: APPS, 评委: JUDGES };

function problemsOf(sheets: Record<string, Rows>) {
  const r = read(sheets);
  if (r.ok) throw new Error("expected roster problems");
  return r.problems.map((p) => [p.sheet, p.cell, p.message]);
}

function roundOf(sheets: Record<string, Rows>) {
  const r = read(sheets);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.round;
}

/** 轮次 with one row changed (or added). */
const roundWith = (key: string, value: CellValue): Rows => [
  ...ROUND.filter((r) => r[0] !== key),
  [key, value],
];

describe("a table from a host's cells", () => {
  it("headers from row 1 (the first of a repeated one), rows that hold anything, in order", () => {
    const table = rosterTable("评委", [
      { row: 3, column: 2, value: "沈建国" },
      { row: 1, column: 2, value: " 姓名 " },
      { row: 1, column: 1, value: "编号" },
      { row: 1, column: 3, value: "姓名" },
      { row: 1, column: 4, value: "  " },
      { row: 2, column: 1, value: "J1" },
      { row: 3, column: 1, value: "J2" },
      { row: 4, column: 5, value: "备注在表头以外" },
      { row: 5, column: 2, value: " " },
    ]);
    expect(table.headers).toEqual({ 编号: "A", 姓名: "B" });
    expect(table.rows).toEqual([
      { row: 2, values: { 编号: "J1", 姓名: null } },
      { row: 3, values: { 编号: "J2", 姓名: "沈建国" } },
    ]);
  });

  it("a used range that starts in column B keeps its columns; below row 1, no headers", () => {
    const table = rosterTableFromGrid(
      "评委",
      [
        ["编号", "姓名"],
        [null, null],
        ["J1", "顾春华"],
      ],
      1,
      2
    );
    expect(table.headers).toEqual({ 编号: "B", 姓名: "C" });
    expect(table.rows).toEqual([{ row: 3, values: { 编号: "J1", 姓名: "顾春华" } }]);
    expect(rosterTableFromGrid("评委", [["编号"], ["J1"]], 2, 1).headers).toEqual({});
  });

  it("an id as written: a number as Excel stores it, text trimmed, nothing as empty", () => {
    expect([idOf(7), idOf(" A01 "), idOf(null), idOf(undefined), idOf(0)]).toEqual([
      "7",
      "A01",
      "",
      "",
      "0",
    ]);
  });
});

describe("the 轮次 sheet", () => {
  it("name, pass ratio, date and the standard as written", () => {
    const r = roundOf(base);
    expect([r.name, r.passRatio, r.date, r.standardId]).toEqual([
      "2027 年闵行区质量创新单项奖 材料评审",
      0.6,
      "2027-03-15",
      undefined,
    ]);
    expect(r.applications.map((a) => [a.id, a.applicant, a.item, a.source])).toEqual([
      ["A01", "上海浦江精密仪器有限公司", 2, { sheet: "申报", cell: "A2" }],
      ["A02", "上海虹桥航空服务有限公司", 3, { sheet: "申报", cell: "A3" }],
      ["A03", "上海莘庄工业区精工有限公司", 2, { sheet: "申报", cell: "A4" }],
    ]);
    expect(r.judges.map((j) => [j.id, j.name, j.unit, j.source?.cell])).toEqual([
      ["J1", "顾春华", "上海市质量协会", "A2"],
      ["J2", "沈建国", "华东理工大学", "A3"],
      ["J3", "陆敏", "", "A4"],
    ]);
    expect([r.conflicts, r.grid]).toEqual([[], null]);
  });

  it("a pass ratio as text, exactly 1, or left blank (the standard's)", () => {
    expect(roundOf({ ...base, 轮次: roundWith("通过线比例", " 0.65 ") }).passRatio).toBe(0.65);
    expect(roundOf({ ...base, 轮次: roundWith("通过线比例", 1) }).passRatio).toBe(1);
    expect(roundOf({ ...base, 轮次: roundWith("通过线比例", null) }).passRatio).toBe(0.6);
    expect(roundOf({ ...base, 轮次: ROUND.slice(0, 2) }).passRatio).toBe(0.6);
  });

  it("a pass ratio of 0, above 1, or not a number: the cell", () => {
    for (const value of [0, 1.2, "六成", "120%"])
      expect(problemsOf({ ...base, 轮次: roundWith("通过线比例", value) })).toEqual([
        ["轮次", "B4", t("roster.badPass", { value: String(value) })],
      ]);
  });

  it("a date as an Excel serial or as text; a date that is none", () => {
    expect(roundOf({ ...base, 轮次: roundWith("评审日期", 46461) }).date).toBe("2027-03-15");
    expect(roundOf({ ...base, 轮次: roundWith("评审日期", null) }).date).toBe("");
    expect(problemsOf({ ...base, 轮次: roundWith("评审日期", "下周一") })).toEqual([
      ["轮次", "B4", t("roster.badDate", { value: "下周一" })],
    ]);
    expect(problemsOf({ ...base, 轮次: roundWith("评审日期", "2027-02-30") })).toEqual([
      ["轮次", "B4", t("roster.badDate", { value: "2027-02-30" })],
    ]);
  });

  it("the standard by id or id@version; another one names the cell", () => {
    expect(roundOf({ ...base, 轮次: roundWith("评分标准", std.id) }).standardId).toBe(std.id);
    expect(roundOf({ ...base, 轮次: roundWith("评分标准", standardTag(std)) }).standardId).toBe(
      std.id
    );
    expect(roundOf({ ...base, 轮次: roundWith("评分标准", " ") }).standardId).toBeUndefined();
    expect(problemsOf({ ...base, 轮次: roundWith("评分标准", `${std.id}@1999`) })).toEqual([
      [
        "轮次",
        "B5",
        t("roster.otherStandard", { value: `${std.id}@1999`, expected: standardTag(std) }),
      ],
    ]);
  });

  it("a name that is blank names its cell; a missing 名称 row names none", () => {
    expect(problemsOf({ ...base, 轮次: roundWith("名称", " ") })).toEqual([
      ["轮次", "B4", t("roster.noRoundName")],
    ]);
    expect(problemsOf({ ...base, 轮次: ROUND.filter((r) => r[0] !== "名称") })).toEqual([
      ["轮次", "", t("roster.noRoundName")],
    ]);
  });

  it("a missing sheet or header", () => {
    expect(problemsOf({ 申报: APPS, 评委: JUDGES })).toEqual([
      ["轮次", "", t("roster.missingSheet", { sheet: "轮次" })],
    ]);
    expect(problemsOf({ ...base, 轮次: [["项目", "值"], ...ROUND.slice(1)] })).toEqual([
      ["轮次", "A1", t("roster.missingHeader", { sheet: "轮次", header: "内容" })],
    ]);
  });

  it("a hidden sheet is refused", () => {
    const hidden = tables(base);
    hidden["评委"] = { ...hidden["评委"]!, hidden: true };
    const r = readRoster(std, hidden);
    expect(r.ok ? [] : r.problems).toEqual([
      { sheet: "评委", cell: "", message: t("roster.hiddenSheet", { sheet: "评委" }) },
    ]);
  });
});

describe("applications and judges", () => {
  it("an empty, repeated or look-alike id; an empty applicant or name; an unknown item", () => {
    const apps: Rows = [
      ["编号", "申报组织", "申报单项"],
      ["A01", "上海浦江精密仪器有限公司", 2],
      [null, "上海七宝文化创意有限公司", 3],
      ["A01", "上海古美社区服务中心", 3],
      ["ａ01", "上海田林电子有限公司", 1],
      ["A04", " ", 4],
      ["A05", "上海康健医疗器械有限公司", "创新价值"],
    ];
    const judges: Rows = [
      ["编号", "姓名"],
      ["J1", "顾春华"],
      ["J2", ""],
      ["J 1", "沈建国"],
    ];
    const what = t("roster.what.application");
    const judge = t("roster.what.judge");
    expect(problemsOf({ ...base, 申报: apps, 评委: judges })).toEqual([
      ["申报", "A3", t("roster.emptyId", { what })],
      ["申报", "A4", t("roster.duplicateId", { what, id: "A01", other: "A2" })],
      ["申报", "A5", t("roster.lookalikeId", { what, id: "ａ01", first: "A01", other: "A2" })],
      ["申报", "B6", t("roster.emptyApplicant", { id: "A04" })],
      [
        "申报",
        "C7",
        t("roster.badItem", {
          id: "A05",
          value: "创新价值",
          items: [1, 2, 3, 4, 5].join(t("sep.list")),
          hint: "",
        }),
      ],
      ["评委", "A4", t("roster.lookalikeId", { what: judge, id: "J 1", first: "J1", other: "A2" })],
      ["评委", "B3", t("roster.emptyJudgeName", { id: "J2" })],
    ]);
  });

  it("sheets with headers but no rows", () => {
    expect(problemsOf({ ...base, 申报: APPS.slice(0, 1), 评委: JUDGES.slice(0, 1) })).toEqual([
      ["申报", "A2", t("roster.noApplications")],
      ["评委", "A2", t("roster.noJudges")],
    ]);
  });
});

describe("回避 and 分配", () => {
  it("回避 pairs with their reason; unknown ids name their cells", () => {
    const conflicts: Rows = [
      ["申报编号", "评委编号", "原因"],
      ["A01", "J2", "曾任该公司顾问"],
    ];
    expect(roundOf({ ...base, 回避: conflicts }).conflicts).toEqual([
      { applicationId: "A01", judgeId: "J2", reason: "曾任该公司顾问" },
    ]);
    expect(
      problemsOf({ ...base, 回避: [...conflicts, ["A09", "J8", null], ["A02", "J1", null]] })
    ).toEqual([
      ["回避", "A3", t("roster.unknownApplication", { id: "A09" })],
      ["回避", "B3", t("roster.unknownJudge", { id: "J8" })],
    ]);
  });

  it("the grid's marked cells; a 回避 pair marked, an unknown judge column or application", () => {
    const grid: Rows = [
      ["申报编号", "申报组织", "申报单项", "J1", "J2", "J3"],
      ["A01", "上海浦江精密仪器有限公司", 2, "✓", null, "✓"],
      ["A02", "上海虹桥航空服务有限公司", 3, null, "是", "✓"],
      ["A03", "上海莘庄工业区精工有限公司", 2, "✓", "✓", " "],
    ];
    expect(roundOf({ ...base, 分配: grid }).grid).toEqual([
      { applicationId: "A01", judgeId: "J1" },
      { applicationId: "A01", judgeId: "J3" },
      { applicationId: "A02", judgeId: "J2" },
      { applicationId: "A02", judgeId: "J3" },
      { applicationId: "A03", judgeId: "J1" },
      { applicationId: "A03", judgeId: "J2" },
    ]);
    const bad: Rows = [
      ["申报编号", "J1", "J2", "J9"],
      ["A01", "✓", "✓", "✓"],
      ["A07", "✓", null, null],
      ["A02", null, "✓", null],
      ["A03", "✓", "✓", null],
    ];
    const conflicts: Rows = [
      ["申报编号", "评委编号"],
      ["A01", "J2"],
    ];
    expect(problemsOf({ ...base, 回避: conflicts, 分配: bad })).toEqual([
      ["分配", "D1", t("roster.unknownJudge", { id: "J9" })],
      ["分配", "C2", t("roster.assignedAndConflict", { judge: "J2", application: "A01" })],
      ["分配", "A3", t("roster.unknownApplication", { id: "A07" })],
    ]);
  });

  it("a grid without 申报编号, and an empty grid (every pair then)", () => {
    expect(
      problemsOf({
        ...base,
        分配: [
          ["申报", "J1"],
          ["A01", "✓"],
        ],
      })
    ).toEqual([["分配", "A1", t("roster.missingHeader", { sheet: "分配", header: "申报编号" })]]);
    expect(roundOf({ ...base, 分配: [["申报编号", "J1"]] }).grid).toBeNull();
  });

  it("coverage: an application nobody scores and a judge with nothing to score", () => {
    const grid: Rows = [
      ["申报编号", "J1", "J2", "J3"],
      ["A01", "✓", "✓", null],
      ["A02", "✓", "✓", null],
    ];
    expect(problemsOf({ ...base, 分配: grid })).toEqual([
      ["申报", "A4", t("roster.noJudge", { id: "A03", applicant: "上海莘庄工业区精工有限公司" })],
      ["评委", "A4", t("roster.noApplication", { id: "J3", name: "陆敏" })],
    ]);
  });
});
