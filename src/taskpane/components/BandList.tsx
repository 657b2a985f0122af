import * as React from "react";
import { makeStyles, tokens, mergeClasses } from "@fluentui/react-components";
import { KIND, type Standard, type SubItem } from "../../standard";
import { t } from "../../strings";
import { bandLabel } from "../guide-model";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  band: {
    textAlign: "left",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    fontSize: tokens.fontSizeBase200,
  },
  chosen: {
    border: `2px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  title: { fontWeight: tokens.fontWeightSemibold, display: "block" },
});

interface Props {
  standard: Standard;
  sub: SubItem;
  chosen: number | null;
  onChoose(band: number): void;
}

/** The six maturity bands, described for the sub-item's kind (过程 or 结果). */
export function BandList({ standard, sub, chosen, onChoose }: Props) {
  const styles = useStyles();
  return (
    <div role="radiogroup" aria-label={t("guide.bands")} className={styles.list}>
      {standard.bands.map((b, i) => (
        <button
          key={b.min}
          type="button"
          role="radio"
          aria-checked={chosen === i}
          tabIndex={-1}
          className={mergeClasses(styles.band, chosen === i && styles.chosen)}
          onClick={() => onChoose(i)}
        >
          <span className={styles.title}>{bandLabel(standard, i)}</span>
          {sub.kind === KIND.results ? b.results : b.process}
        </button>
      ))}
    </div>
  );
}
