/**
 * Only a decimal numeral is a number: "66", "-1.5", "1e3", ".5". Not "0x10", "0b11", "0o17",
 * "Infinity" nor "" (all of which JavaScript's Number() accepts). Used for cell values read from
 * files and for numbers typed on the command line.
 */
const DECIMAL = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/** The number a text spells in decimal, or null. */
export function parseDecimal(text: string): number | null {
  return DECIMAL.test(text) ? Number(text) : null;
}
