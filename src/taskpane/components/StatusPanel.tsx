import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { InvalidScore } from "../../workbook-format/workbook-events";
import type { ScoringSheetRead } from "../../workbook-format";
import {
  SHEET_VERDICT,
  sheetFigures,
  sheetWarnings,
  type ScoringWarning,
  type SheetFigures,
  type Standard,
  type Verdict,
} from "../../standard";
import { t } from "../../strings";
import { entryName, SUBMITTED } from "../../workbook-format/format-names";
import { Pill } from "./primitives";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  figures: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  verdict: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: "1.2em" },
  warnings: { color: tokens.colorPaletteDarkOrangeForeground1 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  reason: { color: tokens.colorNeutralForeground3 },
  confirm: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
  },
});

const TONE: Record<Verdict, "good" | "bad" | "pending"> = {
  通过: "good",
  未通过: "bad",
  有误: "bad",
  未完成: "pending",
};

interface Props {
  standard: Standard;
  state: ScoringSheetRead | null;
  invalid: InvalidScore[];
  busy: boolean;
  onLocate(sheetName: string, address: string): void;
  onSubmit(): void;
  onReopen(): void;
}

/** Why 提交评分 cannot be used now, or null when it can. */
function submitBlocked(figures: SheetFigures): string | null {
  if (figures.verdict === SHEET_VERDICT.invalid)
    return t("status.blockedInvalid", { count: figures.errors.length });
  if (figures.verdict === SHEET_VERDICT.incomplete)
    return t("status.blockedIncomplete", { count: figures.blank.length });
  return null;
}

/** A titled list with a 定位 button per line. */
function LocatedList(props: {
  title: string;
  lines: { key: string; message: string; locate?: () => void }[];
  className?: string;
}) {
  const styles = useStyles();
  return (
    <div role="region" aria-label={props.title} className={props.className}>
      <Text weight="semibold">{props.title}</Text>
      <ul className={styles.list}>
        {props.lines.map((line) => (
          <li key={line.key}>
            {line.message}{" "}
            {line.locate && (
              <Button size="small" appearance="transparent" onClick={line.locate}>
                {t("status.locate")}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Asked once before 提交评分 when the sheet has warnings: they are listed, the judge decides. */
function ConfirmFinalize(props: {
  warnings: ScoringWarning[];
  onConfirm(): void;
  onCancel(): void;
}) {
  const styles = useStyles();
  const title = t("status.confirmTitle", { count: props.warnings.length });
  return (
    <div role="alertdialog" aria-label={title} className={styles.confirm}>
      <Text weight="semibold">{title}</Text>
      <ul className={styles.list}>
        {props.warnings.map((w) => (
          <li key={`${w.subItem}-${w.code}`}>{w.message}</li>
        ))}
      </ul>
      <Text size={200}>{t("status.confirmNote")}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={props.onConfirm}>
          {t("status.confirmYes")}
        </Button>
        <Button onClick={props.onCancel}>{t("status.confirmNo")}</Button>
      </div>
    </div>
  );
}

function SubmitActions(props: {
  figures: SheetFigures;
  warnings: ScoringWarning[];
  busy: boolean;
  onSubmit(): void;
}) {
  const styles = useStyles();
  const [confirming, setConfirming] = React.useState(false);
  const blocked = submitBlocked(props.figures);
  const reasonId = React.useId();
  const start = () => (props.warnings.length > 0 ? setConfirming(true) : props.onSubmit());
  return (
    <>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={props.busy || blocked !== null || confirming}
          aria-describedby={blocked ? reasonId : undefined}
          onClick={start}
        >
          {t("status.finalize")}
        </Button>
      </div>
      {blocked && (
        <Text id={reasonId} size={200} className={styles.reason}>
          {blocked}
        </Text>
      )}
      {confirming && !blocked && (
        <ConfirmFinalize
          warnings={props.warnings}
          onConfirm={() => {
            setConfirming(false);
            props.onSubmit();
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </>
  );
}

/** The sheet's progress, total and percentage by the same rules as the sheet. */
function figuresOf(standard: Standard, state: ScoringSheetRead): SheetFigures {
  return sheetFigures(
    standard,
    Number(state.item),
    Object.fromEntries(Object.entries(state.entries).map(([code, e]) => [code, e.score]))
  );
}

/** Which sheet, for whom and which item; progress, total, percentage and the verdict. */
function SheetSummary(props: {
  standard: Standard;
  state: ScoringSheetRead;
  figures: SheetFigures;
}) {
  const styles = useStyles();
  const { standard, state, figures } = props;
  const itemTitle = standard.parts.find((p) => p.number === Number(state.item))?.title ?? "";
  return (
    <>
      <Text size={200}>
        {t("status.sheet", {
          sheet: state.sheetName,
          applicant: String(state.applicant),
          item: itemTitle,
        })}
      </Text>
      <div className={styles.figures}>
        <Text>
          {t("status.progress", { scored: figures.scoredCount, required: figures.requiredCount })}
        </Text>
        <Text>{t("status.total", { total: figures.total, fullMarks: standard.fullMarks })}</Text>
        <Text>{t("status.percent", { percent: `${(figures.percent * 100).toFixed(2)}%` })}</Text>
      </div>
      <div className={styles.verdict}>
        <Text weight="semibold">{t("status.verdict")}</Text>
        <Pill tone={TONE[figures.verdict]} testId="verdict">
          {figures.verdict}
        </Pill>
      </div>
    </>
  );
}

/** The guard's invalid scores on this sheet and the sheet's warnings, each with 定位. */
function SheetProblems(props: {
  state: ScoringSheetRead;
  invalid: InvalidScore[];
  warnings: ScoringWarning[];
  onLocate(sheetName: string, address: string): void;
}) {
  const styles = useStyles();
  const { state, warnings, onLocate } = props;
  const forSheet = props.invalid.filter((i) => i.sheetName === state.sheetName);
  const scoreCell = (code: string) => state.names[entryName("score", code)];
  return (
    <>
      {forSheet.length > 0 && (
        <LocatedList
          title={t("status.invalidTitle", { count: forSheet.length })}
          lines={forSheet.map((i) => ({
            key: i.address,
            message: i.message,
            locate: () => onLocate(i.sheetName, i.address),
          }))}
        />
      )}
      {warnings.length > 0 && (
        <LocatedList
          title={t("status.warningsTitle", { count: warnings.length })}
          className={styles.warnings}
          lines={warnings.map((w) => ({
            key: `${w.subItem}-${w.code}`,
            message: w.message,
            locate: scoreCell(w.subItem)
              ? () => onLocate(state.sheetName, scoreCell(w.subItem))
              : undefined,
          }))}
        />
      )}
    </>
  );
}

/** A submitted sheet: when, and 撤销提交. */
function Submitted(props: { state: ScoringSheetRead; busy: boolean; onReopen(): void }) {
  const styles = useStyles();
  return (
    <>
      <Text>
        {t("status.finalized", {
          time: String(props.state.submission.submittedAt ?? "")
            .slice(0, 16)
            .replace("T", " "),
        })}
      </Text>
      <div className={styles.actions}>
        <Button disabled={props.busy} onClick={props.onReopen}>
          {t("status.reopen")}
        </Button>
      </div>
    </>
  );
}

/** 状态: progress, total, verdict and warnings (by the same rules as the sheet), the guard's list, 提交评分 / 撤销提交. */
export function StatusPanel({
  standard,
  state,
  invalid,
  busy,
  onLocate,
  onSubmit,
  onReopen,
}: Props) {
  const styles = useStyles();
  if (!state) return <Text>{t("status.noSheet")}</Text>;
  const figures = figuresOf(standard, state);
  const warnings = sheetWarnings(standard, Number(state.item), state.entries);
  return (
    <div className={styles.panel} data-testid="status">
      <SheetSummary standard={standard} state={state} figures={figures} />
      <SheetProblems state={state} invalid={invalid} warnings={warnings} onLocate={onLocate} />
      {state.submission.status === SUBMITTED ? (
        <Submitted state={state} busy={busy} onReopen={onReopen} />
      ) : (
        <SubmitActions figures={figures} warnings={warnings} busy={busy} onSubmit={onSubmit} />
      )}
    </div>
  );
}
