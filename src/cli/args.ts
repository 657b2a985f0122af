/**
 * A small, strict option parser: every option is declared; unknown options, missing values and
 * stray arguments are errors with a zh-CN message (the caller prints usage and exits 2).
 */
import { t } from "../strings";

export interface OptionSpec {
  /** "--item" */
  name: string;
  alias?: string;
  /** Takes a value; a flag otherwise. */
  value: boolean;
  /** May be given more than once (values collected in order). */
  repeat?: boolean;
}

export type ParsedArgs =
  | { ok: true; values: Map<string, string[]>; flags: Set<string>; positionals: string[] }
  | { ok: false; error: string };

/** `positionals`: whether bare arguments (paths) are accepted. */
export function parseArgs(
  argv: readonly string[],
  specs: readonly OptionSpec[],
  positionals = false
): ParsedArgs {
  const byName = new Map<string, OptionSpec>();
  for (const s of specs) {
    byName.set(s.name, s);
    if (s.alias) byName.set(s.alias, s);
  }
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  const bare: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (positionals && !arg.startsWith("-")) {
      bare.push(arg);
      continue;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const key = eq > 0 ? arg.slice(0, eq) : arg;
    const spec = byName.get(key);
    if (!spec) {
      return {
        ok: false,
        error: arg.startsWith("-")
          ? t("cli.args.unknownOption", { option: key })
          : t("cli.args.unexpected", { value: arg }),
      };
    }
    if (!spec.value) {
      flags.add(spec.name);
      continue;
    }
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else if (
      i + 1 < argv.length &&
      !(argv[i + 1].startsWith("-") && byName.has(argv[i + 1].split("=")[0]))
    )
      value = argv[++i];
    if (value === undefined)
      return { ok: false, error: t("cli.args.missingValue", { option: spec.name }) };
    const list = values.get(spec.name) ?? [];
    if (list.length > 0 && !spec.repeat)
      return { ok: false, error: t("cli.args.repeated", { option: spec.name }) };
    list.push(value);
    values.set(spec.name, list);
  }
  return { ok: true, values, flags, positionals: bare };
}

/**
 * A ratio option (--pass, --spread): undefined when not given, NaN unless it is a number in
 * (0, 1].
 */
export function parseRatio(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  return text.trim() !== "" && Number.isFinite(n) && n > 0 && n <= 1 ? n : NaN;
}
