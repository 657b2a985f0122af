/**
 * A round in memory, as careful judges would have filled it: `apps` applications (items 1–5 in
 * turn), `judges` judges scoring every one, scores in 5 % steps with their bands and comments.
 * Used by the print tests and by `npm run bench` (compiled through tsconfig.bench.json).
 */
import type { FileInput } from "../../src/consolidate";
import {
  bandForPercent,
  bandLabel,
  defaultStandard as std,
  subItemsForItem,
} from "../../src/standard";
import type { ConsensusSheetRead, ScoringSheetRead } from "../../src/workbook-format";
import { sheetRead } from "./sheet-read";

const PLACES = ["闵行", "莘庄", "七宝", "虹桥", "浦江", "颛桥", "马桥", "吴泾", "华漕", "梅陇"];
const TRADES = ["精密机械", "智能装备", "生物医药", "新材料", "检测认证", "物流服务"];

/** Distinct, realistic-looking organisation names: 上海莘庄智能装备有限公司 … */
export const applicantName = (a: number) =>
  `上海${PLACES[a % PLACES.length]}${TRADES[Math.floor(a / PLACES.length) % TRADES.length]}${
    a >= PLACES.length * TRADES.length ? `第${Math.floor(a / 60) + 1}` : ""
  }有限公司`;

function entriesFor(item: number, a: number, j: number): ScoringSheetRead["entries"] {
  const entries: ScoringSheetRead["entries"] = {};
  for (const [k, s] of subItemsForItem(std, item).entries()) {
    const percent = 40 + ((a * 7 + j * 3 + k) % 12) * 5;
    entries[s.code] = {
      score: (s.max * percent) / 100,
      maturity: bandLabel(std, bandForPercent(std, percent)),
      strength: `第${k + 1}项做法已在多个部门推广，有数据支撑`,
      improvement: "成效的量化与对标可以加强",
    };
  }
  return entries;
}

function sheetOf(a: number, j: number): ScoringSheetRead {
  const item = (a % 5) + 1;
  return {
    ...sheetRead(applicantName(a), item, `评委${j + 1}`, 0),
    entries: entriesFor(item, a, j),
  };
}

/** One file per judge and application, as consolidate() takes them. */
export function syntheticRound(apps: number, judges: number): FileInput[] {
  const files: FileInput[] = [];
  for (let j = 0; j < judges; j++)
    for (let a = 0; a < apps; a++)
      files.push({ file: `评委${j + 1}.xlsx`, result: { ok: true, sheets: [sheetOf(a, j)] } });
  return files;
}

/**
 * A consensus meeting's sheets for applications `apps` (indexes): each sub-item agreed at the
 * first judge's score, 5 % of the maximum higher, with the meeting's own words.
 */
export function syntheticConsensus(apps: readonly number[]): ConsensusSheetRead[] {
  return apps.map((a) => {
    const judged = entriesFor((a % 5) + 1, a, 0);
    const entries: ConsensusSheetRead["entries"] = {};
    for (const [k, s] of subItemsForItem(std, (a % 5) + 1).entries()) {
      const score = Math.min(s.max, Number(judged[s.code].score) + s.max * 0.05);
      entries[s.code] = {
        score,
        maturity: bandLabel(std, bandForPercent(std, (score / s.max) * 100)),
        strength: `经评审会议讨论，第${k + 1}项的做法成效明确，已形成制度`,
        improvement: "建议补充与行业标杆的量化对比",
      };
    }
    return {
      file: "共识.xlsx",
      sheetName: `共识${a + 1}`,
      applicant: applicantName(a),
      item: (a % 5) + 1,
      applicationId: null,
      round: null,
      formatVersion: 1,
      cells: { applicant: "C2", item: "H2", applicationId: "", round: "", format: "N1" },
      entries,
      notes: null,
    };
  });
}
