/** Dates as Excel serial numbers (days since 1899-12-30), so both hosts store the same number. */

const EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** "2026-11-24" → 46350; null when the text is not a real calendar date. */
export function isoDateToSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return null;
  return Math.round((ms - EPOCH_UTC) / DAY_MS);
}

/** 46350 → "2026-11-24". */
export function serialToIsoDate(serial: number): string {
  const d = new Date(EPOCH_UTC + Math.round(serial) * DAY_MS);
  return d.toISOString().slice(0, 10);
}

/** Today in the local calendar, as "YYYY-MM-DD". */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A date as people write it — "2026-11-24", "2026/11/24", "2026.11.24", "2026年11月24日", with or
 * without leading zeros, full-width digits too — as "YYYY-MM-DD"; null when it is no real date.
 */
export function isoDateFrom(text: string): string | null {
  const folded = text.normalize("NFKC").trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(folded);
  if (!m) return null;
  const iso = `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
  return isoDateToSerial(iso) === null ? null : iso;
}
