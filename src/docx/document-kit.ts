/**
 * What every Word document the tool writes shares: the fonts named so Word and WPS render them
 * (宋体 body, 黑体 headings), A4 with 2.5 cm margins, and the one way text enters a document —
 * `run`, which passes it through `cellText` (src/sheet-kit) as the workbooks do, so a character
 * XML 1.0 forbids can never make word/document.xml ill-formed.
 */
import { TextRun, type IRunOptions } from "docx";
import { cellText } from "../sheet-kit";

export const BODY_FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "SimSun" };
export const HEADING_FONT = { ascii: "Arial", hAnsi: "Arial", eastAsia: "SimHei" };
/** A4 in twentieths of a point. */
export const A4 = { width: 11906, height: 16838 };
/** 2.5 cm. */
export const MARGIN = 1418;
/** The section properties of an A4 portrait page with 2.5 cm margins. */
export const A4_PAGE = {
  page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } },
};

/** A run of text, sanitized: the only way text enters a document. */
export const run = (text: string, options: Omit<IRunOptions, "text" | "children"> = {}) =>
  new TextRun({ ...options, text: cellText(text) });
