import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { scoreForPercent, stepsInBand, type Standard, type SubItem } from "../../standard";
import { t } from "../../strings";

const useStyles = makeStyles({
  steps: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
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
        <Button
          key={p}
          size="small"
          role="radio"
          aria-checked={p === percent}
          appearance={p === percent ? "primary" : "secondary"}
          tabIndex={-1}
          onClick={() => onChoose(p)}
        >
          {`${p}%（${scoreForPercent(sub, p)}）`}
        </Button>
      ))}
    </div>
  );
}
