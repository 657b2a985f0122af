import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Round } from "../../round";
import { TRIM_MODES, trimThreshold, type TrimMode } from "../../standard";
import { t } from "../../strings";
import { useConsolidation, type ConsolidationState } from "../hooks/useConsolidation";
import { ConsensusSection } from "./ConsensusSection";
import { ReportSection } from "./ReportSection";
import { canDownload } from "../host-files";
import type { OfficeServices } from "../services";
import { ActionButton as Button, LabeledField, Notice, useControlClass } from "./primitives";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalL,
    textAlign: "center",
    color: tokens.colorNeutralForeground3,
  },
  over: {
    border: `2px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
  progress: { width: "100%" },
});

/** Where files can be dropped; says how many are chosen. */
function DropZone({ count, onFiles }: { count: number; onFiles: (list: FileList) => void }) {
  const styles = useStyles();
  const [over, setOver] = React.useState(false);
  return (
    <div
      className={over ? `${styles.drop} ${styles.over}` : styles.drop}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        onFiles(e.dataTransfer.files);
      }}
    >
      {count ? t("cons.selected", { count }) : t("cons.drop")}
    </div>
  );
}

/** Reading (a progress bar), writing, or how it ended. */
function ConsolidationStatus({
  state,
  progressClass,
}: {
  state: ConsolidationState;
  progressClass: string;
}) {
  if (state.phase === "reading") {
    const text = t("cons.reading", { done: state.done, total: state.total, file: state.file });
    return (
      <div role="status">
        <progress
          className={progressClass}
          max={state.total}
          value={state.done}
          aria-label={text}
        />
        <div>{text}</div>
      </div>
    );
  }
  if (state.phase === "writing") return <div role="status">{t("cons.writing")}</div>;
  if (state.phase === "done") return <Notice intent={state.intent}>{state.text}</Notice>;
  return null;
}

/** The panel's title and what it does; with the open roster's round, that it is matched to it. */
function ConsolidateIntro({ round }: { round: Round | null }) {
  const styles = useStyles();
  return (
    <>
      <h2 className={styles.heading}>{t("cons.title")}</h2>
      <p style={{ margin: 0 }}>{t("cons.intro")}</p>
      {round && (
        <p style={{ margin: 0 }} data-testid="consolidate-roster">
          {t("cons.withRoster", {
            round: round.name,
            pass: Math.round(round.passRatio * 1000) / 10,
          })}
        </p>
      )}
    </>
  );
}

/** The judges' files: chosen with the file input or dropped. */
function FileChooser(props: {
  busy: boolean;
  count: number;
  onFiles: (list: FileList | null) => void;
}) {
  return (
    <>
      <LabeledField label={t("cons.choose")}>
        {(id) => (
          <input
            id={id}
            type="file"
            multiple
            accept=".xlsx,.xlsm,.xls"
            disabled={props.busy}
            onChange={(e) => props.onFiles(e.target.files)}
          />
        )}
      </LabeledField>
      <DropZone count={props.count} onFiles={props.onFiles} />
    </>
  );
}

/** How the judges' scores are trimmed, and how many winners (optional). */
function ConsolidationOptions(props: {
  busy: boolean;
  trim: TrimMode;
  onTrim: (trim: TrimMode) => void;
  winners: string;
  onWinners: (winners: string) => void;
}) {
  const control = useControlClass();
  return (
    <>
      <LabeledField label={t("cons.trim")}>
        {(id) => (
          <select
            id={id}
            className={control}
            value={props.trim}
            onChange={(e) => props.onTrim(e.target.value as TrimMode)}
            disabled={props.busy}
          >
            {TRIM_MODES.map((m) => (
              <option key={m} value={m}>
                {t(`cons.trim.${m}`, { min: trimThreshold(m) ?? "" })}
              </option>
            ))}
          </select>
        )}
      </LabeledField>
      <LabeledField label={t("cons.winners")}>
        {(id) => (
          <input
            id={id}
            className={control}
            inputMode="numeric"
            value={props.winners}
            disabled={props.busy}
            onChange={(e) => props.onWinners(e.target.value)}
          />
        )}
      </LabeledField>
    </>
  );
}

/**
 * 汇总评分表: files chosen or dropped, a progress bar and a cancel button; with the open roster's
 * round, sheets are matched to it and a 进度 sheet is written too.
 */
export function ConsolidatePanel({
  services,
  round,
}: {
  services: OfficeServices;
  round: Round | null;
}) {
  const styles = useStyles();
  const { state, start, cancel, hasResult, generateConsensus, downloadReports } =
    useConsolidation(services);
  const [files, setFiles] = React.useState<File[]>([]);
  const [trim, setTrim] = React.useState<TrimMode>("auto");
  const [winners, setWinners] = React.useState("");
  const busy = state.phase === "reading" || state.phase === "writing";
  const add = (list: FileList | null) => setFiles(list ? Array.from(list) : []);

  return (
    <section className={styles.panel} data-testid="consolidate">
      <ConsolidateIntro round={round} />
      <FileChooser busy={busy} count={files.length} onFiles={add} />
      <ConsolidationOptions
        busy={busy}
        trim={trim}
        onTrim={setTrim}
        winners={winners}
        onWinners={setWinners}
      />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy}
          onClick={() => void start(files, trim, round, winners)}
        >
          {t("cons.start")}
        </Button>
        {busy && <Button onClick={cancel}>{t("cons.cancel")}</Button>}
      </div>
      <ConsolidationStatus state={state} progressClass={styles.progress} />
      {hasResult && (
        <ConsensusSection busy={busy} onGenerate={(scope) => void generateConsensus(scope)} />
      )}
      {hasResult && (
        <ReportSection
          busy={busy}
          canDownload={canDownload(services.platform)}
          onDownload={(withScores) => void downloadReports(withScores)}
        />
      )}
    </section>
  );
}
