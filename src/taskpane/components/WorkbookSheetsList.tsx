/** 状态's foot: how many of the workbook's scoring sheets are submitted, complete, still open; the others to open. */
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Standard } from "../../standard";
import { t } from "../../strings";
import type { ScoringSheetRead } from "../../workbook-format";
import { workbookProgress } from "../../workflows/judge-sheet/workbook-progress";
import {
  scoringSheetInfo,
  type ScoringSheetInfo,
} from "../../workflows/judge-sheet/workbook-sheets";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  list: { margin: 0, paddingLeft: "1.2em" },
});

/** The list as last read, with the active sheet as it is now (its scores change without a re-read). */
function liveSheets(sheets: ScoringSheetInfo[], active: ScoringSheetRead): ScoringSheetInfo[] {
  const now = scoringSheetInfo(active);
  const known = sheets.some((s) => s.sheetName === now.sheetName);
  return known ? sheets.map((s) => (s.sheetName === now.sheetName ? now : s)) : [...sheets, now];
}

export function WorkbookSheetsList(props: {
  standard: Standard;
  sheets: ScoringSheetInfo[];
  active: ScoringSheetRead;
  onOpen(sheetName: string): void;
}) {
  const styles = useStyles();
  const progress = workbookProgress(props.standard, liveSheets(props.sheets, props.active));
  if (progress.total < 2) return null;
  const others = progress.pending.filter((p) => p.sheet.sheetName !== props.active.sheetName);
  const title = t("status.workbookTitle");
  return (
    <div role="region" aria-label={title} className={styles.box}>
      <Text weight="semibold">{title}</Text>
      <Text data-testid="workbook-progress">
        {progress.submitted === progress.total
          ? t("status.workbookDone", { total: progress.total })
          : t("status.workbookCounts", {
              total: progress.total,
              submitted: progress.submitted,
              ready: progress.ready,
              open: progress.open,
            })}
      </Text>
      {others.length > 0 && (
        <ul className={styles.list}>
          {others.map(({ sheet, progress: p }) => (
            <li key={sheet.sheetName}>
              {t(p === "ready" ? "status.pendingReady" : "status.pendingOpen", {
                sheet: sheet.sheetName,
              })}{" "}
              <Button
                size="small"
                appearance="transparent"
                onClick={() => props.onOpen(sheet.sheetName)}
              >
                {t("status.open")}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
