import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { InvalidScore } from "../../excel";
import type { ScoringSheetRead } from "../../workbook-format";
import { sheetFigures, type Standard, type Verdict } from "../../standard";
import { t } from "../../strings";
import { FINALIZED } from "../../workbook-format/format-names";
import { Pill } from "./primitives";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  figures: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  verdict: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  invalid: { margin: 0, paddingLeft: "1.2em" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
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
  onFinalize(): void;
  onReopen(): void;
}

/** 状态: progress, total, verdict (computed by the same rule as the sheet), the guard's list, 提交评分 / 撤销提交. */
export function StatusPanel({
  standard,
  state,
  invalid,
  busy,
  onLocate,
  onFinalize,
  onReopen,
}: Props) {
  const styles = useStyles();
  if (!state) return <Text>{t("status.noSheet")}</Text>;
  const item = Number(state.item);
  const figures = sheetFigures(
    standard,
    item,
    Object.fromEntries(Object.entries(state.entries).map(([code, e]) => [code, e.score]))
  );
  const finalized = state.finalization.status === FINALIZED;
  const itemTitle = standard.parts.find((p) => p.number === item)?.title ?? "";
  const forSheet = invalid.filter((i) => i.sheetName === state.sheetName);
  return (
    <div className={styles.panel} data-testid="status">
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
      {forSheet.length > 0 && (
        <div role="region" aria-label={t("status.invalidTitle", { count: forSheet.length })}>
          <Text weight="semibold">{t("status.invalidTitle", { count: forSheet.length })}</Text>
          <ul className={styles.invalid}>
            {forSheet.map((i) => (
              <li key={i.address}>
                {i.message}{" "}
                <Button
                  size="small"
                  appearance="transparent"
                  onClick={() => onLocate(i.sheetName, i.address)}
                >
                  {t("status.locate")}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {finalized && (
        <Text>
          {t("status.finalized", {
            time: String(state.finalization.finalizedAt ?? "")
              .slice(0, 16)
              .replace("T", " "),
          })}
        </Text>
      )}
      <div className={styles.actions}>
        {finalized ? (
          <Button disabled={busy} onClick={onReopen}>
            {t("status.reopen")}
          </Button>
        ) : (
          <Button appearance="primary" disabled={busy} onClick={onFinalize}>
            {t("status.finalize")}
          </Button>
        )}
      </div>
    </div>
  );
}
