import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { rosterAssignments, type Round, type RosterProblem } from "../../round";
import type { Standard } from "../../standard";
import { t } from "../../strings";
import type { RoundState } from "../hooks/useRound";
import { ActionButton as Button, Notice } from "./primitives";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  facts: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  problems: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    maxHeight: "14em",
    overflowY: "auto",
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

const SHOWN_PROBLEMS = 30;

function byItem(standard: Standard, round: Round): string {
  return standard.parts
    .filter((part) => part.role === "item")
    .map((part) => ({
      name: part.title,
      count: round.applications.filter((a) => a.item === part.number).length,
    }))
    .filter((x) => x.count > 0)
    .map((x) => t("pane.round.byItem", x))
    .join(t("sep.list"));
}

/** What the roster says: name, pass line, date, applications by item, judges, 回避, assignment. */
function RoundFacts({ round, standard }: { round: Round; standard: Standard }) {
  const s = useStyles();
  const pairs = rosterAssignments(round).length;
  return (
    <>
      <strong data-testid="round-name">{t("pane.round.name", { name: round.name })}</strong>
      <ul className={s.facts} data-testid="round-facts">
        <li>
          {t("pane.round.facts", {
            pass: Math.round(round.passRatio * 1000) / 10,
            date: round.date || t("pane.round.noDate"),
          })}
        </li>
        <li>
          {t("pane.round.applications", {
            count: round.applications.length,
            byItem: byItem(standard, round),
          })}
        </li>
        <li>
          {t("pane.round.judges", {
            count: round.judges.length,
            conflicts: round.conflicts.length,
          })}
        </li>
        <li>{round.grid ? t("pane.round.grid", { pairs }) : t("pane.round.noGrid", { pairs })}</li>
      </ul>
    </>
  );
}

function RosterProblems({
  problems,
  onLocate,
}: {
  problems: RosterProblem[];
  onLocate: (sheet: string, cell: string) => void;
}) {
  const s = useStyles();
  return (
    <Notice intent="error">
      {t("pane.round.problems", { count: problems.length })}
      <ul className={s.problems}>
        {problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
          <li key={i}>
            {t("pane.round.problem", {
              where: p.cell ? `${p.sheet}!${p.cell}` : p.sheet,
              message: p.message,
            })}{" "}
            <Button appearance="subtle" onClick={() => onLocate(p.sheet, p.cell)}>
              {t("pane.round.locate")}
            </Button>
          </li>
        ))}
      </ul>
      {problems.length > SHOWN_PROBLEMS &&
        t("pane.round.more", { count: problems.length - SHOWN_PROBLEMS })}
    </Notice>
  );
}

interface Props {
  state: RoundState;
  /** The standard of the round context (the items' names). */
  standard: Standard;
  onReload: () => void;
  onNewRoster: () => void;
  onLocate: (sheet: string, cell: string) => void;
}

/** 本轮名册: the round read from the open workbook, or what keeps it from being read. */
export function RoundSection({ state, standard, onReload, onNewRoster, onLocate }: Props) {
  const s = useStyles();
  return (
    <section className={s.section} data-testid="round">
      <h2 className={s.heading}>{t("pane.round.title")}</h2>
      {state.phase === "reading" && !state.round && (
        <div role="status">{t("pane.round.reading")}</div>
      )}
      {(state.phase === "ready" || state.phase === "reading") && state.round && (
        <RoundFacts round={state.round} standard={standard} />
      )}
      {state.phase === "problems" && (
        <RosterProblems problems={state.problems} onLocate={onLocate} />
      )}
      {state.phase === "error" && <Notice intent="error">{state.text}</Notice>}
      {state.phase === "none" && (
        <>
          <p style={{ margin: 0 }}>{t("pane.round.none")}</p>
          {state.note && <Notice intent="success">{state.note}</Notice>}
        </>
      )}
      <div className={s.actions}>
        <Button onClick={onReload} disabled={state.phase === "reading"}>
          {t("pane.round.reload")}
        </Button>
        {state.phase === "none" && !state.note && (
          <Button onClick={onNewRoster}>{t("pane.round.newRoster")}</Button>
        )}
      </div>
    </section>
  );
}
