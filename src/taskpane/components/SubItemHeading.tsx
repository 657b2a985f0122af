/**
 * The guide's head: the sub-item's code and title (and what the sheet holds for it), maximum and
 * kind, and its criteria. In a narrow pane long criteria show their first lines, whole on demand
 * (the choice is the pane's, kept from one sub-item to the next), so ①②③ stay in view.
 */
import * as React from "react";
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { KIND, type SubItem } from "../../standard";
import { t } from "../../strings";
import type { GuideEntry } from "../hooks/useGuideState";

const useStyles = makeStyles({
  titleRow: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  head: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  current: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  meta: { color: tokens.colorNeutralForeground3, display: "block" },
  criteria: {
    margin: 0,
    paddingLeft: "1.2em",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  clamped: {
    "@container (max-width: 599px)": {
      maxHeight: `calc(3 * ${tokens.lineHeightBase200})`,
      overflow: "hidden",
    },
  },
  faded: {
    "@container (max-width: 599px)": {
      maskImage: "linear-gradient(to bottom, #000 45%, transparent)",
    },
  },
  toggle: {
    alignSelf: "flex-start",
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorBrandForegroundLink,
    background: "none",
    border: "none",
    padding: 0,
    cursor: "pointer",
    textDecoration: "underline",
  },
});

/** 当前分值: the score the sheet holds now, or that it holds none. */
function currentText(entry: GuideEntry): string {
  return entry.score === null || entry.score === undefined
    ? t("guide.currentNone")
    : t("guide.current", { score: String(entry.score) });
}

/** Whether the element's content is taller than the element (re-checked when the window resizes). */
function useOverflows(ref: React.RefObject<HTMLElement>, open: boolean): boolean {
  const [overflows, setOverflows] = React.useState(false);
  React.useLayoutEffect(() => {
    const check = () => {
      const el = ref.current;
      setOverflows(!!el && el.scrollHeight > el.clientHeight + 1);
    };
    check();
    window.addEventListener("resize", check);
    return () => window.removeEventListener("resize", check);
  }, [ref, open]);
  return overflows;
}

export function SubItemHeading(props: {
  sub: SubItem;
  entry: GuideEntry;
  criteriaOpen: boolean;
  onCriteriaOpen(open: boolean): void;
}) {
  const { sub, entry, criteriaOpen } = props;
  const styles = useStyles();
  const list = React.useRef<HTMLUListElement>(null);
  const overflows = useOverflows(list, criteriaOpen);
  const kind = t(sub.kind === KIND.results ? "guide.kind.results" : "guide.kind.process");
  return (
    <>
      <div>
        <div className={styles.titleRow}>
          <span className={styles.head}>{`${sub.code} ${sub.title}`}</span>
          <span className={styles.current}>{currentText(entry)}</span>
        </div>
        <Text size={200} className={styles.meta}>
          {`${t("guide.max", { max: sub.max })} · ${kind}`}
        </Text>
      </div>
      <ul
        ref={list}
        className={mergeClasses(
          styles.criteria,
          !criteriaOpen && styles.clamped,
          !criteriaOpen && overflows && styles.faded
        )}
        aria-label={t("guide.criteria")}
        data-testid="criteria"
      >
        {sub.criteria.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      {(criteriaOpen || overflows) && (
        <button
          type="button"
          className={styles.toggle}
          aria-expanded={criteriaOpen}
          onClick={() => props.onCriteriaOpen(!criteriaOpen)}
        >
          {t(criteriaOpen ? "guide.criteriaFewer" : "guide.criteriaAll")}
        </button>
      )}
    </>
  );
}
