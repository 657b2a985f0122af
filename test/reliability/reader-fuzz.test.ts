/**
 * The reader against hostile bytes: truncated, bit-flipped, zero-length, random, renamed-text and
 * zip-bomb files. Every one gives a result (sheets or a problem code), never an exception, and
 * consolidating them together with good files changes no good figure.
 * Fixed seed and count: the campaign is the same on every run.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import JSZip from "jszip";
import { consolidate, type FileInput } from "../../src/consolidate";
import { buildScoringSheetPlan } from "../../src/judge-sheets";
import { defaultStandard as std, subItemsForItem } from "../../src/standard";
import {
  DEFAULT_LIMITS,
  openScoringWorkbook,
  writeWorkbook,
  type OpenResult,
} from "../../src/xlsx";
import { OPEN_PROBLEM_CODES } from "../../src/workbook-format";
import { recordFuzz } from "../support/fuzz-report";

const SEED = 20261124;
const KNOWN = new Set<string>(OPEN_PROBLEM_CODES);

let corpus: Uint8Array[] = [];
const tally = { inputs: 0, escaped: 0, ok: 0, problems: 0 };

async function safeOpen(bytes: Uint8Array): Promise<OpenResult | "escaped"> {
  tally.inputs++;
  try {
    const r = await openScoringWorkbook(bytes);
    if (r.ok) tally.ok++;
    else tally.problems++;
    return r;
  } catch {
    tally.escaped++;
    return "escaped";
  }
}

beforeAll(async () => {
  corpus = [];
  for (const item of [1, 2, 3, 4, 5]) {
    const entries = Object.fromEntries(
      subItemsForItem(std, item).map((s) => [s.code, { score: s.max / 2, strength: "依据" }])
    );
    corpus.push(
      await writeWorkbook([
        buildScoringSheetPlan(
          std,
          { applicant: `申报${item}`, item, judge: "甲", date: "2026-11-20" },
          { entries }
        ),
      ])
    );
  }
});

function checkResult(r: OpenResult | "escaped") {
  expect(r).not.toBe("escaped");
  if (r !== "escaped" && !r.ok) {
    expect(KNOWN.has(r.code)).toBe(true);
    expect(r.message.length).toBeGreaterThan(4);
  }
}

describe("the reader under fuzzing (fixed seed)", () => {
  it("survives truncation at any length", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 4 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        async (i, f) => {
          const good = corpus[i];
          checkResult(await safeOpen(good.subarray(0, Math.floor(good.length * f))));
        }
      ),
      { seed: SEED, numRuns: 600 }
    );
  });

  it("survives flipped bits", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 4 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        async (i, flips) => {
          const bytes = new Uint8Array(corpus[i]);
          for (const f of flips) bytes[f % bytes.length] ^= 1 << (f % 8);
          checkResult(await safeOpen(bytes));
        }
      ),
      { seed: SEED + 1, numRuns: 800 }
    );
  });

  it("survives random bytes, zero length and renamed text", async () => {
    checkResult(await safeOpen(new Uint8Array(0)));
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) =>
        checkResult(await safeOpen(bytes))
      ),
      { seed: SEED + 2, numRuns: 300 }
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 500 }), async (text) => {
        const r = await safeOpen(new TextEncoder().encode(text));
        checkResult(r);
        if (r !== "escaped") expect(r.ok).toBe(false);
      }),
      { seed: SEED + 3, numRuns: 300 }
    );
    // A zip signature followed by garbage.
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (tail) =>
        checkResult(await safeOpen(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail])))
      ),
      { seed: SEED + 4, numRuns: 200 }
    );
  });

  it("refuses zip bombs from the directory, before inflating", async () => {
    // A real one: 210 MB of zeros compress to a few hundred KB.
    const zip = await JSZip.loadAsync(corpus[0]);
    zip.file("xl/media/zeros.bin", new Uint8Array(210 * 1024 * 1024));
    const bomb = await zip.generateAsync({
      type: "uint8array",
      compression: "DEFLATE",
      compressionOptions: { level: 9 },
    });
    expect(bomb.length).toBeLessThan(DEFAULT_LIMITS.maxFileBytes);
    const r = await safeOpen(bomb);
    expect(r).toMatchObject({ ok: false, code: "too-expanded" });
    // Directories that lie about sizes, fuzzed: declared sizes up to 4 GB.
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 4 }),
        fc.nat({ max: 0xffffffff }),
        async (i, size) => {
          const bytes = new Uint8Array(corpus[i]);
          const view = new DataView(bytes.buffer);
          for (let p = bytes.length - 22; p > 0; p--) {
            if (view.getUint32(p, true) === 0x02014b50) {
              view.setUint32(p + 24, size, true);
              break;
            }
          }
          checkResult(await safeOpen(bytes));
        }
      ),
      { seed: SEED + 5, numRuns: 200 }
    );
  }, 60000);

  it("refuses a file over the size limit and a DTD", async () => {
    const big = new Uint8Array(DEFAULT_LIMITS.maxFileBytes + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await safeOpen(big)).toMatchObject({ ok: false, code: "too-large" });
    const zip = await JSZip.loadAsync(corpus[1]);
    const wb = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", wb.replace("?>", '?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>'));
    expect(await safeOpen(await zip.generateAsync({ type: "uint8array" }))).toMatchObject({
      ok: false,
      code: "dtd",
    });
  });

  it("keeps every good figure when bad files are consolidated with the good ones", async () => {
    const good: FileInput[] = [];
    for (const [i, bytes] of corpus.entries())
      good.push({ file: `good${i}.xlsx`, result: (await safeOpen(bytes)) as OpenResult });
    const baseline = await consolidate(good);
    let changed = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uint8Array({ maxLength: 1024 }), { minLength: 1, maxLength: 4 }),
        async (bads) => {
          const extra: FileInput[] = [];
          for (const [i, b] of bads.entries())
            extra.push({ file: `bad${i}.xlsx`, result: (await safeOpen(b)) as OpenResult });
          const mixed = await consolidate([...extra.slice(0, 1), ...good, ...extra.slice(1)]);
          if (JSON.stringify(mixed.applications) !== JSON.stringify(baseline.applications))
            changed++;
        }
      ),
      { seed: SEED + 6, numRuns: 100 }
    );
    expect(changed).toBe(0);
    expect(tally.escaped).toBe(0);
    recordFuzz("reader", {
      inputs: tally.inputs,
      escapedExceptions: tally.escaped,
      readOk: tally.ok,
      problemEntries: tally.problems,
      changedGoodFigures: changed,
      seed: SEED,
    });
  });
});
