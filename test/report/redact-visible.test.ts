/**
 * A judge's name found as a reader sees it: with spaces (ASCII, ideographic) or zero-width and
 * format characters between its characters, in full-width or other-case Latin, decomposed
 * (NFD). The whole span is replaced; a similar but different name is left alone; the consensus
 * 成熟度 is redacted like the comments.
 */
import { describe, expect, it } from "@jest/globals";
import {
  feedbackOf,
  namePattern,
  redactNames,
  type ApplicationResult,
  type JudgeEntry,
} from "../../src/consolidate";
import { defaultStandard as std, subItemsForItem } from "../../src/standard";

const names = namePattern(["李四", "Li Si", "J1", "José", "김철수"]);
const redact = (...lines: string[]) => redactNames(lines, names);

describe("redaction as a reader sees the name", () => {
  it("finds a name with spaces between its characters, ASCII or ideographic", () => {
    expect(redact("李 四说", "经李　四核实", "李  四", "（李 　四）").lines).toEqual([
      "某评委说",
      "经某评委核实",
      "某评委",
      "（某评委）",
    ]);
  });

  it("finds a name with zero-width or format characters inside it, and replaces them too", () => {
    const r = redact(
      "李\u200B四说",
      "李\u200C四说",
      "李\u200D四说",
      "李\u2060四说",
      "李\uFEFF四说",
      "李\u200B \u3000\u00AD四说"
    );
    expect(r.lines).toEqual(Array(6).fill("某评委说"));
    expect(r.changed).toBe(6);
  });

  it("finds a Latin name in full width and in any case", () => {
    expect(
      redact("Ｌｉ Ｓｉ 认为", "li si 认为", "LI SI 认为", "LiSi 认为", "ｌｉ　ｓｉ").lines
    ).toEqual(["某评委 认为", "某评委 认为", "某评委 认为", "某评委 认为", "某评委"]);
  });

  it("finds a decomposed (NFD) name, and a composed one for a decomposed name", () => {
    const nfd = (s: string) => s.normalize("NFD");
    expect(nfd("José")).not.toBe("José");
    expect(redact(`经${nfd("José")}核实`, `经${nfd("김철수")}核实`).lines).toEqual([
      "经某评委核实",
      "经某评委核实",
    ]);
    expect(redactNames(["José 说"], namePattern([nfd("José")])).lines).toEqual(["某评委 说"]);
  });

  it("keeps the text around the name, spaces outside it included", () => {
    expect(redact(" 李 四 ", "与李\u200B四、Li Si 看法一致").lines).toEqual([
      " 某评委 ",
      "与某评委、某评委 看法一致",
    ]);
  });

  it("leaves a similar but different name alone", () => {
    const lines = [
      "李五说", // another name
      "李 五 四", // another character between
      "李-四", // punctuation is seen
      "Dali Sidney", // the letters inside other words
      "Lisa", // shares a beginning
      "J10 与 AJ1X", // a name of letters and digits inside a longer one
      "X\u200BJ1", // a zero-width character does not separate words
      "Jose", // without its accent
      "李\n四", // across lines
    ];
    expect(redact(...lines)).toEqual({ lines, changed: 0 });
  });

  it("still finds a name of letters and digits where it stands alone", () => {
    expect(redact("J1 认为", "（Ｊ１）", "J 1 与 j1").lines).toEqual([
      "某评委 认为",
      "（某评委）",
      "某评委 与 某评委",
    ]);
  });

  it("leaves names of one visible character out, spaces and zero-width ones not counted", () => {
    expect(namePattern(["王 ", "王\u200B", "\u3000王"])).toBeNull();
  });

  it("is linear for a long comment with many names", () => {
    const long = "好".repeat(30_000) + "李 四";
    const many = "李\u200B四，".repeat(5_000);
    const started = Date.now();
    expect(redact(long).lines[0].endsWith("好某评委")).toBe(true);
    expect(redact(many).lines[0]).toBe("某评委，".repeat(5_000));
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe("feedbackOf redacts every text a judge or the meeting wrote", () => {
  const [first, second] = subItemsForItem(std, 2);
  const judge = {
    judge: "李四",
    file: "1.xlsx",
    sheet: "s",
    total: 0,
    scores: { [first.code]: first.max / 2, [second.code]: second.max / 2 },
    maturity: {},
    strength: { [second.code]: "经李 四核实" },
    improvement: { [second.code]: "Ｌｉ Ｓｉ：待加强" },
    digestMismatch: false,
    warnings: [],
  } as JudgeEntry;
  const app = {
    applicant: "上海甲科技有限公司",
    item: 2,
    itemTitle: "科技创新",
    judges: [judge],
    final: null,
    finalSource: "consensus",
    consensus: null,
    verdict: "",
    consensusTexts: {
      [first.code]: {
        maturity: "成熟（李\u200B四建议）",
        strength: "李\u3000四：研发投入高",
        improvement: "与li si一致",
      },
    },
  } as unknown as ApplicationResult;

  it("the consensus 成熟度, the consensus texts and the judges' comments", () => {
    const f = feedbackOf(std, app, namePattern(["李四", "Li Si"]));
    const items = f.parts.flatMap((p) => p.items);
    const a = items.find((i) => i.code === first.code)!;
    const b = items.find((i) => i.code === second.code)!;
    expect([a.band, a.strengths, a.improvements]).toEqual([
      "成熟（某评委建议）",
      ["某评委：研发投入高"],
      ["与某评委一致"],
    ]);
    expect([b.strengths, b.improvements]).toEqual([["经某评委核实"], ["某评委：待加强"]]);
    expect(f.redactions).toBe(5);
    expect(JSON.stringify(f)).not.toMatch(/李|四|li ?si/i);
  });
});
