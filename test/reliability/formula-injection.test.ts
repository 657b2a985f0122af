/**
 * Every string that crosses from a judge's file into the secretariat's workbook or the CLI's output
 * — applicant, judge, 成熟度, 优点, 改进机会, sheet name, file name — arrives as text, in both hosts.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run } from "../../src/cli/main";
import { consolidate, type FileInput } from "../../src/consolidate";
import { consolidationWorkbook } from "../../src/secretariat-sheets";
import { type SheetPlan } from "../../src/sheet-kit";
import { entryName } from "../../src/workbook-format";
import { defaultStandard as std, subItemsForItem } from "../../src/standard";
import { openScoringWorkbook, readScoringSheets, writeWorkbook, XlsxPackage } from "../../src/xlsx";
import { host, writeNewSheetsTo } from "../support/excel-host";
import { setCells } from "../support/xlsx-cells";

const EVIL = {
  applicant: '=HYPERLINK("http://example.invalid","申报")',
  judge: "@SUM(1+1)",
  maturity: "=1+1",
  strength: "+cmd|' /C calc'!A0",
  improvement: "-2+3",
  file: "=评委(1).xlsx",
};

let plans: SheetPlan[];
let json: any;

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mh-inject-"));
  const file = path.join(dir, EVIL.file);
  const quiet = { out: () => undefined, err: () => undefined };
  expect(
    await run(
      ["template", "-o", file, "--item", "2", "--applicant", EVIL.applicant, "--judge", EVIL.judge],
      quiet
    )
  ).toBe(0);
  const bytes = new Uint8Array(fs.readFileSync(file));
  const [sheet] = await readScoringSheets(bytes);
  const edits: Record<string, string | number> = {};
  for (const s of subItemsForItem(std, 2)) {
    edits[sheet.names[entryName("score", s.code)]] = s.max / 2;
    edits[sheet.names[entryName("maturity", s.code)]] = EVIL.maturity;
    edits[sheet.names[entryName("strength", s.code)]] = EVIL.strength;
    edits[sheet.names[entryName("improvement", s.code)]] = EVIL.improvement;
  }
  fs.writeFileSync(file, await setCells(bytes, { [sheet.sheetName]: edits }));
  const inputs: FileInput[] = [
    { file: EVIL.file, result: await openScoringWorkbook(new Uint8Array(fs.readFileSync(file))) },
  ];
  // A second file with a problem, so file and sheet names also reach the 问题清单.
  fs.writeFileSync(path.join(dir, "=坏(2).xlsx"), "not a workbook");
  inputs.push({
    file: "=坏(2).xlsx",
    result: await openScoringWorkbook(
      new Uint8Array(fs.readFileSync(path.join(dir, "=坏(2).xlsx")))
    ),
  });
  plans = consolidationWorkbook(std, await consolidate(inputs));
  const out: string[] = [];
  await run(["consolidate", dir, "--json"], { out: (s) => out.push(s), err: () => undefined });
  json = JSON.parse(out.join("\n"));
}, 60000);

const sheetName = () => json.applications[0].judges[0].sheet as string;
const entryPoints = () => ({ ...EVIL, sheet: sheetName() });

describe("formula injection", () => {
  it("the CLI's JSON carries every string verbatim", () => {
    const a = json.applications[0];
    expect([a.applicant, a.judges[0].judge, path.basename(a.judges[0].file)]).toEqual([
      EVIL.applicant,
      EVIL.judge,
      EVIL.file,
    ]);
    expect(sheetName().startsWith("=HYPERLINK")).toBe(true);
  });

  it.each(Object.keys(EVIL).concat("sheet"))(
    "the .xlsx host writes the %s as text",
    async (point) => {
      const value = (entryPoints() as Record<string, string>)[point];
      const pkg = await XlsxPackage.open(await writeWorkbook(plans));
      let found = 0;
      for (const s of pkg.sheets) {
        for (const cell of (await pkg.readSheet(s.index)).cells.values()) {
          if (typeof cell.value === "string" && cell.value.includes(value)) {
            found++;
            expect(cell.formula).toBeUndefined();
          }
          expect(cell.formula ?? "").not.toContain(value.slice(1));
        }
      }
      expect(found).toBeGreaterThan(0);
    }
  );

  it.each(Object.keys(EVIL).concat("sheet"))(
    "the Office.js host writes the %s as text, in text-formatted cells",
    async (point) => {
      const value = (entryPoints() as Record<string, string>)[point];
      const { excel, caps, port } = host();
      await writeNewSheetsTo(port, plans, caps);
      let found = 0;
      for (const s of excel.state.sheets) {
        for (const cell of s.cells.values()) {
          if (typeof cell.value === "string" && cell.value.includes(value)) {
            found++;
            expect(cell.formula).toBeUndefined();
            if (cell.value.startsWith(value)) expect(cell.numberFormat).toBe("@");
          }
          expect(cell.formula ?? "").not.toContain(value.slice(1));
        }
      }
      expect(found).toBeGreaterThan(0);
    }
  );
});
