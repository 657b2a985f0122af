/**
 * Every user-visible string lives in zh-CN.json; code refers to them by key.
 * `t("score.overMax", { code: "1.3", max: 50 })` fills the {placeholders}.
 * The table behind `t` is all of zh-CN.json (./table), or in the pane's build the strings of the
 * modules loaded so far (./table.web).
 */
import type zhCN from "./zh-CN.json";
import { table } from "./table";

export type StringKey = keyof typeof zhCN;
export type StringParams = Record<string, string | number>;

export function t(key: StringKey, params: StringParams = {}): string {
  const text = table[key];
  // Only the web build can miss one: a module that asks for a key its code does not spell.
  if (text === undefined) throw new Error(`string "${key}" is not loaded`);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole
  );
}
export { clause, joinText, joinLines, sentence } from "./join-text";
