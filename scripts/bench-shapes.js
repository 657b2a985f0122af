/**
 * Inputs for the consolidation bench (used by scripts/bench-consolidate.js):
 * - judges' files in the two shapes that reach the secretariat, N of them, each judge distinct,
 *   made fast by rewriting one base workbook per item (the judge's name has a fixed width);
 * - the lower bound of reading them: each file read and its needed parts merely inflated;
 * - the worst inputs we can build within the reader's limits (each measured in its own process).
 */
const fs = require("fs");
const { everyoneRound } = require("./lib/bench-round");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const { performance } = require("perf_hooks");

const lib = (m) => require(path.join(__dirname, "..", "lib", m));
const PLACEHOLDER = "J0000000"; // ASCII only: LibreOffice splits mixed scripts into runs
const judgeName = (i) => `J${String(i).padStart(7, "0")}`;

/** The entries of a zip: name → { method, data (compressed) }. */
function zipEntries(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  let p = view.getUint32(eocd + 16, true);
  const count = view.getUint16(eocd + 10, true);
  const out = [];
  for (let k = 0; k < count; k++) {
    const nameLength = view.getUint16(p + 28, true);
    const name = Buffer.from(bytes.subarray(p + 46, p + 46 + nameLength)).toString("utf8");
    const local = view.getUint32(p + 42, true);
    const size = view.getUint32(p + 20, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    out.push({
      name,
      method: view.getUint16(p + 10, true),
      data: bytes.subarray(start, start + size),
    });
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}

function zipOf(parts) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const n = Buffer.from(name);
    const body = zlib.deflateRawSync(data, { level: 6 });
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x800, 6);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(zlib.crc32(data) >>> 0, 14);
    head.writeUInt32LE(body.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    head.copy(central, 8, 6, 30); // flags … name length, as in the local header
    central.writeUInt16LE(0, 30);
    central.writeUInt32LE(offset, 42);
    locals.push(head, n, body);
    centrals.push(central, n);
    offset += 30 + n.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

function partsOf(bytes) {
  return zipEntries(bytes).map((e) => [
    e.name,
    e.method === 8 ? zlib.inflateRawSync(e.data) : Buffer.from(e.data),
  ]);
}

async function baseWorkbooks() {
  const { buildScoringSheetPlan } = lib("judge-sheets/scoring-sheet");
  const { writeWorkbook } = lib("xlsx/write-workbook");
  const { defaultStandard: std, subItemsForItem } = lib("standard");
  const out = [];
  for (let item = 1; item <= 5; item++) {
    const entries = {};
    for (const [k, s] of subItemsForItem(std, item).entries())
      entries[s.code] = {
        score: (s.max * (40 + ((item * 7 + k * 3) % 13) * 5)) / 100,
        maturity: "50–65% 协调一致",
        strength: "有依据，做法已在三个部门推广",
        improvement: "可进一步量化成效",
      };
    const applicant = `上海第${item}号申报单位有限公司`;
    const plan = buildScoringSheetPlan(
      std,
      { applicant, item, judge: PLACEHOLDER, date: "2026-11-20" },
      { sheetName: applicant, entries }
    );
    out.push(Buffer.from(await writeWorkbook([plan])));
  }
  return out;
}

async function resaved(bases) {
  const lo = require("./lib/libreoffice");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mh-bench-lo-"));
  const out = [];
  for (const [k, b] of bases.entries()) {
    const file = path.join(tmp, `base${k}.xlsx`);
    fs.writeFileSync(file, b);
    out.push(fs.readFileSync(await lo.convert(file, "xlsx", path.join(tmp, "out"))));
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  return out;
}

/** N files from the bases, the placeholder judge replaced by a distinct one in every part. */
function spread(bases, dir, n) {
  fs.mkdirSync(dir, { recursive: true });
  const baseParts = bases.map(partsOf);
  const placeholder = Buffer.from(PLACEHOLDER);
  for (let i = 0; i < n; i++) {
    const name = Buffer.from(judgeName(i + 1));
    const parts = baseParts[i % bases.length].map(([p, data]) => {
      let at = data.indexOf(placeholder);
      if (at < 0) return [p, data];
      const copy = Buffer.from(data);
      while (at >= 0) {
        name.copy(copy, at);
        at = copy.indexOf(placeholder, at + 1);
      }
      return [p, copy];
    });
    fs.writeFileSync(path.join(dir, `${String(i).padStart(5, "0")}.xlsx`), zipOf(parts));
  }
}

async function generate(dir, n) {
  const bases = await baseWorkbooks();
  spread(bases, path.join(dir, "cli"), n);
  spread(await resaved(bases), path.join(dir, "resaved"), n);
  return { workbooks: n };
}

const NEEDED =
  /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|worksheets\/sheet\d+\.xml)$/;

function inflateOnly(list) {
  const t0 = performance.now();
  let bytes = 0;
  for (const f of list) {
    for (const e of zipEntries(new Uint8Array(fs.readFileSync(f)))) {
      if (!NEEDED.test(e.name)) continue;
      bytes += (e.method === 8 ? zlib.inflateRawSync(e.data) : e.data).length;
    }
  }
  return { workbooks: list.length, ms: performance.now() - t0, inflatedMB: bytes / 2 ** 20 };
}

/** A scoring workbook whose first sheet part is replaced by `sheetXml(original)`. */
async function withSheet(sheetXml, more = (parts) => parts) {
  const [base] = await baseWorkbooks();
  const parts = partsOf(base).map(([p, d]) =>
    p === "xl/worksheets/sheet1.xml" ? [p, Buffer.from(sheetXml(d.toString("utf8")))] : [p, d]
  );
  return zipOf(more(parts));
}

const BUDGET = 32 * 2 ** 20 - 256 * 1024; // just within the reader's per-file budget, with the other parts
const filler = (unit) => unit.repeat(Math.floor(BUDGET / Buffer.byteLength(unit)));

/** The workbook part filled with format names for the first sheet. */
function manyNames(workbookXml) {
  const xml = workbookXml.toString("utf8");
  const sheet = /<sheet [^>]*name="([^"]+)"/.exec(xml)[1];
  const one = (k) =>
    `<definedName name="MH_S_${k}_1" localSheetId="0">'${sheet}'!$A$${(k % 1000) + 1}</definedName>`;
  const unit = Buffer.byteLength(one(100000));
  // Just under the limit on names (beyond it the file is refused at once), each a format name.
  const count = Math.min(Math.floor((BUDGET - 2 ** 20) / unit), 50_000 - 200);
  const names = Array.from({ length: count }, (_, k) => one(100000 + k));
  return Buffer.from(xml.replace("<definedNames>", `<definedNames>${names.join("")}`));
}

/** 250 scoring sheets (the sheet limit), each its own part, sharing the budget. */
function manySheets(parts) {
  const get = (name) => parts.find(([p]) => p === name)[1].toString("utf8");
  let workbook = get("xl/workbook.xml");
  let rels = get("xl/_rels/workbook.xml.rels");
  let types = get("[Content_Types].xml");
  const sheetXml = get("xl/worksheets/sheet1.xml");
  const sheetName = /<sheet [^>]*name="([^"]+)"/.exec(workbook)[1];
  const names = [...workbook.matchAll(/<definedName name="(MH_[^"]+)" localSheetId="0">([^<]*)</g)];
  const per = Math.floor((BUDGET - 6 * 2 ** 20) / 250); // the names of 250 sheets take the rest
  const padded = sheetXml.replace(
    "<sheetData>",
    `<sheetData>${"<!---->".repeat(Math.max(0, Math.floor((per - sheetXml.length) / 7)))}`
  );
  const extra = [];
  let sheets = "";
  let defined = "";
  for (let k = 2; k <= 250; k++) {
    const name = `副本${k}`;
    sheets += `<sheet name="${name}" sheetId="${1000 + k}" r:id="rIdX${k}"/>`;
    rels = rels.replace(
      "</Relationships>",
      `<Relationship Id="rIdX${k}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/copy${k}.xml"/></Relationships>`
    );
    types = types.replace(
      "</Types>",
      `<Override PartName="/xl/worksheets/copy${k}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`
    );
    for (const [, n, ref] of names)
      defined += `<definedName name="${n}" localSheetId="${k - 1}">${ref.replace(`'${sheetName}'`, `'${name}'`)}</definedName>`;
    extra.push([`xl/worksheets/copy${k}.xml`, Buffer.from(padded)]);
  }
  workbook = workbook
    .replace("</sheets>", `${sheets}</sheets>`)
    .replace("</definedNames>", `${defined}</definedNames>`);
  const changed = {
    "xl/workbook.xml": workbook,
    "xl/_rels/workbook.xml.rels": rels,
    "[Content_Types].xml": types,
    "xl/worksheets/sheet1.xml": padded,
  };
  return [
    ...parts.map(([p, d]) => [p, changed[p] !== undefined ? Buffer.from(changed[p]) : d]),
    ...extra,
  ];
}

/** The worst inputs we can build within the limits, as files in `dir`. */
async function hostile(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const cases = {
    // Cells up to the limit, then the rest of the budget in one huge text of a cell that is read.
    "cells-to-the-limit": await withSheet((x) =>
      x.replace(
        "<sheetData>",
        `<sheetData><row r="9000">${'<c r="Z9000"><v>1</v></c>'.repeat(199000)}</row>`
      )
    ),
    // Styled empty cells the format does not name, as LibreOffice writes a formatted block: not
    // kept, so not counted against the cell limit; the budget alone bounds them.
    "cells-fill-the-budget": await withSheet((x) =>
      x.replace("<sheetData>", `<sheetData><row r="9000">${filler('<c r="Z9000" s="1"/>')}</row>`)
    ),
    "one-huge-text": await withSheet((x) =>
      x.replace(
        /(<c r="B3"[^>]*?)(\/>|>[\s\S]*?<\/c>)/,
        `$1 t="inlineStr"><is><t>${filler("长")}</t></is></c>`
      )
    ),
    "comments-and-cdata": await withSheet((x) =>
      x.replace("<sheetData>", `${filler("<!--x--><![CDATA[y]]>")}<sheetData>`)
    ),
    "many-attributes": await withSheet((x) =>
      x.replace(
        "<sheetData>",
        `<sheetData><row r="9000" ${Array.from({ length: 200 }, (_, k) => `a${k}="1"`).join(" ")}/>`.repeat(
          1
        ) + filler('<row r="9001" a="1" b="2" c="3" d="4" e="5"/>')
      )
    ),
    "deep-nesting": await withSheet((x) =>
      x.replace(
        "<sheetData>",
        `<sheetData>${"<a>".repeat(200)}${filler("<b/>")}${"</a>".repeat(200)}`
      )
    ),
    entities: await withSheet((x) =>
      x.replace(
        "<sheetData>",
        `<sheetData><row r="9000"><c r="A9000" t="inlineStr"><is><t>${filler("&#x4E2D;&amp;")}</t></is></c></row>`
      )
    ),
    "defined-names": await withSheet(
      (x) => x,
      (parts) => parts.map(([p, d]) => (p === "xl/workbook.xml" ? [p, manyNames(d)] : [p, d]))
    ),
    "many-sheets": await withSheet(
      (x) => x,
      (parts) => manySheets(parts)
    ),
    "shared-strings": await withSheet(
      (x) => x,
      (parts) =>
        parts.map(([p, d]) =>
          p === "xl/sharedStrings.xml"
            ? [
                p,
                Buffer.from(
                  d.toString("utf8").replace("</sst>", filler("<si><t>甲</t></si>") + "</sst>")
                ),
              ]
            : [p, d]
        )
    ),
  };
  for (const [name, bytes] of Object.entries(cases))
    fs.writeFileSync(path.join(dir, `${name}.xlsx`), bytes);
  return { workbooks: Object.keys(cases).length };
}

async function openOne(file) {
  const { openScoringWorkbook } = lib("xlsx/open-scoring-workbook");
  const { consolidate } = lib("consolidate");
  const bytes = new Uint8Array(fs.readFileSync(file));
  const t0 = performance.now();
  const result = await openScoringWorkbook(bytes);
  const summary = await consolidate([{ file, result }]);
  return {
    workbooks: 1,
    ms: performance.now() - t0,
    fileMB: bytes.length / 2 ** 20,
    outcome: result.ok
      ? `${result.sheets.length} sheets, ${summary.problems.length} problems`
      : result.code,
  };
}

module.exports = { generate, inflateOnly, hostile, openOne };

/** A round in memory (test/support/synthetic-round.ts, compiled by `npm run bench`). */
const roundInputs = (apps, judges) =>
  require(path.join(__dirname, "..", ".bench/test/support/synthetic-round")).syntheticRound(
    apps,
    judges
  );

/** Feedback reports for 100 applications (3 judges each), written to `dir`. */
async function reports(dir) {
  const { consolidate } = lib("consolidate");
  const { writeReports } = lib("workflows/report");
  const { defaultStandard } = lib("standard");
  fs.mkdirSync(dir, { recursive: true });
  const t0 = performance.now();
  const result = await consolidate(roundInputs(100, 3));
  const files = await writeReports(
    { standard: defaultStandard, passRatio: result.options.passRatio },
    { result, withScores: false }
  );
  for (const f of files) fs.writeFileSync(path.join(dir, f.fileName), f.bytes);
  return { workbooks: files.length, ms: performance.now() - t0 };
}

/** The summary workbook of a 12-application, 7-judge round, printed to PDF by LibreOffice: its pages. */
async function summaryPages(dir) {
  const { consolidate } = lib("consolidate");
  const { consolidationWorkbook } = lib("secretariat-sheets/consolidation");
  const { writeWorkbook } = lib("xlsx/write-workbook");
  const { defaultStandard } = lib("standard");
  const { execFileSync } = require("child_process");
  const lo = require("./lib/libreoffice");
  fs.mkdirSync(dir, { recursive: true });
  const result = await consolidate(roundInputs(12, 7), { winners: 2 });
  const file = path.join(dir, "汇总.xlsx");
  fs.writeFileSync(file, await writeWorkbook(consolidationWorkbook(defaultStandard, result)));
  const pdf = await lo.convert(file, "pdf", path.join(dir, "pdf"));
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))[1]
  );
  const sizes = execFileSync("pdfinfo", ["-f", "1", "-l", `${pages}`, pdf], { encoding: "utf8" });
  const a4 = [...sizes.matchAll(/Page +\d+ size: +(\S+ x \S+)/g)].every((m) =>
    /^(595\.\d+ x 841\.\d+|841\.\d+ x 595\.\d+)$/.test(m[1])
  );
  // Pages per sheet: the page header's last word is the sheet's name.
  const perSheet = new Map();
  for (let p = 1; p <= pages; p++) {
    const text = execFileSync("pdftotext", ["-layout", "-f", `${p}`, "-l", `${p}`, pdf, "-"], {
      encoding: "utf8",
    });
    const sheet = text.trim().split("\n")[0].trim().split(/\s+/).pop();
    perSheet.set(sheet, (perSheet.get(sheet) ?? 0) + 1);
  }
  const sheets = [...perSheet].map(([name, n]) => `${name} ${n}`).join(", ");
  return { workbooks: 1, pages, a4, sheets, ms: 0 };
}

module.exports.reports = reports;
module.exports.summaryPages = summaryPages;

/** The values and formulas of plans written with exceljs alone: no styles, names, validations. */
async function bareXlsx(plans) {
  const ExcelJS = require("exceljs");
  const wb = new ExcelJS.Workbook();
  for (const plan of plans) {
    const ws = wb.addWorksheet(plan.sheetName);
    for (const c of plan.cells) {
      const cell = ws.getCell(c.address);
      if (c.formula) cell.value = { formula: c.formula.replace(/^=/, ""), result: c.result };
      else if (c.value !== undefined) cell.value = c.value;
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Each paragraph's text of a .docx (its document part, tags dropped). */
function docxParagraphs(bytes) {
  const entry = zipEntries(new Uint8Array(bytes)).find((e) => e.name === "word/document.xml");
  const xml = zlib.inflateRawSync(entry.data).toString("utf8");
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    m[0]
      .replace(/<[^>]+>/g, "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&")
  );
}

/** The same paragraphs written with docx alone: no styles, tables or headers. */
async function bareDocx(paragraphs) {
  const { Document, Packer, Paragraph } = require("docx");
  const doc = new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] });
  return Packer.toBuffer(doc);
}

const elapsed = async (work) => {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
};

/** distribute of the full round, and exceljs alone writing the same cells. */
async function distributeVsBare(dir) {
  const { planJudgeWorkbooks } = lib("workflows/distribute");
  const { rosterAssignments, DOCUMENT_REVIEW } = lib("round");
  const { writeWorkbook } = lib("xlsx");
  const { defaultStandard } = lib("standard");
  const round = everyoneRound(50, 15);
  fs.mkdirSync(dir, { recursive: true });
  const context = { standard: defaultStandard, passRatio: round.passRatio, stage: DOCUMENT_REVIEW };
  let sheets = 0;
  let planned = [];
  const ms = await elapsed(async () => {
    planned = planJudgeWorkbooks(context, round, rosterAssignments(round), "2027-03-15");
    for (const w of planned) {
      fs.writeFileSync(path.join(dir, w.fileName), await writeWorkbook(w.plans));
      sheets += w.applications.length;
    }
  });
  const bareMs = await elapsed(async () => {
    for (const [k, w] of planned.entries())
      fs.writeFileSync(path.join(dir, `bare${k}.xlsx`), await bareXlsx(w.plans));
  });
  return { workbooks: planned.length, sheets, ms, bareMs };
}

/** 100 feedback reports, and docx alone writing the same paragraphs. */
async function reportsVsBare(dir) {
  const { consolidate } = lib("consolidate");
  const { writeReports } = lib("workflows/report");
  const { defaultStandard } = lib("standard");
  fs.mkdirSync(dir, { recursive: true });
  const result = await consolidate(roundInputs(100, 3));
  let files = [];
  const ms = await elapsed(async () => {
    files = await writeReports(
      { standard: defaultStandard, passRatio: result.options.passRatio },
      { result, withScores: false }
    );
    for (const f of files) fs.writeFileSync(path.join(dir, f.fileName), f.bytes);
  });
  const texts = files.map((f) => docxParagraphs(f.bytes));
  const bareMs = await elapsed(async () => {
    for (const [k, paragraphs] of texts.entries())
      fs.writeFileSync(path.join(dir, `bare${k}.docx`), await bareDocx(paragraphs));
  });
  return { workbooks: files.length, ms, bareMs };
}

/** The 共识 workbook of a 50-application round (5 judges each), and exceljs alone writing its cells. */
async function consensusVsBare(dir) {
  const { consolidate } = lib("consolidate");
  const { consensusWorkbook } = lib("secretariat-sheets/consensus");
  const { writeWorkbook } = lib("xlsx");
  const { defaultStandard } = lib("standard");
  fs.mkdirSync(dir, { recursive: true });
  const result = await consolidate(roundInputs(50, 5));
  let plans = [];
  const ms = await elapsed(async () => {
    plans = consensusWorkbook(defaultStandard, result, "all");
    fs.writeFileSync(path.join(dir, "共识.xlsx"), await writeWorkbook(plans));
  });
  const bareMs = await elapsed(async () =>
    fs.writeFileSync(path.join(dir, "bare.xlsx"), await bareXlsx(plans))
  );
  return { workbooks: 1, sheets: plans.length, ms, bareMs };
}

Object.assign(module.exports, { distributeVsBare, reportsVsBare, consensusVsBare });
