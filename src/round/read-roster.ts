/**
 * From the roster's tables (as a host read them) to a Round — or every problem, each with its
 * sheet, cell and a zh-CN message. Nothing is guessed: a roster with any problem gives no round.
 */
import type { CellValue } from "../sheet-kit/plan-types";
import { rosterCellOf, rosterText } from "./roster-table";
import { isoDateToSerial, serialToIsoDate } from "../sheet-kit/excel-date";
import { pushAll } from "../sheet-kit/many";
import {
  itemFromText,
  itemHint,
  itemNumbers,
  passRatioOf,
  standardTag,
  type Standard,
} from "../standard";
import { t } from "../strings";
import { coverageProblems } from "./assign";
import { readStages } from "./read-stages";
import { parsePassRatio } from "./pass-ratio";
import {
  ROSTER_HEADERS as H,
  ROSTER_SHEETS as S,
  ROUND_KEYS,
  STAGE_RULE_WORDS,
  type RosterTable,
  type RosterTables,
} from "./roster-format";
import type { Application, Assignment, Conflict, Judge, Round, RosterProblem } from "./types";

export type RosterRead = { ok: true; round: Round } | { ok: false; problems: RosterProblem[] };

/** An id as written: a number (1, as Excel may store it) or trimmed text. */
export function idOf(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  return String(v).trim();
}

const text = rosterText;

class Problems {
  readonly list: RosterProblem[] = [];
  add(sheet: string, cell: string, message: string): void {
    this.list.push({ sheet, cell, message });
  }
}

const cellOf = rosterCellOf;

/** The sheet, if present with every header it needs; else problems. */
function sheetWith(
  tables: RosterTables,
  sheet: string,
  headers: readonly string[],
  problems: Problems
): RosterTable | null {
  const table = tables[sheet];
  if (!table) {
    problems.add(sheet, "", t("roster.missingSheet", { sheet }));
    return null;
  }
  const missing = headers.filter((h) => !table.headers[h]);
  for (const header of missing)
    problems.add(sheet, "A1", t("roster.missingHeader", { sheet, header }));
  return missing.length ? null : table;
}

/** Ids of a sheet: none empty, none repeated. */
function checkIds(
  table: RosterTable,
  header: string,
  what: string,
  problems: Problems
): Map<string, number> {
  const seen = new Map<string, number>();
  const lookalikes = new Map<string, { id: string; row: number }>();
  for (const { row, values } of table.rows) {
    const id = idOf(values[header]);
    const cell = cellOf(table, header, row);
    if (id === "") problems.add(table.sheet, cell, t("roster.emptyId", { what }));
    else if (seen.has(id))
      problems.add(
        table.sheet,
        cell,
        t("roster.duplicateId", { what, id, other: cellOf(table, header, seen.get(id)!) })
      );
    else {
      seen.set(id, row);
      const first = lookalikes.get(idKey(id));
      if (first) {
        const other = cellOf(table, header, first.row);
        problems.add(
          table.sheet,
          cell,
          t("roster.lookalikeId", { what, id, first: first.id, other })
        );
      } else lookalikes.set(idKey(id), { id, row });
    }
  }
  return seen;
}

/** Two ids a reader cannot tell apart: equal after NFKC, case folding, spaces and invisible characters removed. */
const idKey = (id: string) =>
  id
    .normalize("NFKC")
    .replace(/[\s\p{Cf}]/gu, "")
    .toLowerCase();

function readApplications(
  standard: Standard,
  tables: RosterTables,
  problems: Problems
): Application[] {
  const h = H.applications;
  const table = sheetWith(tables, S.applications, [h.id, h.applicant, h.item], problems);
  if (!table) return [];
  checkIds(table, h.id, t("roster.what.application"), problems);
  if (table.rows.length === 0) problems.add(table.sheet, "A2", t("roster.noApplications"));
  const items = itemNumbers(standard).join(t("sep.list"));
  const apps: Application[] = [];
  for (const { row, values } of table.rows) {
    const id = idOf(values[h.id]);
    const applicant = text(values[h.applicant]);
    const item = itemFromText(standard, text(values[h.item]));
    if (applicant === "")
      problems.add(
        table.sheet,
        cellOf(table, h.applicant, row),
        t("roster.emptyApplicant", { id })
      );
    if (item === null)
      problems.add(
        table.sheet,
        cellOf(table, h.item, row),
        t("roster.badItem", {
          id,
          value: text(values[h.item]),
          items,
          hint: itemHint(standard, text(values[h.item])),
        })
      );
    const source = { sheet: table.sheet, cell: cellOf(table, h.id, row) };
    const eligibility = eligibilityOf(table, { row, values }, id, problems);
    if (id && applicant && item !== null)
      apps.push(
        eligibility
          ? { id, applicant, item, source, ineligible: eligibility }
          : { id, applicant, item, source }
      );
  }
  return apps;
}

/** 资格 (optional column): blank or 符合 → eligible; 不符合：原因 → ineligible, with its reason. */
function eligibilityOf(
  table: RosterTable,
  { row, values }: RosterTable["rows"][number],
  id: string,
  problems: Problems
): { reason: string } | undefined {
  const value = text(values[H.applications.eligibility]);
  if (value === "" || value === STAGE_RULE_WORDS.eligible) return undefined;
  const cell = cellOf(table, H.applications.eligibility, row);
  const refused = STAGE_RULE_WORDS.ineligible.exec(value);
  if (!refused) problems.add(table.sheet, cell, t("roster.badEligibility", { id, value }));
  else if (!refused[1]?.trim())
    problems.add(table.sheet, cell, t("roster.ineligibleNoReason", { id }));
  else return { reason: refused[1].trim() };
  return undefined;
}

function readJudges(tables: RosterTables, problems: Problems): Judge[] {
  const h = H.judges;
  const table = sheetWith(tables, S.judges, [h.id, h.name], problems);
  if (!table) return [];
  checkIds(table, h.id, t("roster.what.judge"), problems);
  if (table.rows.length === 0) problems.add(table.sheet, "A2", t("roster.noJudges"));
  const judges: Judge[] = [];
  for (const { row, values } of table.rows) {
    const id = idOf(values[h.id]);
    const name = text(values[h.name]);
    if (name === "")
      problems.add(table.sheet, cellOf(table, h.name, row), t("roster.emptyJudgeName", { id }));
    const source = { sheet: table.sheet, cell: cellOf(table, h.id, row) };
    const group = text(values[h.group]);
    const leader = (STAGE_RULE_WORDS.leader as readonly string[]).includes(text(values[h.leader]));
    if (leader && group === "")
      problems.add(
        table.sheet,
        cellOf(table, h.leader, row),
        t("roster.group.leaderWithoutGroup", { id })
      );
    const judge: Judge = { id, name, unit: text(values[h.unit]), source };
    if (group) Object.assign(judge, { group, leader });
    if (id && name) judges.push(judge);
  }
  checkGroups(table, judges, problems);
  return judges;
}

/** Every 评审组 has exactly one 组长. */
function checkGroups(table: RosterTable, judges: Judge[], problems: Problems): void {
  const groups = new Map<string, Judge[]>();
  for (const j of judges) if (j.group) groups.set(j.group, [...(groups.get(j.group) ?? []), j]);
  for (const [group, members] of groups) {
    const leaders = members.filter((j) => j.leader);
    const cell = members[0].source?.cell ?? "";
    if (leaders.length === 0)
      problems.add(table.sheet, cell, t("roster.group.noLeader", { group }));
    if (leaders.length > 1)
      problems.add(
        table.sheet,
        leaders[1].source?.cell ?? cell,
        t("roster.group.twoLeaders", {
          group,
          judges: leaders.map((j) => j.name).join(t("sep.list")),
        })
      );
  }
}

/** 回避 (optional sheet): every pair must name a known application and a known judge. */
function readConflicts(
  tables: RosterTables,
  known: { apps: Set<string>; judges: Set<string> },
  problems: Problems
): Conflict[] {
  if (!tables[S.conflicts]) return [];
  const h = H.conflicts;
  const table = sheetWith(tables, S.conflicts, [h.applicationId, h.judgeId], problems);
  if (!table) return [];
  const conflicts: Conflict[] = [];
  for (const { row, values } of table.rows) {
    const applicationId = idOf(values[h.applicationId]);
    const judgeId = idOf(values[h.judgeId]);
    const appOk = known.apps.has(applicationId);
    const judgeOk = known.judges.has(judgeId);
    if (!appOk)
      problems.add(
        table.sheet,
        cellOf(table, h.applicationId, row),
        t("roster.unknownApplication", { id: applicationId })
      );
    if (!judgeOk)
      problems.add(
        table.sheet,
        cellOf(table, h.judgeId, row),
        t("roster.unknownJudge", { id: judgeId })
      );
    if (appOk && judgeOk)
      conflicts.push({ applicationId, judgeId, reason: text(values[h.reason]) });
  }
  return conflicts;
}

/** 分配 (optional): a grid of applications × judges; a non-empty cell is an assignment. */
function readGrid(
  tables: RosterTables,
  known: { apps: Set<string>; judges: Set<string>; conflicts: Set<string> },
  problems: Problems
): Assignment[] | null {
  const table = tables[S.grid];
  if (!table || table.rows.length === 0) return null;
  const h = H.grid;
  if (!table.headers[h.applicationId]) {
    problems.add(
      table.sheet,
      "A1",
      t("roster.missingHeader", { sheet: table.sheet, header: h.applicationId })
    );
    return null;
  }
  const fixed = new Set<string>([h.applicationId, h.applicant, h.item]);
  const judgeColumns = Object.keys(table.headers).filter((x) => !fixed.has(x));
  for (const id of judgeColumns)
    if (!known.judges.has(id))
      problems.add(table.sheet, `${table.headers[id]}1`, t("roster.unknownJudge", { id }));
  const pairs: Assignment[] = [];
  for (const { row, values } of table.rows) {
    const applicationId = idOf(values[h.applicationId]);
    if (!known.apps.has(applicationId)) {
      problems.add(
        table.sheet,
        cellOf(table, h.applicationId, row),
        t("roster.unknownApplication", { id: applicationId })
      );
      continue;
    }
    for (const judgeId of judgeColumns) {
      if (text(values[judgeId]) === "" || !known.judges.has(judgeId)) continue;
      if (known.conflicts.has(`${applicationId}\u0000${judgeId}`))
        problems.add(
          table.sheet,
          `${table.headers[judgeId]}${row}`,
          t("roster.assignedAndConflict", { judge: judgeId, application: applicationId })
        );
      else pairs.push({ applicationId, judgeId });
    }
  }
  return pairs;
}

type RoundTable = NonNullable<ReturnType<typeof sheetWith>>;

/** 轮次 → 评分标准, when present: it must name the standard the round is read with (id or id@version). */
function readStandardRow(
  standard: Standard,
  table: RoundTable,
  row: RoundTable["rows"][number] | undefined,
  problems: Problems,
  info: { standardId?: string }
): void {
  const value = text(row?.values[H.round.value]);
  if (!row || value === "") return;
  if (value === standard.id || value === standardTag(standard)) {
    info.standardId = standard.id;
    return;
  }
  const expected = standardTag(standard);
  problems.add(
    table.sheet,
    cellOf(table, H.round.value, row.row),
    t("roster.otherStandard", { value, expected })
  );
}

/** 轮次: the round's name (required), pass ratio (default the standard's), date and standard. */
function readRoundInfo(standard: Standard, tables: RosterTables, problems: Problems) {
  const info: { name: string; passRatio: number; date: string; standardId?: string } = {
    name: "",
    passRatio: passRatioOf(standard),
    date: "",
  };
  const h = H.round;
  const table = sheetWith(tables, S.round, [h.key, h.value], problems);
  if (!table) return info;
  const rowOf = (key: string) => table.rows.find((r) => text(r.values[h.key]) === key);
  const name = rowOf(ROUND_KEYS.name);
  info.name = text(name?.values[h.value]);
  if (!info.name)
    problems.add(
      table.sheet,
      name ? cellOf(table, h.value, name.row) : "",
      t("roster.noRoundName")
    );
  const pass = rowOf(ROUND_KEYS.passRatio);
  const passValue = pass?.values[h.value];
  if (pass && text(passValue) !== "") {
    const ratio = parsePassRatio(passValue);
    if (ratio !== null) info.passRatio = ratio;
    else
      problems.add(
        table.sheet,
        cellOf(table, h.value, pass.row),
        t("roster.badPass", { value: text(passValue) })
      );
  }
  readStandardRow(standard, table, rowOf(ROUND_KEYS.standard), problems, info);
  const date = rowOf(ROUND_KEYS.date);
  const dateValue = date?.values[h.value];
  if (date && text(dateValue) !== "") {
    const iso = typeof dateValue === "number" ? serialToIsoDate(dateValue) : text(dateValue);
    if (isoDateToSerial(iso) !== null) info.date = iso;
    else
      problems.add(
        table.sheet,
        cellOf(table, h.value, date.row),
        t("roster.badDate", { value: text(dateValue) })
      );
  }
  return info;
}

export function readRoster(standard: Standard, tables: RosterTables): RosterRead {
  const problems = new Problems();
  // A hidden sheet would decide names, 回避 or the assignment with nobody seeing it.
  for (const table of Object.values(tables))
    if (table?.hidden)
      problems.add(table.sheet, "", t("roster.hiddenSheet", { sheet: table.sheet }));
  const info = readRoundInfo(standard, tables, problems);
  const applications = readApplications(standard, tables, problems);
  const judges = readJudges(tables, problems);
  const apps = new Set(applications.map((a) => a.id));
  const judgeIds = new Set(judges.map((j) => j.id));
  const conflicts = readConflicts(tables, { apps, judges: judgeIds }, problems);
  const conflictKeys = new Set(conflicts.map((c) => `${c.applicationId}\u0000${c.judgeId}`));
  const grid = readGrid(tables, { apps, judges: judgeIds, conflicts: conflictKeys }, problems);
  const stages = readStages(tables, problems.list);
  const round: Round = { ...info, applications, judges, conflicts, grid };
  if (stages) round.stages = stages;
  if (problems.list.length === 0) pushAll(problems.list, coverageProblems(round));
  return problems.list.length ? { ok: false, problems: problems.list } : { ok: true, round };
}
