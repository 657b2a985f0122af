/**
 * Every user-visible string lives in zh-CN.json; code refers to them by key.
 * `t("score.overMax", { code: "1.3", max: 50 })` fills the {placeholders}.
 */
import zhCN from "./zh-CN.json";

export type StringKey = keyof typeof zhCN;
export type StringParams = Record<string, string | number>;

const table: Record<StringKey, string> = zhCN;

export function t(key: StringKey, params: StringParams = {}): string {
  return table[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole
  );
}
export { clause, joinText, joinLines, sentence } from "./join-text";
