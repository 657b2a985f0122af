/**
 * The lint rule that holds src/'s layer order (eslint-rules/layers.mjs), run through ESLint with
 * the project's own configuration, on code given as if it lived in a file of src/.
 */
import { describe, expect, it } from "@jest/globals";
import { execFileSync } from "child_process";
import * as path from "path";

const root = path.join(__dirname, "..", "..");

function layerErrors(file: string, code: string): string[] {
  let out: string;
  try {
    out = execFileSync(
      process.execPath,
      [
        path.join(root, "node_modules", "eslint", "bin", "eslint.js"),
        "--stdin",
        "--stdin-filename",
        file,
        "--format",
        "json",
      ],
      { cwd: root, input: code, encoding: "utf8" }
    );
  } catch (e) {
    // ESLint exits 1 when it finds errors; the report is still on stdout.
    out = (e as { stdout: string }).stdout;
  }
  const [report] = JSON.parse(out) as { messages: { ruleId: string; message: string }[] }[];
  return report.messages
    .filter((m) => m.ruleId === "mh/layers" || m.ruleId === "mh/door")
    .map((m) => m.message);
}

describe("the layer rule", () => {
  it("fails on a deliberately added back-import (the standard importing a host)", () => {
    const errors = layerErrors(
      "src/standard/back-import.ts",
      'import { writeWorkbook } from "../xlsx";\nexport const w = writeWorkbook;\n'
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("src/standard must not import from src/xlsx");
  });

  it("fails on an export that reaches up (consolidate re-exporting a sheet plan)", () => {
    const errors = layerErrors(
      "src/consolidate/leak.ts",
      'export { consolidationWorkbook } from "../secretariat-sheets/consolidation";\n'
    );
    expect(errors).toHaveLength(1);
  });

  it("fails on a dynamic import from a shell into the core", () => {
    const errors = layerErrors(
      "src/workflows/lazy.ts",
      'export const load = () => import("../taskpane/operations");\n'
    );
    expect(errors).toHaveLength(1);
  });

  it("keeps the two hosts apart", () => {
    const errors = layerErrors(
      "src/excel/peer.ts",
      'import { writeWorkbook } from "../xlsx/write-workbook";\nexport const w = writeWorkbook;\n'
    );
    expect(errors).toEqual([expect.stringContaining("peers of one layer")]);
  });

  it("lets a layer import downwards and within itself", () => {
    const code =
      'import { t } from "../strings";\nimport { passLine } from "./verdict";\nexport const x = [t, passLine];\n';
    expect(layerErrors("src/standard/fine.ts", code)).toEqual([]);
    const shell =
      'import { consolidateFiles } from "../workflows";\nexport const c = consolidateFiles;\n';
    expect(layerErrors("src/cli/fine.ts", shell)).toEqual([]);
  });

  it("keeps the pane out of src/excel except at its start-up wiring", () => {
    const around =
      'import { officeWorkbook } from "../../excel";\nexport const o = officeWorkbook;\n';
    expect(layerErrors("src/taskpane/hooks/useShortcut.ts", around)).toEqual([
      expect.stringContaining("go through src/workflows"),
    ]);
    const wiring =
      'import { officeHost } from "../excel/office-host";\nexport const h = officeHost;\n';
    expect(layerErrors("src/taskpane/index.tsx", wiring)).toEqual([]);
    const door = 'import { writeEntry } from "../../workflows";\nexport const w = writeEntry;\n';
    expect(layerErrors("src/taskpane/hooks/useShortcut.ts", door)).toEqual([]);
  });
});
