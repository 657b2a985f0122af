/**
 * The roster's 阶段 sheet (optional): the round's stages in order, each with its weight in the
 * combined result and its rule for who goes on (前 3 名/单项, 前 5 名, 分数线 300, 全部). Every
 * problem names its cell; a roster with any problem gives no round.
 */
import type { CellValue } from "../sheet-kit/plan-types";
import { rosterCellOf, rosterText } from "./roster-table";
import { weightsValid, weightUnits, WEIGHT_SCALE, type AdvanceRule } from "../standard";
import { t } from "../strings";
import {
  ROSTER_HEADERS,
  ROSTER_SHEETS,
  STAGE_IDS,
  STAGE_RULE_WORDS as W,
  type RosterTable,
  type RosterTables,
} from "./roster-format";
import type { Stage } from "./stages";
import type { RosterProblem } from "./types";

const H = ROSTER_HEADERS.stages;
const text = rosterText;
const cellOf = rosterCellOf;

/** 前 3 名/单项 → top 3 per item; 前 3 名 or 前 3 名/全部 → across the round; 分数线 300; 全部. */
export function advanceRuleFrom(value: string): AdvanceRule | null {
  const compact = value.normalize("NFKC").trim();
  if (compact === W.all) return { kind: "all" };
  const top = W.top.exec(compact);
  if (top && Number(top[1]) > 0)
    return { kind: "top", count: Number(top[1]), perItem: top[2] === W.perItem };
  const line = W.line.exec(compact);
  if (line) return { kind: "line", points: Number(line[1]) };
  return null;
}

/** A weight as written: 0.4, or 40% (a number Excel formats as a percentage is 0.4 already). */
function weightFrom(value: CellValue | undefined): number | null {
  if (typeof value === "number") return value;
  const s = text(value).normalize("NFKC");
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(s);
  if (percent) return Number(percent[1]) / 100;
  return /^\d+(?:\.\d+)?$/.test(s) ? Number(s) : null;
}

type StageRow = RosterTable["rows"][number];

function stageOf(
  table: RosterTable,
  r: StageRow,
  last: boolean,
  problems: RosterProblem[]
): Stage | null {
  const add = (header: string, message: string) =>
    problems.push({ sheet: table.sheet, cell: cellOf(table, header, r.row), message });
  const name = text(r.values[H.name]);
  const weight = weightFrom(r.values[H.weight]);
  const ruleText = text(r.values[H.rule]);
  const advance: AdvanceRule | null =
    ruleText === "" && last ? { kind: "all" } : advanceRuleFrom(ruleText);
  if (name === "") add(H.name, t("roster.stage.emptyName"));
  const units = weight === null ? null : weightUnits(weight);
  if (units === null || units < 0 || units > WEIGHT_SCALE)
    add(H.weight, t("roster.stage.badWeight", { stage: name, value: text(r.values[H.weight]) }));
  if (advance === null)
    add(
      H.rule,
      t(ruleText === "" ? "roster.stage.noRule" : "roster.stage.badRule", {
        stage: name,
        value: ruleText,
      })
    );
  if (name === "" || units === null || advance === null) return null;
  return { id: "", name, weight: weight!, advance };
}

/** The stages of the 阶段 sheet, or undefined when the roster has none. */
export function readStages(tables: RosterTables, problems: RosterProblem[]): Stage[] | undefined {
  const table = tables[ROSTER_SHEETS.stages];
  if (!table) return undefined;
  const before = problems.length;
  for (const header of [H.name, H.weight])
    if (!table.headers[header])
      problems.push({
        sheet: table.sheet,
        cell: "A1",
        message: t("roster.missingHeader", { sheet: table.sheet, header }),
      });
  if (problems.length > before) return undefined;
  if (table.rows.length === 0) {
    problems.push({ sheet: table.sheet, cell: "A2", message: t("roster.stage.none") });
    return undefined;
  }
  const stages: Stage[] = [];
  const seen = new Map<string, number>();
  table.rows.forEach((r, i) => {
    const stage = stageOf(table, r, i === table.rows.length - 1, problems);
    const name = text(r.values[H.name]);
    const other = seen.get(name);
    if (name !== "" && other !== undefined)
      problems.push({
        sheet: table.sheet,
        cell: cellOf(table, H.name, r.row),
        message: t("roster.stage.duplicate", { stage: name, other: cellOf(table, H.name, other) }),
      });
    if (name !== "" && other === undefined) seen.set(name, r.row);
    if (stage) stages.push({ ...stage, id: STAGE_IDS[stage.name] ?? `stage-${i + 1}` });
  });
  if (problems.length > before) return undefined;
  if (!weightsValid(stages.map((s) => s.weight))) {
    const sum = stages.reduce((a, s) => a + (weightUnits(s.weight) ?? 0), 0) / WEIGHT_SCALE;
    problems.push({
      sheet: table.sheet,
      cell: cellOf(table, H.weight, table.rows[0].row),
      message: t("roster.stage.weightsSum", { sum: String(sum) }),
    });
    return undefined;
  }
  return stages;
}
