/** Print presets: A4, one page wide, header rows repeated, page numbers in the footer. */
import { t } from "../strings";
import type { PrintSetup } from "./plan-types";

const MARGINS = {
  /** Forms: a little more room at the edges. */
  form: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  /** Wide tables. */
  table: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
};

/** Text as an Excel header shows it: "&" doubled (a lone "&" starts a code). */
export const headerText = (text: string) => `&C${text.replace(/&/g, "&&")}`;

export function a4Print(
  orientation: PrintSetup["orientation"],
  area: string,
  titleRows: [number, number] | null,
  margins: keyof typeof MARGINS = orientation === "portrait" ? "form" : "table",
  header?: string
): PrintSetup {
  return {
    ...(header ? { header: headerText(header) } : {}),
    paper: "A4",
    orientation,
    fitToWidth: 1,
    fitToHeight: 0,
    area,
    titleRows,
    footer: t("print.footer"),
    margins: MARGINS[margins],
    centerHorizontally: true,
  };
}
