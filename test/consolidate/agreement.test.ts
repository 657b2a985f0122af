/**
 * How far the judges agree (agreement.ts; docs/decision-and-agreement.md): the worked example of
 * the document, then the edges — judges who never share an application, judges who agree
 * exactly, two judges of one name told apart by id, Kendall's W where it is not defined, and an
 * item whose judges did not all score every application. Advice only: no score changes.
 */
import { describe, expect, it } from "@jest/globals";
import { agreement, averageRanks, kendallW, type ApplicationResult } from "../../src/consolidate";

describe("the judges' agreement, against the worked example", () => {
  // docs/decision-and-agreement.md: three judges, four applications of one item.
  const totals: Record<string, number[]> = {
    A: [400, 350, 300, 250],
    B: [380, 360, 300, 260],
    C: [390, 300, 340, 300],
  };
  const apps = [0, 1, 2, 3].map(
    (k) =>
      ({
        applicant: `申报${k + 1}`,
        item: 2,
        itemTitle: "研发创新",
        judges: Object.entries(totals).map(([judge, t]) => ({ judge, total: t[k] })),
      }) as unknown as ApplicationResult
  );

  it("ranks with ties averaged", () => {
    expect(averageRanks([390, 300, 340, 300])).toEqual([1, 3.5, 2, 3.5]);
  });

  it("gives Kendall's W = 12·36.5 / (9·60 − 3·6) = 438/522", () => {
    expect(kendallW(Object.values(totals))).toBeCloseTo(438 / 522, 12);
    expect(agreement(apps).items).toEqual([
      {
        item: 2,
        itemTitle: "研发创新",
        applications: 4,
        judgesUsed: 3,
        judgesInItem: 3,
        kendallW: 0.839,
      },
    ]);
    expect(
      kendallW([
        [1, 2, 3],
        [3, 2, 1],
      ])
    ).toBe(0);
    expect(
      kendallW([
        [1, 2, 3],
        [1, 2, 3],
      ])
    ).toBe(1);
  });

  it("gives each judge's mean deviation (−3.75, −3.75, 7.5) and its standardized form", () => {
    const sd = Math.sqrt(4733.333333333333 / 8);
    const a = agreement(apps);
    expect(a.pooledSd).toBe(24.32);
    expect(a.judges).toEqual([
      {
        judge: "A",
        sheets: 4,
        compared: 4,
        meanDeviation: -3.75,
        zMeanDeviation: Math.round((-3.75 / sd) * 1000) / 1000,
        flagged: false,
      },
      {
        judge: "B",
        sheets: 4,
        compared: 4,
        meanDeviation: -3.75,
        zMeanDeviation: Math.round((-3.75 / sd) * 1000) / 1000,
        flagged: false,
      },
      {
        judge: "C",
        sheets: 4,
        compared: 4,
        meanDeviation: 7.5,
        zMeanDeviation: Math.round((7.5 / sd) * 1000) / 1000,
        flagged: false,
      },
    ]);
  });

  it("flags a judge who is on average a whole typical spread above the others", () => {
    const lenient = apps.map((a) => ({
      ...a,
      judges: [...a.judges, { judge: "D", total: Math.max(...a.judges.map((j) => j.total)) + 60 }],
    })) as unknown as ApplicationResult[];
    const d = agreement(lenient).judges.find((j) => j.judge === "D")!;
    expect(d.flagged).toBe(true);
    expect(d.zMeanDeviation!).toBeGreaterThanOrEqual(1);
  });
});

/** Applications of `item` from [applicant, [judge, total, judgeId?][]]. */
const round = (item: number, rows: [string, [string, number, string?][]][]) =>
  rows.map(
    ([applicant, judges]) =>
      ({
        applicant,
        item,
        itemTitle: `单项${item}`,
        judges: judges.map(([judge, total, judgeId]) => ({
          judge,
          total,
          ...(judgeId ? { judgeId } : {}),
        })),
      }) as unknown as ApplicationResult
  );

describe("the judges' agreement at its edges", () => {
  it("judges who never share an application: nothing to compare, no spread, nobody flagged", () => {
    const a = agreement(
      round(2, [
        ["上海浦江精密仪器有限公司", [["顾春华", 352]]],
        ["上海虹桥航空服务有限公司", [["沈建国", 287.5]]],
      ])
    );
    expect(a.pooledSd).toBeNull();
    expect(a.judges).toEqual([
      {
        judge: "顾春华",
        sheets: 1,
        compared: 0,
        meanDeviation: null,
        zMeanDeviation: null,
        flagged: false,
      },
      {
        judge: "沈建国",
        sheets: 1,
        compared: 0,
        meanDeviation: null,
        zMeanDeviation: null,
        flagged: false,
      },
    ]);
  });

  it("judges who agree exactly: a spread of 0 and a standardized deviation of 0", () => {
    const a = agreement(
      round(2, [
        [
          "上海浦江精密仪器有限公司",
          [
            ["顾春华", 352],
            ["沈建国", 352],
          ],
        ],
        [
          "上海虹桥航空服务有限公司",
          [
            ["顾春华", 287.5],
            ["沈建国", 287.5],
          ],
        ],
      ])
    );
    expect(a.pooledSd).toBe(0);
    expect(a.judges.map((j) => [j.meanDeviation, j.zMeanDeviation, j.flagged])).toEqual([
      [0, 0, false],
      [0, 0, false],
    ]);
  });

  it("counts only the applications a judge shares, and one judge alone adds no spread", () => {
    // 申报1: 顾 360, 沈 340, 陆 320 (mean 340; squares 400 + 0 + 400 = 800, 2 df);
    // 申报2: 顾 300 alone. s = √(800 / 2) = 20. 顾: 360 − 330 = 30, z 1.5, flagged;
    // 沈: 340 − 340 = 0; 陆: 320 − 350 = −30, z −1.5, flagged.
    const a = agreement(
      round(3, [
        [
          "上海浦江精密仪器有限公司",
          [
            ["顾春华", 360],
            ["沈建国", 340],
            ["陆敏", 320],
          ],
        ],
        ["上海虹桥航空服务有限公司", [["顾春华", 300]]],
      ])
    );
    expect(a.pooledSd).toBe(20);
    expect(a.judges).toEqual([
      {
        judge: "顾春华",
        sheets: 2,
        compared: 1,
        meanDeviation: 30,
        zMeanDeviation: 1.5,
        flagged: true,
      },
      {
        judge: "陆敏",
        sheets: 1,
        compared: 1,
        meanDeviation: -30,
        zMeanDeviation: -1.5,
        flagged: true,
      },
      {
        judge: "沈建国",
        sheets: 1,
        compared: 1,
        meanDeviation: 0,
        zMeanDeviation: 0,
        flagged: false,
      },
    ]);
  });

  it("keeps two judges of one name apart by their ids, in id order", () => {
    const a = agreement(
      round(2, [
        [
          "上海浦江精密仪器有限公司",
          [
            ["王芳", 330, "J07"],
            ["王芳", 310, "J02"],
          ],
        ],
        [
          "上海虹桥航空服务有限公司",
          [
            ["王芳", 300, "J07"],
            ["王芳", 320, "J02"],
          ],
        ],
      ])
    );
    expect(a.judges.map((j) => [j.judge, j.judgeId, j.sheets, j.meanDeviation])).toEqual([
      ["王芳", "J02", 2, 0],
      ["王芳", "J07", 2, 0],
    ]);
  });

  it("Kendall's W is not defined below 2 judges, below 2 applications, or when everything ties", () => {
    expect(kendallW([])).toBeNull();
    expect(kendallW([[320, 300, 280]])).toBeNull();
    expect(kendallW([[320], [300]])).toBeNull();
    expect(
      kendallW([
        [300, 300, 300],
        [280, 280, 280],
      ])
    ).toBeNull();
    // One judge ties everything, the other orders them: T = 3³ − 3 = 24; ranks 2,2,2 and 1,2,3;
    // sums 3, 4, 5 (mean 4), S = 2; W = 12·2 / (4·24 − 2·24) = 0.5.
    expect(
      kendallW([
        [300, 300, 300],
        [330, 310, 290],
      ])
    ).toBe(0.5);
  });

  it("ranks with two groups of ties, highest first", () => {
    expect(averageRanks([280, 350, 280, 350, 300])).toEqual([4.5, 1.5, 4.5, 1.5, 3]);
    expect(averageRanks([])).toEqual([]);
  });

  it("per item, W over the judges who scored every application; items in order", () => {
    const item3 = round(3, [
      [
        "上海浦江精密仪器有限公司",
        [
          ["顾春华", 360],
          ["沈建国", 340],
          ["陆敏", 320],
        ],
      ],
      [
        "上海虹桥航空服务有限公司",
        [
          ["顾春华", 300],
          ["沈建国", 310],
        ],
      ],
      [
        "上海七宝文化创意有限公司",
        [
          ["顾春华", 250],
          ["沈建国", 270],
          ["陆敏", 330],
        ],
      ],
      ["上海古美社区服务中心", []],
    ]);
    const item1 = round(1, [
      ["上海田林电子有限公司", [["陆敏", 300]]],
      ["上海康健医疗器械有限公司", [["陆敏", 310]]],
    ]);
    expect(agreement([...item3, ...item1]).items).toEqual([
      {
        item: 1,
        itemTitle: "单项1",
        applications: 2,
        judgesUsed: 1,
        judgesInItem: 1,
        kendallW: null,
      },
      // 顾 and 沈 both order 浦江 > 虹桥 > 七宝: W = 1; 陆 missed 虹桥.
      { item: 3, itemTitle: "单项3", applications: 3, judgesUsed: 2, judgesInItem: 3, kendallW: 1 },
    ]);
  });
});
