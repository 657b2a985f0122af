import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { roundOf, useRound } from "../hooks/useRound";
import type { OfficeServices } from "../services";
import { ConsolidatePanel } from "./ConsolidatePanel";
import { DistributeSection } from "./DistributeSection";
import { RoundSection } from "./RoundSection";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  rule: { border: "none", borderTop: `1px solid ${tokens.colorNeutralStroke2}`, margin: 0 },
});

/**
 * 汇总, the secretariat's tab: the round from the open roster (when there is one), distributing
 * the judges' workbooks, and consolidating what came back — matched to the roster when present.
 */
export function SecretariatPanel({ services }: { services: OfficeServices }) {
  const s = useStyles();
  const { state, reload, newRoster, locate } = useRound(services);
  const round = roundOf(state);
  return (
    <div className={s.panel}>
      <RoundSection
        state={state}
        standard={services.context.standard}
        onReload={() => void reload()}
        onNewRoster={() => void newRoster()}
        onLocate={locate}
      />
      {round && (
        <>
          <hr className={s.rule} />
          <DistributeSection services={services} round={round} onAssigned={() => void reload()} />
        </>
      )}
      <hr className={s.rule} />
      <ConsolidatePanel services={services} round={round} />
    </div>
  );
}
