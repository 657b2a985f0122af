/**
 * The confirmation before 提交评分 (Fluent's Dialog, loaded with it only when the judge asks to
 * submit): what submitting does (the sheet locks), how to undo it (撤销提交), the figures, and the
 * sheet's warnings if any. Without warnings the judge may choose not to be asked again here.
 */
import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ScoringWarning } from "../../standard";
import { t } from "../../strings";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: "1.2em" },
  warnings: { color: tokens.colorPaletteDarkOrangeForeground1 },
  skip: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
});

export interface SubmitDialogProps {
  open: boolean;
  applicant: string;
  /** "总分 314 / 500（62.80%），结论：通过". */
  figures: string;
  warnings: ScoringWarning[];
  onConfirm(stopConfirming: boolean): void;
  onCancel(): void;
}

function WarningList({ warnings }: { warnings: ScoringWarning[] }) {
  const styles = useStyles();
  const title = t("status.confirmWarnings", { count: warnings.length });
  return (
    <div role="region" aria-label={title} className={styles.warnings}>
      <Text weight="semibold">{title}</Text>
      <ul className={styles.list}>
        {warnings.map((w) => (
          <li key={`${w.subItem}-${w.code}`}>{w.message}</li>
        ))}
      </ul>
    </div>
  );
}

export function SubmitDialog(props: SubmitDialogProps) {
  const styles = useStyles();
  const [stop, setStop] = React.useState(false);
  const skipId = React.useId();
  // Each time it opens, "do not ask again" starts unticked.
  React.useEffect(() => {
    if (props.open) setStop(false);
  }, [props.open]);
  return (
    <Dialog
      open={props.open}
      modalType="alert"
      onOpenChange={(_e, data) => !data.open && props.onCancel()}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("status.confirmTitle", { applicant: props.applicant })}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text weight="semibold">{props.figures}</Text>
            <ul className={styles.list}>
              <li>{t("status.confirmLock")}</li>
              <li>{t("status.confirmUndo")}</li>
            </ul>
            {props.warnings.length > 0 ? (
              <WarningList warnings={props.warnings} />
            ) : (
              <div className={styles.skip}>
                <input
                  id={skipId}
                  type="checkbox"
                  checked={stop}
                  onChange={(e) => setStop(e.target.checked)}
                />
                <label htmlFor={skipId}>{t("status.confirmSkip")}</label>
              </div>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => props.onConfirm(stop)}>
              {t("status.confirmYes")}
            </Button>
            <Button onClick={props.onCancel}>{t("status.confirmNo")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
