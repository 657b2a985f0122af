/**
 * The formulas the sheets carry, as exact text (LibreOffice holds their results equal to the
 * TypeScript rules in test/engine; these hold the text itself, so that a changed reference,
 * word or comparison is noticed without a spreadsheet engine): the shortlist, the reason of 有误,
 * the combined final; and the rules' edges that only those engine tests reached.
 */
import { describe, expect, it } from "@jest/globals";
import {
  advanceOf,
  bandLabel,
  bandOfLabel,
  defaultStandard as std,
  earlierBandLabel,
  scoreIssueFormula,
  scoreIssueText,
  shortlistFormula,
} from "../../src/standard";
import {
  combinedFormula,
  combinedHundredths,
  weightsValid,
} from "../../src/standard/combined-score";
import { t } from "../../src/strings";

const refs = { item: "C5", final: "F5", itemRange: "$C$5:$C$20", finalRange: "$F$5:$F$20" };
const words = { advance: "晋级", tie: "并列待定" };

describe("the shortlist formula", () => {
  it("all: every application with a final", () => {
    expect(shortlistFormula({ kind: "all" }, refs, words)).toBe('=IF(ISNUMBER(F5),"晋级","")');
  });

  it("a score line: a final at or above it", () => {
    expect(shortlistFormula({ kind: "line", points: 300 }, refs, words)).toBe(
      '=IF(AND(ISNUMBER(F5),F5>=300),"晋级","")'
    );
  });

  it("the top N per item counts within the item; across items, over every application", () => {
    expect(shortlistFormula({ kind: "top", count: 3, perItem: true }, refs, words)).toBe(
      '=IF(NOT(ISNUMBER(F5)),"",IF(COUNTIFS($C$5:$C$20,C5,$F$5:$F$20,">"&F5)+' +
        'COUNTIFS($C$5:$C$20,C5,$F$5:$F$20,F5)<=3,"晋级",' +
        'IF(COUNTIFS($C$5:$C$20,C5,$F$5:$F$20,">"&F5)<3,"并列待定","")))'
    );
    expect(shortlistFormula({ kind: "top", count: 2, perItem: false }, refs, words)).toBe(
      '=IF(NOT(ISNUMBER(F5)),"",IF(COUNTIFS($F$5:$F$20,">"&F5)+COUNTIFS($F$5:$F$20,F5)<=2,"晋级",' +
        'IF(COUNTIFS($F$5:$F$20,">"&F5)<2,"并列待定","")))'
    );
  });

  it("per item, another item's better finals and finals without a figure do not count", () => {
    const a = { item: 1, finalHundredths: 30000 };
    const all = [
      a,
      { item: 2, finalHundredths: 40000 },
      { item: 2, finalHundredths: 41000 },
      { item: 1, finalHundredths: null },
    ];
    expect(advanceOf(a, all, { kind: "top", count: 1, perItem: true })).toBe("advance");
    expect(advanceOf(a, all, { kind: "top", count: 1, perItem: false })).toBe("out");
    expect(advanceOf(a, all, { kind: "top", count: 3, perItem: false })).toBe("advance");
  });
});

describe("the reason of 有误 as a formula", () => {
  const sub = std.parts[0].subItems[0];
  it("an error value or a boolean, then a number below 0 or above the maximum, then text", () => {
    const say = (issue: "notNumber" | "negative" | "overMax") =>
      `"${t(`score.short.${issue}`, { max: sub.max })}"`;
    expect(scoreIssueFormula(sub, "D7", "C7")).toBe(
      `IF(OR(ISERROR(D7),ISLOGICAL(D7)),${say("notNumber")},IF(ISNUMBER(D7),` +
        `IF(D7<0,${say("negative")},IF(D7>C7,${say("overMax")},"")),` +
        `IF(LEN(D7)=0,"",${say("notNumber")})))`
    );
    expect(say("overMax")).toContain(String(sub.max));
  });

  it("the same reasons as text; nothing for a blank or a valid score", () => {
    expect(scoreIssueText(std, sub, sub.max + 1)).toBe(t("score.short.overMax", { max: sub.max }));
    expect(scoreIssueText(std, sub, -1)).toBe(t("score.short.negative", { max: sub.max }));
    expect(scoreIssueText(std, sub, "十")).toBe(t("score.short.notNumber", { max: sub.max }));
    expect(scoreIssueText(std, sub, sub.max)).toBe("");
    expect(scoreIssueText(std, sub, null)).toBe("");
  });
});

describe("the band a 成熟度 text names", () => {
  it("by its label or the earlier label; nothing for other text or a non-text", () => {
    for (const band of std.bands) {
      expect(bandOfLabel(std, bandLabel(std, band))).toBe(band);
      expect(bandOfLabel(std, earlierBandLabel(std, band))).toBe(band);
    }
    expect(bandOfLabel(std, "整合")).toBeNull();
    expect(bandOfLabel(std, "")).toBeNull();
    expect(bandOfLabel(std, 70)).toBeNull();
    expect(bandOfLabel(std, null)).toBeNull();
  });
});

describe("the combined final", () => {
  it("weights within 0–1, at most 4 decimals, summing to exactly 1", () => {
    expect(weightsValid([0.4, 0.6])).toBe(true);
    expect(weightsValid([1])).toBe(true);
    expect(weightsValid([0, 1])).toBe(true);
    expect(weightsValid([0.12345, 0.87655])).toBe(false);
    expect(weightsValid([1.2, -0.2])).toBe(false);
    expect(weightsValid([1.0001, -0.0001])).toBe(false);
    expect(weightsValid([0.4, 0.5])).toBe(false);
  });

  it("needs every weighted stage's final; a weight-0 stage only gates", () => {
    expect(combinedHundredths([0.4, 0.6], [30000, 40000])).toBe(36000);
    expect(combinedHundredths([0.4, 0.6], [30000, null])).toBeNull();
    expect(combinedHundredths([0.4, 0.6], [30000])).toBeNull();
    expect(combinedHundredths([0, 1], [null, 35050])).toBe(35050);
    expect(combinedHundredths([0.5, 0.5, 0], [33333, 33334, null])).toBe(33334);
  });

  it("as a formula: blank until every weighted final is there, rounded to 2 decimals", () => {
    expect(
      combinedFormula([
        { weight: 0.4, final: "B5" },
        { weight: "$C$2", final: "D5" },
        { weight: 0, final: "E5" },
      ])
    ).toBe('=IF(COUNT(B5,D5)<2,"",ROUND(0.4*B5+$C$2*D5,2))');
    expect(combinedFormula([{ weight: 0, final: "B5" }])).toBe('=""');
    expect(combinedFormula([])).toBe('=""');
  });
});
