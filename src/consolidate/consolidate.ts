/**
 * The secretariat's consolidation: every file's scoring sheets checked, duplicates and near-duplicate
 * names reported, each application aggregated and ranked. Problems never stop the run.
 */
import { pushAll } from "../sheet-kit/many";
import { defaultStandard, passLine, similarNameGroups, type Standard } from "../standard";
import { t } from "../strings";
import type { ConsensusSheetRead } from "../workbook-format";
import { agreement } from "./agreement";
import { applyConsensus } from "./consensus";
import { aggregateApplication, decideWithinItems, rankWithinItems } from "./aggregate";
import { checkSheet, type SheetCheck } from "./check-sheet";
import { matchToRoster, type RosterContext, type RosterMatch } from "./roster-match";
import {
  consolidationOptions,
  type ApplicationResult,
  type ConsolidationOptions,
  type ConsolidationResult,
  type FileInput,
  type Problem,
  judgeKey,
} from "./types";

/** What was found before any file was read: paths missing or unreadable, files skipped. */
export interface PathProblems {
  problems: Problem[];
  /** How many of them are files (counted as files read). */
  files: number;
}

const NO_PATH_PROBLEMS: PathProblems = { problems: [], files: 0 };

const key = (applicant: string, item: number) => `${item}\u0000${applicant}`;

/**
 * The files' sheets checked one file at a time, keeping only the checks: a caller that adds each
 * file as it is opened holds one file's sheets in memory at a time, however many files there are.
 */
export class CheckedFiles {
  readonly problems: Problem[] = [];
  readonly checks: SheetCheck[] = [];
  sheetsRead = 0;
  files = 0;

  constructor(private readonly standard: Standard = defaultStandard) {}

  async add({ file, result }: FileInput): Promise<void> {
    this.files++;
    if (!result.ok) {
      this.problems.push({ file, sheet: "", cell: "", code: result.code, message: result.message });
      return;
    }
    for (const { sheet, code, message, cell } of result.sheetProblems ?? [])
      this.problems.push({ file, sheet, cell: cell ?? "", code, message });
    for (const sheet of result.sheets) {
      this.sheetsRead++;
      const check = await checkSheet(this.standard, { file, sheet });
      pushAll(this.problems, check.problems);
      this.checks.push(check);
    }
  }
}

export async function consolidate(
  files: FileInput[],
  asked: Partial<ConsolidationOptions> = {},
  standard: Standard = defaultStandard,
  paths: PathProblems = NO_PATH_PROBLEMS,
  roster?: RosterContext
): Promise<ConsolidationResult> {
  const checked = new CheckedFiles(standard);
  for (const f of files) await checked.add(f);
  return consolidateChecked(checked, asked, standard, paths, roster);
}

/**
 * The consolidation of files already checked (CheckedFiles); with `consensus`, the filled 共识
 * sheets give the finals of the applications they complete (consensus.ts).
 */
export function consolidateChecked(
  checked: CheckedFiles,
  asked: Partial<ConsolidationOptions> = {},
  standard: Standard = defaultStandard,
  paths: PathProblems = NO_PATH_PROBLEMS,
  roster?: RosterContext,
  consensus: ConsensusSheetRead[] = []
): ConsolidationResult {
  const options = consolidationOptions(standard, asked);
  const problems: Problem[] = [...paths.problems, ...checked.problems];
  const { checks, sheetsRead } = checked;
  const base = {
    standard,
    options,
    problems,
    filesRead: checked.files + paths.files,
    sheetsRead,
    consensus,
  };

  pushAll(problems, duplicateJudges(checks, standard));
  pushAll(problems, passLineMismatches(checks, standard, options.passRatio));

  if (roster) {
    const match = matchToRoster(checks, roster, standard);
    pushAll(problems, match.problems);
    return finish(base, rosterApplications(roster, match), {
      name: roster.round.name,
      progress: match.progress,
    });
  }

  // Names that differ only in spacing or full/half width: reported, not merged.
  const firstSheetOf = new Map<string, SheetCheck>();
  for (const c of checks)
    if (c.applicant && !firstSheetOf.has(c.applicant)) firstSheetOf.set(c.applicant, c);
  for (const group of similarNameGroups(checks.map((c) => c.applicant).filter(Boolean))) {
    for (const variant of group.slice(1)) {
      const where = firstSheetOf.get(variant)!;
      problems.push({
        file: where.file,
        sheet: where.sheetName,
        cell: where.applicantCell,
        code: "similar-applicant",
        message: t("problem.similarApplicant", { a: variant, b: group[0] }),
      });
    }
  }

  const apps = new Map<string, Grouped>();
  for (const c of checks) {
    if (
      !c.applicant ||
      !Number.isInteger(c.item) ||
      !standard.parts.some((p) => p.number === c.item && p.role === "item")
    )
      continue;
    const k = key(c.applicant, c.item);
    const app = apps.get(k) ?? { applicant: c.applicant, item: c.item, judges: [] };
    if (c.entry) app.judges.push(c.entry);
    apps.set(k, app);
  }
  return finish(base, [...apps.values()]);
}

/**
 * The same judge twice for one application: none of those sheets count until it is resolved —
 * unless every copy says the same (identicalCopies: counted once, with a note).
 * Judges are told apart by id where the sheet has one (two 张伟 are two judges), applications
 * by their 申报编号 where the sheet has one (a retyped applicant name changes nothing).
 */
function duplicateJudges(checks: SheetCheck[], standard: Standard): Problem[] {
  const groups = new Map<string, SheetCheck[]>();
  for (const c of checks) {
    if (!c.entry) continue;
    const app = c.identity ? `id\u0000${c.identity.applicationId}` : key(c.applicant, c.item);
    const k = `${app}\u0000${judgeKey(c.entry)}`;
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  const itemTitle = (n: number) => standard.parts.find((p) => p.number === n)?.title ?? "";
  const problems: Problem[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    if (group.every((c) => sameContent(c, group[0]))) {
      pushAll(problems, identicalCopies(group, itemTitle(group[0].item)));
      continue;
    }
    for (const c of group) {
      const others = group
        .filter((o) => o !== c)
        .map((o) => `${o.file} · ${o.sheetName}`)
        .join(t("sep.list"));
      const id = c.entry!.judgeId;
      problems.push({
        file: c.file,
        sheet: c.sheetName,
        cell: "",
        code: "duplicate-judge",
        message: t("problem.duplicateJudge", {
          judge: c.entry!.judge,
          by: id ? t("problem.judgeById", { id }) : t("problem.judgeByName"),
          applicant: c.applicant,
          item: itemTitle(c.item),
          count: group.length,
          others,
        }),
      });
    }
    for (const c of group) c.entry = null;
  }
  return problems;
}

/** What a judge entered on a sheet: two sheets that agree on it are one judgement sent twice. */
const contentOf = (c: SheetCheck) =>
  JSON.stringify([
    c.applicant,
    c.item,
    c.judge,
    c.submitted,
    ...(["scores", "maturity", "strength", "improvement"] as const).map((f) =>
      Object.entries(c.entry![f]).sort(([a], [b]) => a.localeCompare(b))
    ),
  ]);
const sameContent = (a: SheetCheck, b: SheetCheck) => contentOf(a) === contentOf(b);

/**
 * The same sheet sent twice (a resent file, "J1-王建国 (1).xlsx" beside the original): every
 * score, 成熟度, 评语 and the submission agree, so it counts once — the file of the shorter name — and each copy
 * has a note naming both files.
 */
function identicalCopies(group: SheetCheck[], item: string): Problem[] {
  // The original is the shorter name: "J1-王建国.xlsx", not "J1-王建国 (1).xlsx".
  const kept = group.reduce((a, b) => (b.file.length < a.file.length ? b : a));
  const copies = group.filter((c) => c !== kept);
  return copies.map((c) => {
    const id = c.entry!.judgeId;
    const message = t("problem.identicalCopy", {
      judge: c.entry!.judge,
      by: id ? t("problem.judgeById", { id }) : t("problem.judgeByName"),
      applicant: c.applicant,
      item,
      kept: `${kept.file} · ${kept.sheetName}`,
      copy: `${c.file} · ${c.sheetName}`,
    });
    c.entry = null;
    return { file: c.file, sheet: c.sheetName, cell: "", code: "identical-copy", message };
  });
}

/**
 * A counted sheet whose own pass line (MH_PASS_LINE) is not the run's: its 通过/未通过 may say
 * otherwise than the summary. Reported with both values; the sheet still counts (its figures are
 * recomputed under the run's pass line).
 */
function passLineMismatches(checks: SheetCheck[], standard: Standard, ratio: number): Problem[] {
  const run = passLine(standard, ratio);
  return checks
    .filter((c) => {
      const v = c.passLine.value;
      return c.entry && typeof v === "number" && Math.round(v * 100) !== Math.round(run * 100);
    })
    .map((c) => ({
      file: c.file,
      sheet: c.sheetName,
      cell: c.passLine.cell,
      code: "pass-line-mismatch",
      message: t("problem.passLineMismatch", { sheet: String(c.passLine.value), run, ratio }),
    }));
}

/** The sheets of one application, ready to aggregate. */
interface Grouped {
  applicationId?: string;
  applicant: string;
  item: number;
  judges: NonNullable<SheetCheck["entry"]>[];
}

/** With a roster: every application of the round, with the counted sheets tied to it by id. */
function rosterApplications(roster: RosterContext, match: RosterMatch): Grouped[] {
  const byId = new Map<string, Grouped>(
    roster.round.applications.map((a) => [
      a.id,
      { applicationId: a.id, applicant: a.applicant, item: a.item, judges: [] },
    ])
  );
  for (const [check, app] of match.applicationOf)
    if (check.entry) byId.get(app.id)!.judges.push(check.entry);
  return [...byId.values()];
}

interface Finishing {
  standard: Standard;
  options: ConsolidationOptions;
  problems: Problem[];
  filesRead: number;
  sheetsRead: number;
  consensus: ConsensusSheetRead[];
}

function finish(
  { standard, options, problems, filesRead, sheetsRead, consensus }: Finishing,
  groups: Grouped[],
  round?: ConsolidationResult["round"]
): ConsolidationResult {
  const applications: ApplicationResult[] = groups.map((a) => ({
    ...(a.applicationId ? { applicationId: a.applicationId } : {}),
    ...aggregateApplication(standard, a.applicant, a.item, a.judges, options),
  }));
  pushAll(problems, applyConsensus(standard, options, applications, consensus, round?.name));
  rankWithinItems(applications);
  decideWithinItems(applications, options.winners);
  applications.sort(
    (a, b) =>
      a.item - b.item ||
      (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
      a.applicant.localeCompare(b.applicant, "zh-CN")
  );
  return {
    options,
    ...(round ? { round } : {}),
    applications,
    agreement: agreement(applications),
    problems,
    filesRead,
    sheetsRead,
    sheetsCounted: applications.reduce((n, a) => n + a.judges.length, 0),
  };
}
