import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { scoreForPercent, stepsInBand, type Standard, type SubItem } from "../../standard";
import { t } from "../../strings";

const useStyles = makeStyles({
  steps: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(4.5em, 1fr))",
    gap: tokens.spacingHorizontalXS,
    maxWidth: "32em",
  },
  step: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    cursor: "pointer",
  },
  chosen: {
    border: `2px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
    fontWeight: tokens.fontWeightSemibold,
    padding: `calc(${tokens.spacingVerticalXXS} - 1px) calc(${tokens.spacingHorizontalXS} - 1px)`,
  },
  points: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
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
      {stepsInBand(standard, standard.bands[band]).map((p) => {
        const points = scoreForPercent(sub, p);
        return (
          <button
            key={p}
            type="button"
            role="radio"
            aria-checked={p === percent}
            aria-label={t("guide.stepChoice", { percent: p, points })}
            tabIndex={-1}
            className={mergeClasses(styles.step, p === percent && styles.chosen)}
            onClick={() => onChoose(p)}
          >
            <span>{t("guide.stepPercent", { percent: p })}</span>
            <span className={styles.points}>{t("guide.stepPoints", { points })}</span>
          </button>
        );
      })}
    </div>
  );
}
