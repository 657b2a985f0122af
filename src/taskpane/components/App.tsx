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
  root: {
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
    // The bands and criteria lay out by the pane's own width (not the window's): the try-it page
    // shows the pane in a column of a wide window. Browsers without container queries keep the
    // narrow band grid (it works at any width) and show long criteria whole.
    containerType: "inline-size",
  },
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

/** 评分指引: the guide for the selected sub-item, or why there is none; long criteria whole or not, as last chosen. */
function GuideTab(props: {
  session: ScoringSession;
  criteriaOpen: boolean;
  onCriteriaOpen(open: boolean): void;
}) {
  const { session } = props;
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
      criteriaOpen={props.criteriaOpen}
      onCriteriaOpen={props.onCriteriaOpen}
    />
  ) : (
    <p>{session.onScoringSheet || state ? t("guide.empty") : t("guide.notScoring")}</p>
  );
}

/** 状态 of the active sheet, and how far the workbook's other scoring sheets are (re-read when it opens). */
function StatusTab(props: {
  session: ScoringSession;
  passRatio: number;
  onConfirming(open: boolean): void;
}) {
  const { session, passRatio } = props;
  const state = session.active;
  const { refreshStatus, reportError } = session;
  React.useEffect(() => {
    void refreshStatus().catch(reportError);
  }, [refreshStatus, reportError, state?.sheetName]);
  return (
    <StatusPanel
      standard={session.standard}
      passRatio={passRatio}
      state={state}
      sheets={session.sheets}
      invalid={session.invalid}
      busy={session.busy}
      confirmSubmit={session.confirmSubmit}
      onLocate={(sheet, address) => void session.locate(sheet, address)}
      onOpen={(sheet) => void session.openSheet(sheet)}
      onSubmit={async (stopConfirming) => {
        if (stopConfirming) await session.setConfirmSubmit(false);
        await session.submit();
      }}
      onConfirmAgain={() => void session.setConfirmSubmit(true)}
      onReopen={() => void session.reopen()}
      onConfirming={props.onConfirming}
    />
  );
}

/**
 * The pane's tab, brought to the guide when a sub-item's row is selected in the sheet — except
 * while 状态 asks to confirm 提交评分 (the confirmation stays until answered).
 */
function useJudgeTab(activeCode: string | null) {
  const [tab, setTab] = React.useState<TabName>("new");
  const confirming = React.useRef(false);
  const onConfirming = React.useCallback((open: boolean) => {
    confirming.current = open;
  }, []);
  React.useEffect(() => {
    performance.mark("mh-first-render");
    // Fetch what the other tabs need while the judge reads the first one.
    void Promise.all([loadOperations(), loadGuide(), loadStatus()]).catch(() => undefined);
  }, []);
  // Selecting a sub-item's row in the sheet brings the guide forward.
  React.useEffect(() => {
    if (activeCode && !confirming.current) setTab("guide");
  }, [activeCode]);
  return { tab, setTab, onConfirming };
}

/** The judge's task pane. */
export function App({ services }: { services: OfficeServices }) {
  const styles = useStyles();
  const session = useScoringSession(services);
  const { tab, setTab, onConfirming } = useJudgeTab(session.activeCode);
  const [criteriaOpen, setCriteriaOpen] = React.useState(false);
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
          {tab === "guide" && (
            <GuideTab
              session={session}
              criteriaOpen={criteriaOpen}
              onCriteriaOpen={setCriteriaOpen}
            />
          )}
          {tab === "status" && (
            <StatusTab
              session={session}
              passRatio={services.context.passRatio}
              onConfirming={onConfirming}
            />
          )}
          {tab === "consolidate" && <SecretariatPanel services={services} />}
        </React.Suspense>
      </div>
    </FluentProvider>
  );
}
