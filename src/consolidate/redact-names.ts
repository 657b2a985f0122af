/**
 * Judges' names kept out of what applicants read: a judge who signs a comment, or names a
 * colleague in it, would otherwise reach the applicant. Each name of two characters or more is
 * replaced by 某评委 wherever a reader would see it: text and name are compared after NFKC
 * (full-width Latin and digits, compatibility ideographs, decomposed accents are one form),
 * toLowerCase, and without spaces (ASCII, ideographic and any NFKC turns into one) or format
 * characters (\p{Cf}: zero-width space and joiners, word joiner, BOM, soft hyphen) — between the
 * name's characters too. So `李 四`, `李\u3000四`, `李\u200B四` and `Ｌｉ Ｓｉ` / `li si` (for
 * "Li Si") are found, and the whole span, the spaces inside it included, is replaced. A name that
 * begins (ends) with a letter or digit of an alphabet is found only where no such letter or digit
 * stands before (after) it, so "J1" is not found inside "J10" or "AJ1X" (a space stands between
 * words; a zero-width character does not).
 *
 * The matching is a scan of the text's visible characters, each tried against the names that
 * begin with it: linear in the text's length, for any comment.
 */
import { t } from "../strings";

export interface Redaction {
  lines: string[];
  /** Lines in which a name was replaced. */
  changed: number;
}

/** Removed before comparing: spaces and format characters (zero-width ones included). */
const IGNORED = /[ \u3000\p{Cf}]/gu;
/** A letter or digit of an alphabet: words of these are delimited by spaces or punctuation. */
const WORD = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}_]/u;

/** A visible character of the text: its compared form and where it stands. */
interface Unit {
  key: string;
  start: number;
  end: number;
  /** A space (not merely a format character) stands between it and the unit before. */
  spaceBefore: boolean;
}

const fold = (s: string) => s.normalize("NFKC").toLowerCase().replace(IGNORED, "");

/** Whether `cp` belongs with the characters before it (a combining mark, a jamo, a sound mark). */
function joins(raw: string, cp: string): boolean {
  if (/^\p{M}/u.test(cp)) return true;
  return (raw + cp).normalize("NFKC") !== raw.normalize("NFKC") + cp.normalize("NFKC");
}

/**
 * ASCII and the unified ideographs: their own compared form (but lower case), never joined to
 * the character before.
 */
const isPlain = (code: number) => code < 0x80 || (code >= 0x4e00 && code <= 0x9fff);

/** The text as a reader sees it: one unit per visible character (a base and its marks). */
function unitsOf(text: string): Unit[] {
  const units: Unit[] = [];
  let raw = "";
  let space = false;
  // The last unit's compared form, once its characters are all known (plain ones have theirs).
  let pending = false;
  const close = () => {
    if (pending) units[units.length - 1].key = fold(raw);
  };
  let i = 0;
  for (const cp of text) {
    const at = i;
    i += cp.length;
    const plain = isPlain(cp.charCodeAt(0));
    if (plain ? cp === " " : fold(cp) === "") {
      if (plain || /^[ \u3000]+$/.test(cp.normalize("NFKC"))) space = true;
      continue;
    }
    const last = units[units.length - 1];
    if (last && !space && last.end === at && !plain && joins(raw, cp)) {
      raw += cp;
      last.end = i;
      pending = true;
      continue;
    }
    close();
    raw = cp;
    pending = !plain;
    units.push({ key: plain ? cp.toLowerCase() : "", start: at, end: i, spaceBefore: space });
    space = false;
  }
  close();
  return units;
}

interface Found {
  start: number;
  end: number;
}

/** The names, compared forms and longest first, by their first character. */
type Names = Map<string, string[]>;

function namesOf(names: Iterable<string>): Names {
  const keys = [...new Set([...names].map(fold))].filter((k) => [...k].length >= 2);
  const byFirst: Names = new Map();
  for (const k of keys.sort((a, b) => b.length - a.length)) {
    const first = String.fromCodePoint(k.codePointAt(0)!);
    byFirst.set(first, [...(byFirst.get(first) ?? []), k]);
  }
  return byFirst;
}

/** The text's units with their compared forms joined, and which offsets begin a unit. */
class Scan {
  readonly units: Unit[];
  private readonly joined: string;
  private readonly offsets: number[] = [];
  private readonly unitAt = new Map<number, number>();

  constructor(readonly text: string) {
    this.units = unitsOf(text);
    let offset = 0;
    for (const [k, u] of this.units.entries()) {
      this.offsets.push(offset);
      this.unitAt.set(offset, k);
      offset += u.key.length;
    }
    this.unitAt.set(offset, this.units.length);
    this.joined = this.units.map((u) => u.key).join("");
  }

  /** The first unit that begins at or after `index` of the text. */
  firstFrom(index: number): number {
    let lo = 0;
    let hi = this.units.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.units[mid].start < index) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A word character stands right before unit `k` (no space between). */
  private wordBefore(k: number): boolean {
    return k > 0 && !this.units[k].spaceBefore && WORD.test(this.units[k - 1].key.slice(-1));
  }

  /** Unit `k` begins with a word character and no space stands before it. */
  private wordAt(k: number): boolean {
    return k < this.units.length && !this.units[k].spaceBefore && WORD.test(this.units[k].key[0]);
  }

  /** The name that begins at unit `k`, as the span of units it covers. */
  matchAt(k: number, names: Names): Found | null {
    const offset = this.offsets[k];
    const candidates = names.get(String.fromCodePoint(this.joined.codePointAt(offset)!)) ?? [];
    for (const name of candidates) {
      if (!this.joined.startsWith(name, offset)) continue;
      const after = this.unitAt.get(offset + name.length);
      if (after === undefined) continue; // the name ends inside a character
      if (WORD.test(name[0]) && this.wordBefore(k)) continue;
      if (WORD.test(name.slice(-1)) && this.wordAt(after)) continue;
      return { start: this.units[k].start, end: this.units[after - 1].end };
    }
    return null;
  }

  /** The first name at or after `index` of the text. */
  find(index: number, names: Names): Found | null {
    for (let k = this.firstFrom(index); k < this.units.length; k++) {
      const found = this.matchAt(k, names);
      if (found) return found;
    }
    return null;
  }
}

/** Every judge's name the round knows, folded as a reader compares them (namesOf). */
export interface JudgeNames {
  readonly names: Names;
}

/** The matcher for these names (the longest first, so 王小明 wins over 王小); null when none. */
export function namePattern(names: Iterable<string>): JudgeNames | null {
  const keys = namesOf(names);
  return keys.size ? { names: keys } : null;
}

/** The line with every judge's name replaced by 某评委 (the whole span a reader sees as the name). */
function replaceNames(line: string, { names }: JudgeNames): string {
  const scan = new Scan(line);
  let out = "";
  let at = 0;
  for (let found = scan.find(0, names); found; found = scan.find(at, names)) {
    out += line.slice(at, found.start) + t("report.judgeRedacted");
    at = found.end;
  }
  return out + line.slice(at);
}

export function redactNames(lines: readonly string[], judges: JudgeNames | null): Redaction {
  if (!judges) return { lines: [...lines], changed: 0 };
  let changed = 0;
  const out = lines.map((line) => {
    const replaced = replaceNames(line, judges);
    if (replaced !== line) changed++;
    return replaced;
  });
  return { lines: out, changed };
}
