import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { entryWarnings, type Standard, type SubItem } from "../../standard";
import { t } from "../../strings";
import { moveBand, moveStep, type GuideChoice } from "../guide-model";
import { useGuideState, type GuideStateDeps } from "../hooks/useGuideState";
import { EvidenceFields } from "./EvidenceFields";
import { ScoreChoice } from "./ScoreChoice";
import { SubItemHeading } from "./SubItemHeading";

const useStyles = makeStyles({
  guide: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalSNudge,
    outline: "none",
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  keys: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  warnings: {
    margin: 0,
    paddingLeft: "1.2em",
    color: tokens.colorPaletteDarkOrangeForeground1,
    fontSize: tokens.fontSizeBase200,
  },
});

/** The sub-item's warnings as the sheet's 提示 column has them (src/standard's rule). */
function EntryWarnings(props: { standard: Standard; sub: SubItem; entry: GuideProps["entry"] }) {
  const styles = useStyles();
  const warnings = entryWarnings(props.standard, props.sub, props.entry);
  if (warnings.length === 0) return null;
  return (
    <div role="region" aria-label={t("guide.warningsTitle")}>
      <Text weight="semibold" size={200}>
        {t("guide.warningsTitle")}
      </Text>
      <ul className={styles.warnings}>
        {warnings.map((w) => (
          <li key={w.code}>{w.message}</li>
        ))}
      </ul>
    </div>
  );
}

/** The guide's inputs: what its state needs (useGuideState), the way on to the next sub-item, and whether long criteria show whole. */
export interface GuideProps extends GuideStateDeps {
  onNext(): void;
  criteriaOpen?: boolean;
  onCriteriaOpen?(open: boolean): void;
}

/** ↑↓ band, ←→ step, Enter writes, Alt+N the next unscored sub-item. */
function guideKeys(g: {
  standard: Standard;
  choice: GuideChoice | null;
  readOnly: boolean;
  setChoice: (c: GuideChoice) => void;
  write: () => Promise<void>;
  onNext: () => void;
}) {
  return (e: React.KeyboardEvent) => {
    if (e.altKey && (e.key === "n" || e.key === "N")) {
      e.preventDefault();
      g.onNext();
      return;
    }
    const inText = (e.target as HTMLElement).tagName === "TEXTAREA";
    if (inText || g.readOnly) return;
    const moves: Record<string, () => GuideChoice> = {
      ArrowDown: () => moveBand(g.standard, g.choice, 1),
      ArrowUp: () => moveBand(g.standard, g.choice, -1),
      ArrowRight: () => moveStep(g.standard, g.choice, 1),
      ArrowLeft: () => moveStep(g.standard, g.choice, -1),
    };
    if (moves[e.key]) {
      e.preventDefault();
      g.setChoice(moves[e.key]());
    } else if (e.key === "Enter") {
      e.preventDefault();
      void g.write();
    }
  };
}

/** 评分指引: band, then a 5 % step inside it, then evidence; one key or click writes it to the sheet. */
export function MaturityGuide(props: GuideProps) {
  const { standard, sub, entry, readOnly, busy, onNext } = props;
  const styles = useStyles();
  const { choice, setChoice, writtenNow, write, ...evidence } = useGuideState(props);
  const onKeyDown = guideKeys({ standard, choice, readOnly, setChoice, write, onNext });
  return (
    <div
      className={styles.guide}
      tabIndex={0}
      onKeyDown={onKeyDown}
      aria-label={`${sub.code} ${sub.title}`}
      data-testid="guide"
    >
      <SubItemHeading
        sub={sub}
        entry={entry}
        criteriaOpen={props.criteriaOpen ?? false}
        onCriteriaOpen={(open) => props.onCriteriaOpen?.(open)}
      />
      {readOnly && <Text weight="semibold">{t("guide.finalized")}</Text>}
      <ScoreChoice standard={standard} sub={sub} choice={choice} setChoice={setChoice} />
      <EntryWarnings standard={standard} sub={sub} entry={entry} />
      <EvidenceFields evidence={evidence} readOnly={readOnly} />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={!choice || readOnly || busy}
          aria-keyshortcuts="Enter"
          onClick={() => void write()}
        >
          {t("guide.write")}
        </Button>
        <Button aria-keyshortcuts="Alt+N" onClick={onNext}>
          {t("guide.next")}
        </Button>
      </div>
      {writtenNow && (
        <Text role="status" size={200}>
          {writtenNow}
        </Text>
      )}
      <Text className={styles.keys}>{t("guide.keys")}</Text>
    </div>
  );
}
