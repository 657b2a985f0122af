/**
 * The six maturity bands, described for the sub-item's kind (过程 or 结果). In a narrow pane they
 * are a compact grid of range and name, with the chosen band's description below it and every
 * description on demand; from 600 px wide each band shows its description beside its name.
 */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { KIND, type Standard, type SubItem } from "../../standard";
import { t } from "../../strings";
import { bandLabel } from "../guide-model";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalXS,
    "@container (min-width: 600px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  listAll: { gridTemplateColumns: "minmax(0, 1fr)" },
  band: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    textAlign: "left",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    // "第3档 30–45% 早期系统化" whole in half of a 350 px pane: a small font, little padding.
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase200,
    "@container (min-width: 600px)": {
      gridTemplateColumns: "13em minmax(0, 1fr)",
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    },
  },
  chosen: {
    border: `2px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
    padding: `calc(${tokens.spacingVerticalXXS} - 1px) calc(${tokens.spacingHorizontalXS} - 1px)`,
    "@container (min-width: 600px)": {
      padding: `calc(${tokens.spacingVerticalXXS} - 1px) calc(${tokens.spacingHorizontalS} - 1px)`,
    },
  },
  label: { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
  labelChosen: { fontWeight: tokens.fontWeightSemibold },
  description: { display: "none", "@container (min-width: 600px)": { display: "block" } },
  descriptionShown: { display: "block", fontSize: tokens.fontSizeBase200 },
  headRow: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  heading: { fontWeight: tokens.fontWeightSemibold },
  below: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    "@container (min-width: 600px)": { display: "none" },
  },
  toggle: {
    flexShrink: 0,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorBrandForegroundLink,
    background: "none",
    border: "none",
    padding: 0,
    cursor: "pointer",
    textDecoration: "underline",
    "@container (min-width: 600px)": { display: "none" },
  },
});

interface Props {
  standard: Standard;
  sub: SubItem;
  chosen: number | null;
  onChoose(band: number): void;
}

/** ①'s heading, with every description on demand in a narrow pane. */
function BandsHeading(props: { all: boolean; onToggle(): void }) {
  const styles = useStyles();
  return (
    <div className={styles.headRow}>
      <span className={styles.heading}>{t("guide.bands")}</span>
      <button
        type="button"
        className={styles.toggle}
        aria-expanded={props.all}
        onClick={props.onToggle}
      >
        {t(props.all ? "guide.bandsFewer" : "guide.bandsAll")}
      </button>
    </div>
  );
}

export function BandList({ standard, sub, chosen, onChoose }: Props) {
  const styles = useStyles();
  const [all, setAll] = React.useState(false);
  const describedId = React.useId();
  const describe = (i: number) =>
    sub.kind === KIND.results ? standard.bands[i].results : standard.bands[i].process;
  const below =
    chosen === null
      ? t("guide.bandHint")
      : t("guide.bandDescription", { band: bandLabel(standard, chosen), text: describe(chosen) });
  return (
    <>
      <BandsHeading all={all} onToggle={() => setAll(!all)} />
      <div
        role="radiogroup"
        aria-label={t("guide.bands")}
        className={mergeClasses(styles.list, all && styles.listAll)}
      >
        {standard.bands.map((b, i) => (
          <button
            key={b.min}
            type="button"
            role="radio"
            aria-checked={chosen === i}
            aria-describedby={chosen === i ? describedId : undefined}
            tabIndex={-1}
            className={mergeClasses(styles.band, chosen === i && styles.chosen)}
            onClick={() => onChoose(i)}
          >
            <span className={mergeClasses(styles.label, chosen === i && styles.labelChosen)}>
              {bandLabel(standard, i)}
            </span>
            <span className={mergeClasses(styles.description, all && styles.descriptionShown)}>
              {describe(i)}
            </span>
          </button>
        ))}
      </div>
      {!all && (
        <div id={describedId} className={styles.below} data-testid="band-description">
          {below}
        </div>
      )}
    </>
  );
}
