/**
 * A command's usage, built from the option table its parser uses (args.ts): every option the
 * command takes is in its help, in the order of the table — none can be left out by hand.
 *
 *   用法：mhscore consolidate 路径… [-o 汇总.xlsx] [--json] …
 *
 *     路径          评委的评分表文件…
 *     -o, --output  输出的汇总工作簿…
 *
 *   (notes)
 */
import { maxOf } from "../sheet-kit/many";
import { t, type StringKey, type StringParams } from "../strings";
import type { OptionSpec } from "./args";

export interface CommandHelp {
  command: string;
  /** The bare arguments (paths, the roster), each with its placeholder and what it is. */
  operands?: readonly { arg: StringKey; help: StringKey }[];
  options: readonly OptionSpec[];
  /** A paragraph after the options. */
  notes?: StringKey;
  /** The values the texts name ({pass}, {items} …). */
  params?: StringParams;
}

/** Columns a text takes in a terminal: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch
      )
        ? 2
        : 1;
  return width;
}

/** "[-o 汇总.xlsx]", "--item 申报单项", "--applicant 申报组织 …". */
function synopsisPart(o: OptionSpec, params: StringParams): string {
  const flag = o.alias ?? o.name;
  const word = o.value && o.arg ? `${flag} ${t(o.arg, params)}` : flag;
  const repeated = o.repeat ? `${word} …` : word;
  return o.required ? repeated : `[${repeated}]`;
}

/** Two-column lines, the second column's continuation lines indented under it. */
function columns(rows: [string, string][]): string[] {
  const width =
    maxOf(
      rows.map(([label]) => displayWidth(label)),
      0
    ) + 2;
  return rows.map(([label, text]) => {
    const pad = " ".repeat(width - displayWidth(label));
    const [first, ...rest] = text.split("\n");
    return [`  ${label}${pad}${first}`, ...rest.map((l) => `  ${" ".repeat(width)}${l}`)].join(
      "\n"
    );
  });
}

export function commandUsage(help: CommandHelp): string {
  const params = { command: help.command, ...help.params };
  const operands = help.operands ?? [];
  const shown = help.options.filter((o) => o.name !== "--help");
  const synopsis = [
    ...operands.map((o) => t(o.arg, params)),
    ...shown.map((o) => synopsisPart(o, params)),
  ].join(" ");
  const rows: [string, string][] = [
    ...operands.map((o): [string, string] => [t(o.arg, params), t(o.help, params)]),
    ...help.options.map((o): [string, string] => [
      o.alias ? `${o.alias}, ${o.name}` : o.name,
      t(o.help, params),
    ]),
  ];
  const lines = [t("cli.usage.head", { command: help.command, synopsis }), "", ...columns(rows)];
  if (help.notes) lines.push("", t(help.notes, params));
  return lines.join("\n");
}
