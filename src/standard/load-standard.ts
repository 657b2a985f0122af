/**
 * Loading and validating a scoring standard from JSON, so that a revised table needs no code
 * change. Every problem found is reported (not just the first), each in zh-CN naming the
 * field or the sub-item at fault.
 */
import { t } from "../strings";
import { sumToHundredths } from "./exact-sum";
import {
  KIND,
  type Band,
  type CriterionKind,
  type Part,
  type Standard,
  type SubItem,
} from "./types";

export const SUPPORTED_STANDARD_FORMAT = 1;

export type StandardResult = { ok: true; standard: Standard } | { ok: false; errors: string[] };

const KINDS: readonly CriterionKind[] = [KIND.process, KIND.results];

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

class Checker {
  readonly errors: string[] = [];

  field(obj: Obj, name: string, path: string): unknown {
    if (!(name in obj)) {
      this.errors.push(t("standard.missingField", { field: path + name }));
      return undefined;
    }
    return obj[name];
  }

  string(obj: Obj, name: string, path: string): string {
    const v = this.field(obj, name, path);
    if (v === undefined) return "";
    if (typeof v !== "string" || v.trim() === "") {
      this.errors.push(
        t("standard.badField", { field: path + name, detail: t("standard.need.text") })
      );
      return "";
    }
    return v;
  }

  number(
    obj: Obj,
    name: string,
    path: string,
    check: (n: number) => boolean,
    detail: string
  ): number {
    const v = this.field(obj, name, path);
    if (v === undefined) return NaN;
    if (typeof v !== "number" || !Number.isFinite(v) || !check(v)) {
      this.errors.push(t("standard.badField", { field: path + name, detail }));
      return NaN;
    }
    return v;
  }

  array(obj: Obj, name: string, path: string): unknown[] {
    const v = this.field(obj, name, path);
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.length === 0) {
      this.errors.push(
        t("standard.badField", { field: path + name, detail: t("standard.need.list") })
      );
      return [];
    }
    return v;
  }

  objectAt(v: unknown, path: string): Obj | undefined {
    if (!isObject(v)) {
      this.errors.push(t("standard.badField", { field: path, detail: t("standard.need.object") }));
      return undefined;
    }
    return v;
  }
}

const positive = (n: number) => n > 0;
const wholePercent = (n: number) => Number.isInteger(n) && n >= 0 && n <= 100;

function readSubItem(c: Checker, raw: unknown, path: string): SubItem | undefined {
  const o = c.objectAt(raw, path);
  if (!o) return undefined;
  const code = c.string(o, "code", path + ".");
  const kind = c.field(o, "kind", path + ".");
  if (kind !== undefined && !KINDS.includes(kind as CriterionKind)) {
    c.errors.push(t("standard.unknownKind", { code: code || path, kind: String(kind) }));
  }
  const criteria = c.array(o, "criteria", path + ".");
  criteria.forEach((line, i) => {
    if (typeof line !== "string" || line.trim() === "") {
      c.errors.push(
        t("standard.badField", { field: `${path}.criteria[${i}]`, detail: t("standard.need.text") })
      );
    }
  });
  return {
    code,
    title: c.string(o, "title", path + "."),
    max: c.number(o, "max", path + ".", positive, t("standard.need.positive")),
    kind: kind as CriterionKind,
    criteria: criteria as string[],
  };
}

function readPart(c: Checker, raw: unknown, path: string): Part | undefined {
  const o = c.objectAt(raw, path);
  if (!o) return undefined;
  const role = c.field(o, "role", path + ".");
  if (role !== undefined && role !== "item" && role !== "value") {
    c.errors.push(
      t("standard.badField", { field: path + ".role", detail: t("standard.need.role") })
    );
  }
  const subItems = c
    .array(o, "subItems", path + ".")
    .map((s, i) => readSubItem(c, s, `${path}.subItems[${i}]`))
    .filter((s): s is SubItem => s !== undefined);
  return {
    number: c.number(
      o,
      "number",
      path + ".",
      (n) => Number.isInteger(n) && n > 0,
      t("standard.need.positiveInteger")
    ),
    title: c.string(o, "title", path + "."),
    total: c.number(o, "total", path + ".", positive, t("standard.need.positive")),
    role: role as Part["role"],
    intro: c.string(o, "intro", path + "."),
    subItems,
  };
}

function readBand(c: Checker, raw: unknown, path: string): Band | undefined {
  const o = c.objectAt(raw, path);
  if (!o) return undefined;
  return {
    min: c.number(o, "min", path + ".", wholePercent, t("standard.need.percent")),
    max: c.number(o, "max", path + ".", wholePercent, t("standard.need.percent")),
    step: c.string(o, "step", path + "."),
    process: c.string(o, "process", path + "."),
    results: c.string(o, "results", path + "."),
  };
}

function checkParts(c: Checker, parts: Part[], fullMarks: number): void {
  const seenParts = new Set<number>();
  const seenCodes = new Set<string>();
  for (const part of parts) {
    if (seenParts.has(part.number))
      c.errors.push(t("standard.duplicatePart", { part: part.number }));
    seenParts.add(part.number);
    for (const sub of part.subItems) {
      if (seenCodes.has(sub.code)) c.errors.push(t("standard.duplicateCode", { code: sub.code }));
      seenCodes.add(sub.code);
      if (sub.code && !sub.code.startsWith(`${part.number}.`)) {
        c.errors.push(t("standard.codeNotInPart", { code: sub.code, part: part.number }));
      }
    }
    const sum = sumToHundredths(part.subItems.map((s) => s.max)) / 100;
    if (Number.isFinite(part.total) && sum !== part.total) {
      c.errors.push(
        t("standard.partSumMismatch", {
          part: part.number,
          title: part.title,
          sum,
          total: part.total,
        })
      );
    }
  }
  const items = parts.filter((p) => p.role === "item");
  const values = parts.filter((p) => p.role === "value");
  if (items.length === 0) c.errors.push(t("standard.noItemPart"));
  if (values.length !== 1) c.errors.push(t("standard.valuePartCount", { count: values.length }));
  const itemTotals = [...new Set(items.map((p) => p.total))];
  if (itemTotals.length > 1)
    c.errors.push(t("standard.itemTotalsDiffer", { totals: itemTotals.join(t("sep.list")) }));
  if (
    items.length > 0 &&
    values.length === 1 &&
    itemTotals.length === 1 &&
    Number.isFinite(fullMarks)
  ) {
    const sum = itemTotals[0] + values[0].total;
    // A part total that is not a number is reported already: no sum to compare.
    if (Number.isFinite(sum) && sum !== fullMarks)
      c.errors.push(t("standard.fullMarksMismatch", { fullMarks, sum }));
  }
}

function checkBands(c: Checker, bands: Band[], stepPercent: number, stepIds: Set<string>): void {
  // No bands, or a limit that is not a number (reported already): nothing to compare.
  if (bands.length === 0 || bands.some((b) => !Number.isFinite(b.min) || !Number.isFinite(b.max)))
    return;
  for (const b of bands) {
    if (!(b.min <= b.max)) c.errors.push(t("standard.bandOrder", { min: b.min, max: b.max }));
    if (Number.isFinite(stepPercent) && (b.min % stepPercent !== 0 || b.max % stepPercent !== 0)) {
      c.errors.push(t("standard.bandOffStep", { min: b.min, max: b.max, step: stepPercent }));
    }
    if (b.step && !stepIds.has(b.step))
      c.errors.push(t("standard.unknownStep", { min: b.min, max: b.max, step: b.step }));
  }
  if (bands[0].min !== 0 || bands[bands.length - 1].max !== 100)
    c.errors.push(t("standard.bandsEnds"));
  for (let i = 1; i < bands.length; i++) {
    const expected = bands[i - 1].max + stepPercent;
    if (bands[i].min !== expected) {
      c.errors.push(
        t("standard.bandsGap", { from: bands[i - 1].max, to: bands[i].min, step: stepPercent })
      );
    }
  }
}

/** Validate a standard given as parsed JSON or as JSON text. */
export function parseStandard(input: unknown): StandardResult {
  let data = input;
  if (typeof input === "string") {
    try {
      data = JSON.parse(input);
    } catch (e) {
      return { ok: false, errors: [t("standard.badJson", { detail: (e as Error).message })] };
    }
  }
  const c = new Checker();
  if (!isObject(data)) return { ok: false, errors: [t("standard.notObject")] };
  const formatVersion = c.number(
    data,
    "formatVersion",
    "",
    Number.isInteger,
    t("standard.need.integer")
  );
  if (Number.isFinite(formatVersion) && formatVersion !== SUPPORTED_STANDARD_FORMAT) {
    return {
      ok: false,
      errors: [
        t("standard.badFormatVersion", {
          version: formatVersion,
          supported: SUPPORTED_STANDARD_FORMAT,
        }),
      ],
    };
  }
  const fullMarks = c.number(data, "fullMarks", "", positive, t("standard.need.positive"));
  const passRatio = c.field(data, "passRatio", "");
  if (
    passRatio !== undefined &&
    !(typeof passRatio === "number" && passRatio > 0 && passRatio <= 1)
  ) {
    c.errors.push(t("standard.passRatio", { value: String(passRatio) }));
  }
  const stepPercent = c.number(
    data,
    "stepPercent",
    "",
    (n) => Number.isInteger(n) && n > 0 && 100 % n === 0,
    t("standard.need.stepDivides")
  );
  const kinds = c.objectAt(c.field(data, "kinds", ""), "kinds");
  if (kinds)
    for (const k of KINDS)
      if (!isObject(kinds[k])) c.errors.push(t("standard.missingField", { field: `kinds.${k}` }));
  const steps = c
    .array(data, "maturitySteps", "")
    .map((s, i) => c.objectAt(s, `maturitySteps[${i}]`));
  const stepIds = new Set(steps.map((s) => (s ? c.string(s, "id", "maturitySteps.") : "")));
  const bands = c
    .array(data, "bands", "")
    .map((b, i) => readBand(c, b, `bands[${i}]`))
    .filter((b): b is Band => b !== undefined);
  const parts = c
    .array(data, "parts", "")
    .map((p, i) => readPart(c, p, `parts[${i}]`))
    .filter((p): p is Part => p !== undefined);
  c.string(data, "id", "");
  c.string(data, "version", "");
  c.string(data, "name", "");
  checkParts(c, parts, fullMarks);
  checkBands(c, bands, stepPercent, stepIds);
  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  return { ok: true, standard: data as unknown as Standard };
}
