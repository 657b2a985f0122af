import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { scoreForPercent, stepsInBand, type Standard, type SubItem } from "../../standard";
import { t } from "../../strings";

const useStyles = makeStyles({
  steps: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  step: {
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    cursor: "pointer",
  },
  chosen: {
    border: `2px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
    fontWeight: tokens.fontWeightSemibold,
  },
});

interface Props {
  standard: Standard;
  sub: SubItem;
  band: number;
  percent: number;
  onChoose(percent: number): void;
}

/** The 5 % steps inside the chosen band, each with its points. */
export function StepList({ standard, sub, band, percent, onChoose }: Props) {
  const styles = useStyles();
  return (
    <div role="radiogroup" aria-label={t("guide.steps")} className={styles.steps}>
      {stepsInBand(standard, standard.bands[band]).map((p) => (
        <button
          key={p}
          type="button"
          role="radio"
          aria-checked={p === percent}
          tabIndex={-1}
          className={mergeClasses(styles.step, p === percent && styles.chosen)}
          onClick={() => onChoose(p)}
        >
          {t("guide.stepChoice", { percent: p, points: scoreForPercent(sub, p) })}
        </button>
      ))}
    </div>
  );
}
