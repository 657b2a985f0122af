/**
 * Option parsing by Node's `util.parseArgs` (strict): every option is declared; an unknown
 * option, a missing value, an option given twice that may be given once, and a stray argument
 * are errors with a zh-CN message (the caller prints usage and exits 2).
 */
import { parseArgs as nodeParseArgs } from "util";
import { nearestWord } from "../standard";
import { t, type StringKey } from "../strings";
import { parseDecimal } from "../sheet-kit/decimal";

export interface OptionSpec {
  /** "--item" */
  name: string;
  /** "-o" */
  alias?: string;
  /** Takes a value; a flag otherwise. */
  value: boolean;
  /** May be given more than once (values collected in order). */
  repeat?: boolean;
  /** What it does, for the usage (src/cli/usage.ts builds the help from this table). */
  help: StringKey;
  /** The value's placeholder in the usage's first line ("汇总.xlsx", "比例"). */
  arg?: StringKey;
  /** Shown without brackets in the usage's first line. */
  required?: boolean;
}

export type ParsedArgs =
  | { ok: true; values: Map<string, string[]>; flags: Set<string>; positionals: string[] }
  | { ok: false; error: string };

type NodeOptions = Record<
  string,
  { type: "string" | "boolean"; short?: string; multiple?: boolean }
>;

function nodeOptions(specs: readonly OptionSpec[]): NodeOptions {
  const options: NodeOptions = {};
  for (const s of specs) {
    options[s.name.replace(/^--/, "")] = {
      type: s.value ? "string" : "boolean",
      // Every option is collected as a list, so that giving a once-only option twice is caught.
      multiple: true,
      ...(s.alias ? { short: s.alias.replace(/^-/, "") } : {}),
    };
  }
  return options;
}

/** Node's parse error (ERR_PARSE_ARGS_*) in zh-CN, naming the option or argument. */
function parseError(
  e: { code?: string; message?: string },
  argv: readonly string[],
  specs: readonly OptionSpec[]
): string {
  const message = e.message ?? "";
  // "Option '-o, --output <value>' argument missing": the long name when there is one.
  const quoted = /'(?:-\w, )?(-{1,2}[^' ,]+)/.exec(message)?.[1];
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION": {
      const option = quoted ?? message;
      const meant = nearestWord(
        option.split("=")[0],
        specs.map((s) => s.name)
      );
      return meant
        ? t("cli.args.didYouMean", { option, meant })
        : t("cli.args.unknownOption", { option });
    }
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": {
      const option = quoted ?? message;
      // "--pass -0.5": a value that starts with a dash must be given as --pass=-0.5.
      const at = argv.indexOf(option);
      const next = at >= 0 ? argv[at + 1] : undefined;
      return /ambiguous/.test(message) && next !== undefined
        ? t("cli.args.dashValue", { option, value: next })
        : t("cli.args.missingValue", { option });
    }
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL": {
      const value = /'([^']*)'/.exec(message)?.[1] ?? argv.find((a) => !a.startsWith("-")) ?? "";
      return t("cli.args.unexpected", { value });
    }
    default:
      return message;
  }
}

/**
 * "-o=汇总.xlsx" as people write it after "--out=…": the value is what follows "=" (Node would
 * take "=汇总.xlsx", a file named with an equals sign).
 */
function splitShortEquals(arg: string): string[] {
  const m = /^-([A-Za-z])=([\s\S]*)$/.exec(arg);
  return m ? [`-${m[1]}`, m[2]] : [arg];
}

/** `positionals`: whether bare arguments (paths) are accepted. */
export function parseArgs(
  argv: readonly string[],
  specs: readonly OptionSpec[],
  positionals = false
): ParsedArgs {
  let parsed: ReturnType<typeof nodeParseArgs>;
  try {
    parsed = nodeParseArgs({
      args: argv.flatMap(splitShortEquals),
      options: nodeOptions(specs),
      strict: true,
      allowPositionals: positionals,
    });
  } catch (e) {
    return { ok: false, error: parseError(e as { code?: string; message?: string }, argv, specs) };
  }
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  for (const s of specs) {
    const given = parsed.values[s.name.replace(/^--/, "")] as (string | boolean)[] | undefined;
    if (!given) continue;
    if (given.length > 1 && !s.repeat)
      return { ok: false, error: t("cli.args.repeated", { option: s.name }) };
    if (s.value) values.set(s.name, given as string[]);
    else flags.add(s.name);
  }
  return { ok: true, values, flags, positionals: parsed.positionals };
}

/**
 * A ratio option (--pass, --spread): undefined when not given, NaN unless it is a number in
 * (0, 1].
 */
export function parseRatio(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = parseDecimal(text);
  return n !== null && n > 0 && n <= 1 ? n : NaN;
}
