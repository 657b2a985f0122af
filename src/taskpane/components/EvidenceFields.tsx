/** Step ③ of the guide: the evidence, 优点 and 改进机会, each label beside its box. */
import * as React from "react";
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { t } from "../../strings";
import { useControlClass } from "./primitives";

const useStyles = makeStyles({
  fields: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    alignItems: "start",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  label: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    paddingTop: tokens.spacingVerticalXS,
  },
  box: { resize: "vertical", fontSize: tokens.fontSizeBase200, minHeight: "3.2em" },
});

export interface Evidence {
  strength: string;
  setStrength(v: string): void;
  improvement: string;
  setImprovement(v: string): void;
}

export function EvidenceFields({ evidence, readOnly }: { evidence: Evidence; readOnly: boolean }) {
  const styles = useStyles();
  const control = useControlClass();
  const id = React.useId();
  const field = (key: string, label: string, value: string, set: (v: string) => void) => (
    <React.Fragment key={key}>
      <label htmlFor={`${id}-${key}`} className={styles.label}>
        {label}
      </label>
      <textarea
        id={`${id}-${key}`}
        className={mergeClasses(control, styles.box)}
        rows={2}
        value={value}
        onChange={(e) => set(e.target.value)}
        disabled={readOnly}
      />
    </React.Fragment>
  );
  return (
    <>
      <Text weight="semibold">{t("guide.evidence")}</Text>
      <div className={styles.fields}>
        {field("strength", t("guide.strength"), evidence.strength, evidence.setStrength)}
        {field(
          "improvement",
          t("guide.improvement"),
          evidence.improvement,
          evidence.setImprovement
        )}
      </div>
    </>
  );
}
