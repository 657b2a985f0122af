/**
 * A test round's roster as plain rows (row 1 the headers), for an independent writer (exceljs):
 * 8 applications over 3 items (items written as numbers and names), 7 judges, 3 回避 pairs and an
 * explicit 分配 grid that respects them.
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../../src/sheet-kit";
import {
  bandForPercent,
  bandLabel,
  defaultStandard as std,
  subItemsForItem,
} from "../../src/standard";
import { entryName, submissionDigest, NAMES } from "../../src/workbook-format";
import { readScoringSheets } from "../../src/xlsx";
import { setCells } from "./xlsx-cells";

export type Rows = (string | number | null)[][];

/** A roster workbook from plain rows (row 1 the headers), sheet by sheet, written by exceljs. */
export async function rosterBytes(sheets: Record<string, Rows>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The roster without its 分配 sheet: every judge scores every application not 回避. */
export function withoutGrid(): Record<string, Rows> {
  return Object.fromEntries(Object.entries(ROSTER).filter(([name]) => name !== "分配"));
}

/** Each judge scores every sub-item at one percentage of its maximum (total = 5 × percentage). */
export const PERCENT: Record<string, number> = {
  J1: 60,
  J2: 70,
  J3: 50,
  J4: 65,
  J5: 80,
  J6: 55,
  J7: 75,
};

export const ROSTER: Record<string, Rows> = {
  轮次: [
    ["项目", "内容"],
    ["名称", "2027 年闵行区质量创新单项奖 材料评审"],
    ["通过线比例", 0.6],
    ["评审日期", "2027-03-15"],
  ],
  申报: [
    ["编号", "申报组织", "申报单项"],
    ["A01", "上海甲科技有限公司", 2],
    ["A02", "上海乙制造有限公司", "研发创新"],
    ["A03", "上海丙服务有限公司", "3. 服务创新"],
    ["A04", "上海丁服务有限公司", 3],
    ["A05", "上海戊管理咨询有限公司", "管理创新"],
    ["A06", "上海己管理有限公司", 4],
    ["A07", "上海庚科技有限公司", 2],
    ["A08", "上海辛服务有限公司", 3],
  ],
  评委: [
    ["编号", "姓名", "单位"],
    ...[1, 2, 3, 4, 5, 6, 7].map((k) => [`J${k}`, `评委${k}`, `单位${k}`]),
  ],
  回避: [
    ["申报编号", "评委编号", "原因"],
    ["A01", "J1", "曾任职"],
    ["A05", "J3", "竞争对手"],
    ["A08", "J7", "亲属"],
  ],
  分配: [
    ["申报编号", "申报组织", "申报单项", "J1", "J2", "J3", "J4", "J5", "J6", "J7"],
    ["A01", null, null, null, "√", "√", "√", null, null, null],
    ["A02", null, null, "√", "√", null, null, "√", null, null],
    ["A03", null, null, "√", null, "√", null, null, "√", null],
    ["A04", null, null, null, null, null, "√", "√", "√", null],
    ["A05", null, null, "√", "√", null, null, null, null, "√"],
    ["A06", null, null, null, null, "√", "√", null, null, "√"],
    ["A07", null, null, null, "√", null, null, "√", "√", null],
    ["A08", null, null, "√", null, "√", "√", null, null, null],
  ],
};

/** A judge fills every sheet of their workbook at their percentage; `finalize` submits each; `blank` leaves one score of one application empty. */
export async function fillJudgeWorkbook(
  data: Uint8Array,
  judge: string,
  opts: { finalize?: boolean; blank?: string } = {}
): Promise<Uint8Array> {
  const bytes = new Uint8Array(data);
  const edits: Record<string, Record<string, CellValue>> = {};
  for (const sheet of await readScoringSheets(bytes)) {
    const e: Record<string, CellValue> = {};
    const scores: Record<string, CellValue> = {};
    subItemsForItem(std, Number(sheet.item)).forEach((s, k) => {
      const blank = opts.blank === sheet.identity?.applicationId && k === 0;
      const score = blank ? null : (s.max * PERCENT[judge]) / 100;
      scores[s.code] = score;
      e[sheet.names[entryName("score", s.code)]] = score;
      e[sheet.names[entryName("maturity", s.code)]] = bandLabel(
        std,
        bandForPercent(std, PERCENT[judge])
      );
      e[sheet.names[entryName("strength", s.code)]] = "依据充分";
    });
    if (opts.finalize) {
      const digest = await submissionDigest({
        formatVersion: sheet.formatVersion,
        applicant: sheet.applicant,
        item: sheet.item,
        judge: sheet.judge,
        scores,
        identity: sheet.identity,
      });
      e[sheet.names[NAMES.status]] = "已提交";
      e[sheet.names[NAMES.submittedAt]] = "2027-03-15T16:00:00+08:00";
      e[sheet.names[NAMES.digest]] = digest;
    }
    edits[sheet.sheetName] = e;
  }
  return setCells(bytes, edits);
}
