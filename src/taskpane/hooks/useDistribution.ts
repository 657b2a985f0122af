/**
 * The secretariat's distribution in the pane: the distribute use case over the open roster, the
 * tool's assignment (when asked) recorded in the roster's 分配 sheet, each judge's workbook written
 * to .xlsx in the browser, then handed over — one .zip download, or one new Excel workbook each.
 */
import { useCallback, useState } from "react";
import { writeGridSheet } from "../../workflows/open-workbook/write-sheets";
import { ROSTER_SHEETS, type Round } from "../../round";
import { rosterWorkbook } from "../../judge-sheets/roster";
import { rosterAssignments } from "../../round";
import { t } from "../../strings";
import { resolveRoundContext } from "../../workflows/round-context";
import { distributeRound, safeFileName, type JudgeWorkbook } from "../../workflows/distribute";
import type { HostFiles } from "../host-files";
import type { OfficeServices } from "../services";

export type DeliveryMode = "download" | "workbooks";

export type DistributionState =
  | { phase: "idle" }
  | { phase: "building"; done: number; total: number; file: string }
  | { phase: "done"; intent: "success" | "warning" | "error"; lines: string[] };

const loadWriters = () => import(/* webpackChunkName: "file-writers" */ "../file-writers");

/** A positive whole number of judges, undefined for blank, or null when the text is no such number. */
export function parsePerApplication(text: string): number | undefined | null {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  return /^[1-9]\d*$/.test(trimmed) ? Number(trimmed) : null;
}

const list = (names: string[]) => names.join(t("sep.list"));
const sheetCount = (workbooks: JudgeWorkbook[]) =>
  workbooks.reduce((n, w) => n + w.applications.length, 0);

/** Opens each file as a new workbook; the message of the first failure, if any. */
async function openEach(files: { name: string; bytes: Uint8Array }[], host: HostFiles) {
  for (const [i, f] of files.entries()) {
    try {
      await host.openWorkbook(f.bytes);
    } catch (e) {
      const message = (e as Error)?.message ?? String(e);
      return t("pane.dist.openFailed", { index: i + 1, file: f.name, message, done: i });
    }
  }
  return null;
}

export function useDistribution(services: OfficeServices, onAssigned: () => void) {
  const [state, setState] = useState<DistributionState>({ phase: "idle" });
  const finish = (intent: "success" | "warning" | "error", lines: string[]) =>
    setState({ phase: "done", intent, lines });

  /** Each judge's workbook as .xlsx bytes, with progress. */
  const build = async (workbooks: JudgeWorkbook[]) => {
    const { writeWorkbook } = await loadWriters();
    const files: { name: string; bytes: Uint8Array }[] = [];
    for (const [i, w] of workbooks.entries()) {
      setState({ phase: "building", done: i, total: workbooks.length, file: w.fileName });
      files.push({ name: w.fileName, bytes: await writeWorkbook(w.plans) });
    }
    return files;
  };

  const start = useCallback(
    async (round: Round, perText: string, mode: DeliveryMode) => {
      const perApplication = parsePerApplication(perText);
      if (perApplication === null)
        return finish("error", [t("pane.dist.badPer", { value: perText.trim() })]);
      try {
        const date = round.date || services.today();
        const roster = { round, assignments: rosterAssignments(round) };
        const context = resolveRoundContext({ standard: services.context.standard, roster });
        if (!context.ok) return finish("error", [context.message]);
        const distribution = distributeRound(
          { ...context.value, roster },
          { perApplication, date }
        );
        if (!distribution.ok)
          return finish("error", [
            t("pane.dist.problems"),
            ...distribution.problems.map((p) =>
              t("pane.round.problem", { where: `${p.sheet}!${p.cell}`, message: p.message })
            ),
          ]);
        const lines: string[] = [];
        if (distribution.assignedByTool) {
          const grid = rosterWorkbook(context.value.standard, round, distribution.pairs).find(
            (p) => p.sheetName === ROSTER_SHEETS.grid
          )!;
          await writeGridSheet(services.workbook, grid);
          lines.push(t("pane.dist.gridWritten", { sheet: ROSTER_SHEETS.grid }));
          onAssigned();
        }
        const { workbooks } = distribution;
        const files = await build(workbooks);
        const counts = { judges: workbooks.length, sheets: sheetCount(workbooks) };
        if (mode === "download") {
          const { zipFiles } = await loadWriters();
          const file = safeFileName(t("pane.dist.zipName", { round: round.name }));
          services.files.download(file, await zipFiles(files), "application/zip");
          lines.unshift(
            t("pane.dist.downloaded", { ...counts, file, files: list(files.map((f) => f.name)) })
          );
          return finish("success", lines);
        }
        const failed = await openEach(files, services.files);
        if (failed) return finish("error", [failed, ...lines]);
        lines.unshift(t("pane.dist.opened", { ...counts, files: list(files.map((f) => f.name)) }));
        finish("success", lines);
      } catch (e) {
        finish("error", [t("pane.unexpected", { message: (e as Error)?.message ?? String(e) })]);
      }
    },
    [services, onAssigned]
  );

  return { state, start };
}
