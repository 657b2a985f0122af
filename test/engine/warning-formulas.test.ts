/**
 * The scoring-quality warnings (src/standard/warnings.ts), the reason of an invalid score
 * (scoring-rules.ts) and the sheet's 提示 column, per-row count and MH_WARNINGS agree once
 * LibreOffice has recalculated the sheet — for every item, on
 * the .xlsx path and on the Office.js path (the double, exported) — and the verdict is the one
 * the scores alone give.
 */
import { expect, it } from "@jest/globals";
import fc from "fast-check";
import type { CellValue } from "../../src/sheet-kit";
import { buildGuideSheet, buildScoringSheetPlan, COLUMNS } from "../../src/judge-sheets";
import {
  bandForPercent,
  bandLabel,
  bandLabels,
  defaultStandard as std,
  earlierBandLabel,
  earlierBandLabels,
  entryWarningCodes,
  hintText,
  itemNumbers,
  sheetFigures,
  sheetWarnings,
  subItemsForItem,
  type SubItem,
  type WarningCode,
} from "../../src/standard";
import { readScoringSheets, writeWorkbook, XlsxPackage } from "../../src/xlsx";
import { entryName, type EntryField } from "../../src/workbook-format";
import { columnLetter } from "../../src/sheet-kit";
import { convertWithEngine, describeWithEngine, tempDir } from "../support/engine";
import { exportXlsx } from "../support/excel-double";
import { host, generateScoringSheet, readWorkbookSheets, writeEntry } from "../support/excel-host";
import { recordFuzz } from "../support/fuzz-report";
import { setCells } from "../support/xlsx-cells";

type Entry = Partial<Record<EntryField, CellValue>>;
type Sheet = { name: string; item: number; entries: Record<string, Entry> };

const band = (percent: number) => bandLabel(std, bandForPercent(std, percent));
/** The band's label on sheets made before the ordinal ("50–65% 协调一致"). */
const earlier = (percent: number) => earlierBandLabel(std, bandForPercent(std, percent));
const points = (sub: SubItem, percent: number) => Math.round(sub.max * percent) / 100;

/**
 * Each case with the warnings the rule must give and, for an invalid score, the reason the 提示
 * column gives (written out, not computed by the rule).
 */
const CASES: {
  entry: (s: SubItem) => Entry;
  codes: WarningCode[];
  hint?: (s: SubItem) => string;
}[] = [
  { entry: (s) => ({ score: points(s, 55), maturity: band(55), strength: "证据充分" }), codes: [] },
  {
    entry: (s) => ({ score: points(s, 55), maturity: band(35), improvement: "可改进" }),
    codes: ["band-mismatch"],
  },
  { entry: (s) => ({ score: points(s, 30), strength: "有依据" }), codes: ["no-band"] },
  { entry: (s) => ({ score: points(s, 70), maturity: band(70) }), codes: ["no-comment"] },
  {
    entry: (s) => ({ score: points(s, 57), maturity: band(57), strength: "依据" }),
    codes: ["off-grid"],
  },
  // 7 % lies between 0–5 % and 10–25 %: it belongs to the lower band.
  {
    entry: (s) => ({ score: points(s, 7), maturity: band(0), strength: "依据" }),
    codes: ["off-grid"],
  },
  { entry: (s) => ({ score: points(s, 47) }), codes: ["no-band", "no-comment", "off-grid"] },
  {
    entry: (s) => ({ score: s.max, maturity: "很好", improvement: "无" }),
    codes: ["band-mismatch"],
  },
  // A band chosen on a sheet made before the ordinal: still that band.
  { entry: (s) => ({ score: points(s, 55), maturity: earlier(55), strength: "依据" }), codes: [] },
  {
    entry: (s) => ({ score: points(s, 90), maturity: earlier(70), strength: "依据" }),
    codes: ["band-mismatch"],
  },
  // Not a valid score: an error (有误), never a warning; 提示 says why.
  { entry: (s) => ({ score: s.max + 1 }), codes: [], hint: (s) => `有误：超过满分 ${s.max}` },
  {
    entry: () => ({ score: -2.5, maturity: band(0), strength: "依据" }),
    codes: [],
    hint: () => "有误：小于 0",
  },
  { entry: () => ({ score: "四十", strength: "依据" }), codes: [], hint: () => "有误：不是数字" },
  { entry: () => ({ maturity: band(55) }), codes: [] },
];

/** Two sheets per item, so that every case lands on every item's rows at least once. */
type Expected = Map<string, Record<string, { codes: WarningCode[]; hint: string }>>;

function casesSheets(): { sheets: Sheet[]; expected: Expected } {
  const sheets: Sheet[] = [];
  const expected: Expected = new Map();
  for (const item of itemNumbers(std)) {
    const subs = subItemsForItem(std, item);
    for (const k of [0, 1]) {
      const name = `${item}-${k}`;
      const entries: Record<string, Entry> = {};
      const codes: Record<string, { codes: WarningCode[]; hint: string }> = {};
      subs.forEach((sub, i) => {
        const c = CASES[(k * subs.length + i) % CASES.length];
        entries[sub.code] = c.entry(sub);
        codes[sub.code] = { codes: c.codes, hint: c.hint?.(sub) ?? "" };
      });
      sheets.push({ name, item, entries });
      expected.set(name, codes);
    }
  }
  return { sheets, expected };
}

/** The .xlsx path: generated sheets (and their guide), filled through the names. */
async function viaXlsx(sheets: Sheet[]): Promise<Uint8Array> {
  const guide = buildGuideSheet(std, itemNumbers(std));
  const plans = sheets.map((s) =>
    buildScoringSheetPlan(
      std,
      { applicant: s.name, item: s.item, judge: "甲", date: "2026-11-25" },
      { sheetName: s.name, guide: guide.links }
    )
  );
  const template = await writeWorkbook([...plans, guide.plan]);
  const read = await readScoringSheets(template);
  const edits: Record<string, Record<string, CellValue>> = {};
  sheets.forEach((s, i) => {
    edits[s.name] = {};
    for (const [code, entry] of Object.entries(s.entries))
      for (const [field, value] of Object.entries(entry) as [EntryField, CellValue][])
        edits[s.name][read[i].names[entryName(field, code)]] = value;
  });
  return setCells(template, edits);
}

/** The Office.js path: the same sheets generated and filled on the double, then exported. */
async function viaOfficeJs(sheets: Sheet[]): Promise<Uint8Array> {
  const { excel, caps, port } = host();
  for (const s of sheets) {
    const header = { applicant: s.name, item: s.item, judge: "甲", date: "2026-11-25" };
    await (async () => {
      const workbook = await readWorkbookSheets(port);
      return generateScoringSheet(
        port,
        { standard: std, header, sheetName: s.name, mode: "new", workbook },
        caps
      );
    })();
    for (const [code, entry] of Object.entries(s.entries))
      await writeEntry(port, s.name, code, entry);
  }
  return exportXlsx(excel);
}

interface RowResult {
  text: CellValue | undefined;
  count: CellValue | undefined;
}

/** After LibreOffice: each sheet's rows (提示 text and count), MH_WARNINGS and verdict. */
async function recalculated(bytes: Uint8Array, label: string) {
  const out = await convertWithEngine(bytes, `${label}.xlsx`, "xlsx", tempDir(label));
  const pkg = await XlsxPackage.open(out.bytes);
  const sheets = await readScoringSheets(out.bytes);
  const result = new Map<
    string,
    { rows: Record<string, RowResult>; total: CellValue; verdict: CellValue }
  >();
  for (const s of sheets) {
    const content = await pkg.readSheet(s.sheetIndex);
    const rows: Record<string, RowResult> = {};
    for (const code of Object.keys(s.entries)) {
      const row = /\d+/.exec(s.names[entryName("score", code)])![0];
      const cell = (column: number) => content.cells.get(`${columnLetter(column)}${row}`)?.value;
      rows[code] = { text: cell(COLUMNS.hint) ?? "", count: cell(COLUMNS.warnings) };
    }
    result.set(s.sheetName, { rows, total: s.cached.warnings, verdict: s.cached.verdict });
  }
  return result;
}

function expectAgreement(
  got: Awaited<ReturnType<typeof recalculated>>,
  sheets: Sheet[],
  expected?: Expected
): number {
  let disagreements = 0;
  for (const s of sheets) {
    const g = got.get(s.name)!;
    const warnings = sheetWarnings(std, s.item, s.entries);
    for (const sub of subItemsForItem(std, s.item)) {
      const codes = entryWarningCodes(std, sub, s.entries[sub.code]);
      const hint = hintText(std, sub, s.entries[sub.code]);
      if (expected) {
        const e = expected.get(s.name)![sub.code];
        expect([s.name, sub.code, codes]).toEqual([s.name, sub.code, e.codes]);
        if (e.hint) expect([s.name, sub.code, hint]).toEqual([s.name, sub.code, e.hint]);
      }
      const want = { text: hint, count: codes.length };
      if (JSON.stringify(g.rows[sub.code]) !== JSON.stringify(want)) disagreements++;
      expect([s.name, sub.code, g.rows[sub.code]]).toEqual([s.name, sub.code, want]);
    }
    const scores = Object.fromEntries(Object.entries(s.entries).map(([c, e]) => [c, e.score]));
    expect([s.name, g.total, g.verdict]).toEqual([
      s.name,
      warnings.length,
      sheetFigures(std, s.item, scores).verdict,
    ]);
  }
  return disagreements;
}

describeWithEngine("scoring-quality warnings: src/standard and the sheet's formulas", () => {
  it("give exactly the expected warnings for every item, through .xlsx and through Office.js", async () => {
    const { sheets, expected } = casesSheets();
    const rows = [...expected.values()].flatMap((e) => Object.values(e));
    const codes = new Set(rows.flatMap((e) => e.codes));
    expect([...codes].sort()).toEqual(["band-mismatch", "no-band", "no-comment", "off-grid"]);
    // Every reason of 有误 lands on some row.
    const reasons = new Set(rows.map((e) => e.hint.replace(/满分 \d+$/, "满分")).filter(Boolean));
    expect([...reasons].sort()).toEqual(
      ["有误：不是数字", "有误：小于 0", "有误：超过满分"].sort()
    );
    expectAgreement(await recalculated(await viaXlsx(sheets), "warn-xlsx"), sheets, expected);
    expectAgreement(
      await recalculated(await viaOfficeJs(sheets), "warn-officejs"),
      sheets,
      expected
    );
  });

  it("agree on random entries", async () => {
    const SEED = 20261125;
    const labels = bandLabels(std);
    const entryFor = (sub: SubItem) =>
      fc.record({
        score: fc.oneof(
          fc.integer({ min: 0, max: 20 }).map((k) => (sub.max * k * 5) / 100),
          fc.integer({ min: 0, max: sub.max * 100 }).map((h) => h / 100),
          fc.constantFrom<CellValue>(null, "四十", sub.max + 5, -1, true)
        ),
        maturity: fc.constantFrom<CellValue>(null, ...labels, ...earlierBandLabels(std), "好"),
        strength: fc.constantFrom<CellValue>(null, "有依据"),
        improvement: fc.constantFrom<CellValue>(null, "可改进"),
      });
    const sample = fc.sample(
      fc
        .integer({ min: 1, max: 5 })
        .chain((item) =>
          fc.tuple(fc.constant(item), fc.tuple(...subItemsForItem(std, item).map(entryFor)))
        ),
      { seed: SEED, numRuns: 40 }
    );
    const sheets: Sheet[] = sample.map(([item, entries], i) => ({
      name: `R${i}`,
      item,
      entries: Object.fromEntries(
        subItemsForItem(std, item).map((s, k) => [s.code, entries[k] as Entry])
      ),
    }));
    const disagreements = expectAgreement(
      await recalculated(await viaXlsx(sheets), "warn-random"),
      sheets
    );
    recordFuzz("warnings-vs-formulas", { inputs: sheets.length, disagreements, seed: SEED });
  });
});
