/**
 * What opening one judge's file gives, whatever the host that read it: the scoring sheets found,
 * or a problem code with a zh-CN message.
 */
import type { ScoringSheetRead } from "./sheet-from-names";

export type OpenProblemCode =
  | "not-xlsx"
  | "old-xls"
  | "encrypted"
  | "unreadable"
  | "no-scoring-sheet"
  | "too-large"
  | "too-expanded"
  | "too-many-entries"
  | "too-many-sheets"
  | "too-many-cells"
  | "dtd";

export type OpenResult =
  { ok: true; sheets: ScoringSheetRead[] } | { ok: false; code: OpenProblemCode; message: string };
