/**
 * A result printed as `JSON.stringify(value, null, 2)` would print it, byte for byte, but member
 * by member (and the elements of the arrays named in `stream` one by one): the whole text of a
 * city-wide round never exists at once, so printing it takes memory flat in its size.
 * (Indentation is a prefix of each line, and no string in JSON holds a raw line break.)
 */
const indent = (text: string, by: string) => text.replace(/\n/g, `\n${by}`);

/** An object's members as JSON.stringify keeps them (undefined and functions left out). */
function members(value: Record<string, unknown>): [string, unknown][] {
  return Object.entries(value).filter(
    ([, v]) => v !== undefined && typeof v !== "function" && typeof v !== "symbol"
  );
}

export function printJson(
  out: (text: string) => void,
  value: Record<string, unknown>,
  stream: readonly string[]
): void {
  const list = members(value);
  if (list.length === 0) return out("{}");
  out("{");
  list.forEach(([key, v], k) => {
    const comma = k < list.length - 1 ? "," : "";
    const head = `  ${JSON.stringify(key)}: `;
    if (stream.includes(key) && Array.isArray(v) && v.length > 0) {
      out(`${head}[`);
      v.forEach((element, i) => {
        const text = JSON.stringify(element === undefined ? null : element, null, 2) ?? "null";
        out(`    ${indent(text, "    ")}${i < v.length - 1 ? "," : ""}`);
      });
      out(`  ]${comma}`);
    } else out(`${head}${indent(JSON.stringify(v, null, 2), "  ")}${comma}`);
  });
  out("}");
}
