import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Standard, SubItem } from "../../standard";
import { t } from "../../strings";
import { pointsOf, type GuideChoice } from "../guide-model";
import { BandList } from "./BandList";
import { StepList } from "./StepList";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  stepHead: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalM,
  },
  points: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightBold },
  pending: { color: tokens.colorNeutralForeground3 },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/**
 * The guide's choice, steps ① and ② (③ is the evidence): a band, then a 5 % step inside it and its
 * points. ② is there from the start, saying it waits for ①.
 */
export function ScoreChoice(props: {
  standard: Standard;
  sub: SubItem;
  choice: GuideChoice | null;
  setChoice: (c: GuideChoice) => void;
}) {
  const styles = useStyles();
  const { standard, sub, choice, setChoice } = props;
  return (
    <>
      <div className={styles.section}>
        <BandList
          standard={standard}
          sub={sub}
          chosen={choice?.band ?? null}
          onChoose={(band) => setChoice({ band, percent: standard.bands[band].min })}
        />
      </div>
      <div className={styles.section}>
        <div className={styles.stepHead}>
          <Text weight="semibold" className={choice ? undefined : styles.pending}>
            {t("guide.steps")}
          </Text>
          {choice && (
            <span className={styles.points} aria-live="polite" data-testid="points">
              {t("guide.points", {
                percent: choice.percent,
                max: sub.max,
                points: pointsOf(sub, choice),
              })}
            </span>
          )}
        </div>
        {choice ? (
          <StepList
            standard={standard}
            sub={sub}
            band={choice.band}
            percent={choice.percent}
            onChoose={(percent) => setChoice({ ...choice, percent })}
          />
        ) : (
          <Text className={styles.hint} data-testid="steps-waiting">
            {t("guide.stepsWaiting")}
          </Text>
        )}
      </div>
    </>
  );
}
