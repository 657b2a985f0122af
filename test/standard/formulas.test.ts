/**
 * The formulas the sheets carry, as text: each states the rule beside it in src/standard (the
 * engine tests recalculate them with LibreOffice; these hold every comparison, threshold and
 * word in place without it). Cell references are those a sheet passes in.
 */
import { describe, expect, it } from "@jest/globals";
import {
  applicationVerdictFormula,
  decisionFormula,
  defaultStandard as std,
  finalWithConsensusFormula,
  meanFormula,
  rangeFormula,
  sheetVerdictFormula,
  trimmedMeanFormula,
  warningCountFormula,
  warningFormulas,
  warningText,
  warningTextFormula,
  type Standard,
} from "../../src/standard";

describe("verdicts", () => {
  it("a judge's sheet: 有误 before 未完成, then total ≥ pass line passes", () => {
    const refs = { invalidCount: "B30", blankCount: "B31", total: "B28", passLine: "B29" };
    expect(sheetVerdictFormula(refs)).toBe(
      '=IF(B30>0,"有误",IF(B31>0,"未完成",IF(B28>=B29,"通过","未通过")))'
    );
  });

  it("an application: by its final score, 无有效评分 without one", () => {
    expect(applicationVerdictFormula("H4", "$B$2")).toBe(
      '=IF(ISNUMBER(H4),IF(H4>=$B$2,"通过","未通过"),"无有效评分")'
    );
  });
});

describe("means, range and the consensus", () => {
  it("the mean from one judge on; the trimmed mean from 3, dividing by the count less 2", () => {
    expect(meanFormula("F4", "B4:E4")).toBe('=IF(F4>0,ROUND(AVERAGE(B4:E4),2),"")');
    expect(trimmedMeanFormula("F4", "B4:E4")).toBe(
      '=IF(F4>=3,ROUND((SUM(B4:E4)-MAX(B4:E4)-MIN(B4:E4))/(F4-2),2),"")'
    );
  });

  it("the range from two values, counted in the cells unless a count is given", () => {
    expect(rangeFormula("C5:G5")).toBe('=IF(COUNT(C5:G5)>=2,ROUND(MAX(C5:G5)-MIN(C5:G5),2),"")');
    expect(rangeFormula("C5:G5", "F5")).toBe('=IF(F5>=2,ROUND(MAX(C5:G5)-MIN(C5:G5),2),"")');
  });

  it("the consensus total where there is one, else the independent final (its = dropped)", () => {
    expect(finalWithConsensusFormula("K4", '=IF(F4=0,"",G4)')).toBe(
      '=IF(ISNUMBER(K4),K4,IF(F4=0,"",G4))'
    );
  });
});

describe("the 拟获奖 column", () => {
  const refs = {
    item: "A5",
    verdict: "G5",
    final: "E5",
    itemRange: "$A$5:$A$40",
    verdictRange: "$G$5:$G$40",
    finalRange: "$E$5:$E$40",
  };
  const better = 'COUNTIFS($A$5:$A$40,A5,$G$5:$G$40,"通过",$E$5:$E$40,">"&E5)';
  const equal = 'COUNTIFS($A$5:$A$40,A5,$G$5:$G$40,"通过",$E$5:$E$40,E5)';

  it("with N: proposed when better + equal ≤ N (or N blank), a tie when better < N", () => {
    expect(decisionFormula({ ...refs, winners: "$C$2" })).toBe(
      `IF(G5<>"通过","",IF(OR($C$2="",${better}+${equal}<=$C$2),"拟获奖",` +
        `IF(${better}<$C$2,"并列待定","")))`
    );
  });

  it("without N: every passing application", () => {
    expect(decisionFormula(refs)).toBe('IF(G5="通过","拟获奖","")');
  });
});

describe("the scoring-quality warnings", () => {
  const cells = {
    score: "D7",
    max: "C7",
    maturity: "E7",
    strength: "F7",
    improvement: "G7",
    validScore: 'J7="好"',
  };
  const bands =
    '{0,10,30,50,70,90},{"第1档 0–5% 应对问题","第2档 10–25% 应对问题","第3档 30–45% 早期系统化",' +
    '"第4档 50–65% 协调一致","第5档 70–85% 整合","第6档 90–100% 整合"}';
  // Sheets made before the bands had ordinals carry the earlier labels: still read as that band.
  const earlier =
    '{0,10,30,50,70,90},{"0–5% 应对问题","10–25% 应对问题","30–45% 早期系统化",' +
    '"50–65% 协调一致","70–85% 整合","90–100% 整合"}';
  const mismatch = `AND(E7<>LOOKUP(D7*100/C7+1E-9,${bands}),E7<>LOOKUP(D7*100/C7+1E-9,${earlier}))`;
  const f = {
    "band-mismatch": `IF(J7="好",IF(LEN(E7)=0,FALSE,${mismatch}),FALSE)`,
    "no-band": 'IF(J7="好",LEN(E7)=0,FALSE)',
    "no-comment": 'IF(J7="好",AND(LEN(F7)=0,LEN(G7)=0),FALSE)',
    "off-grid": 'IF(J7="好",ABS(D7*100/C7/5-ROUND(D7*100/C7/5,0))>=1E-9,FALSE)',
    "long-comment": 'IF(J7="好",OR(LEN(F7)>230,LEN(G7)>230),FALSE)',
  };

  it("each holds only for a valid score; the band by LOOKUP of the largest minimum ≤ the percentage", () => {
    expect(warningFormulas(std, cells)).toEqual(f);
  });

  it("counts them, and lists their short labels after the first separator", () => {
    expect(warningCountFormula(std, cells)).toBe(
      `=(${f["band-mismatch"]})*1+(${f["no-band"]})*1+(${f["no-comment"]})*1+(${f["off-grid"]})*1` +
        `+(${f["long-comment"]})*1`
    );
    expect(warningTextFormula(std, cells)).toBe(
      `=MID(IF(${f["band-mismatch"]},"；成熟度与得分不符","")&IF(${f["no-band"]},"；未选成熟度","")` +
        `&IF(${f["no-comment"]},"；未写评语","")&IF(${f["off-grid"]},"；不在 5% 档位","")` +
        `&IF(${f["long-comment"]},"；评语过长（打印时可能显示不全）",""),2,255)`
    );
    expect(warningText(std, ["no-band", "off-grid"])).toBe("未选成熟度；不在 5% 档位");
    expect(warningText(std, [])).toBe("");
  });

  it("doubles a quotation mark in a band's name inside the formula", () => {
    const quoted: Standard = {
      ...std,
      maturitySteps: std.maturitySteps.map((s) =>
        s.id === "integrated" ? { ...s, name: '"整合"' } : s
      ),
    };
    expect(warningFormulas(quoted, cells)["band-mismatch"]).toContain(
      '"70–85% ""整合""","90–100% ""整合"""'
    );
  });
});
