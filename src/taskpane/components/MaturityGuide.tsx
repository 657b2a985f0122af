import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CellValue } from "../../sheet-kit";
import { entryWarnings, KIND, type Standard, type SubItem } from "../../standard";
import { t } from "../../strings";
import type { EntryUpdate } from "../../workflows/judge-sheet/write-entry";
import {
  bandLabel,
  choiceForScore,
  moveBand,
  moveStep,
  pointsOf,
  type GuideChoice,
} from "../guide-model";
import { BandList } from "./BandList";
import { StepList } from "./StepList";
import { LabeledField, useControlClass } from "./primitives";

const useStyles = makeStyles({
  guide: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    outline: "none",
  },
  head: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  meta: { color: tokens.colorNeutralForeground3 },
  criteria: { margin: 0, paddingLeft: "1.2em", fontSize: tokens.fontSizeBase200 },
  points: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightBold },
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

/** What "已写入" reports, kept with what was written: it shows only while the sheet still holds it. */
interface Written {
  text: string;
  score: CellValue;
  maturity: CellValue;
}

export interface GuideProps {
  standard: Standard;
  sub: SubItem;
  entry: Partial<Record<"score" | "maturity" | "strength" | "improvement", CellValue>>;
  readOnly: boolean;
  busy: boolean;
  onWrite(code: string, update: EntryUpdate): Promise<boolean | undefined>;
  onNext(): void;
}

const text = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v));

/** The sub-item's code, title, maximum, kind and criterion text. */
function SubItemHeading({ sub }: { sub: SubItem }) {
  const styles = useStyles();
  const kind = t(sub.kind === KIND.results ? "guide.kind.results" : "guide.kind.process");
  return (
    <>
      <div>
        <div className={styles.head}>{`${sub.code} ${sub.title}`}</div>
        <Text size={200} className={styles.meta}>
          {`${t("guide.max", { max: sub.max })} · ${kind}`}
        </Text>
      </div>
      <ul className={styles.criteria} aria-label={t("guide.criteria")}>
        {sub.criteria.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </>
  );
}

function CommentField(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  readOnly: boolean;
}) {
  const control = useControlClass();
  return (
    <LabeledField label={props.label}>
      {(id) => (
        <textarea
          id={id}
          className={control}
          rows={2}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          disabled={props.readOnly}
        />
      )}
    </LabeledField>
  );
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
export function MaturityGuide({
  standard,
  sub,
  entry,
  readOnly,
  busy,
  onWrite,
  onNext,
}: GuideProps) {
  const styles = useStyles();
  const [choice, setChoice] = React.useState<GuideChoice | null>(() =>
    choiceForScore(standard, sub, entry.score)
  );
  const [strength, setStrength] = React.useState(text(entry.strength));
  const [improvement, setImprovement] = React.useState(text(entry.improvement));
  const [written, setWritten] = React.useState<Written | null>(null);
  // Follow the sheet: another sub-item, or a score typed directly in the cell.
  React.useEffect(
    () => setChoice(choiceForScore(standard, sub, entry.score)),
    [standard, sub, entry.score]
  );
  React.useEffect(() => {
    setStrength(text(entry.strength));
    setImprovement(text(entry.improvement));
  }, [sub, entry.strength, entry.improvement]);
  const writtenNow =
    written && written.score === entry.score && written.maturity === entry.maturity
      ? written.text
      : "";

  const write = async () => {
    if (!choice || readOnly || busy) return;
    const points = pointsOf(sub, choice);
    const maturity = bandLabel(standard, choice.band);
    const ok = await onWrite(sub.code, { score: points, maturity, strength, improvement });
    if (ok)
      setWritten({
        text: t("guide.written", { code: sub.code, points, band: maturity }),
        score: points,
        maturity,
      });
  };

  const onKeyDown = guideKeys({ standard, choice, readOnly, setChoice, write, onNext });

  const current =
    entry.score === null || entry.score === undefined
      ? t("guide.currentNone")
      : t("guide.current", { score: String(entry.score) });
  return (
    <div
      className={styles.guide}
      tabIndex={0}
      onKeyDown={onKeyDown}
      aria-label={`${sub.code} ${sub.title}`}
      data-testid="guide"
    >
      <SubItemHeading sub={sub} />
      {readOnly && <Text weight="semibold">{t("guide.finalized")}</Text>}
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
      <Text size={200}>{current}</Text>
      <EntryWarnings standard={standard} sub={sub} entry={entry} />
      <CommentField
        label={t("guide.strength")}
        value={strength}
        onChange={setStrength}
        readOnly={readOnly}
      />
      <CommentField
        label={t("guide.improvement")}
        value={improvement}
        onChange={setImprovement}
        readOnly={readOnly}
      />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={!choice || readOnly || busy}
          onClick={() => void write()}
        >
          {t("guide.write")}
        </Button>
        <Button onClick={onNext}>{t("guide.next")}</Button>
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
