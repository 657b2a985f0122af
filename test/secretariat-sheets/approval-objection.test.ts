/**
 * The 审定 and 异议登记 sheets of the summary workbook, as plans: the committee's rows (proposed
 * and tied, by item and rank, with their 申报编号), the vote and conclusion cells with their
 * validation, the suggested result's formula on each row, the format's hidden cells and names,
 * the signature block inside the print area and kept together; the objection register's empty
 * numbered rows with date validation and wrapped text. Both on A4, one page wide, header repeated.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { consolidate, type ConsolidationResult } from "../../src/consolidate";
import type { PlanCell, SheetPlan } from "../../src/sheet-kit";
import { consolidationWorkbook } from "../../src/secretariat-sheets/consolidation";
import { OBJECTION_ROWS } from "../../src/secretariat-sheets/consolidation/objection-sheet";
import { APPROVAL_LABEL, defaultStandard as std } from "../../src/standard";
import { isoDateToSerial } from "../../src/sheet-kit";
import { APPROVAL_NAMES } from "../../src/workbook-format";
import { t } from "../../src/strings";
import { committeeRound } from "../support/committee-round";
import { summarySheetNames } from "../support/summary-sheets";

const cellOf = (plan: SheetPlan, at: string): PlanCell | undefined =>
  plan.cells.find((c) => c.address === at);
const value = (plan: SheetPlan, at: string) => cellOf(plan, at)?.value;

let result: ConsolidationResult;
let plans: SheetPlan[];
let approval: SheetPlan;
let objection: SheetPlan;

beforeAll(async () => {
  const { files, round, assignments } = committeeRound();
  // Two winners per item: with the committee round's finals, item 4 keeps a plain pair.
  result = await consolidate(files, { winners: 2 }, std, undefined, { round, assignments });
  plans = consolidationWorkbook(std, result);
  approval = plans.find((p) => p.sheetName === t("summary.approvalSheet"))!;
  objection = plans.find((p) => p.sheetName === t("summary.objectionSheet"))!;
});

describe("审定", () => {
  it("stands after 拟获奖名单; 异议登记 is the last sheet", () => {
    expect(plans.map((p) => p.sheetName)).toEqual(summarySheetNames({ progress: true }));
  });

  it("has one row per proposed or tied application, in the summary's order, read by 申报编号", () => {
    const wanted = result.applications.filter((a) => a.decision !== "not-proposed");
    expect(wanted.length).toBeGreaterThanOrEqual(8);
    wanted.forEach((a, i) => {
      const r = 4 + i;
      expect([r, value(approval, `A${r}`), value(approval, `B${r}`)]).toEqual([
        r,
        a.applicationId,
        a.applicant,
      ]);
      expect(value(approval, `D${r}`)).toBe(a.final);
      expect(value(approval, `E${r}`)).toBe(a.rank);
      expect(value(approval, `F${r}`)).toBe(a.decision === "proposed" ? "拟获奖" : "并列待定");
      expect(cellOf(approval, `J${r}`)?.formula).toContain(`G${r}:I${r}`);
      expect(cellOf(approval, `A${r}`)?.numberFormat).toBe("@");
    });
    // Nothing below the table but the signature block.
    const last = 3 + wanted.length;
    expect(value(approval, `A${last + 1}`)).toBeUndefined();
    const names = Object.fromEntries(approval.names.map((n) => [n.name, n.address]));
    expect(names[APPROVAL_NAMES.first]).toBe("$A$4");
    expect(names[APPROVAL_NAMES.end]).toBe(`$A$${last + 1}`);
    const rows = JSON.parse(String(value(approval, names[APPROVAL_NAMES.rows].replace(/\$/g, ""))));
    expect(rows.map((r: { id: string }) => r.id)).toEqual(wanted.map((a) => a.applicationId));
    expect(value(approval, names[APPROVAL_NAMES.round].replace(/\$/g, ""))).toBe(
      result.round!.name
    );
  });

  it("validates the counts as whole numbers ≥ 0 and the conclusion as 通过 / 不通过 / 暂缓, stop alerts", () => {
    const last = 3 + result.applications.filter((a) => a.decision !== "not-proposed").length;
    const votes = approval.validations.find((v) => v.address === `G4:I${last}`)!;
    expect(votes.kind).toBe("custom");
    expect(votes.alertStyle).toBe("stop");
    expect(votes.kind === "custom" && votes.formula).toBe("=AND(ISNUMBER(G4),G4>=0,G4=INT(G4))");
    const list = approval.validations.find((v) => v.address === `K4:K${last}`)!;
    expect(list.kind === "list" && list.items).toEqual(["通过", "不通过", "暂缓"]);
    expect(Object.values(APPROVAL_LABEL)).toEqual(["通过", "不通过", "暂缓"]);
  });

  it("ends with the chair's and the members' signatures and the date, inside the print area, kept together", () => {
    const find = (text: string) => approval.cells.find((c) => c.value === text)?.address ?? "";
    const chair = Number(find(t("approval.sign.chair")).slice(1));
    const members = Number(find(t("approval.sign.members")).slice(1));
    expect(find(t("approval.sign.date"))).toBe(`G${chair}`);
    expect(members).toBe(chair + 1);
    const print = approval.print!;
    expect(print.area).toBe(`A1:K${members}`);
    expect(print.orientation).toBe("landscape");
    expect(print.titleRows).toEqual([3, 3]);
    expect(print.fitToWidth).toBe(1);
    expect(approval.columns[11].hidden).toBe(true);
  });
});

describe("异议登记", () => {
  it("has the eight columns and empty numbered rows, dates validated, texts wrapped", () => {
    const heads = "ABCDEFGH".split("").map((c) => value(objection, `${c}3`));
    expect(heads).toEqual([
      "序号",
      "收到日期",
      "异议人（单位）",
      "涉及申报（编号）",
      "异议内容",
      "处理经过",
      "处理结果",
      "办结日期",
    ]);
    const last = 3 + OBJECTION_ROWS;
    expect(value(objection, `A${last}`)).toBe(OBJECTION_ROWS);
    for (const c of "CDEFG")
      expect(objection.styles[cellOf(objection, `${c}4`)!.style!].wrap).toBe(true);
    for (const c of "BH") {
      const v = objection.validations.find((x) => x.address === `${c}4:${c}${last}`)!;
      expect(v.kind === "decimal" && [v.min, v.max]).toEqual([
        isoDateToSerial("2000-01-01"),
        isoDateToSerial("2099-12-31"),
      ]);
      expect(cellOf(objection, `${c}4`)?.numberFormat).toBe("yyyy-mm-dd");
    }
    const nothingTyped = objection.cells.filter((c) => /^[B-H]([4-9]|[12]\d)$/.test(c.address));
    expect(nothingTyped.every((c) => c.value === null)).toBe(true);
    expect(objection.print!.area).toBe(`A1:H${last}`);
    expect(objection.print!.titleRows).toEqual([3, 3]);
  });
});
