import * as React from "react";
import {
  FluentProvider,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { t } from "../../strings";
import { SUBMITTED } from "../../workbook-format/format-names";
import { subItemsForItem, type SubItem } from "../../standard";
import { loadOperations, useScoringSession, type ScoringSession } from "../hooks/useScoringSession";
import type { OfficeServices } from "../services";
import { NewSheetForm } from "./NewSheetForm";
import { NoticeBar } from "./NoticeBar";
import { Notice } from "./primitives";
import { Tabs } from "./Tabs";

const loadGuide = () => import(/* webpackChunkName: "guide" */ "./MaturityGuide");
const loadStatus = () => import(/* webpackChunkName: "status" */ "./StatusPanel");
const MaturityGuide = React.lazy(() => loadGuide().then((m) => ({ default: m.MaturityGuide })));
const StatusPanel = React.lazy(() => loadStatus().then((m) => ({ default: m.StatusPanel })));
/** The secretariat's tab: loaded only when opened, so judges never download it. */
const SecretariatPanel = React.lazy(() =>
  import(/* webpackChunkName: "secretariat" */ "./SecretariatPanel").then((m) => ({
    default: m.SecretariatPanel,
  }))
);

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM, minHeight: "100vh", boxSizing: "border-box" },
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

type TabName = "new" | "guide" | "status" | "consolidate";

/** The sub-item whose row is selected on the active sheet, if any. */
function activeSubItem(session: ScoringSession): SubItem | undefined {
  const state = session.active;
  return state && session.activeCode
    ? subItemsForItem(session.standard, Number(state.item)).find(
        (s) => s.code === session.activeCode
      )
    : undefined;
}

/** 评分指引: the guide for the selected sub-item, or why there is none. */
function GuideTab({ session }: { session: ScoringSession }) {
  const state = session.active;
  const sub = activeSubItem(session);
  return sub && state ? (
    <MaturityGuide
      key={`${state.sheetName}|${sub.code}`}
      standard={session.standard}
      sub={sub}
      entry={state.entries[sub.code] ?? {}}
      readOnly={state.submission.status === SUBMITTED}
      busy={session.busy}
      onWrite={session.write}
      onNext={() => void session.nextUnscored()}
    />
  ) : (
    <p>{session.onScoringSheet || state ? t("guide.empty") : t("guide.notScoring")}</p>
  );
}

/** 状态 of the active sheet. */
function StatusTab({ session }: { session: ScoringSession }) {
  const state = session.active;
  return (
    <StatusPanel
      key={state?.sheetName ?? ""}
      standard={session.standard}
      state={state}
      invalid={session.invalid}
      busy={session.busy}
      onLocate={(sheet, address) => void session.locate(sheet, address)}
      onSubmit={() => void session.submit()}
      onReopen={() => void session.reopen()}
    />
  );
}

/** The pane's tab, brought to the guide when a sub-item's row is selected in the sheet. */
function useJudgeTab(activeCode: string | null) {
  const [tab, setTab] = React.useState<TabName>("new");
  React.useEffect(() => {
    performance.mark("mh-first-render");
    // Fetch what the other tabs need while the judge reads the first one.
    void Promise.all([loadOperations(), loadGuide(), loadStatus()]).catch(() => undefined);
  }, []);
  // Selecting a sub-item's row in the sheet brings the guide forward.
  React.useEffect(() => {
    if (activeCode) setTab("guide");
  }, [activeCode]);
  return [tab, setTab] as const;
}

/** The judge's task pane. */
export function App({ services }: { services: OfficeServices }) {
  const styles = useStyles();
  const session = useScoringSession(services);
  const [tab, setTab] = useJudgeTab(session.activeCode);
  return (
    <FluentProvider
      theme={services.theme === "dark" ? webDarkTheme : webLightTheme}
      className={styles.root}
    >
      <div className={styles.stack}>
        <h1 className={styles.title}>{t("pane.title")}</h1>
        {session.hostNotes.map((note) => (
          <Notice key={note} intent="warning">
            {note}
          </Notice>
        ))}
        <NoticeBar notice={session.notice} />
        <Tabs<TabName>
          tabs={[
            { value: "new", label: t("pane.tab.new") },
            { value: "guide", label: t("pane.tab.guide") },
            { value: "status", label: t("pane.tab.status") },
            { value: "consolidate", label: t("pane.tab.consolidate") },
          ]}
          selected={tab}
          onSelect={setTab}
        />
        {tab === "new" && (
          <NewSheetForm
            standard={session.standard}
            judge={session.judge}
            today={services.today()}
            busy={session.busy}
            onGenerate={session.generate}
            onOpen={(name) => void session.openSheet(name)}
          />
        )}
        <React.Suspense fallback={<p>{t("pane.loading")}</p>}>
          {tab === "guide" && <GuideTab session={session} />}
          {tab === "status" && <StatusTab session={session} />}
          {tab === "consolidate" && <SecretariatPanel services={services} />}
        </React.Suspense>
      </div>
    </FluentProvider>
  );
}
