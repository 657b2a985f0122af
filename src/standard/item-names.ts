/**
 * An innovation item as people write it: its number ("2"), its name ("研发创新") or both
 * ("2. 研发创新", "2.研发创新", "２、研发创新"). Full-width forms and spaces do not matter; a number
 * and a name that disagree ("1. 研发创新") match nothing.
 */
import { t } from "../strings";
import { nearestWord } from "./nearest-word";
import type { Standard } from "./types";

const plain = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");

/** The item's number, or null when the text names no item of the standard (or two different ones). */
export function itemFromText(standard: Standard, text: number | string): number | null {
  const items = standard.parts.filter((p) => p.role === "item");
  const byNumber = (n: number) => items.find((p) => p.number === n) ?? null;
  if (typeof text === "number") return byNumber(text)?.number ?? null;
  const s = plain(text);
  if (/^\d+$/.test(s)) return byNumber(Number(s))?.number ?? null;
  const both = /^(\d+)[.、]?(.+)$/.exec(s);
  const title = both ? both[2] : s;
  const named = items.find((p) => plain(p.title) === title) ?? null;
  if (!named) return null;
  return both && Number(both[1]) !== named.number ? null : named.number;
}

/**
 * The item a mistyped name most likely meant ("研发" or "研发创心" → 2 研发创新), or null when the
 * text is a number or close to no one item's name.
 */
export function nearestItem(
  standard: Standard,
  text: number | string
): { number: number; title: string } | null {
  if (typeof text === "number") return null;
  const title = plain(text).replace(/^\d+[.、]?/, "");
  if (title === "") return null;
  const items = standard.parts.filter((p) => p.role === "item");
  const near = nearestWord(
    title,
    items.map((p) => p.title)
  );
  const item = items.find((p) => p.title === near);
  return item ? { number: item.number, title: item.title } : null;
}

/** " 您是不是要写“2 研发创新”？" after a message about a mistyped item, or "" when none is close. */
export function itemHint(standard: Standard, text: number | string): string {
  const near = nearestItem(standard, text);
  return near ? t("item.didYouMean", near) : "";
}
