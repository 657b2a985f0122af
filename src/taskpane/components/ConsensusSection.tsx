import * as React from "react";
import { t } from "../../strings";
import { CONSENSUS_SCOPES, type ConsensusScope } from "../../workflows/consensus";
import { ActionButton as Button, LabeledField, useControlClass } from "./primitives";

/**
 * 共识会议: after a consolidation, its 共识 sheets generated into the open workbook (all
 * applications or only those with a 分歧). The next 开始汇总 takes the filled sheets into account.
 */
export function ConsensusSection({
  busy,
  onGenerate,
}: {
  busy: boolean;
  onGenerate: (scope: ConsensusScope) => void;
}) {
  const control = useControlClass();
  const [scope, setScope] = React.useState<ConsensusScope>("all");
  return (
    <section data-testid="consensus" style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <h3 style={{ margin: 0 }}>{t("cons.consensusTitle")}</h3>
      <p style={{ margin: 0 }}>{t("cons.consensusIntro")}</p>
      <LabeledField label={t("cons.consensusScope")}>
        {(id) => (
          <select
            id={id}
            className={control}
            value={scope}
            disabled={busy}
            onChange={(e) => setScope(e.target.value as ConsensusScope)}
          >
            {CONSENSUS_SCOPES.map((s) => (
              <option key={s} value={s}>
                {t(`cons.consensusScope.${s}`)}
              </option>
            ))}
          </select>
        )}
      </LabeledField>
      <div>
        <Button disabled={busy} onClick={() => onGenerate(scope)}>
          {t("cons.consensusGenerate")}
        </Button>
      </div>
    </section>
  );
}
