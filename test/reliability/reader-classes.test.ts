/**
 * Every class of hostile or unlucky file the reader must answer honestly: sizes and counts that
 * lie, XML that is legal but unusual, XML that is broken in ways that once made the reader slow,
 * names that clash, traces of submission, each failure with its true reason. Every test
 * asserts the exact zh-CN message and that a valid sheet read in the same run still counts.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { consolidate, type FileInput } from "../../src/consolidate";
import { buildScoringSheetPlan } from "../../src/judge-sheets";
import { defaultStandard as std, subItemsForItem } from "../../src/standard";
import { t } from "../../src/strings";
import { entryName, NAMES } from "../../src/workbook-format";
import {
  DEFAULT_LIMITS,
  openScoringWorkbook,
  readRosterWorkbook,
  writeWorkbook,
  XlsxPackage,
  ZipArchive,
  ZipError,
  type OpenResult,
} from "../../src/xlsx";
import { bytes, partsOf, rawZip, text, zipOf } from "../support/raw-zip";

const SHEET1 = "xl/worksheets/sheet1.xml";
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const unreadable = (detail: string) => t("problem.unreadable", { detail });

let good: Uint8Array; // two scoring sheets (甲, 乙) by judge 张三
let other: Uint8Array; // one scoring sheet (丙) by judge 李四, in a file of its own
let parts: Map<string, Uint8Array>;

const plan = (applicant: string, judge: string, percent = 50) =>
  buildScoringSheetPlan(
    std,
    { applicant, item: 2, judge, date: "2026-11-20" },
    {
      entries: Object.fromEntries(
        subItemsForItem(std, 2).map((s) => [
          s.code,
          { score: (s.max * percent) / 100, strength: "依据" },
        ])
      ),
    }
  );

beforeAll(async () => {
  good = await writeWorkbook([plan("申报甲", "张三"), plan("申报乙", "张三", 60)]);
  other = await writeWorkbook([plan("申报丙", "李四", 70)]);
  parts = await partsOf(good);
});

const open = (b: Uint8Array) => openScoringWorkbook(b);

/** The hostile file consolidated with a good one: the good one's sheet always counts. */
async function withGoodFile(hostile: OpenResult) {
  const files: FileInput[] = [
    { file: "hostile.xlsx", result: hostile },
    { file: "good.xlsx", result: await open(other) },
  ];
  const result = await consolidate(files);
  const counted = result.applications.find((a) => a.applicant === "申报丙");
  expect(counted?.judges.map((j) => j.judge)).toEqual(["李四"]);
  return result;
}

const sheetXml = () => text(parts.get(SHEET1)!);
const withSheet = (xml: string) => zipOf(parts, { [SHEET1]: { name: SHEET1, data: bytes(xml) } });

describe("sizes and counts are enforced, not trusted", () => {
  it("stops inflating a part at the size its directory states (a bomb that understates it)", async () => {
    // 64 MB of spaces compress to about 64 KB; the directory says the part is 1 KB.
    const padded = sheetXml().replace("<sheetData>", "<sheetData>" + " ".repeat(64 << 20));
    const bomb = zipOf(parts, {
      [SHEET1]: { name: SHEET1, data: bytes(padded), declaredSize: 1024 },
    });
    expect(bomb.length).toBeLessThan(1 << 20);
    const r = await open(bomb);
    expect(r).toEqual({
      ok: false,
      code: "unreadable",
      message: unreadable(t("problem.detail.size", { name: SHEET1 })),
    });
    // Inflating stopped one byte past the declared size: 64 MB were never produced.
    const zip = ZipArchive.open(bomb, DEFAULT_LIMITS);
    await expect(zip.read(SHEET1)).rejects.toThrow(ZipError);
    expect(zip.inflatedSoFar.bytes).toBe(1025);
    await withGoodFile(r);
  }, 30000);

  /** A judge's varied comment at Excel's limit of 32,767 characters. */
  const PHRASES = [
    "质量管理体系运行有效",
    "创新成果已在三个车间推广",
    "数据支撑较为充分",
    "对标国内先进水平",
    "改进机会在于量化成效",
    "顾客满意度逐年提升",
    "过程控制记录完整",
    "员工参与程度较高",
  ];
  const comment = (seed: number) => {
    let text = "";
    for (let k = seed; text.length < 32767; k = (k * 1103515245 + 12345) % 2 ** 31)
      text += PHRASES[k % PHRASES.length] + (k % 3 ? "，" : "。");
    return text.slice(0, 32767);
  };
  /** `n` sheets of item 1 (18 comment cells each), every comment at the limit. */
  const longComments = (n: number) =>
    writeWorkbook(
      Array.from({ length: n }, (_, i) =>
        buildScoringSheetPlan(
          std,
          {
            applicant: `上海第${i + 1}号精密机械有限公司`,
            item: 1,
            judge: "王五",
            date: "2026-11-20",
          },
          {
            entries: Object.fromEntries(
              subItemsForItem(std, 1).map((s, k) => [
                s.code,
                {
                  score: s.max / 2,
                  strength: comment(i * 100 + k),
                  improvement: comment(i * 100 + k + 50),
                },
              ])
            ),
          }
        )
      )
    );

  it("reads a judge's workbook of 30 MB of comments at Excel's limit, and refuses one past the read budget, naming it", async () => {
    const within = await longComments(17);
    const pkg = await XlsxPackage.open(within);
    await pkg.sharedStrings();
    for (const s of pkg.sheets) await pkg.readSheet(s.index, new Set(["B2"]));
    expect(pkg.inflatedSoFar.bytes).toBeGreaterThan(29 * 2 ** 20);
    expect(pkg.inflatedSoFar.bytes).toBeLessThan(DEFAULT_LIMITS.readBudgetBytes);
    const read = await open(within);
    if (!read.ok) throw new Error(read.message);
    expect(read.sheets).toHaveLength(17);
    expect(read.sheets[16].entries["1.1"].strength).toBe(comment(1600));
    const counted = await withGoodFile(read);
    expect(counted.applications.filter((a) => a.judges.length === 1)).toHaveLength(18);
    // Two sheets more: the shared strings alone would pass the budget; refused before inflating them.
    const past = await open(await longComments(19));
    // The size is what the parts read would come to (the budget spent so far and the next part).
    const [before, after] = t("problem.overReadBudget", { size: "\u0000", limit: "32.0" }).split(
      "\u0000"
    );
    expect(past).toEqual({ ok: false, code: "too-expanded", message: expect.any(String) });
    if (past.ok) return;
    expect(past.message.slice(before.length, -after.length)).toMatch(/^32\.[1-9]$/);
    expect(past.message).toBe(
      t("problem.overReadBudget", {
        size: past.message.slice(before.length, -after.length),
        limit: "32.0",
      })
    );
    await withGoodFile(past);
  }, 60000);

  it("counts the entries it walks: an end record that understates them hides nothing", async () => {
    const many = [...parts].map(([name, data]) => ({ name, data }));
    for (let i = 0; i <= DEFAULT_LIMITS.maxEntries; i++)
      many.push({ name: `xl/media/x${i}.bin`, data: new Uint8Array(1) });
    const r = await open(rawZip(many, { declaredCount: 10 }));
    expect(r).toEqual({
      ok: false,
      code: "too-many-entries",
      message: t("problem.tooManyEntriesHidden", { limit: DEFAULT_LIMITS.maxEntries }),
    });
    await withGoodFile(r);
  });

  it("reads a part shared by many sheet entries once", async () => {
    const wb = text(parts.get("xl/workbook.xml")!);
    const extra = Array.from(
      { length: 200 },
      (_, i) => `<sheet name="副本${i}" sheetId="${100 + i}" r:id="rId3"/>`
    ).join("");
    const many = zipOf(parts, {
      "xl/workbook.xml": {
        name: "xl/workbook.xml",
        data: bytes(wb.replace("</sheets>", `${extra}</sheets>`)),
      },
    });
    const pkg = await XlsxPackage.open(many);
    expect(pkg.sheets).toHaveLength(202);
    for (const s of pkg.sheets) await pkg.readSheet(s.index);
    // workbook, its relationships, shared strings and two sheets' parts: each once.
    expect(pkg.inflatedSoFar.parts).toBeLessThanOrEqual(5);
    expect((await open(many)).ok).toBe(true);
  });
});

describe("the XML is read by its rules", () => {
  it("answers unclosed elements at once, as damage", async () => {
    const broken = sheetXml().replace("</sheetData>", '<row r="99"><c r="A99"><v>1'.repeat(500));
    const r = await open(withSheet(broken));
    expect(r).toEqual({
      ok: false,
      code: "unreadable",
      message: unreadable(t("problem.detail.xml")),
    });
    await withGoodFile(r);
  });

  /** `n` cells in every spelling (prefix, new line or tab after the name), in rows from 1000. */
  const manyCells = (
    n: number,
    cell: (ref: string) => string = (r) => `<c r="${r}"><v>1</v></c>`
  ) => {
    const spelled = (ref: string, i: number) =>
      [
        cell(ref).replace("<c r=", "<c\nr="),
        cell(ref).replace(/<(\/?)(c|v)([ >])/g, "<$1x:$2$3"),
        cell(ref).replace("<c r=", "<c\tr=").replace("</c>", "</c >"),
      ][i % 3];
    const rows = Array.from(
      { length: n },
      (_, i) => `<row r="${1000 + i}">${spelled(`Z${1000 + i}`, i)}</row>`
    ).join("");
    return sheetXml()
      .replace("<worksheet ", `<worksheet xmlns:x="${MAIN_NS}" `)
      .replace("</sheetData>", rows + "</sheetData>");
  };

  it("reads a judge's sheet of more cells than the cell limit: only the named ones are kept (a valid 2.8 MB file)", async () => {
    // LibreOffice writes a styled <c> for every cell of a formatted block; Excel opens the file.
    const n = DEFAULT_LIMITS.maxCells + 1;
    const xml = manyCells(n, (r) => `<c r="${r}" s="3"/>`);
    expect(xml.length).toBeGreaterThan(2.8e6);
    const r = await open(withSheet(xml));
    if (!r.ok) throw new Error(r.message);
    expect(r.sheetProblems).toEqual([]);
    expect(r.sheets.map((s) => [s.applicant, s.entries["2.1"].score])).toEqual([
      ["申报甲", 60],
      ["申报乙", 72],
    ]);
    const result = await withGoodFile(r);
    expect(result.problems).toEqual([]);
    for (const applicant of ["申报甲", "申报乙"])
      expect(result.applications.find((a) => a.applicant === applicant)?.judges).toHaveLength(1);
  }, 30000);

  it("where every cell is kept (a roster), counts every spelling against the limit, per sheet", async () => {
    const n = DEFAULT_LIMITS.maxCells + 1;
    const pkg = await XlsxPackage.open(withSheet(manyCells(n)));
    const limit = t("problem.tooManyCellsBounded", {
      sheet: "申报甲",
      limit: DEFAULT_LIMITS.maxCells,
    });
    await expect(pkg.readSheet(0)).rejects.toThrow(limit);
    // The sibling sheet is read in full.
    expect((await pkg.readSheet(1)).cells.get("B2")?.value).toBe("申报乙");
    // A roster whose 申报 sheet is that large says so, with the sheet.
    const roster = zipOf(parts, {
      "xl/workbook.xml": {
        name: "xl/workbook.xml",
        data: bytes(text(parts.get("xl/workbook.xml")!).replace('name="申报甲"', 'name="申报"')),
      },
      [SHEET1]: { name: SHEET1, data: bytes(manyCells(n)) },
    });
    expect(await readRosterWorkbook(roster)).toEqual({
      ok: false,
      code: "too-many-cells",
      message: t("problem.tooManyCellsBounded", { sheet: "申报", limit: DEFAULT_LIMITS.maxCells }),
    });
  }, 30000);

  it.each([
    ["a score cell with two <v>", "D7", "v", '<c r="D7" s="11"><v>60</v><v>6</v></c>'],
    [
      "a title cell (no name points at it) with two <v>",
      "A1",
      "v",
      '<c r="A1" s="1" t="s"><v>0</v><v>1</v></c>',
    ],
    ["a ratio cell with two <f>", "E7", "f", '<c r="E7" s="12"><f>D7/C7</f><f>1</f><v>0.5</v></c>'],
    [
      "the applicant cell with two <is>",
      "B2",
      "is",
      '<c r="B2" s="4" t="inlineStr"><is><t>申报甲</t></is><is><t>申报丁</t></is></c>',
    ],
  ])(
    "a sheet with %s is kept out (Excel would repair it), reported at that cell; its sibling counts",
    async (_, cell, element, doubled) => {
      const xml = sheetXml().replace(new RegExp(`<c r="${cell}"[^>]*?(/>|>.*?</c>)`), doubled);
      expect(xml).toContain(doubled);
      const r = await open(withSheet(xml));
      if (!r.ok) throw new Error(r.message);
      const part = t(`problem.cellPart.${element as "v" | "f" | "is"}`);
      const message = t("problem.duplicateValue", { sheet: "申报甲", cell, element, part });
      expect(r.sheetProblems).toEqual([
        { sheet: "申报甲", code: "duplicate-value", message, cell },
      ]);
      expect(r.sheets.map((s) => s.applicant)).toEqual(["申报乙"]);
      const result = await withGoodFile(r);
      expect(result.problems).toEqual([
        { file: "hostile.xlsx", sheet: "申报甲", cell, code: "duplicate-value", message },
      ]);
      expect(result.applications.find((a) => a.applicant === "申报乙")?.judges).toHaveLength(1);
      expect(result.applications.find((a) => a.applicant === "申报甲")).toBeUndefined();
    }
  );

  it("a cell's one formula, value and rich inline string of several runs is no repeat", async () => {
    const xml = sheetXml().replace(
      /<c r="B2"[^>]*?(\/>|>.*?<\/c>)/,
      '<c r="B2" s="4" t="inlineStr"><is><r><t>申报</t></r><r><rPr><b/></rPr><t>甲</t></r><rPh sb="0" eb="1"><t>x</t></rPh></is></c>'
    );
    const r = await open(withSheet(xml));
    if (!r.ok) throw new Error(r.message);
    expect(r.sheetProblems).toEqual([]);
    expect(r.sheets.map((s) => s.applicant)).toEqual(["申报甲", "申报乙"]);
  });

  it("a roster with a cell holding two values says which cell, not 'not a roster'", async () => {
    const roster = zipOf(parts, {
      "xl/workbook.xml": {
        name: "xl/workbook.xml",
        data: bytes(text(parts.get("xl/workbook.xml")!).replace('name="申报甲"', 'name="申报"')),
      },
      [SHEET1]: {
        name: SHEET1,
        data: bytes(
          sheetXml().replace(/<c r="B3"[^>]*?(\/>|>.*?<\/c>)/, '<c r="B3"><v>2</v><v>3</v></c>')
        ),
      },
    });
    expect(await readRosterWorkbook(roster)).toEqual({
      ok: false,
      code: "unreadable",
      message: t("problem.duplicateValue", { sheet: "申报", cell: "B3", element: "v", part: "值" }),
    });
  });

  it("never takes a cell from a comment, a CDATA section or an extension", async () => {
    const first = await open(good);
    if (!first.ok) throw new Error("good file unreadable");
    const cell = first.sheets[0].names[entryName("score", "2.1")];
    const fake = `<c r="${cell}"><v>119</v></c>`;
    const xml = sheetXml()
      .replace("<sheetData>", `<!-- ${fake} --><sheetData>`)
      .replace("</sheetData>", `</sheetData><extLst><ext uri="x"><row>${fake}</row></ext></extLst>`)
      .replace("</worksheet>", "</worksheet>")
      .replace(/(<c r="A1"[^>]*>)/, `$1<!--${fake}-->`);
    expect(xml.split(fake)).toHaveLength(4);
    const r = await open(withSheet(xml));
    if (!r.ok) throw new Error(r.message);
    expect(r.sheets[0].entries["2.1"].score).toBe(60);
    // A CDATA value is text like any other.
    const cdata = sheetXml().replace(
      new RegExp(`(<c r="${cell}"[^>]*>)<v>60</v>`),
      "$1<v><![CDATA[48]]></v>"
    );
    const r2 = await open(withSheet(cdata));
    if (!r2.ok) throw new Error(r2.message);
    expect(r2.sheets[0].entries["2.1"].score).toBe(48);
  });

  it("reads legal forms: cells without r, single quotes, UTF-16 parts, case-different targets", async () => {
    const first = await open(good);
    if (!first.ok) throw new Error("good file unreadable");
    const scoreCell = first.sheets[0].names[entryName("score", "2.1")];
    // The score cell's row rewritten with single quotes and the cells after the first without r.
    const xml = sheetXml().replace(
      /<row r="(\d+)"([^>]*)>([\s\S]*?)<\/row>/g,
      (row, r, attrs, body) => {
        if (!body.includes(`r="${scoreCell}"`)) return row;
        const cells = [...body.matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(\/>|>[\s\S]*?<\/c>)/g)];
        const cols = cells.map((m) => m[1]);
        const contiguous = cols.every(
          (c, i) => i === 0 || c.charCodeAt(0) === cols[i - 1].charCodeAt(0) + 1
        );
        const rebuilt = cells
          .map(
            (m, i) =>
              `<c${i === 0 || !contiguous ? ` r='${m[1]}${r}'` : ""}${m[2].replace(/"/g, "'")}${m[3]}`
          )
          .join("");
        return `<row r='${r}'${attrs}>${rebuilt}</row>`;
      }
    );
    expect(xml).toMatch(/<c s='\d+'/); // cells without r
    expect(xml).toMatch(/<row r='\d+'/); // single quotes
    const utf16 = new Uint8Array(
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(xml.replace('encoding="UTF-8"', 'encoding="UTF-16"'), "utf16le"),
      ])
    );
    const rels = text(parts.get("xl/_rels/workbook.xml.rels")!).replace(
      'Target="worksheets/sheet1.xml"',
      'Target="Worksheets/SHEET1.xml"'
    );
    const r = await open(
      zipOf(parts, {
        [SHEET1]: { name: SHEET1, data: utf16 },
        "xl/_rels/workbook.xml.rels": { name: "xl/_rels/workbook.xml.rels", data: bytes(rels) },
      })
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.sheets.map((s) => s.entries["2.1"].score)).toEqual(
      first.sheets.map((s) => s.entries["2.1"].score)
    );
    expect(r.sheets[0]).toEqual(first.sheets[0]);
  });
});

describe("names that point at a sheet spelled in another case", () => {
  it("read as Excel reads them: sheet names are unique ignoring case", async () => {
    // Every defined name's reference to the sheet spelled as a program might: same letters, other case.
    const plans = [plan("Shenbao A", "张三")];
    const latin = await writeWorkbook(plans);
    const latinParts = await partsOf(latin);
    const latinWb = text(latinParts.get("xl/workbook.xml")!);
    const respelled = latinWb.replace(/>'?Shenbao A'?!/g, ">'SHENBAO a'!");
    expect(respelled).not.toBe(latinWb);
    const r = await open(
      zipOf(latinParts, {
        "xl/workbook.xml": { name: "xl/workbook.xml", data: bytes(respelled) },
      })
    );
    const before = await open(latin);
    if (!r.ok || !before.ok) throw new Error("unreadable");
    expect(r.sheets.map((s) => [s.sheetName, s.entries["2.1"].score])).toEqual(
      before.sheets.map((s) => [s.sheetName, s.entries["2.1"].score])
    );
    expect(r.sheets).toHaveLength(1);
  });
});

describe("strict and honest reading", () => {
  it("takes only decimal numerals as numbers", async () => {
    const first = await open(good);
    if (!first.ok) throw new Error("good file unreadable");
    const cell = first.sheets[0].names[entryName("score", "2.1")];
    for (const spelled of ["0x10", "0b11", "0o17", "Infinity"]) {
      const xml = sheetXml().replace(
        new RegExp(`(<c r="${cell}"[^>]*>)<v>60</v>`),
        `$1<v>${spelled}</v>`
      );
      const r = await open(withSheet(xml));
      const result = await withGoodFile(r);
      expect(result.problems).toContainEqual(
        expect.objectContaining({
          code: "score-notNumber",
          cell,
          message: t("problem.scoreInvalid", {
            message: t("score.notNumber", {
              code: "2.1",
              title: "技术研发先进性",
              max: 120,
              value: spelled,
            }),
          }),
        })
      );
    }
  });

  it("resolves a sheet's own name before a workbook-scoped one, and reports duplicates", async () => {
    const wb = text(parts.get("xl/workbook.xml")!);
    // A workbook-scoped MH_APPLICANT pointing at a cell of sheet 1 that holds the judge's name.
    const judgeRef = /<definedName name="MH_JUDGE" localSheetId="0">([^<]+)</.exec(wb)![1];
    const global = `<definedName name="MH_APPLICANT">${judgeRef}</definedName>`;
    const shadowed = wb.replace("<definedNames>", `<definedNames>${global}`);
    const r = await open(
      zipOf(parts, { "xl/workbook.xml": { name: "xl/workbook.xml", data: bytes(shadowed) } })
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.sheets.map((s) => s.applicant)).toEqual(["申报甲", "申报乙"]);

    const own = /<definedName name="MH_TOTAL" localSheetId="0">[^<]+<\/definedName>/.exec(wb)![0];
    const twice = wb.replace(own, own + own.replace(/>[^<]+</, ">'申报甲'!$A$1<"));
    const r2 = await open(
      zipOf(parts, { "xl/workbook.xml": { name: "xl/workbook.xml", data: bytes(twice) } })
    );
    if (!r2.ok) throw new Error(r2.message);
    expect(r2.sheets.map((s) => s.applicant)).toEqual(["申报乙"]);
    expect(r2.sheetProblems).toEqual([
      {
        sheet: "申报甲",
        code: "duplicate-name",
        message: t("problem.duplicateName", { names: "MH_TOTAL" }),
      },
    ]);
    await withGoodFile(r2);
  });

  it("counts a sheet with any trace of finalization as finalized, and verifies it", async () => {
    const first = await open(good);
    if (!first.ok) throw new Error("good file unreadable");
    const names = first.sheets[0].names;
    // Finalized, then a score changed and the hidden status cell cleared; time and digest remain.
    const setText = (xml: string, ref: string, value: string) =>
      xml.replace(
        new RegExp(`<c r="${ref}"([^>]*?)(?:/>|>[\\s\\S]*?</c>)`),
        (_m, attrs: string) =>
          `<c r="${ref}"${attrs.replace(/\s*t="[^"]*"/, "")} t="inlineStr"><is><t>${value}</t></is></c>`
      );
    let xml = setText(sheetXml(), names[NAMES.submittedAt], "2026-11-20T16:00:00");
    xml = setText(xml, names[NAMES.digest], "0".repeat(64));
    const r = await open(withSheet(xml));
    const result = await withGoodFile(r);
    const mine = result.problems.filter((p) => p.file === "hostile.xlsx").map((p) => p.code);
    expect(mine).toEqual(["finalization-incomplete", "digest-mismatch"]);
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        code: "finalization-incomplete",
        message: t("problem.finalizationIncomplete"),
      })
    );
  });
});

describe("each failure with its true reason", () => {
  it("a CRC error in the workbook part is damage, not 'not an .xlsx'", async () => {
    const r = await open(
      zipOf(parts, {
        "xl/workbook.xml": { name: "xl/workbook.xml", data: parts.get("xl/workbook.xml")!, crc: 1 },
      })
    );
    expect(r).toEqual({
      ok: false,
      code: "unreadable",
      message: unreadable(t("problem.detail.crcPart", { name: "xl/workbook.xml" })),
    });
    await withGoodFile(r);
  });

  it("an encrypted file whose container directory sits late is still 'encrypted'", async () => {
    const ole = new Uint8Array(3 << 20);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(Buffer.from("EncryptionInfo", "utf16le"), (2 << 20) + 17);
    const r = await open(ole);
    expect(r).toEqual({ ok: false, code: "encrypted", message: t("problem.encrypted") });
    await withGoodFile(r);
  });

  it("a ZIP64 file is named as such, not as 65,535 parts", async () => {
    const zip = zipOf(parts);
    const z64 = new Uint8Array(zip.length + 20);
    z64.set(zip.subarray(0, zip.length - 22));
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    z64.set(locator, zip.length - 22);
    const end = Buffer.from(zip.subarray(zip.length - 22));
    end.writeUInt16LE(0xffff, 8);
    end.writeUInt16LE(0xffff, 10);
    z64.set(end, zip.length - 2);
    const r = await open(z64);
    expect(r).toEqual({
      ok: false,
      code: "unreadable",
      message: unreadable(t("problem.detail.zip64")),
    });
    await withGoodFile(r);
  });

  it("a local header that disagrees with the directory is damage, named", async () => {
    const raw = zipOf(parts);
    const name = Buffer.from(SHEET1);
    const at = Buffer.from(raw).indexOf(name); // the first occurrence is the local header's
    const lied = new Uint8Array(raw);
    lied[at + name.length - 5] = "2".charCodeAt(0); // "sheet1" becomes "sheet2" in the local header
    const r = await open(lied);
    expect(r).toEqual({
      ok: false,
      code: "unreadable",
      message: unreadable(t("problem.detail.entry", { name: SHEET1 })),
    });
  });
});
