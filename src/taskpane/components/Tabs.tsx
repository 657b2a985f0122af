import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
    background: "none",
    border: "none",
    borderBottom: "3px solid transparent",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    cursor: "pointer",
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `3px solid ${tokens.colorCompoundBrandStroke}`,
  },
});

interface Props<T extends string> {
  tabs: { value: T; label: string }[];
  selected: T;
  onSelect(value: T): void;
}

/** A tab list with the WAI-ARIA keyboard pattern (← → Home End), drawn with Fluent tokens. */
export function Tabs<T extends string>({ tabs, selected, onSelect }: Props<T>) {
  const s = useStyles();
  const refs = React.useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: React.KeyboardEvent, i: number) => {
    const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const j = (to + tabs.length) % tabs.length;
    onSelect(tabs[j].value);
    refs.current[j]?.focus();
  };
  return (
    <div role="tablist" className={s.list}>
      {tabs.map((tab, i) => (
        <button
          key={tab.value}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          aria-selected={tab.value === selected}
          tabIndex={tab.value === selected ? 0 : -1}
          className={mergeClasses(s.tab, tab.value === selected && s.selected)}
          onClick={() => onSelect(tab.value)}
          onKeyDown={(e) => onKeyDown(e, i)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
