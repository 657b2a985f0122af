/**
 * The 评分指引 sheet: everything a judge needs to score without the add-in, in the workbook
 * itself. For the items the workbook's scoring sheets use (in the order they were first used,
 * so that adding an item never moves the rows the scoring sheets link to) and 创新价值: each
 * sub-item's code, title, maximum, kind, criterion text, the points of one step, and the six
 * bands of its kind with their ranges in points; above them the how-to, the four factors of each
 * kind and the maturity stages. Read-only (protected without a password), A4 portrait with the
 * title rows repeated. The worksheet-scoped name MH_GUIDE marks it; its cell holds the items.
 */
import {
  a4Print,
  address,
  FORMATS,
  rowHeightFor,
  SheetBuilder,
  type SheetPlan,
  type StyleName,
} from "../../sheet-kit";
import {
  bandPoints,
  KIND,
  partsForItem,
  pointsPerStep,
  warningLabel,
  WARNING_CODES,
  type CriterionKind,
  type Part,
  type Standard,
  type SubItem,
} from "../../standard";
import { t } from "../../strings";
import { GUIDE_NAME } from "../../workbook-format";
import type { GuideLinks } from "../scoring-sheet/context";
import { withStandard } from "../standard-name";

/** Column widths: 档次：分值, 成熟度阶段, 说明, and the hidden cell of MH_GUIDE. */
const WIDTHS = [20, 12, 66];
const TEXT_WIDTH = WIDTHS[1] + WIDTHS[2];
const ALL_WIDTH = WIDTHS[0] + TEXT_WIDTH;
const HEADER_ROWS: [number, number] = [1, 3];

export interface GuideSheet {
  plan: SheetPlan;
  links: GuideLinks;
}

class GuideWriter {
  row = 1;
  readonly rows: Record<string, number> = {};
  constructor(
    readonly b: SheetBuilder,
    readonly standard: Standard
  ) {}

  /** One text across A:C. */
  wide(text: string, style: StyleName, minimum = 20): number {
    const row = this.row++;
    this.b.value(`A${row}`, text, style);
    for (const c of ["B", "C"]) this.b.value(`${c}${row}`, null, style);
    this.b.merge(`A${row}:C${row}`);
    this.b.height(row, rowHeightFor([{ text, width: ALL_WIDTH, size: sizeOf(style) }], minimum));
    return row;
  }

  /** A label in A and a text across B:C. */
  labelled(label: string, text: string, labelStyle: StyleName = "guideLabel"): number {
    const row = this.row++;
    this.b.value(`A${row}`, label, labelStyle);
    this.b.value(`B${row}`, text, "guideText");
    this.b.value(`C${row}`, null, "guideText");
    this.b.merge(`B${row}:C${row}`);
    this.b.height(
      row,
      rowHeightFor([
        { text: label, width: WIDTHS[0] },
        { text, width: TEXT_WIDTH },
      ])
    );
    return row;
  }

  /** Three cells: band range, stage, description. */
  band(range: string, stage: string, text: string): void {
    const row = this.row++;
    this.b.value(`A${row}`, range, "guideLabel");
    this.b.value(`B${row}`, stage, "guideStage");
    this.b.value(`C${row}`, text, "guideText");
    this.b.height(
      row,
      rowHeightFor([
        { text: range, width: WIDTHS[0] },
        { text, width: WIDTHS[2] },
      ])
    );
  }
}

const sizeOf = (style: StyleName) => (style === "title" ? 16 : style === "tableNote" ? 9 : 11);

function titleRows(w: GuideWriter, items: readonly number[]): void {
  w.wide(t("guideSheet.title", { standard: w.standard.name }), "title", 30);
  w.wide(t("guideSheet.note"), "tableNote");
  const row = w.row++;
  (["band", "stage", "text"] as const).forEach((h, i) =>
    w.b.value(address(i + 1, row), t(`guideSheet.col.${h}`), "header")
  );
  w.b.height(row, 22);
  const marker = w.b.value("D1", items.join(","), "helper", FORMATS.hidden);
  w.b.name(GUIDE_NAME, marker);
}

function howToRows(w: GuideWriter): void {
  const { standard } = w;
  const labels = WARNING_CODES.map((code) => warningLabel(standard, code)).join(t("sep.list"));
  w.wide(t("guideSheet.howTo"), "partHeader");
  w.labelled(t("guideSheet.howTo.band"), t("guideSheet.howTo.bandText"));
  w.labelled(
    t("guideSheet.howTo.step"),
    t("guideSheet.howTo.stepText", { stepPercent: standard.stepPercent })
  );
  w.labelled(t("guideSheet.howTo.evidence"), t("guideSheet.howTo.evidenceText", { labels }));
}

function factorRows(w: GuideWriter): void {
  w.wide(t("guideSheet.factors"), "partHeader");
  for (const kind of Object.keys(w.standard.kinds) as CriterionKind[]) {
    const info = w.standard.kinds[kind];
    const codes = info.factors.map((f) => f.code).join("-");
    w.wide(t("guideSheet.kindHeading", { label: info.label, codes }), "block");
    for (const f of info.factors)
      w.labelled(t("guideSheet.factor", { code: f.code, name: f.name }), f.question);
  }
  w.wide(t("guideSheet.stages"), "block");
  for (const s of w.standard.maturitySteps) w.labelled(s.name, s.summary);
}

function subItemBlock(w: GuideWriter, sub: SubItem): void {
  const { standard } = w;
  w.rows[sub.code] = w.wide(
    t("guideSheet.subItem", {
      code: sub.code,
      title: sub.title,
      max: sub.max,
      kind: standard.kinds[sub.kind].label,
      stepPercent: standard.stepPercent,
      step: pointsPerStep(standard, sub),
    }),
    "block",
    22
  );
  w.labelled(t("guideSheet.criteria"), sub.criteria.join("\n"));
  const process = sub.kind === KIND.process;
  for (const [i, band] of standard.bands.entries()) {
    const { low, high } = bandPoints(sub, band);
    const stage = standard.maturitySteps.find((s) => s.id === band.step)?.name ?? band.step;
    const range = t("guideSheet.bandRange", { n: i + 1, min: band.min, max: band.max, low, high });
    w.band(range, stage, process ? band.process : band.results);
  }
}

function partBlock(w: GuideWriter, part: Part): void {
  w.wide(
    t("guideSheet.part", { number: part.number, title: part.title, total: part.total }),
    "partHeader",
    22
  );
  if (part.intro) w.wide(part.intro, "guideText");
  for (const sub of part.subItems) subItemBlock(w, sub);
}

/** The parts the guide covers: each item's part in the order given, then 创新价值. */
export function guideParts(standard: Standard, items: readonly number[]): Part[] {
  const parts = items.map((item) => partsForItem(standard, item)[0]);
  return [...parts, ...standard.parts.filter((p) => p.role === "value")];
}

/** `roundName` is printed at the top of every page (the award's name when there is no round). */
export function buildGuideSheet(
  standard: Standard,
  items: readonly number[],
  sheetName = t("guideSheet.name"),
  roundName = t("report.defaultRound")
): GuideSheet {
  const w = new GuideWriter(new SheetBuilder(sheetName), standard);
  titleRows(w, items);
  howToRows(w);
  factorRows(w);
  for (const part of guideParts(standard, items)) partBlock(w, part);
  const plan = w.b.build({
    columns: [...WIDTHS, { width: 4, hidden: true }],
    protection: { allowFormatColumns: true, allowFormatRows: true },
    print: a4Print(
      "portrait",
      `A1:C${w.row - 1}`,
      HEADER_ROWS,
      undefined,
      `${roundName}${t("sep.title")}${t("guideSheet.name")}`
    ),
    freezeRows: HEADER_ROWS[1],
    styleMergedCells: true,
  });
  return { plan: withStandard(plan, standard), links: { sheetName, rows: w.rows } };
}
