/**
 * Names as people type them: an innovation item by number, name or both (item-names.ts), and
 * applicants whose names differ only in spaces or full-width forms (applicant-names.ts) — found
 * and reported, never merged.
 */
import { describe, expect, it } from "@jest/globals";
import {
  comparableName,
  defaultStandard as std,
  itemFromText,
  sameApplicant,
  similarNameGroups,
} from "../../src/standard";

describe("an innovation item as written", () => {
  it("by its number, as a number or as text (full-width and spaces too)", () => {
    expect(itemFromText(std, 2)).toBe(2);
    expect(itemFromText(std, "4")).toBe(4);
    expect(itemFromText(std, " ５ ")).toBe(5);
  });

  it("by its name, or number and name with or without a separator", () => {
    expect(itemFromText(std, "服务创新")).toBe(3);
    expect(itemFromText(std, "2. 研发创新")).toBe(2);
    expect(itemFromText(std, "2.研发创新")).toBe(2);
    expect(itemFromText(std, "１、标准创新")).toBe(1);
    expect(itemFromText(std, "5商标品牌创新")).toBe(5);
    expect(itemFromText(std, "商标 品牌创新")).toBe(5);
  });

  it("matches nothing for a number outside the items, 创新价值, another name or a mismatch", () => {
    expect(itemFromText(std, 6)).toBeNull(); // 创新价值 is not an item one applies for
    expect(itemFromText(std, 0)).toBeNull();
    expect(itemFromText(std, "7")).toBeNull();
    expect(itemFromText(std, "创新价值")).toBeNull();
    expect(itemFromText(std, "技术创新")).toBeNull();
    expect(itemFromText(std, "1. 研发创新")).toBeNull();
    expect(itemFromText(std, "")).toBeNull();
    expect(itemFromText(std, "研发创新2")).toBeNull();
  });
});

describe("applicants' names", () => {
  it("compare without spaces of any kind and with full-width forms folded", () => {
    expect(comparableName("上海 Ａ公司\u3000（闵行）")).toBe("上海A公司(闵行)");
    expect(sameApplicant("上海Ａ公司", "上海 A 公司")).toBe(true);
    expect(sameApplicant("上海A公司", "上海B公司")).toBe(false);
  });

  it("groups distinct names that compare equal, in first-seen order; leaves the rest alone", () => {
    const names = [
      "上海虹桥智造有限公司",
      "上海莘庄科技有限公司",
      "上海虹桥 智造有限公司",
      "上海虹桥智造有限公司",
      "上海莘庄科技有限公司",
      "上海ＸＹ电子有限公司",
      "上海XY电子有限公司",
      "上海七宝电子有限公司",
    ];
    expect(similarNameGroups(names)).toEqual([
      ["上海虹桥智造有限公司", "上海虹桥 智造有限公司"],
      ["上海ＸＹ电子有限公司", "上海XY电子有限公司"],
    ]);
    expect(similarNameGroups([])).toEqual([]);
  });
});
