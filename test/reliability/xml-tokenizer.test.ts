/**
 * The reader's own XML tokenizer (src/xlsx/xml-scan.ts) held equal to saxes, a strict streaming
 * XML parser (the one exceljs uses), on generated documents: prefixes, either quote, entities
 * and character references, comments, CDATA, processing instructions, empty elements, text
 * between. On well-formed documents both give the same elements, attributes and text; cut
 * short anywhere, a document that saxes refuses is never accepted.
 */
import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { scanXml, XmlMalformed } from "../../src/xlsx/xml-scan";
import { recordFuzz } from "../support/fuzz-report";

const SEED = 20261129;
const RUNS = 3000;

type Node =
  | {
      kind: "element";
      prefix: string;
      name: string;
      attrs: [string, string, string][];
      children: Node[];
    }
  | { kind: "text"; text: string }
  | { kind: "cdata"; text: string }
  | { kind: "comment"; text: string }
  | { kind: "pi"; text: string };

const name = fc.constantFrom("c", "v", "row", "si", "t", "sheetData", "x14:ext", "r");
const prefix = fc.constantFrom("", "", "x:", "main:");
const charText = fc.string({
  unit: fc.constantFrom("a", "中", " ", "\n", "<", ">", "&", '"', "'", "]", "-", "😀", "\t"),
  maxLength: 12,
});
const escapeText = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (s: string, q: string) =>
  escapeText(s)
    .replace(q === '"' ? /"/g : /'/g, q === '"' ? "&quot;" : "&#39;")
    .replace(/\n/g, "&#10;")
    .replace(/\t/g, "&#x9;");

const node: fc.Memo<Node> = fc.memo((depth): fc.Arbitrary<Node> =>
  depth <= 1
    ? fc.oneof(
        charText.filter((s) => s.length > 0).map((text) => ({ kind: "text" as const, text })),
        charText
          .filter((s) => !s.includes("]]>"))
          .map((text) => ({ kind: "cdata" as const, text })),
        charText
          .filter((s) => !s.includes("--") && !s.endsWith("-"))
          .map((text) => ({ kind: "comment" as const, text })),
        fc.constantFrom("x", "a b").map((text) => ({ kind: "pi" as const, text }))
      )
    : fc.record({
        kind: fc.constant("element" as const),
        prefix,
        name,
        attrs: fc.uniqueArray(
          fc.tuple(
            fc.constantFrom("r", "s", "t", "x:id", "ref"),
            charText,
            fc.constantFrom('"', "'")
          ),
          { maxLength: 3, selector: (a) => a[0].replace(/^x:/, "") }
        ),
        children: fc.array(node(depth - 1), { maxLength: 4 }),
      })
);

function serialize(n: Node): string {
  switch (n.kind) {
    case "text":
      return escapeText(n.text);
    case "cdata":
      return `<![CDATA[${n.text}]]>`;
    case "comment":
      return `<!--${n.text}-->`;
    case "pi":
      return `<?mh ${n.text}?>`;
    case "element": {
      const attrs = n.attrs.map(([a, v, q]) => ` ${a}=${q}${escapeAttr(v, q)}${q}`).join("");
      const tag = n.prefix + n.name;
      return n.children.length === 0
        ? `<${tag}${attrs}/>`
        : `<${tag}${attrs}>${n.children.map(serialize).join("")}</${tag}>`;
    }
  }
}

const NS = ' xmlns="urn:m" xmlns:x="urn:x" xmlns:main="urn:main" xmlns:x14="urn:x14"';
const documentOf = (children: Node[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<root${NS}>${children.map(serialize).join("")}</root>`;

const local = (n: string) => n.slice(n.indexOf(":") + 1);

/** Events as one list: open name {attrs}, close name, text (adjacent text merged). */
function ours(xml: string): string[] {
  const out: string[] = [];
  let text = "";
  const flush = () => {
    if (text) out.push(`text ${JSON.stringify(text)}`);
    text = "";
  };
  scanXml(xml, {
    open(n, tag) {
      flush();
      const attrs = tag.all();
      const a = Object.entries(attrs)
        .filter(([k]) => k !== "xmlns" && !xmlnsPrefixed(k, attrs))
        .sort();
      out.push(`open ${n} ${JSON.stringify(a)}`);
    },
    close(n) {
      flush();
      out.push(`close ${n}`);
    },
    wantText: () => true,
    text(s) {
      text += s;
    },
  });
  flush();
  return out;
}

// Our tokenizer gives attribute names without their prefix: xmlns:x becomes "x".
const xmlnsPrefixed = (k: string, attrs: Record<string, string>) =>
  ["x", "main", "x14"].includes(k) && attrs[k].startsWith("urn:");

function theirs(xml: string): string[] {
  const out: string[] = [];
  let text = "";
  const flush = () => {
    if (text) out.push(`text ${JSON.stringify(text)}`);
    text = "";
  };
  const parser = new SaxesParser({ xmlns: false });
  parser.on("opentag", (tag) => {
    flush();
    const a = Object.entries(tag.attributes as Record<string, string>)
      .filter(([k]) => k !== "xmlns" && !k.startsWith("xmlns:"))
      .map(([k, v]) => [local(k), v])
      .sort();
    out.push(`open ${local(tag.name)} ${JSON.stringify(a)}`);
    if (tag.isSelfClosing) out.push(`close ${local(tag.name)}`);
  });
  parser.on("closetag", (tag) => {
    if (tag.isSelfClosing) return;
    flush();
    out.push(`close ${local(tag.name)}`);
  });
  parser.on("text", (s) => {
    if (out.length && !out[out.length - 1].startsWith("close root")) text += s;
  });
  parser.on("cdata", (s) => {
    text += s;
  });
  parser.write(xml).close();
  flush();
  return out;
}

const accepts = (f: () => unknown) => {
  try {
    f();
    return true;
  } catch {
    return false;
  }
};

describe("the XML tokenizer against saxes (fixed seed)", () => {
  let documents = 0;
  let cuts = 0;

  it("gives the same events on well-formed documents", () => {
    fc.assert(
      fc.property(fc.array(node(4), { maxLength: 5 }), (children) => {
        const xml = documentOf(children);
        documents++;
        expect(ours(xml)).toEqual(theirs(xml));
      }),
      { seed: SEED, numRuns: RUNS }
    );
  });

  it("never accepts a document cut short that saxes refuses", () => {
    fc.assert(
      fc.property(
        fc.array(node(4), { minLength: 1, maxLength: 5 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (children, at) => {
          const xml = documentOf(children);
          const cut = xml.slice(0, Math.floor(xml.length * at));
          cuts++;
          if (!accepts(() => theirs(cut))) {
            let error: unknown = null;
            try {
              ours(cut);
            } catch (e) {
              error = e;
            }
            expect(error).toBeInstanceOf(XmlMalformed);
          }
        }
      ),
      { seed: SEED + 1, numRuns: RUNS }
    );
    recordFuzz("xml-tokenizer", { documents, cuts, seed: SEED });
  });
});
