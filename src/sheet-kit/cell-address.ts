/** A1-style addresses: column letters, absolute references, sheet-qualified references. */

export function columnLetter(column: number): string {
  let n = column;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function address(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

/** "D7" → { column: 4, row: 7 }; accepts "$D$7". */
export function parseAddress(a1: string): { column: number; row: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(a1.trim());
  if (!m) throw new RangeError(`not a cell address: ${a1}`);
  return { column: columnNumber(m[1]), row: Number(m[2]) };
}

/** "D7" → "$D$7"; "A1:H1" → "$A$1:$H$1". */
export function absolute(ref: string): string {
  return ref
    .split(":")
    .map((part) => {
      const { column, row } = parseAddress(part);
      return `$${columnLetter(column)}$${row}`;
    })
    .join(":");
}

/** A sheet name as it must appear in a formula or a defined name: quoted, with ' doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "I7" → "$I7": the column fixed, the row relative (for a conditional format over a column). */
export function absoluteColumn(ref: string): string {
  const { column, row } = parseAddress(ref);
  return `$${columnLetter(column)}${row}`;
}
