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
import type { ScoringSheetRead } from "../../src/workbook-format";

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
    sheetName: `申报${a + 1}`,
    sheetIndex: 0,
    names: {},
    formatVersion: 1,
    applicant: applicantName(a),
    item,
    judge: `评委${j + 1}`,
    date: 46346,
    identity: null,
    entries: entriesFor(item, a, j),
    cached: {} as ScoringSheetRead["cached"],
    finalization: { status: null, finalizedAt: null, digest: null, history: null, stamp: null },
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
