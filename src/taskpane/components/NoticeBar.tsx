import * as React from "react";
import type { Notice as NoticeValue } from "../hooks/useScoringSession";
import { Notice } from "./primitives";

export function NoticeBar({ notice }: { notice: NoticeValue }) {
  if (!notice) return null;
  return <Notice intent={notice.intent}>{notice.text}</Notice>;
}
