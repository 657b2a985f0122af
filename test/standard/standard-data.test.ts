import { describe, expect, it } from "@jest/globals";
import { defaultStandard, parseStandard } from "../../src/standard";
import defaultJson from "../../src/standard/default-standard.json";

/** The 评分表 of the seed document, transcribed independently of the JSON. */
const SEED_TABLE: Record<string, number> = {
  "1.1": 50,
  "1.2": 70,
  "1.3": 50,
  "1.4": 50,
  "1.5": 30,
  "1.6": 50,
  "2.1": 120,
  "2.2": 100,
  "2.3": 80,
  "3.1": 80,
  "3.2": 80,
  "3.3": 60,
  "3.4": 80,
  "4.1": 120,
  "4.2": 100,
  "4.3": 80,
  "5.1": 120,
  "5.2": 100,
  "5.3": 80,
  "6.1": 80,
  "6.2": 60,
  "6.3": 60,
};

describe("the bundled standard", () => {
  it("has the seed's 22 sub-items with the seed's maxima", () => {
    const subItems = defaultStandard.parts.flatMap((p) => p.subItems);
    expect(subItems).toHaveLength(22);
    expect(Object.fromEntries(subItems.map((s) => [s.code, s.max]))).toEqual(SEED_TABLE);
  });

  it("has part totals 300/300/300/300/300/200 that equal their sub-items' sums", () => {
    expect(defaultStandard.parts.map((p) => [p.number, p.title, p.total])).toEqual([
      [1, "标准创新", 300],
      [2, "研发创新", 300],
      [3, "服务创新", 300],
      [4, "管理创新", 300],
      [5, "商标品牌创新", 300],
      [6, "创新价值", 200],
    ]);
    for (const part of defaultStandard.parts) {
      expect(part.subItems.reduce((a, s) => a + s.max, 0)).toBe(part.total);
    }
    expect(defaultStandard.fullMarks).toBe(500);
  });

  it("keeps bulleted criteria as lists and every criterion non-empty", () => {
    const byCode = new Map(
      defaultStandard.parts.flatMap((p) => p.subItems).map((s) => [s.code, s])
    );
    expect(byCode.get("2.1")!.criteria).toHaveLength(4);
    expect(byCode.get("6.2")!.criteria).toHaveLength(4);
    expect(byCode.get("4.2")!.criteria).toHaveLength(2);
    for (const s of byCode.values()) {
      expect(s.criteria.length).toBeGreaterThan(0);
      for (const line of s.criteria) expect(line).not.toMatch(/^[―—\-\s]/);
    }
  });

  it("marks outcome sub-items and 创新价值 as 结果, the rest as 过程", () => {
    const results = defaultStandard.parts
      .flatMap((p) => p.subItems)
      .filter((s) => s.kind === "结果")
      .map((s) => s.code);
    expect(results).toEqual(["1.6", "3.4", "5.3", "6.1", "6.2", "6.3"]);
  });

  it("has six bands covering 0–100 % in 5 % steps, each with a maturity step", () => {
    expect(defaultStandard.bands.map((b) => [b.min, b.max])).toEqual([
      [0, 5],
      [10, 25],
      [30, 45],
      [50, 65],
      [70, 85],
      [90, 100],
    ]);
    const stepIds = defaultStandard.maturitySteps.map((s) => s.id);
    for (const b of defaultStandard.bands) {
      expect(stepIds).toContain(b.step);
      expect(b.process.length).toBeGreaterThan(10);
      expect(b.results.length).toBeGreaterThan(10);
    }
    expect(defaultStandard.kinds["过程"].factors.map((f) => f.name)).toEqual([
      "方法",
      "展开",
      "学习",
      "整合",
    ]);
    expect(defaultStandard.kinds["结果"].factors.map((f) => f.name)).toEqual([
      "水平",
      "趋势",
      "对比",
      "整合",
    ]);
  });
});

/** A deep copy of the bundled JSON that a test may break. */
function copy(): any {
  return JSON.parse(JSON.stringify(defaultJson));
}

function errorsOf(input: unknown): string[] {
  const result = parseStandard(input);
  if (result.ok) throw new Error("expected the standard to be rejected");
  return result.errors;
}

describe("loading a standard from JSON", () => {
  it("accepts the bundled standard, given as text too", () => {
    expect(parseStandard(JSON.stringify(defaultJson)).ok).toBe(true);
  });

  it("rejects text that is not JSON", () => {
    expect(errorsOf("{ parts: ")[0]).toMatch(/^评分标准不是有效的 JSON/);
  });

  it("rejects a part whose sub-item maxima do not sum to its total", () => {
    const s = copy();
    s.parts[1].subItems[0].max = 110;
    expect(errorsOf(s)).toEqual([
      "第 2 部分“研发创新”的评分项满分之和为 290，与该部分总分 300 不符",
    ]);
  });

  it("rejects a duplicated code and a code outside its part", () => {
    const s = copy();
    s.parts[0].subItems[1].code = "1.1";
    s.parts[2].subItems[0].code = "4.9";
    const errors = errorsOf(s);
    expect(errors).toContain("评分项编号“1.1”重复出现");
    expect(errors).toContain("评分项编号“4.9”与所在部分 3 不符（应以“3.”开头）");
  });

  it("rejects bands that leave a gap or do not reach 100 %", () => {
    const s = copy();
    s.bands[3].min = 55;
    expect(errorsOf(s)).toEqual([
      "成熟度分档没有覆盖 0–100%：45% 之后应紧接下一档（每档间隔 5%），实际为 55%",
    ]);
    const t = copy();
    t.bands.pop();
    expect(errorsOf(t)).toEqual(["成熟度分档必须从 0% 开始、到 100% 结束"]);
  });

  it("names a missing field, a wrong type and an unknown kind", () => {
    const s = copy();
    delete s.parts[0].subItems[2].title;
    s.parts[4].subItems[0].max = "120";
    s.parts[5].subItems[0].kind = "成果";
    const errors = errorsOf(s);
    expect(errors).toContain("评分标准缺少字段“parts[0].subItems[2].title”");
    expect(errors).toContain("评分标准字段“parts[4].subItems[0].max”的值无效：应为正数");
    expect(errors).toContain("评分项 6.1 的类型“成果”无效，应为“过程”或“结果”");
  });

  it("rejects an unknown format version and a non-object", () => {
    const s = copy();
    s.formatVersion = 2;
    expect(errorsOf(s)).toEqual(["评分标准格式版本 2 不受支持（支持版本 1）"]);
    expect(errorsOf([1, 2])).toEqual(["评分标准必须是一个 JSON 对象"]);
  });

  it("rejects a pass ratio outside (0, 1] and a full mark that does not add up", () => {
    const s = copy();
    s.passRatio = 60;
    s.fullMarks = 600;
    const errors = errorsOf(s);
    expect(errors).toContain("通过线比例 60 无效，应在 0 与 1 之间");
    expect(errors).toContain("满分 600 与“单项总分 + 创新价值总分”500 不符");
  });
});
