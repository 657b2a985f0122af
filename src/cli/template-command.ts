/** mhscore template: one scoring sheet per applicant, in one .xlsx. */
import * as fs from "fs";
import {
  buildScoringSheetPlan,
  isoDateToSerial,
  todayIso,
  uniqueSheetName,
  type SheetPlan,
} from "../layout";
import { defaultStandard, itemNumbers, type Standard } from "../standard";
import { t } from "../strings";
import { writeWorkbook } from "../xlsx";
import { parseArgs, type OptionSpec } from "./args";
import type { CliIO } from "./io";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from "./io";
import { writeFileAtomic } from "./write-file";

const OPTIONS: OptionSpec[] = [
  { name: "--output", alias: "-o", value: true },
  { name: "--item", value: true },
  { name: "--applicant", value: true, repeat: true },
  { name: "--judge", value: true },
  { name: "--date", value: true },
  { name: "--pass", value: true },
  { name: "--force", value: false },
  { name: "--help", alias: "-h", value: false },
];

function usage(standard: Standard): string {
  const items = standard.parts
    .filter((p) => p.role === "item")
    .map((p) => `${p.number} ${p.title}`)
    .join("，");
  return t("cli.template.usage", { items, pass: standard.passRatio });
}

export async function templateCommand(
  argv: string[],
  io: CliIO,
  standard: Standard = defaultStandard
): Promise<number> {
  const parsed = parseArgs(argv, OPTIONS);
  const fail = (message: string) => {
    io.err(message);
    io.err("");
    io.err(usage(standard));
    return EXIT_USAGE;
  };
  if (!parsed.ok) return fail(parsed.error);
  if (parsed.flags.has("--help")) {
    io.out(usage(standard));
    return EXIT_OK;
  }
  const one = (name: string) => parsed.values.get(name)?.[0];
  for (const required of ["--output", "--item", "--applicant", "--judge"]) {
    if (!parsed.values.has(required)) return fail(t("cli.args.required", { option: required }));
  }
  const output = one("--output")!;
  if (!/\.xlsx$/i.test(output)) return fail(t("cli.template.badOutput", { path: output }));
  const itemText = one("--item")!;
  const items = itemNumbers(standard);
  const item = Number(itemText);
  if (!/^\d+$/.test(itemText.trim()) || !items.includes(item)) {
    return fail(t("cli.template.badItem", { value: itemText, items: items.join("、") }));
  }
  const date = one("--date") ?? todayIso();
  if (isoDateToSerial(date) === null) return fail(t("cli.template.badDate", { value: date }));
  const passText = one("--pass");
  const passRatio = passText === undefined ? standard.passRatio : Number(passText);
  if (!(Number.isFinite(passRatio) && passRatio > 0 && passRatio <= 1)) {
    return fail(t("cli.template.badPass", { value: passText ?? "" }));
  }
  const judge = one("--judge")!.trim();
  if (judge === "") return fail(t("cli.template.emptyName", { what: t("cli.what.judge") }));
  const applicants = parsed.values.get("--applicant")!.map((a) => a.trim());
  const seen = new Set<string>();
  for (const a of applicants) {
    if (a === "") return fail(t("cli.template.emptyName", { what: t("cli.what.applicant") }));
    if (seen.has(a)) return fail(t("cli.template.duplicateApplicant", { name: a }));
    seen.add(a);
  }
  if (fs.existsSync(output) && !parsed.flags.has("--force")) {
    io.err(t("cli.template.exists", { path: output }));
    return EXIT_FAILED;
  }

  const taken: string[] = [];
  const plans: SheetPlan[] = applicants.map((applicant) => {
    const sheetName = uniqueSheetName(applicant, taken);
    taken.push(sheetName);
    return buildScoringSheetPlan(
      standard,
      { applicant, item, judge, date },
      { sheetName, passRatio }
    );
  });
  try {
    writeFileAtomic(output, await writeWorkbook(plans));
  } catch (e) {
    io.err(t("cli.template.writeFailed", { path: output, reason: (e as Error).message }));
    return EXIT_FAILED;
  }
  const itemTitle = standard.parts.find((p) => p.number === item)!.title;
  io.out(
    t("cli.template.done", { path: output, count: plans.length, item: itemTitle, judge, date })
  );
  plans.forEach((p, i) =>
    io.out(t("cli.template.sheet", { sheet: p.sheetName, applicant: applicants[i] }))
  );
  return EXIT_OK;
}
