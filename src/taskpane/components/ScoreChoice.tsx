import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Standard, SubItem } from "../../standard";
import { t } from "../../strings";
import { pointsOf, type GuideChoice } from "../guide-model";
import { BandList } from "./BandList";
import { StepList } from "./StepList";

const useStyles = makeStyles({
  points: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightBold },
});

/** The guide's choice: a band, then (once one is chosen) a 5 % step inside it and its points. */
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
      <Text weight="semibold">{t("guide.bands")}</Text>
      <BandList
        standard={standard}
        sub={sub}
        chosen={choice?.band ?? null}
        onChoose={(band) => setChoice({ band, percent: standard.bands[band].min })}
      />
      {choice && (
        <>
          <Text weight="semibold">{t("guide.steps")}</Text>
          <StepList
            standard={standard}
            sub={sub}
            band={choice.band}
            percent={choice.percent}
            onChoose={(percent) => setChoice({ ...choice, percent })}
          />
          <div className={styles.points} aria-live="polite" data-testid="points">
            {t("guide.points", {
              percent: choice.percent,
              max: sub.max,
              points: pointsOf(sub, choice),
            })}
          </div>
        </>
      )}
    </>
  );
}
