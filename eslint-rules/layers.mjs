/**
 * The layer order of src/, as a lint rule: a folder may import from its own layer and the layers
 * below it, never from a layer above it nor from a peer of its own layer (src/excel and src/xlsx
 * are two hosts that know nothing of each other). README.md's code map shows the same order.
 */
import path from "node:path";

/** Lowest first. Folders on one line are peers. */
export const LAYERS = [
  ["strings"],
  ["standard"],
  ["sheet-kit"],
  ["workbook-format"],
  ["round"],
  ["consolidate"],
  ["judge-sheets"],
  ["secretariat-sheets"],
  ["xlsx", "excel", "docx"],
  ["workflows"],
  ["cli", "taskpane", "commands", "help"],
];

const rankOf = new Map(LAYERS.flatMap((folders, rank) => folders.map((f) => [f, rank])));

/** The src/ folder a file lives in, or null outside src/. */
function folderOf(file, srcRoot) {
  const rel = path.relative(srcRoot, file);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return null;
  const first = rel.split(path.sep)[0];
  return rankOf.has(first) ? first : null;
}

export const layersRule = {
  meta: {
    type: "problem",
    docs: { description: "imports follow the layer order of src/ (README's code map)" },
    schema: [],
    messages: {
      upward:
        "src/{{from}} must not import from src/{{to}}: {{to}} is a higher layer (order: {{order}}).",
      peer: "src/{{from}} must not import from src/{{to}}: they are peers of one layer.",
    },
  },
  create(context) {
    const file = context.filename ?? context.getFilename();
    const srcRoot = path.join(context.cwd ?? process.cwd(), "src");
    const from = folderOf(file, srcRoot);
    if (!from) return {};
    const check = (node, source) => {
      if (typeof source !== "string" || !source.startsWith(".")) return;
      const to = folderOf(path.resolve(path.dirname(file), source), srcRoot);
      if (!to || to === from) return;
      const order = LAYERS.map((l) => l.join("|")).join(" < ");
      if (rankOf.get(to) > rankOf.get(from))
        context.report({ node, messageId: "upward", data: { from, to, order } });
      else if (rankOf.get(to) === rankOf.get(from))
        context.report({ node, messageId: "peer", data: { from, to } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === "Literal" && check(node, node.source.value),
    };
  },
};

/**
 * A shell reaches a host only where it wires it at start-up: the pane talks to Excel through the
 * workflows and the workbook port its services carry, never to src/excel directly.
 */
export const WIRING = { taskpane: { host: "excel", at: ["index.tsx"] } };

export const doorRule = {
  meta: {
    type: "problem",
    docs: {
      description: "the pane goes through src/workflows; src/excel is wired only at start-up",
    },
    schema: [],
    messages: {
      around:
        "src/{{from}} must not import from src/{{to}} (only {{at}} wires it): go through src/workflows and the services' workbook port.",
    },
  },
  create(context) {
    const file = context.filename ?? context.getFilename();
    const srcRoot = path.join(context.cwd ?? process.cwd(), "src");
    const from = folderOf(file, srcRoot);
    const wiring = from && WIRING[from];
    if (!wiring) return {};
    const rel = path.relative(path.join(srcRoot, from), file).split(path.sep).join("/");
    if (wiring.at.includes(rel)) return {};
    const check = (node, source) => {
      if (typeof source !== "string" || !source.startsWith(".")) return;
      const to = folderOf(path.resolve(path.dirname(file), source), srcRoot);
      if (to !== wiring.host) return;
      const at = wiring.at.map((f) => `src/${from}/${f}`).join(", ");
      context.report({ node, messageId: "around", data: { from, to, at } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === "Literal" && check(node, node.source.value),
    };
  },
};

export default { rules: { layers: layersRule, door: doorRule } };
