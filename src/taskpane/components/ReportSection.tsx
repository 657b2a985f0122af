import * as React from "react";
import { t } from "../../strings";
import { ActionButton as Button } from "./primitives";

/**
 * 反馈报告: after a consolidation, one Word report per application (never a judge's name),
 * downloaded as one .zip; points are included only when asked (many awards send bands only).
 */
export function ReportSection({
  busy,
  canDownload,
  onDownload,
}: {
  busy: boolean;
  /** False where the task pane cannot download files (Mac, iPad): the CLI is named instead. */
  canDownload: boolean;
  onDownload: (withScores: boolean) => void;
}) {
  const [withScores, setWithScores] = React.useState(false);
  const column = { display: "flex", flexDirection: "column", gap: 8 } as const;
  if (!canDownload)
    return (
      <section data-testid="reports" style={column}>
        <h3 style={{ margin: 0 }}>{t("cons.reportsTitle")}</h3>
        <p style={{ margin: 0 }}>{t("cons.reportsUseCli")}</p>
      </section>
    );
  return (
    <section data-testid="reports" style={column}>
      <h3 style={{ margin: 0 }}>{t("cons.reportsTitle")}</h3>
      <p style={{ margin: 0 }}>{t("cons.reportsIntro")}</p>
      <label>
        <input
          type="checkbox"
          checked={withScores}
          disabled={busy}
          onChange={(e) => setWithScores(e.target.checked)}
        />{" "}
        {t("cons.reportsWithScores")}
      </label>
      <div>
        <Button disabled={busy} onClick={() => onDownload(withScores)}>
          {t("cons.reportsDownload")}
        </Button>
      </div>
    </section>
  );
}
