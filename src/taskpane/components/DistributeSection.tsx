import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Round } from "../../round";
import { t } from "../../strings";
import { canDownload } from "../host-files";
import {
  parsePerApplication,
  useDistribution,
  type DeliveryMode,
  type DistributionState,
} from "../hooks/useDistribution";
import type { OfficeServices } from "../services";
import { ActionButton as Button, LabeledField, Notice, useControlClass } from "./primitives";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  modes: {
    border: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: "4px",
  },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  progress: { width: "100%" },
});

const MODES: DeliveryMode[] = ["download", "workbooks"];

/** How many judges per application: fixed by the roster's 分配 when it has one, else typed. */
function JudgesPerApplication(props: {
  grid: boolean;
  per: string;
  onPer: (per: string) => void;
  perError: string | undefined;
  busy: boolean;
}) {
  const control = useControlClass();
  const { per, perError } = props;
  if (props.grid) return <p style={{ margin: 0 }}>{t("pane.dist.perGrid")}</p>;
  return (
    <LabeledField label={t("pane.dist.per")} hint={t("pane.dist.perHint")} error={perError}>
      {(id, describedBy) => (
        <input
          id={id}
          className={control}
          inputMode="numeric"
          value={per}
          disabled={props.busy}
          aria-describedby={describedBy}
          aria-invalid={perError ? true : undefined}
          onChange={(e) => props.onPer(e.target.value)}
        />
      )}
    </LabeledField>
  );
}

/** How the workbooks are handed over: one .zip download, or one new Excel workbook each. */
function DeliveryModes(props: {
  mode: DeliveryMode;
  onMode: (mode: DeliveryMode) => void;
  downloads: boolean;
  busy: boolean;
}) {
  const s = useStyles();
  return (
    <fieldset className={s.modes}>
      <legend>{t("pane.dist.mode")}</legend>
      {MODES.map((m) => (
        <label key={m}>
          <input
            type="radio"
            name="delivery"
            value={m}
            checked={props.mode === m}
            disabled={props.busy}
            onChange={() => props.onMode(m)}
          />{" "}
          {t(`pane.dist.mode.${m}`)}
        </label>
      ))}
      {!props.downloads && <span>{t("pane.dist.modeHint.mac")}</span>}
    </fieldset>
  );
}

/** Building (a progress bar on the judge's workbook being written), or how it ended. */
function DistributionStatus({ state }: { state: DistributionState }) {
  const s = useStyles();
  if (state.phase === "building")
    return (
      <div role="status">
        <progress className={s.progress} max={state.total} value={state.done} />
        <div>
          {t("pane.dist.building", {
            done: state.done + 1,
            total: state.total,
            file: state.file,
          })}
        </div>
      </div>
    );
  if (state.phase !== "done") return null;
  return (
    <Notice intent={state.intent}>
      {state.lines.length === 1 ? (
        state.lines[0]
      ) : (
        <ul className={s.lines}>
          {state.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </Notice>
  );
}

/** 分发评委工作簿: how many judges per application (when the roster has no 分配), how to hand over, go. */
export function DistributeSection({
  services,
  round,
  onAssigned,
}: {
  services: OfficeServices;
  round: Round;
  onAssigned: () => void;
}) {
  const s = useStyles();
  const { state, start } = useDistribution(services, onAssigned);
  const downloads = canDownload(services.platform);
  const [mode, setMode] = React.useState<DeliveryMode>(downloads ? "download" : "workbooks");
  const [per, setPer] = React.useState("");
  const busy = state.phase === "building";
  const perError =
    parsePerApplication(per) === null ? t("pane.dist.badPer", { value: per.trim() }) : undefined;

  return (
    <section className={s.section} data-testid="distribute">
      <h2 className={s.heading}>{t("pane.dist.title")}</h2>
      <JudgesPerApplication
        grid={Boolean(round.grid)}
        per={per}
        onPer={setPer}
        perError={perError}
        busy={busy}
      />
      <DeliveryModes mode={mode} onMode={setMode} downloads={downloads} busy={busy} />
      <div>
        <Button
          appearance="primary"
          disabled={busy || perError !== undefined}
          onClick={() => void start(round, round.grid ? "" : per, mode)}
        >
          {t("pane.dist.start")}
        </Button>
      </div>
      <DistributionStatus state={state} />
    </section>
  );
}
