/**
 * The feedback report of one application as an editable Word document (the `docx` package, in
 * Node and in the browser): A4, Chinese fonts named so Word and WPS render them (SimSun 宋体 body, SimHei 黑体
 * headings), headings Word's navigation pane lists, 第 n 页，共 m 页 in the footer. Built from a
 * Feedback (src/consolidate/feedback.ts), which holds no judge's name; the document's properties
 * name the secretariat, never a person. Every text passes through `cellText` (src/sheet-kit), as
 * in the workbooks: a character XML 1.0 forbids (a judge's comment may hold U+FFFE or a control
 * character) would make word/document.xml ill-formed and Word refuse the file.
 */
import { pushAll } from "../sheet-kit/many";
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from "docx";
import type { Feedback, FeedbackItem } from "../consolidate/feedback";
import { cellText } from "../sheet-kit";
import { A4_PAGE, BODY_FONT, HEADING_FONT, run } from "./document-kit";
import { joinText, sentence, t } from "../strings";

export interface ReportOptions {
  roundName: string;
  withScores: boolean;
  /** Who signs the report (落款); the secretariat when absent. */
  organizer?: string;
  /** The report's date (落款), "YYYY-MM-DD". */
  date: string;
}

/** A paragraph; a label (bold) is kept on the page of what follows it. */
const para = (text: string, options: { bold?: boolean; size?: number } = {}) =>
  new Paragraph({
    spacing: { after: 80 },
    keepNext: options.bold === true,
    children: [run(text, options)],
  });

/** Each comment a sentence of its own: its ending "；" or none becomes "。". */
const bullets = (texts: string[], empty: string) =>
  (texts.length ? texts.map(sentence) : [empty]).map(
    (text) => new Paragraph({ bullet: { level: 0 }, spacing: { after: 40 }, children: [run(text)] })
  );

function itemParagraphs(item: FeedbackItem, withScores: boolean): Paragraph[] {
  const heading = withScores
    ? t("report.itemWithMax", { code: item.code, title: item.title, max: item.max })
    : `${item.code} ${item.title}`;
  const out = [
    new Paragraph({
      heading: HeadingLevel.HEADING_3,
      keepNext: true,
      children: [run(heading)],
    }),
    para(t("report.criteria"), { bold: true, size: 18 }),
    ...item.criteria.map(
      (c) =>
        new Paragraph({
          spacing: { after: 20 },
          children: [run(c, { size: 18, color: "595959" })],
        })
    ),
    ...(item.fromConsensus ? [para(t("report.itemConsensus"), { size: 18 })] : []),
    para(t("report.band", { band: item.band || t("report.noBand") }), { bold: true }),
  ];
  if (withScores && item.score !== null)
    out.push(para(t("report.score", { score: item.score, max: item.max })));
  out.push(para(t("report.strengths"), { bold: true }));
  pushAll(out, bullets(item.strengths, t("report.none")));
  out.push(para(t("report.improvements"), { bold: true }));
  pushAll(out, bullets(item.improvements, t("report.none")));
  return out;
}

function headParagraphs(f: Feedback, o: ReportOptions): Paragraph[] {
  const out = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [run(t("report.title", { round: o.roundName }))],
    }),
    para(t("report.applicant", { applicant: f.applicant })),
    para(t("report.item", { item: f.item, title: f.itemTitle })),
  ];
  if (f.applicationId) out.push(para(t("report.applicationId", { id: f.applicationId })));
  if (o.withScores && f.final !== null)
    out.push(
      para(t("report.total", { final: f.final, full: f.fullMarks, verdict: f.verdict }), {
        bold: true,
      })
    );
  out.push(para(introText(f), { size: 20 }));
  return out;
}

/** The meeting's word is said to stand only for the sub-items it gave texts for. */
function introText(f: Feedback): string {
  if (f.consensusItems === 0) return t("report.intro");
  if (f.consensusItems === f.itemCount) return t("report.introConsensus");
  return t("report.introSomeConsensus", {
    count: f.consensusItems,
    rest: f.itemCount - f.consensusItems,
  });
}

/** 总体评价: the overall band (and, with scores, the final and verdict), the strongest and weakest. */
export function overallText(f: Feedback, withScores: boolean): string {
  const o = f.overall;
  if (!o.band) return t("report.overallNone");
  const sentences = [
    t("report.overallBand", { item: f.itemTitle, band: o.band }),
    withScores && f.final !== null && o.percent !== null
      ? t("report.overallScore", {
          final: f.final,
          full: f.fullMarks,
          percent: Math.round(o.percent * 1000) / 10,
          verdict: f.verdict,
        })
      : "",
    o.strongest.length
      ? t("report.overallStrong", { items: joinText(o.strongest, t("sep.list")) })
      : "",
    o.weakest.length ? t("report.overallWeak", { items: joinText(o.weakest, t("sep.list")) }) : "",
  ];
  return joinText(sentences.map(sentence), "");
}

function overallParagraphs(f: Feedback, o: ReportOptions): Paragraph[] {
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      keepNext: true,
      children: [run(t("report.overallHeading"))],
    }),
    para(overallText(f, o.withScores)),
  ];
}

/** 落款: the organizer and the date, right-aligned, after the last sub-item. */
function closingParagraphs(o: ReportOptions): Paragraph[] {
  const [year, month, day] = o.date.split("-").map(Number);
  const right = (text: string, before = 0) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      keepNext: before > 0,
      spacing: { before, after: 80 },
      children: [run(text)],
    });
  return [
    right(o.organizer || t("report.creator"), 480),
    right(t("report.closingDate", { year, month, day })),
  ];
}

function footer(): Footer {
  const [before, middle, after] = t("report.pageOf").split(/\{current\}|\{total\}/);
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: [
              cellText(before),
              PageNumber.CURRENT,
              cellText(middle),
              PageNumber.TOTAL_PAGES,
              cellText(after),
            ],
            size: 18,
          }),
        ],
      }),
    ],
  });
}

export function feedbackDocument(f: Feedback, o: ReportOptions): Document {
  const body = f.parts.flatMap((part) => [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      keepNext: true,
      children: [
        run(
          o.withScores
            ? t("report.partWithTotal", { title: part.title, total: part.total })
            : part.title
        ),
      ],
    }),
    ...part.items.flatMap((item) => itemParagraphs(item, o.withScores)),
  ]);
  const secretariat = t("report.creator");
  return new Document({
    title: cellText(t("report.docTitle", { applicant: f.applicant })),
    creator: cellText(secretariat),
    lastModifiedBy: cellText(secretariat),
    description: "",
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: 21 } },
        title: { run: { font: HEADING_FONT, size: 36, bold: true } },
        heading2: {
          run: { font: HEADING_FONT, size: 28, bold: true },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        heading3: {
          run: { font: HEADING_FONT, size: 24, bold: true },
          paragraph: { spacing: { before: 200, after: 80 } },
        },
      },
    },
    sections: [
      {
        properties: A4_PAGE,
        footers: { default: footer() },
        children: [
          ...headParagraphs(f, o),
          ...overallParagraphs(f, o),
          ...body,
          ...closingParagraphs(o),
        ],
      },
    ],
  });
}

/** The report as .docx bytes. */
export async function feedbackDocx(f: Feedback, o: ReportOptions): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(feedbackDocument(f, o)));
}
