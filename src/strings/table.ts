/**
 * The string table `t` reads: all of zh-CN.json, for the command line, the tests and the scripts.
 * The pane's web build replaces this module with table.web.ts (see webpack.config.js), where each
 * module brings its own strings.
 */
import zhCN from "./zh-CN.json";

export const table: Readonly<Record<string, string>> = zhCN;
