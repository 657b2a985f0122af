/**
 * A report whose comments hold characters XML 1.0 forbids (U+FFFE, a C0 control, a lone
 * surrogate) still opens: every text of word/document.xml is sanitized as the workbooks are
 * (cellText, U+FFFD in place of each), so the part parses with a strict XML parser and the rest
 * of the text remains.
 */
import { describe, expect, it } from "@jest/globals";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import type { Feedback } from "../../src/consolidate";
import { feedbackDocx } from "../../src/docx/feedback-report";

// eslint-disable-next-line no-control-regex -- exactly what XML 1.0 forbids
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/;

/** The part's text runs, through a strict parser (throws on anything ill-formed). */
function parsedText(xml: string): string {
  const parser = new SaxesParser({ xmlns: true });
  const runs: string[] = [];
  let inText = false;
  parser.on("error", (e) => {
    throw e;
  });
  parser.on("opentag", (tag) => {
    inText = tag.name === "w:t";
  });
  parser.on("closetag", () => {
    inText = false;
  });
  parser.on("text", (s) => {
    if (inText) runs.push(s);
  });
  parser.write(xml).close();
  return runs.join("\n");
}

/** A report's texts, with `bad[k]` written inside the k-th. */
const feedback = (bad: string[]): Feedback => ({
  applicant: `上海甲${bad[0]}科技有限公司`,
  item: 2,
  itemTitle: "科技创新",
  parts: [
    {
      title: `1. 创新${bad[1]}能力`,
      total: 100,
      items: [
        {
          code: "1.1",
          title: "研发",
          criteria: [`投入${bad[2]}占比`],
          max: 50,
          band: `成熟${bad[3]}`,
          score: 25,
          strengths: [`研发投入${bad[4]}占比高`],
          improvements: [`人才${bad[5]}梯队待加强`],
          fromConsensus: false,
        },
      ],
    },
  ],
  final: 50,
  fullMarks: 100,
  verdict: "合格",
  consensusItems: 0,
  itemCount: 1,
  overall: { band: "", percent: 0.5, strongest: [], weakest: [] },
  redactions: 0,
});

/** What the report's texts become with `mark` in place of each forbidden character. */
const expected = (mark: string) => [
  `上海甲${mark}科技有限公司`,
  `1. 创新${mark}能力`,
  `投入${mark}占比`,
  `成熟${mark}`,
  `研发投入${mark}占比高`,
  `人才${mark}梯队待加强`,
  `2026${mark}年`,
];

describe("a report whose texts hold characters XML 1.0 forbids", () => {
  it("opens: every part parses, none holds such a character, the rest of the text remains", async () => {
    const bytes = await feedbackDocx(
      feedback(["\uFFFE", "\u0001", "\u0002", "\u000B", "\uFFFE\u0001", "\uD800"]),
      { roundName: "2026\uFFFF年", withScores: true, date: "2026-12-01" }
    );
    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
      const xml = await zip.files[name].async("string");
      expect([name, NOT_XML.test(xml)]).toEqual([name, false]);
      expect(() => parsedText(xml)).not.toThrow();
    }
    const text = parsedText(await zip.files["word/document.xml"].async("string"));
    const kept = expected("\uFFFD");
    kept[4] = "研发投入\uFFFD\uFFFD占比高";
    for (const k of kept) expect(text).toContain(k);
    const core = await zip.files["docProps/core.xml"].async("string");
    expect(core).toContain("上海甲\uFFFD科技有限公司");
  });

  it("leaves a clean text as it is", async () => {
    const bytes = await feedbackDocx(feedback(Array(6).fill("")), {
      roundName: "2026年",
      withScores: false,
      date: "2026-12-01",
    });
    const zip = await JSZip.loadAsync(bytes);
    const text = parsedText(await zip.files["word/document.xml"].async("string"));
    expect(text).not.toContain("\uFFFD");
    for (const k of expected("")) expect(text).toContain(k);
  });
});
