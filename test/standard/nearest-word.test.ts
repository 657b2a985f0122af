/**
 * "Did you mean" (src/standard/nearest-word.ts) and the mistyped item (item-names.ts): edit
 * distances, the edits allowed by length, containment, ties, width and case, and the item hint.
 */
import { describe, expect, it } from "@jest/globals";
import { editDistance, nearestWord } from "../../src/standard/nearest-word";
import { defaultStandard as std, itemFromText, itemHint } from "../../src/standard";
import { nearestItem } from "../../src/standard/item-names";
import { t } from "../../src/strings";

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["", "abc", 3],
    ["abc", "", 3],
    ["交会", "交回", 1],
    ["kitten", "sitting", 3],
    ["flaw", "lawn", 2],
    ["研发创新", "研发创新", 0],
    ["ab", "ba", 2],
    ["𠮷a", "𠮷b", 1], // a character outside the BMP counts once
  ])("%s → %s: %i", (a, b, n) => {
    expect(editDistance(a, b)).toBe(n);
    expect(editDistance(b, a)).toBe(n);
  });
});

describe("nearestWord", () => {
  const commands = ["consolidate", "distribute", "template", "report", "notice"];
  it("one edit for words of two to four characters, two from five on", () => {
    expect(nearestWord("交会", ["交回", "名册"])).toBe("交回");
    expect(nearestWord("reprt", commands)).toBe("report");
    expect(nearestWord("consoldate", commands)).toBe("consolidate");
    expect(nearestWord("consldte", commands)).toBeNull(); // three edits
    expect(nearestWord("abcd", ["abxy"])).toBeNull(); // two edits at four characters
    expect(nearestWord("abcde", ["abxye"])).toBe("abxye"); // two edits at five
    expect(nearestWord("abcde", ["axyze"])).toBeNull(); // three
    expect(nearestWord("a", ["b", "ab"])).toBeNull(); // one character: no edit allowed
  });

  it("a candidate containing what was typed (two characters at least), after the close ones", () => {
    expect(nearestWord("研发", ["标准创新", "研发创新"])).toBe("研发创新");
    expect(nearestWord("sol", ["consolidate", "distribute"])).toBe("consolidate");
    expect(nearestWord("o", ["consolidate"])).toBeNull();
    // A close word wins over one that merely contains it.
    expect(nearestWord("note", ["notice-board-long", "nose"])).toBe("nose");
    // Of two containing it, the one with fewer edits.
    expect(nearestWord("tri", ["distribute", "trim"])).toBe("trim");
  });

  it("case, full width and spaces do not count; the word itself as typed offers nothing", () => {
    expect(nearestWord("REPORT", commands)).toBe("report");
    expect(nearestWord("ｒｅｐｏｒｔ", commands)).toBe("report");
    expect(nearestWord("re port", commands)).toBe("report");
    expect(nearestWord("report", commands)).toBeNull();
    expect(nearestWord("", commands)).toBeNull();
    expect(nearestWord("   ", commands)).toBeNull();
  });

  it("two candidates equally close name nothing; a closer one after a tie still wins", () => {
    expect(nearestWord("创新", ["标准创新", "研发创新"])).toBeNull();
    expect(nearestWord("cat", ["cut", "cot"])).toBeNull();
    expect(nearestWord("cat", ["cut", "cot", "cat "])).toBe("cat ");
  });
});

describe("the mistyped item", () => {
  it("names the item a mistyped or partial name meant, with or without its number", () => {
    expect(nearestItem(std, "研发创心")).toEqual({ number: 2, title: "研发创新" });
    expect(nearestItem(std, "2. 研发创心")).toEqual({ number: 2, title: "研发创新" });
    expect(nearestItem(std, "12、服务创心")).toEqual({ number: 3, title: "服务创新" });
    expect(nearestItem(std, "商标")).toEqual({ number: 5, title: "商标品牌创新" });
    expect(nearestItem(std, " 管 理 创 心 ")).toEqual({ number: 4, title: "管理创新" });
  });

  it("nothing for a number, an empty name, a tie, or a part that is not an item", () => {
    expect(nearestItem(std, 7)).toBeNull();
    expect(nearestItem(std, "3.")).toBeNull();
    expect(nearestItem(std, "")).toBeNull();
    expect(nearestItem(std, "创新")).toBeNull();
    expect(nearestItem(std, "创新价直")).toBeNull(); // 创新价值 is scored, not applied for
  });

  it("the hint says the item, or nothing", () => {
    expect(itemHint(std, "研发创心")).toBe(t("item.didYouMean", { number: 2, title: "研发创新" }));
    expect(itemHint(std, "天气")).toBe("");
    expect(itemHint(std, 9)).toBe("");
  });

  it("reads numbers of more than one digit, and only a whole number or a number and a name", () => {
    const many = {
      ...std,
      parts: std.parts.map((p) => (p.number === 5 ? { ...p, number: 15 } : p)),
    };
    expect(itemFromText(many, "15")).toBe(15);
    expect(itemFromText(many, "15、商标品牌创新")).toBe(15);
    expect(itemFromText(many, "1")).toBe(1);
    expect(itemFromText(std, "2x")).toBeNull();
    expect(itemFromText(std, "x2")).toBeNull();
    expect(itemFromText(std, "2.研发创新x")).toBeNull();
    expect(itemFromText(std, "12.研发创新")).toBeNull();
    expect(itemFromText(std, "研发\u3000创新")).toBe(2);
  });
});
