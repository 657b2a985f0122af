/**
 * The roster workbook (名册, docs/roster-format.md) as sheet plans: 说明, 轮次, 申报, 评委, 回避 and
 * 分配, with their header rows, an item list on 申报单项, and A4 print setup. Empty for
 * `mhscore roster`; filled from a round and an assignment for the copy `mhscore distribute`
 * writes beside the workbooks when it made the assignment itself.
 */
import { a4Print, address, FORMATS, SheetBuilder, type SheetPlan } from "../../sheet-kit";
import {
  ROSTER_HEADERS as H,
  ROSTER_SHEETS as S,
  ROUND_KEYS,
  type Assignment,
  type Round,
} from "../../round";
import type { Standard } from "../../standard";
import { t } from "../../strings";
import { withStandard } from "../standard-name";

/** Rows offered for typing (validation and print area) in an empty roster. */
const EMPTY_ROWS = 200;
/** Where 轮次 keeps 通过线比例 (its second row). */
const PASS_CELL = "B3";

/** A roster sheet: its header row and rows; `plan()` builds it once any guards are added to `b`. */
function table(
  name: string,
  heads: string[],
  rows: (string | number | null)[][],
  widths: number[],
  /** Number formats of cells that hold numbers (others are text-formatted). */
  formats: Record<string, string> = {}
): { b: SheetBuilder; plan(): SheetPlan } {
  const b = new SheetBuilder(name);
  heads.forEach((h, i) => b.value(address(i + 1, 1), h, "header"));
  rows.forEach((r, k) =>
    r.forEach((v, i) => {
      const at = address(i + 1, k + 2);
      if (formats[at]) b.value(at, v, "text", formats[at]);
      else b.text(at, v);
    })
  );
  const last = Math.max(rows.length + 1, 30);
  const plan = () =>
    b.build({
      columns: widths,
      freezeRows: 1,
      print: a4Print(
        widths.length > 6 ? "landscape" : "portrait",
        `A1:${address(widths.length, last)}`,
        [1, 1]
      ),
    });
  return { b, plan };
}

function instructions(standard: Standard): SheetPlan {
  const b = new SheetBuilder(t("rosterSheet.instructionsName"));
  b.value("A1", t("rosterSheet.title"), "tableTitle");
  b.merge("A1:B1");
  const items = standard.parts
    .filter((p) => p.role === "item")
    .map((p) => `${p.number}. ${p.title}`)
    .join(t("sep.list"));
  const lines: [string, string][] = [
    [S.round, t("rosterSheet.howRound")],
    [S.applications, t("rosterSheet.howApplications", { items })],
    [S.judges, t("rosterSheet.howJudges")],
    [S.conflicts, t("rosterSheet.howConflicts")],
    [S.grid, t("rosterSheet.howGrid")],
    ["", t("rosterSheet.howNext")],
  ];
  lines.forEach(([sheet, text], i) => {
    b.value(`A${i + 3}`, sheet, "guideLabel");
    b.value(`B${i + 3}`, text, "guideText");
  });
  return b.build({
    columns: [12, 78],
    print: a4Print("portrait", `A1:B${lines.length + 2}`, [1, 1]),
  });
}

/** Ids typed in column A must be unique (the roster check reports duplicates too). */
function uniqueIds(b: SheetBuilder, lastRow: number): void {
  b.validate({
    address: `A2:A${lastRow}`,
    kind: "custom",
    formula: `=COUNTIF($A$2:$A$${lastRow},A2)=1`,
    alertStyle: "stop",
    promptTitle: t("rosterSheet.idTitle"),
    prompt: t("rosterSheet.idPrompt"),
    errorTitle: t("rosterSheet.idTitle"),
    error: t("rosterSheet.idError"),
  });
}

/** The item choices of 申报单项 ("2. 研发创新"). */
const itemChoices = (standard: Standard) =>
  standard.parts.filter((p) => p.role === "item").map((p) => `${p.number}. ${p.title}`);

/** 轮次: name, 通过线比例 (a percentage cell with its prompt) and date. */
function roundInfo(standard: Standard, r?: Round) {
  const info = table(
    S.round,
    [H.round.key, H.round.value],
    [
      [ROUND_KEYS.name, r?.name ?? ""],
      [ROUND_KEYS.passRatio, r?.passRatio ?? standard.passRatio],
      [ROUND_KEYS.date, r?.date ?? ""],
    ],
    [16, 60],
    // 通过线比例 is a percentage: typing 60% gives a number the roster check reads.
    { [PASS_CELL]: FORMATS.percent }
  );
  info.b.validate({
    address: PASS_CELL,
    kind: "decimal",
    min: 0,
    max: 1,
    // Information only: the roster check decides, and reads a bare 60 as 60 % too.
    alertStyle: "information",
    promptTitle: t("rosterSheet.passTitle"),
    prompt: t("rosterSheet.passPrompt"),
    errorTitle: t("rosterSheet.passTitle"),
    error: t("rosterSheet.passError"),
  });
  return info;
}

export function rosterWorkbook(
  standard: Standard,
  round?: Round,
  assignments?: Assignment[]
): SheetPlan[] {
  const r = round;
  const info = roundInfo(standard, r);
  const h = H.applications;
  const apps = table(
    S.applications,
    [h.id, h.applicant, h.item],
    (r?.applications ?? []).map((a) => [a.id, a.applicant, itemChoices(standard)[a.item - 1]]),
    [10, 40, 18]
  );
  const lastRow = Math.max((r?.applications.length ?? 0) + 1, EMPTY_ROWS);
  apps.b.validate({
    address: `C2:C${lastRow}`,
    kind: "list",
    items: itemChoices(standard),
    // A warning, not a stop: a number (2) or a bare name (研发创新) is fine too.
    alertStyle: "warning",
    promptTitle: h.item,
    prompt: t("rosterSheet.itemPrompt"),
    errorTitle: h.item,
    error: t("rosterSheet.itemError"),
  });
  uniqueIds(apps.b, lastRow);
  const judges = table(
    S.judges,
    [H.judges.id, H.judges.name, H.judges.unit],
    (r?.judges ?? []).map((j) => [j.id, j.name, j.unit]),
    [10, 16, 40]
  );
  uniqueIds(judges.b, Math.max((r?.judges.length ?? 0) + 1, EMPTY_ROWS));
  const conflicts = table(
    S.conflicts,
    [H.conflicts.applicationId, H.conflicts.judgeId, H.conflicts.reason],
    (r?.conflicts ?? []).map((c) => [c.applicationId, c.judgeId, c.reason]),
    [12, 12, 50]
  );
  const judgeIds = r?.judges.map((j) => j.id) ?? [];
  const pairs = new Set((assignments ?? []).map((a) => `${a.applicationId}\u0000${a.judgeId}`));
  const gridRows = (r?.applications ?? []).map((a) => [
    a.id,
    a.applicant,
    itemChoices(standard)[a.item - 1],
    ...judgeIds.map((j) => (pairs.has(`${a.id}\u0000${j}`) ? "√" : null)),
  ]);
  const grid = table(
    S.grid,
    [H.grid.applicationId, H.grid.applicant, H.grid.item, ...judgeIds],
    gridRows,
    [12, 30, 16, ...judgeIds.map(() => 6)]
  );
  return [
    instructions(standard),
    info.plan(),
    apps.plan(),
    judges.plan(),
    conflicts.plan(),
    grid.plan(),
  ].map((plan) => withStandard(plan, standard));
}
