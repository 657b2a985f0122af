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
import { t } from "../strings";

export interface ReportOptions {
  roundName: string;
  withScores: boolean;
}

/** A paragraph; a label (bold) is kept on the page of what follows it. */
const para = (text: string, options: { bold?: boolean; size?: number } = {}) =>
  new Paragraph({
    spacing: { after: 80 },
    keepNext: options.bold === true,
    children: [run(text, options)],
  });

const bullets = (texts: string[], empty: string) =>
  (texts.length ? texts : [empty]).map(
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
  out.push(para(t(f.fromConsensus ? "report.introConsensus" : "report.intro"), { size: 20 }));
  return out;
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
        children: [...headParagraphs(f, o), ...body],
      },
    ],
  });
}

/** The report as .docx bytes. */
export async function feedbackDocx(f: Feedback, o: ReportOptions): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(feedbackDocument(f, o)));
}
