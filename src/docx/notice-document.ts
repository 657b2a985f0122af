/**
 * The public notice (公示) as an editable Word document: A4 portrait, a centered title, the
 * decision in one paragraph, a table of the winners (序号, 申报组织, 申报单项 and, when asked, 得分)
 * whose header row repeats on every page and whose rows never split, the period and how to object,
 * and the 落款 (organizer and date) on the right. Fonts as the feedback reports (宋体 body, 黑体
 * title); every text passes through `cellText`, as in the workbooks.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  WidthType,
} from "docx";
import { chineseDate, type Notice } from "../consolidate/notice";
import { cellText } from "../sheet-kit";
import { A4, A4_PAGE, BODY_FONT, HEADING_FONT, MARGIN, run } from "./document-kit";
import { t } from "../strings";

/** The text width on A4 with 2.5 cm margins, in twentieths of a point. */
const TEXT_WIDTH = A4.width - 2 * MARGIN;
/** 四号 (14 pt) body, as public notices are set; sizes in half-points. */
const SIZE = 28;

/** A body paragraph: first line indented two characters, 1.5 lines. */
const body = (text: string) =>
  new Paragraph({
    indent: { firstLine: SIZE * 20 },
    spacing: { line: 360, after: 120 },
    children: [run(text)],
  });

const right = (text: string) =>
  new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { line: 360 }, children: [run(text)] });

const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE };

function cell(text: string, width: number, header = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: BORDERS,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: [
      new Paragraph({
        alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [run(text, { bold: header, size: 24 })],
      }),
    ],
  });
}

function winnersTable(n: Notice): Table {
  const widths = n.withScores ? [900, 4870, 2200, 1100] : [900, 5570, 2600];
  const head = [t("notice.col.no"), t("notice.col.applicant"), t("notice.col.item")];
  if (n.withScores) head.push(t("notice.col.score"));
  const rows = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: head.map((h, i) => cell(h, widths[i], true)),
    }),
    ...n.winners.map((w, k) => {
      const texts = [String(k + 1), w.applicant, w.itemTitle];
      if (n.withScores) texts.push(w.score === null ? "" : w.score.toFixed(2));
      return new TableRow({ cantSplit: true, children: texts.map((x, i) => cell(x, widths[i])) });
    }),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows,
  });
}

function paragraphs(n: Notice): (Paragraph | Table)[] {
  const title = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 360 },
    children: [
      run(t("notice.title", { round: n.roundName }), { font: HEADING_FONT, size: 36, bold: true }),
    ],
  });
  return [
    title,
    body(t("notice.decision", { round: n.roundName, count: n.winners.length })),
    winnersTable(n),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
    body(
      t("notice.period", { from: chineseDate(n.from), until: chineseDate(n.until), days: n.days })
    ),
    body(t("notice.howToObject")),
    body(t("notice.contact", { contact: n.contact })),
    new Paragraph({ spacing: { after: 480 }, children: [] }),
    right(n.organizer),
    right(chineseDate(n.date ?? n.from)),
  ];
}

export function noticeDocument(n: Notice): Document {
  return new Document({
    title: cellText(t("notice.title", { round: n.roundName })),
    creator: cellText(n.organizer),
    lastModifiedBy: cellText(n.organizer),
    description: "",
    styles: { default: { document: { run: { font: BODY_FONT, size: SIZE } } } },
    sections: [
      {
        properties: A4_PAGE,
        children: paragraphs(n),
      },
    ],
  });
}

/** The notice as .docx bytes. */
export async function noticeDocx(n: Notice): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(noticeDocument(n)));
}
