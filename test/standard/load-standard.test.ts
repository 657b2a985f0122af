/**
 * Every check of a standard given as JSON (load-standard.ts), one fault at a time in a copy of the
 * bundled standard: each gives exactly its own zh-CN message naming the field, part, sub-item or
 * band, and nothing else (a field already reported does not bring a second, derived error).
 */
import { describe, expect, it } from "@jest/globals";
import { parseStandard } from "../../src/standard";
import defaultJson from "../../src/standard/default-standard.json";
import { t } from "../../src/strings";

const copy = (): any => JSON.parse(JSON.stringify(defaultJson));

function errorsOf(input: unknown): string[] {
  const result = parseStandard(input);
  if (result.ok) throw new Error("expected the standard to be rejected");
  return result.errors;
}

/** The errors of the bundled standard after `change`. */
const after = (change: (s: any) => void) => {
  const s = copy();
  change(s);
  return errorsOf(s);
};

const missing = (field: string) => t("standard.missingField", { field });
type Need =
  | "text"
  | "list"
  | "object"
  | "positive"
  | "role"
  | "positiveInteger"
  | "percent"
  | "integer"
  | "stepDivides";
const bad = (field: string, need: Need) =>
  t("standard.badField", { field, detail: t(`standard.need.${need}`) });

describe("the top-level fields", () => {
  it("accepts the bundled standard and a pass ratio of exactly 1", () => {
    expect(parseStandard(copy()).ok).toBe(true);
    const s = copy();
    s.passRatio = 1;
    expect(parseStandard(s).ok).toBe(true);
  });

  it("a missing full mark: only that (no sum to compare it with)", () => {
    expect(after((s) => delete s.fullMarks)).toEqual([missing("fullMarks")]);
    expect(after((s) => (s.fullMarks = 0))).toEqual([bad("fullMarks", "positive")]);
  });

  it("a missing or non-integer format version", () => {
    expect(after((s) => delete s.formatVersion)).toEqual([missing("formatVersion")]);
    expect(after((s) => (s.formatVersion = 1.5))).toEqual([bad("formatVersion", "integer")]);
  });

  it("a pass ratio of 0, as text, or missing", () => {
    expect(after((s) => (s.passRatio = 0))).toEqual([t("standard.passRatio", { value: "0" })]);
    expect(after((s) => (s.passRatio = "0.6"))).toEqual([
      t("standard.passRatio", { value: "0.6" }),
    ]);
    expect(after((s) => (s.passRatio = 1.01))).toEqual([
      t("standard.passRatio", { value: "1.01" }),
    ]);
    expect(after((s) => delete s.passRatio)).toEqual([missing("passRatio")]);
  });

  it("a step that does not divide 100, is not whole, or is 0", () => {
    // With a step of 7 the bands' limits are off it too.
    expect(after((s) => (s.stepPercent = 7))[0]).toBe(bad("stepPercent", "stepDivides"));
    expect(after((s) => (s.stepPercent = 2.5))[0]).toBe(bad("stepPercent", "stepDivides"));
    expect(after((s) => (s.stepPercent = 0))[0]).toBe(bad("stepPercent", "stepDivides"));
    expect(after((s) => (s.stepPercent = 10))).toEqual([
      t("standard.bandOffStep", { min: 0, max: 5, step: 10 }),
      t("standard.bandOffStep", { min: 10, max: 25, step: 10 }),
      t("standard.bandOffStep", { min: 30, max: 45, step: 10 }),
      t("standard.bandOffStep", { min: 50, max: 65, step: 10 }),
      t("standard.bandOffStep", { min: 70, max: 85, step: 10 }),
      t("standard.bandsGap", { from: 5, to: 10, step: 10 }),
      t("standard.bandsGap", { from: 25, to: 30, step: 10 }),
      t("standard.bandsGap", { from: 45, to: 50, step: 10 }),
      t("standard.bandsGap", { from: 65, to: 70, step: 10 }),
      t("standard.bandsGap", { from: 85, to: 90, step: 10 }),
    ]);
  });

  it("empty, blank or non-text names", () => {
    expect(after((s) => (s.name = "  "))).toEqual([bad("name", "text")]);
    expect(after((s) => (s.id = 7))).toEqual([bad("id", "text")]);
    expect(after((s) => delete s.version)).toEqual([missing("version")]);
  });

  it("kinds missing, not an object, or without 结果", () => {
    expect(after((s) => delete s.kinds)).toEqual([missing("kinds"), bad("kinds", "object")]);
    expect(after((s) => (s.kinds = ["过程"]))).toEqual([bad("kinds", "object")]);
    expect(after((s) => delete s.kinds["结果"])).toEqual([missing("kinds.结果")]);
  });

  it("lists that are empty or not lists", () => {
    expect(after((s) => (s.parts = []))).toEqual([
      bad("parts", "list"),
      t("standard.noItemPart"),
      t("standard.valuePartCount", { count: 0 }),
    ]);
    expect(after((s) => (s.bands = "0–100"))).toEqual([bad("bands", "list")]);
    expect(after((s) => (s.parts[1].subItems[0].criteria = []))).toEqual([
      bad("parts[1].subItems[0].criteria", "list"),
    ]);
  });

  it("a maturity step that is not an object or has no id", () => {
    expect(after((s) => delete s.maturitySteps[0].id)).toEqual([
      missing("maturitySteps.id"),
      t("standard.unknownStep", { min: 0, max: 5, step: "reacting" }),
      t("standard.unknownStep", { min: 10, max: 25, step: "reacting" }),
    ]);
    expect(after((s) => (s.maturitySteps[3] = "整合"))).toEqual([
      bad("maturitySteps[3]", "object"),
      t("standard.unknownStep", { min: 70, max: 85, step: "integrated" }),
      t("standard.unknownStep", { min: 90, max: 100, step: "integrated" }),
    ]);
  });
});

describe("parts and sub-items", () => {
  it("a part or a sub-item that is not an object", () => {
    expect(after((s) => (s.parts[1].subItems[2] = 80))).toEqual([
      bad("parts[1].subItems[2]", "object"),
      t("standard.partSumMismatch", { part: 2, title: "研发创新", sum: 220, total: 300 }),
    ]);
  });

  it("a criterion that is blank or not text", () => {
    expect(after((s) => (s.parts[0].subItems[0].criteria[1] = " "))).toEqual([
      bad("parts[0].subItems[0].criteria[1]", "text"),
    ]);
    expect(after((s) => (s.parts[0].subItems[0].criteria[0] = 3))).toEqual([
      bad("parts[0].subItems[0].criteria[0]", "text"),
    ]);
  });

  it("a missing kind is named once; a kind without a code names its place", () => {
    expect(after((s) => delete s.parts[2].subItems[1].kind)).toEqual([
      missing("parts[2].subItems[1].kind"),
    ]);
    const errors = after((s) => {
      s.parts[2].subItems[1].kind = "成果";
      s.parts[2].subItems[1].code = "";
    });
    expect(errors).toContain(
      t("standard.unknownKind", { code: "parts[2].subItems[1]", kind: "成果" })
    );
  });

  it("a role other than item or value; a missing role", () => {
    expect(after((s) => (s.parts[0].role = "bonus"))).toEqual([bad("parts[0].role", "role")]);
    expect(after((s) => delete s.parts[0].role)).toEqual([missing("parts[0].role")]);
  });

  it("a part number that is 0, not whole, or repeated", () => {
    const zero = after((s) => (s.parts[0].number = 0));
    expect(zero[0]).toBe(bad("parts[0].number", "positiveInteger"));
    expect(after((s) => (s.parts[0].number = 1.5))[0]).toBe(
      bad("parts[0].number", "positiveInteger")
    );
    expect(
      after((s) => {
        s.parts[2].number = 2;
        s.parts[2].subItems.forEach((x: any, i: number) => (x.code = `2.${i + 4}`));
      })
    ).toEqual([t("standard.duplicatePart", { part: 2 })]);
  });

  it("a sub-item maximum of 0 or below; a part total of 0", () => {
    expect(after((s) => (s.parts[0].subItems[4].max = -30))[0]).toBe(
      bad("parts[0].subItems[4].max", "positive")
    );
    expect(after((s) => (s.parts[5].total = 0))).toEqual([bad("parts[5].total", "positive")]);
  });

  it("adds half points exactly when comparing with the part's total", () => {
    expect(
      parseStandard(
        (() => {
          const s = copy();
          s.parts[1].subItems[0].max = 120.5;
          s.parts[1].subItems[1].max = 99.5;
          return s;
        })()
      ).ok
    ).toBe(true);
  });

  it("item parts with different totals, and the full mark then not compared", () => {
    expect(
      after((s) => {
        s.parts[4].total = 250;
        s.parts[4].subItems[0].max = 70;
      })
    ).toEqual([t("standard.itemTotalsDiffer", { totals: ["300", "250"].join(t("sep.list")) })]);
  });

  it("no item part, or two 创新价值 parts", () => {
    const none = after((s) => s.parts.forEach((p: any) => (p.role = "value")));
    expect(none).toContain(t("standard.noItemPart"));
    expect(none).toContain(t("standard.valuePartCount", { count: 6 }));
    expect(after((s) => (s.parts[4].role = "value"))).toEqual([
      t("standard.valuePartCount", { count: 2 }),
    ]);
  });
});

describe("bands", () => {
  it("a band whose limits are reversed, off the step, or outside 0–100", () => {
    expect(
      after((s) => {
        s.bands[3].min = 65;
        s.bands[3].max = 50;
      })
    ).toEqual([
      t("standard.bandOrder", { min: 65, max: 50 }),
      t("standard.bandsGap", { from: 45, to: 65, step: 5 }),
      t("standard.bandsGap", { from: 50, to: 70, step: 5 }),
    ]);
    expect(
      after((s) => {
        s.bands[2].max = 47;
        s.bands[3].min = 52;
      })
    ).toEqual([
      t("standard.bandOffStep", { min: 30, max: 47, step: 5 }),
      t("standard.bandOffStep", { min: 52, max: 65, step: 5 }),
    ]);
    expect(after((s) => (s.bands[5].max = 105))).toEqual([bad("bands[5].max", "percent")]);
    expect(after((s) => (s.bands[0].min = -5))).toEqual([bad("bands[0].min", "percent")]);
    expect(after((s) => (s.bands[0].min = 2.5))[0]).toBe(bad("bands[0].min", "percent"));
  });

  it("a band that starts above 0 or names an unknown step", () => {
    expect(after((s) => (s.bands[0].min = 5))).toEqual([
      t("standard.bandOrder", { min: 5, max: 5 }).replace(/.*/, (m) => m) &&
        t("standard.bandsEnds"),
    ]);
    expect(after((s) => (s.bands[4].step = "optimised"))).toEqual([
      t("standard.unknownStep", { min: 70, max: 85, step: "optimised" }),
    ]);
    expect(after((s) => (s.bands[4].step = ""))).toEqual([bad("bands[4].step", "text")]);
  });
});
