/**
 * Generated hostile files, one generator per class of docs/reliability.md: zips whose directory
 * lies (sizes, counts, CRCs, methods, flags, names), XML parts with hostile fragments spliced in
 * (comments, CDATA, prefixes, quotes, entities, characters XML forbids, DOCTYPE, deep nesting,
 * extension blocks), and workbooks whose names clash. Every input gets a result — sheets or a
 * known problem with a zh-CN message — never an exception, and a good file consolidated beside
 * each of them keeps its figures (checked for every input, in every test). Fixed seeds: the same
 * campaign on every run.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { consolidate, type FileInput } from "../../src/consolidate";
import { buildScoringSheetPlan } from "../../src/judge-sheets";
import { defaultStandard as std, subItemsForItem } from "../../src/standard";
import { openScoringWorkbook, writeWorkbook, type OpenResult } from "../../src/xlsx";
import { OPEN_PROBLEM_CODES } from "../../src/workbook-format";
import { recordFuzz } from "../support/fuzz-report";
import { bytes, partsOf, rawZip, text, type RawEntry } from "../support/raw-zip";

const SEED = 20261130;
const CJK = /[\u4e00-\u9fff]/;
const KNOWN = new Set<string>(OPEN_PROBLEM_CODES);

let parts: [string, Uint8Array][] = [];
let goodInput: FileInput;
let baseline = "";
const tally = { inputs: 0, escaped: 0, ok: 0, problems: 0, consolidated: 0, changed: 0 };

beforeAll(async () => {
  const entries = Object.fromEntries(
    subItemsForItem(std, 3).map((s) => [s.code, { score: s.max / 2, strength: "依据" }])
  );
  const plan = (applicant: string, judge: string) =>
    buildScoringSheetPlan(std, { applicant, item: 3, judge, date: "2026-11-20" }, { entries });
  parts = [
    ...(await partsOf(await writeWorkbook([plan("申报甲", "张三"), plan("申报乙", "张三")]))),
  ];
  const good = await writeWorkbook([plan("申报丙", "李四")]);
  goodInput = { file: "good.xlsx", result: await openScoringWorkbook(good) };
  baseline = JSON.stringify((await consolidate([goodInput])).applications);
});

async function check(file: Uint8Array): Promise<void> {
  tally.inputs++;
  let r: OpenResult;
  try {
    r = await openScoringWorkbook(file);
  } catch (e) {
    tally.escaped++;
    throw e;
  }
  if (r.ok) {
    tally.ok++;
    for (const p of r.sheetProblems ?? []) expect(CJK.test(p.message)).toBe(true);
  } else {
    tally.problems++;
    expect(KNOWN.has(r.code)).toBe(true);
    expect(CJK.test(r.message)).toBe(true);
  }
  // Every input is consolidated beside a good file, whose figures must not move: checked here,
  // for this input, so each test fails on the input that moved them (fast-check shrinks it).
  tally.consolidated++;
  const mixed = await consolidate([{ file: "hostile.xlsx", result: r }, goodInput]);
  const mine = JSON.stringify(mixed.applications.filter((a) => a.applicant === "申报丙"));
  if (mine !== baseline) tally.changed++;
  expect(mine).toBe(baseline);
}

/** One entry of the zip changed in what its directory says. */
const zipLie = fc.record({
  entry: fc.nat(),
  declaredSize: fc.option(fc.nat({ max: 0xffffffff }), { nil: undefined }),
  crc: fc.option(fc.nat({ max: 0xffffffff }), { nil: undefined }),
  method: fc.option(fc.constantFrom(0, 1, 8, 12, 99), { nil: undefined }),
  flags: fc.option(fc.constantFrom(1, 8, 0x41), { nil: undefined }),
  rename: fc.option(
    fc.constantFrom("XL/WORKBOOK.XML", "xl/workbook.xml", "", "../x", "xl/\u00ffx"),
    {
      nil: undefined,
    }
  ),
  declaredCount: fc.option(fc.nat({ max: 0xffff }), { nil: undefined }),
});

const FRAGMENTS = [
  "<!--",
  "-->",
  "<![CDATA[",
  "]]>",
  '<x:c r="B3"><x:v>999</x:v></x:c>',
  '<c\nr="B4"\n><v>0x10</v></c>',
  "<c r='B5' t='inlineStr'><is><t>&#xFFFE;&#xD800;</t></is></c>",
  "</c>",
  "</row>",
  "<row>",
  '<!DOCTYPE x [<!ENTITY a "b">]>',
  "&#x1F600;",
  "&bogus;",
  "&#99999999;",
  '"',
  "'",
  '<extLst><ext><c r="A1"><v>1</v></c></ext></extLst>',
  "<a>".repeat(50),
  "</a>".repeat(50),
  "<?pi x?>",
  "\uFEFF",
  "<",
  ">",
  '<definedName name="MH_TOTAL">Sheet1!$A$1</definedName>',
  '<definedName name="MH_TOTAL" localSheetId="0">\'申报甲\'!$A$1</definedName>',
  '<sheet name="x" sheetId="9" r:id="rId3"/>',
];

/** One XML part with fragments spliced in at chosen places. */
const xmlSplice = fc.record({
  part: fc.constantFrom(
    "xl/worksheets/sheet1.xml",
    "xl/worksheets/sheet2.xml",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "xl/sharedStrings.xml"
  ),
  edits: fc.array(
    fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...FRAGMENTS)),
    { minLength: 1, maxLength: 4 }
  ),
  utf16: fc.boolean(),
});

function splice(xml: string, edits: [number, string][]): string {
  let out = xml;
  for (const [at, fragment] of edits) {
    const i = Math.floor(out.length * at);
    out = out.slice(0, i) + fragment + out.slice(i);
  }
  return out;
}

function withPart(name: string, data: Uint8Array): Uint8Array {
  return rawZip(parts.map(([n, d]) => ({ name: n, data: n === name ? data : d })));
}

describe("generated hostile files (fixed seeds)", () => {
  it("answers zips whose directory lies", async () => {
    await fc.assert(
      fc.asyncProperty(zipLie, async (lie) => {
        const entries: RawEntry[] = parts.map(([name, data]) => ({ name, data }));
        const k = lie.entry % entries.length;
        entries[k] = {
          ...entries[k],
          ...(lie.declaredSize !== undefined ? { declaredSize: lie.declaredSize } : {}),
          ...(lie.crc !== undefined ? { crc: lie.crc } : {}),
          ...(lie.method !== undefined ? { method: lie.method === 0 ? 0 : 8 } : {}),
          ...(lie.flags !== undefined ? { flags: lie.flags } : {}),
          ...(lie.rename !== undefined ? { name: lie.rename } : {}),
        };
        await check(rawZip(entries, { declaredCount: lie.declaredCount }));
      }),
      { seed: SEED, numRuns: 2500 }
    );
  }, 120000);

  it("answers XML parts with hostile fragments spliced in", async () => {
    await fc.assert(
      fc.asyncProperty(xmlSplice, async ({ part, edits, utf16 }) => {
        const original = parts.find(([n]) => n === part);
        if (!original) return;
        const xml = splice(text(original[1]), edits);
        const data = utf16
          ? new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, "utf16le")]))
          : bytes(xml);
        await check(withPart(part, data));
      }),
      { seed: SEED + 1, numRuns: 4500 }
    );
  }, 180000);

  it("answers workbooks whose names clash, point nowhere or shadow each other", async () => {
    const workbook = text(parts.find(([n]) => n === "xl/workbook.xml")![1]);
    const defined = [...workbook.matchAll(/<definedName [^>]*>[^<]*<\/definedName>/g)].map(
      (m) => m[0]
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(fc.nat(), fc.constantFrom("copy", "global", "other-sheet", "bad-ref", "drop")),
          { minLength: 1, maxLength: 6 }
        ),
        async (changes) => {
          let names = [...defined];
          for (const [pick, how] of changes) {
            const one = names[pick % names.length] ?? defined[0];
            if (how === "copy") names.push(one);
            else if (how === "global") names.push(one.replace(/ localSheetId="\d+"/, ""));
            else if (how === "other-sheet")
              names.push(one.replace(/localSheetId="\d+"/, 'localSheetId="1"'));
            else if (how === "bad-ref") names.push(one.replace(/>[^<]*</, ">#REF!<"));
            else names = names.filter((n) => n !== one);
          }
          const xml = workbook.replace(
            /<definedNames>[\s\S]*<\/definedNames>/,
            `<definedNames>${names.join("")}</definedNames>`
          );
          await check(withPart("xl/workbook.xml", bytes(xml)));
        }
      ),
      { seed: SEED + 2, numRuns: 1500 }
    );
    expect(tally.escaped).toBe(0);
    expect(tally.changed).toBe(0);
    recordFuzz("hostile", {
      inputs: tally.inputs,
      escapedExceptions: tally.escaped,
      readOk: tally.ok,
      problemEntries: tally.problems,
      consolidatedBesideGood: tally.consolidated,
      changedGoodFigures: tally.changed,
      seed: SEED,
    });
  }, 120000);
});
