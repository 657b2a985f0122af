/**
 * distribute never writes a workbook the reader would refuse when it comes back: a judge with 249
 * applications would get 251 sheets (cover, 249 scoring sheets, 评分指引), over the 250-sheet
 * limit; refused before anything is written, naming the judge. 248 applications (250 sheets) pass.
 */
import { describe, expect, it } from "@jest/globals";
import type { Round } from "../../src/round";
import { t } from "../../src/strings";
import { distributeRound } from "../../src/workflows";
import { DEFAULT_LIMITS } from "../../src/xlsx";
import { rosterContext } from "../support/round-context";

const TRADES = ["精密制造", "检测技术", "智能装备", "生物医药", "新材料", "物流服务", "软件信息"];

function roundWith(applications: number): Round {
  return {
    name: "2027 年闵行区质量创新单项奖 材料评审",
    passRatio: 0.6,
    date: "2027-03-15",
    applications: Array.from({ length: applications }, (_, k) => ({
      id: `A${String(k + 1).padStart(3, "0")}`,
      applicant: `上海${TRADES[k % TRADES.length]}第${k + 1}有限公司`,
      item: (k % 5) + 1,
    })),
    judges: [
      { id: "J01", name: "王 芳", unit: "上海市质量协会", source: { sheet: "评委", cell: "A2" } },
    ],
    conflicts: [],
    grid: null,
  };
}

describe("distribute within the reader's limits", () => {
  it("refuses a judge's workbook of more sheets than the reader takes, naming the judge", () => {
    const run = distributeRound(rosterContext(roundWith(249)), { date: "2027-03-15" });
    expect(run).toEqual({
      ok: false,
      problems: [
        {
          sheet: "评委",
          cell: "A2",
          message: t("distribute.tooManySheets", {
            judge: "J01 王 芳",
            count: 249,
            sheets: 251,
            limit: DEFAULT_LIMITS.maxSheets,
          }),
        },
      ],
    });
  });

  it("plans a workbook of exactly the limit", () => {
    const run = distributeRound(rosterContext(roundWith(248)), { date: "2027-03-15" });
    expect(run.ok && run.workbooks[0].plans.length).toBe(DEFAULT_LIMITS.maxSheets);
  });
});
