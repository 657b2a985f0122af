import { describe, expect, it } from "@jest/globals";
import {
  isoDateToSerial,
  sanitizeSheetName,
  serialToIsoDate,
  uniqueSheetName,
} from "../../src/sheet-kit";
import { entryName, NAMES, parseEntryName } from "../../src/workbook-format";
import { buildScoringSheetPlan } from "../../src/judge-sheets";
import {
  bandLabels,
  defaultStandard as std,
  itemNumbers,
  subItemsForItem,
} from "../../src/standard";

const app = (item: number) => ({
  applicant: "上海某某有限公司",
  item,
  judge: "张三",
  date: "2026-11-24",
});

describe("the scoring sheet plan", () => {
  it.each(itemNumbers(std))(
    "item %i: one score name per sub-item of the item and of 创新价值, and the fixed names",
    (item) => {
      const plan = buildScoringSheetPlan(std, app(item));
      const names = plan.names.map((n) => n.name);
      const scoreNames = names.filter((n) => n.startsWith("MH_S_"));
      expect(scoreNames).toEqual(subItemsForItem(std, item).map((s) => entryName("score", s.code)));
      for (const fixed of Object.values(NAMES)) expect(names).toContain(fixed);
      expect(new Set(names).size).toBe(names.length);
      for (const n of plan.names) expect(n.address).toMatch(/^\$[A-Z]+\$\d+$/);
    }
  );

  it("unlocks only the judge's inputs and validates each score against its own maximum", () => {
    const plan = buildScoringSheetPlan(std, app(4));
    const unlocked = plan.cells.filter((c) => c.locked === false);
    expect(unlocked.map((c) => c.input).sort()).toEqual(
      Array(6).fill(["improvement", "maturity", "score", "strength"]).flat().sort()
    );
    const byAddress = new Map(plan.names.map((n) => [n.address.replace(/\$/g, ""), n.name]));
    for (const v of plan.validations.filter((v) => v.kind === "decimal")) {
      const code = parseEntryName(byAddress.get(v.address)!)!.code;
      const sub = subItemsForItem(std, 4).find((s) => s.code === code)!;
      expect(v).toMatchObject({ min: 0, max: sub.max, alertStyle: "stop" });
      expect(v.prompt).toContain(`0 至 ${sub.max}`);
    }
  });

  it("offers the six maturity bands in the 成熟度 column", () => {
    expect(bandLabels(std)).toEqual([
      "第1档 0–5% 应对问题",
      "第2档 10–25% 应对问题",
      "第3档 30–45% 早期系统化",
      "第4档 50–65% 协调一致",
      "第5档 70–85% 整合",
      "第6档 90–100% 整合",
    ]);
    const lists = buildScoringSheetPlan(std, app(2)).validations.filter((v) => v.kind === "list");
    expect(lists).toHaveLength(6);
    // A list source is at most 255 characters in Excel (the items joined by commas).
    for (const v of lists)
      if (v.kind === "list") expect(v.items.join(",").length).toBeLessThan(255);
  });

  it("names each band once: no two bands are called alike, whatever stage they share", () => {
    const labels = bandLabels(std);
    const spoken = labels.map((l) => l.split(" ")[0]);
    expect(new Set(spoken).size).toBe(std.bands.length);
    // Two bands share 应对问题 and two 整合: the ordinal tells them apart.
    expect(labels.filter((l) => l.endsWith("整合"))).toEqual([
      "第5档 70–85% 整合",
      "第6档 90–100% 整合",
    ]);
  });

  it("keeps existing entries and computes cached results by the standard's rule", () => {
    const plan = buildScoringSheetPlan(std, app(2), {
      entries: {
        "2.1": {
          score: 66,
          maturity: "50–65% 协调一致",
          strength: "有规划",
          improvement: "=不是公式",
        },
      },
    });
    const cell = (name: string) => {
      const a = plan.names.find((n) => n.name === name)!.address.replace(/\$/g, "");
      return plan.cells.find((c) => c.address === a)!;
    };
    expect(cell("MH_S_2_1").value).toBe(66);
    expect(cell("MH_OFI_2_1").value).toBe("=不是公式");
    expect(cell("MH_OFI_2_1").formula).toBeUndefined();
    expect(cell(NAMES.total).result).toBe(66);
    expect(cell(NAMES.verdict).result).toBe("未完成");
    expect(cell(NAMES.verdict).formula).toMatch(/^=IF\(COUNTIF\(/);
  });

  it("uses the configured pass ratio for the pass line", () => {
    const plan = buildScoringSheetPlan(std, app(1), { passRatio: 0.7 });
    const a = plan.names.find((n) => n.name === NAMES.passLine)!.address.replace(/\$/g, "");
    expect(plan.cells.find((c) => c.address === a)!.value).toBe(350);
  });

  it("prints A4 portrait, one page wide, repeating the title rows, with page numbers", () => {
    const { print } = buildScoringSheetPlan(std, app(3));
    expect(print).toMatchObject({
      paper: "A4",
      orientation: "portrait",
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: [1, 5],
    });
    expect(print!.footer).toContain("&P");
  });

  it("refuses a date that does not exist", () => {
    expect(() => buildScoringSheetPlan(std, { ...app(1), date: "2026-02-30" })).toThrow(RangeError);
  });
});

describe("sheet names", () => {
  it("follow Excel's rules", () => {
    expect(sanitizeSheetName("A/B:C*D?E[F]G\\H")).toBe("A_B_C_D_E_F_G_H");
    expect(sanitizeSheetName("甲'乙")).toBe("甲’乙");
    expect(sanitizeSheetName("   ")).toBe("评分表");
    expect(sanitizeSheetName("History")).toBe("History_");
    const long = "上海市闵行区某某某某某某某某某某某某某某某某某某科技发展股份有限公司";
    expect(long.length).toBeGreaterThan(31);
    expect(sanitizeSheetName(long)).toBe(long.slice(0, 31));
    // Excel counts UTF-16 units; a character outside the BMP (2 units) is never split.
    expect(sanitizeSheetName("𠀀".repeat(40))).toBe("𠀀".repeat(15));
  });

  it("are unique ignoring case, and stay within 31 characters", () => {
    const long = "某".repeat(40);
    const a = uniqueSheetName(long, []);
    const b = uniqueSheetName(long, [a]);
    expect(b).toBe("某".repeat(27) + " (2)");
    expect(uniqueSheetName("abc", ["ABC", "abc (2)"])).toBe("abc (3)");
  });
});

describe("dates", () => {
  it("convert between ISO and Excel serials", () => {
    expect(isoDateToSerial("1900-03-01")).toBe(61);
    expect(isoDateToSerial("2026-11-24")).toBe(46350);
    expect(serialToIsoDate(46350)).toBe("2026-11-24");
    expect(isoDateToSerial("2026-13-01")).toBeNull();
    expect(isoDateToSerial("24/11/2026")).toBeNull();
  });
});
