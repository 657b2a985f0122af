/** mhscore template: one scoring sheet per applicant, in one .xlsx. */
import * as fs from "fs";
import { todayIso } from "../sheet-kit";
import type { Standard } from "../standard";
import { t } from "../strings";
import { planJudgeSheets } from "../workflows/judge-sheet/plan-judge-sheets";
import { resolveRoundContext, standardFor } from "../workflows/round-context";
import { writeXlsx } from "./write-xlsx";
import { parseArgs, parseRatio, type OptionSpec } from "./args";
import type { CliIO } from "./io";
import { EXIT_FAILED, EXIT_OK, usageFailure } from "./io";
import { commandUsage } from "./usage";
import { writeFileAtomic } from "./write-file";

export const OPTIONS: OptionSpec[] = [
  {
    name: "--output",
    alias: "-o",
    value: true,
    required: true,
    arg: "cli.arg.template.output",
    help: "cli.opt.template.output",
  },
  {
    name: "--item",
    value: true,
    required: true,
    arg: "cli.arg.template.item",
    help: "cli.opt.template.item",
  },
  {
    name: "--applicant",
    value: true,
    repeat: true,
    required: true,
    arg: "cli.arg.template.applicant",
    help: "cli.opt.template.applicant",
  },
  {
    name: "--judge",
    value: true,
    required: true,
    arg: "cli.arg.template.judge",
    help: "cli.opt.template.judge",
  },
  { name: "--date", value: true, arg: "cli.arg.date", help: "cli.opt.template.date" },
  { name: "--pass", value: true, arg: "cli.arg.ratio", help: "cli.opt.template.pass" },
  { name: "--force", value: false, help: "cli.opt.force" },
  { name: "--help", alias: "-h", value: false, help: "cli.opt.help" },
];

export function templateUsage(standard: Standard = standardFor()!): string {
  const items = standard.parts
    .filter((p) => p.role === "item")
    .map((p) => `${p.number} ${p.title}`)
    .join(t("sep.comma"));
  return commandUsage({
    command: "template",
    options: OPTIONS,
    params: { items, pass: standard.passRatio },
  });
}

export async function templateCommand(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(argv, OPTIONS);
  const fail = usageFailure(io, () => templateUsage());
  if (!parsed.ok) return fail(parsed.error);
  if (parsed.flags.has("--help")) {
    io.out(templateUsage());
    return EXIT_OK;
  }
  const one = (name: string) => parsed.values.get(name)?.[0];
  for (const required of ["--output", "--item", "--applicant", "--judge"]) {
    if (!parsed.values.has(required)) return fail(t("cli.args.required", { option: required }));
  }
  const output = one("--output")!;
  if (!/\.xlsx$/i.test(output)) return fail(t("cli.template.badOutput", { path: output }));
  const passText = one("--pass");
  const passRatio = parseRatio(passText);
  if (Number.isNaN(passRatio)) return fail(t("context.badPass", { value: passText ?? "" }));
  // A template is made outside a roster: the judge has a name and no id.
  const context = resolveRoundContext({ passRatio, judge: { id: "", name: one("--judge")! } });
  if (!context.ok) return fail(context.message);
  const date = one("--date") ?? todayIso();
  const planned = planJudgeSheets(context.value, {
    item: one("--item")!,
    date,
    applicants: parsed.values.get("--applicant")!,
  });
  if (!planned.ok) return fail(planned.message);
  if (fs.existsSync(output) && !parsed.flags.has("--force")) {
    io.err(t("cli.template.exists", { path: output }));
    return EXIT_FAILED;
  }
  const { plans, itemTitle, judge, sheets, date: written } = planned.value;
  try {
    writeFileAtomic(output, await writeXlsx(plans));
  } catch (e) {
    io.err(t("cli.template.writeFailed", { reason: (e as Error).message }));
    return EXIT_FAILED;
  }
  io.out(
    t("cli.template.done", {
      path: output,
      count: sheets.length,
      item: itemTitle,
      judge,
      date: written,
    })
  );
  for (const s of sheets)
    io.out(t("cli.template.sheet", { sheet: s.sheetName, applicant: s.applicant }));
  return EXIT_OK;
}
