/**
 * A committee's round as a newcomer ran it: 12 applications over 4 items (one with a long name),
 * 7 judges, 3 回避 pairs, one judge over the maximum, one leaving a blank, one never returning the
 * file; comments that end with and without 。, with ；, with brackets.
 */
import type { FileInput } from "../../src/consolidate";
import type { Assignment, Round } from "../../src/round";
import {
  bandForPercent,
  bandLabel,
  defaultStandard as std,
  subItemsForItem,
} from "../../src/standard";
import { sheetRead } from "./sheet-read";
import { applicantName } from "./synthetic-round";

export const NAMES = ["王建国", "李红梅", "张伟", "陈晓东", "刘芳", "赵立新", "孙海涛"];
const STRENGTHS = [
  "建立了覆盖研发全过程的质量管理体系。",
  "关键指标连续三年改善；",
  "形成了可推广的做法（已在两个事业部应用）",
  "标准化工作有专人负责，制度健全",
  "",
];
const IMPROVEMENTS = [
  "对标数据不足。",
  "建议补充成效数据（如客户满意度）；并与行业标杆比较。",
  "改进循环的记录不完整",
  "（可考虑）引入外部评价",
];

export function committeeRound(): { files: FileInput[]; round: Round; assignments: Assignment[] } {
  const applications = Array.from({ length: 12 }, (_, a) => ({
    id: `A${String(a + 1).padStart(2, "0")}`,
    applicant: a === 3 ? "上海闵行经济技术开发区精密机械制造股份有限公司" : applicantName(a),
    item: (a % 4) + 1,
  }));
  const judges = NAMES.map((name, j) => ({ id: `J${j + 1}`, name, unit: "单位" }));
  const conflicts = [
    { applicationId: "A02", judgeId: "J1", reason: "曾任职" },
    { applicationId: "A05", judgeId: "J3", reason: "竞争对手" },
    { applicationId: "A09", judgeId: "J6", reason: "亲属" },
  ];
  const round: Round = {
    name: "2026 年闵行区质量创新单项奖 资料评审",
    passRatio: 0.6,
    date: "2026-11-24",
    applications,
    judges,
    conflicts,
    grid: null,
  };
  const files: FileInput[] = [];
  for (const [j, judge] of judges.entries()) {
    if (j === 6) continue; // never returned
    const sheets = applications
      .filter((a) => !conflicts.some((c) => c.applicationId === a.id && c.judgeId === judge.id))
      .map((a, k) => {
        const s = sheetRead(a.applicant, a.item, judge.name, 0);
        s.sheetName = `${a.id}`;
        s.identity = { round: round.name, applicationId: a.id, judgeId: judge.id };
        subItemsForItem(std, a.item).forEach((sub, i) => {
          const percent = 40 + ((k * 7 + j * 3 + i) % 10) * 5;
          s.entries[sub.code] = {
            score: (sub.max * percent) / 100,
            maturity: bandLabel(std, bandForPercent(std, percent)),
            strength: STRENGTHS[(i + j) % STRENGTHS.length],
            improvement: IMPROVEMENTS[(i + k + j) % IMPROVEMENTS.length],
          };
        });
        if (j === 3 && k === 0) s.entries[subItemsForItem(std, a.item)[0].code].score = 999;
        if (j === 4 && k === 1) s.entries[subItemsForItem(std, a.item)[1].code].score = null;
        return s;
      });
    files.push({ file: `${judge.id}-${judge.name}.xlsx`, result: { ok: true, sheets } });
  }
  const assignments = applications.flatMap((a) =>
    judges
      .filter((j) => !conflicts.some((c) => c.applicationId === a.id && c.judgeId === j.id))
      .map((j) => ({ applicationId: a.id, judgeId: j.id }))
  );
  return { files, round, assignments };
}
