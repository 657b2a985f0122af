/** 状态's head: whose sheet and which item, each part's subtotal of its maximum, the total, the verdict. */
import * as React from "react";
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ScoringSheetRead } from "../../workbook-format";
import { sheetFigures, type SheetFigures, type Standard, type Verdict } from "../../standard";
import { t } from "../../strings";
import { Pill } from "./primitives";

const useStyles = makeStyles({
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  meta: { color: tokens.colorNeutralForeground3, display: "block" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase300 },
  cell: {
    textAlign: "left",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightRegular,
  },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  head: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  total: { fontWeight: tokens.fontWeightSemibold, borderBottom: "none" },
  verdict: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

const TONE: Record<Verdict, "good" | "bad" | "pending"> = {
  通过: "good",
  未通过: "bad",
  有误: "bad",
  未完成: "pending",
};

/** The sheet's figures by the same rules (and pass line) as the sheet's own formulas. */
export function figuresOf(
  standard: Standard,
  state: ScoringSheetRead,
  passRatio: number
): SheetFigures {
  const scores = Object.fromEntries(
    Object.entries(state.entries).map(([code, e]) => [code, e.score])
  );
  return sheetFigures(standard, Number(state.item), scores, { passRatio });
}

/** The applicant once, then the item and the judge (and the sheet's name when it is not the applicant's). */
function SheetTitle({ standard, state }: { standard: Standard; state: ScoringSheetRead }) {
  const styles = useStyles();
  const applicant = String(state.applicant ?? "").trim() || state.sheetName;
  const item = standard.parts.find((p) => p.number === Number(state.item))?.title ?? "";
  const judge = String(state.judge ?? "").trim();
  const meta = [item, judge && t("status.judge", { judge })];
  if (state.sheetName !== applicant) meta.push(t("status.sheetName", { sheet: state.sheetName }));
  return (
    <div>
      <div className={styles.title} data-testid="status-title">
        {applicant}
      </div>
      <Text size={200} className={styles.meta}>
        {meta.filter(Boolean).join(t("status.metaSeparator"))}
      </Text>
    </div>
  );
}

/** Each part's sub-items scored and subtotal of its maximum, then the total. */
function PartsTable({ standard, figures }: { standard: Standard; figures: SheetFigures }) {
  const styles = useStyles();
  const blank = new Set(figures.blank.map((s) => s.code));
  const row = (key: string, label: string, scored: number, required: number, points: string) => {
    const total = key === "total" && styles.total;
    const number = mergeClasses(styles.cell, styles.number, total);
    return (
      <tr key={key}>
        <th scope="row" className={mergeClasses(styles.cell, total)}>
          {label}
        </th>
        <td className={number}>{t("status.scoredOf", { scored, required })}</td>
        <td className={number}>{points}</td>
      </tr>
    );
  };
  return (
    <table className={styles.table} aria-label={t("status.partsTitle")}>
      <thead>
        <tr className={styles.head}>
          <th className={styles.cell}>{t("status.col.part")}</th>
          <th className={mergeClasses(styles.cell, styles.number)}>{t("status.col.scored")}</th>
          <th className={mergeClasses(styles.cell, styles.number)}>{t("status.col.points")}</th>
        </tr>
      </thead>
      <tbody>
        {figures.parts.map(({ part, subtotal }) => {
          const scored = part.subItems.filter((s) => !blank.has(s.code)).length;
          const points = t("status.pointsOf", { points: subtotal, max: part.total });
          return row(String(part.number), part.title, scored, part.subItems.length, points);
        })}
        {row(
          "total",
          t("status.totalRow"),
          figures.scoredCount,
          figures.requiredCount,
          t("status.pointsOf", { points: figures.total, max: standard.fullMarks })
        )}
      </tbody>
    </table>
  );
}

export function SheetSummary(props: {
  standard: Standard;
  state: ScoringSheetRead;
  figures: SheetFigures;
}) {
  const styles = useStyles();
  const { standard, state, figures } = props;
  return (
    <>
      <SheetTitle standard={standard} state={state} />
      <PartsTable standard={standard} figures={figures} />
      <Text>
        {t("status.percent", {
          percent: `${(figures.percent * 100).toFixed(2)}%`,
          passLine: figures.passLine,
        })}
      </Text>
      <div className={styles.verdict}>
        <Text weight="semibold">{t("status.verdict")}</Text>
        <Pill tone={TONE[figures.verdict]} testId="verdict">
          {figures.verdict}
        </Pill>
      </div>
    </>
  );
}
