import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { InvalidScore } from "../../workbook-format/workbook-events";
import type { ScoringSheetRead } from "../../workbook-format";
import {
  SHEET_VERDICT,
  sheetWarnings,
  type ScoringWarning,
  type SheetFigures,
  type Standard,
} from "../../standard";
import { t } from "../../strings";
import { SUBMITTED } from "../../workbook-format/format-names";
import type { ScoringSheetInfo } from "../../workflows/judge-sheet/workbook-sheets";
import { SheetProblems } from "./SheetProblems";
import { figuresOf, SheetSummary } from "./SheetSummary";
import { WorkbookSheetsList } from "./WorkbookSheetsList";

/** The confirmation, with Fluent's Dialog: fetched when 状态 opens, shown when 提交评分 is pressed. */
const loadDialog = () => import(/* webpackChunkName: "submit-dialog" */ "./SubmitDialog");
const SubmitDialog = React.lazy(() => loadDialog().then((m) => ({ default: m.SubmitDialog })));

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  reason: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  standard: Standard;
  passRatio: number;
  state: ScoringSheetRead | null;
  /** The workbook's scoring sheets as last read. */
  sheets: ScoringSheetInfo[];
  invalid: InvalidScore[];
  busy: boolean;
  /** Whether 提交评分 of a sheet without warnings asks first (the workbook's setting). */
  confirmSubmit: boolean;
  onLocate(sheetName: string, address: string): void;
  onOpen(sheetName: string): void;
  onSubmit(stopConfirming: boolean): void;
  onConfirmAgain(): void;
  onReopen(): void;
  /** The confirmation opened or closed (the pane keeps 状态 in place while it is open). */
  onConfirming?(open: boolean): void;
}

/** Why 提交评分 cannot be used now, or null when it can. */
function submitBlocked(figures: SheetFigures): string | null {
  if (figures.verdict === SHEET_VERDICT.invalid)
    return t("status.blockedInvalid", { count: figures.errors.length });
  if (figures.verdict === SHEET_VERDICT.incomplete)
    return t("status.blockedIncomplete", { count: figures.blank.length });
  return null;
}

/** The figures as the confirmation says them. */
function figuresLine(standard: Standard, figures: SheetFigures): string {
  return t("status.confirmFigures", {
    total: figures.total,
    fullMarks: standard.fullMarks,
    percent: `${(figures.percent * 100).toFixed(2)}%`,
    verdict: figures.verdict,
  });
}

/** "没有提示时不再确认" is on: say so, with the way back. */
function ConfirmOff({ busy, onConfirmAgain }: { busy: boolean; onConfirmAgain(): void }) {
  const styles = useStyles();
  return (
    <Text size={200} className={styles.reason}>
      {t("status.confirmOff")}{" "}
      <Button size="small" appearance="transparent" disabled={busy} onClick={onConfirmAgain}>
        {t("status.confirmOn")}
      </Button>
    </Text>
  );
}

function SubmitActions(props: {
  figures: SheetFigures;
  busy: boolean;
  confirmSubmit: boolean;
  /** The confirmation is showing. */
  confirming: boolean;
  /** 提交评分 pressed (and not blocked): ask first or submit. */
  onStart(): void;
  onConfirmAgain(): void;
}) {
  const styles = useStyles();
  const blocked = submitBlocked(props.figures);
  const reasonId = React.useId();
  return (
    <>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={props.busy || blocked !== null || props.confirming}
          aria-describedby={blocked ? reasonId : undefined}
          onClick={props.onStart}
        >
          {t("status.finalize")}
        </Button>
      </div>
      {blocked && (
        <Text id={reasonId} size={200} className={styles.reason}>
          {blocked}
        </Text>
      )}
      {!props.confirmSubmit && (
        <ConfirmOff busy={props.busy} onConfirmAgain={props.onConfirmAgain} />
      )}
    </>
  );
}

/**
 * 提交评分, asked first when the judge wants it or the sheet has warnings. The dialog, once
 * loaded, stays mounted (opened and closed, never torn down while open: Fluent then would not
 * put back what a modal hides); it is for the sheet it was opened on, and closes should the
 * selection move to another sheet or the sheet stop being submittable.
 */
function useSubmitConfirmation(
  props: Props & { state: ScoringSheetRead },
  figures: SheetFigures,
  warnings: ScoringWarning[]
) {
  const { state, onConfirming } = props;
  const [askedFor, setAskedFor] = React.useState<string | null>(null);
  const [loaded, setLoaded] = React.useState(false);
  React.useEffect(() => void loadDialog().catch(() => undefined), []);
  const open =
    askedFor === state.sheetName &&
    state.submission.status !== SUBMITTED &&
    submitBlocked(figures) === null;
  React.useEffect(() => {
    onConfirming?.(open);
    return () => onConfirming?.(false);
  }, [open, onConfirming]);
  // Closed because the sheet changed under it: it does not come back by itself.
  React.useEffect(() => {
    if (askedFor !== null && !open) setAskedFor(null);
  }, [askedFor, open]);
  const start = () => {
    if (!props.confirmSubmit && warnings.length === 0) return props.onSubmit(false);
    setLoaded(true);
    setAskedFor(state.sheetName);
  };
  const dialog = loaded && (
    <React.Suspense fallback={null}>
      <SubmitDialog
        open={open}
        applicant={String(state.applicant ?? "").trim() || state.sheetName}
        figures={figuresLine(props.standard, figures)}
        warnings={warnings}
        onConfirm={(stop) => {
          setAskedFor(null);
          props.onSubmit(stop);
        }}
        onCancel={() => setAskedFor(null)}
      />
    </React.Suspense>
  );
  return { confirming: open, start, dialog };
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

/** 状态 of an open sheet, its figures and warnings worked out. */
function SheetStatus(
  props: Props & { state: ScoringSheetRead; figures: SheetFigures; warnings: ScoringWarning[] }
) {
  const { standard, state, busy, figures, warnings } = props;
  const styles = useStyles();
  const confirmation = useSubmitConfirmation(props, figures, warnings);
  return (
    <div className={styles.panel} data-testid="status">
      <SheetSummary standard={standard} state={state} figures={figures} />
      <SheetProblems
        state={state}
        invalid={props.invalid}
        warnings={warnings}
        onLocate={props.onLocate}
      />
      {state.submission.status === SUBMITTED ? (
        <Submitted state={state} busy={busy} onReopen={props.onReopen} />
      ) : (
        <SubmitActions
          figures={figures}
          busy={busy}
          confirmSubmit={props.confirmSubmit}
          confirming={confirmation.confirming}
          onStart={confirmation.start}
          onConfirmAgain={props.onConfirmAgain}
        />
      )}
      {confirmation.dialog}
      <WorkbookSheetsList
        standard={standard}
        sheets={props.sheets}
        active={state}
        onOpen={props.onOpen}
      />
    </div>
  );
}

/**
 * 状态: the sheet's subtotals, total and verdict and its warnings (by the same rules as the sheet),
 * the guard's list, 提交评分 (confirmed first) / 撤销提交, and how far the workbook's other sheets are.
 */
export function StatusPanel(props: Props) {
  const { standard, state } = props;
  if (!state) return <Text>{t("status.noSheet")}</Text>;
  const figures = figuresOf(standard, state, props.passRatio);
  const warnings = sheetWarnings(standard, Number(state.item), state.entries);
  return <SheetStatus {...props} state={state} figures={figures} warnings={warnings} />;
}
