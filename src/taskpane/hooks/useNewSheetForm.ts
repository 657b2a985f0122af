/**
 * 新建评分表's form state: the application's four facts, their errors, and the existing sheet
 * the last attempt found (offered, never overwritten). Generation itself is the session's.
 */
import * as React from "react";
import type { ScoringSheetHeader } from "../../judge-sheets/scoring-sheet";
import { isoDateToSerial } from "../../sheet-kit/excel-date";
import { itemNumbers, type Standard } from "../../standard";
import { t } from "../../strings";
import type { ScoringSheetInfo } from "../../workflows/judge-sheet/workbook-sheets";
import type { GenerateOutcome } from "./useGenerateSheet";

export type Generate = (
  app: ScoringSheetHeader,
  mode?: "reapply"
) => Promise<GenerateOutcome | undefined>;

export function useNewSheetForm(props: {
  standard: Standard;
  judge: string;
  today: string;
  onGenerate: Generate;
}) {
  const { standard, judge, today, onGenerate } = props;
  const [applicant, setApplicant] = React.useState("");
  const [item, setItem] = React.useState(String(itemNumbers(standard)[0]));
  const [judgeName, setJudgeName] = React.useState(judge);
  const [date, setDate] = React.useState(today);
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const [existing, setExisting] = React.useState<ScoringSheetInfo | null>(null);
  React.useEffect(() => setJudgeName((current) => current || judge), [judge]);

  const application = (): ScoringSheetHeader | null => {
    const e: Record<string, string> = {};
    if (!applicant.trim()) e.applicant = t("form.required", { field: t("form.applicant") });
    if (!judgeName.trim()) e.judge = t("form.required", { field: t("form.judge") });
    if (isoDateToSerial(date) === null) e.date = t("form.badDate");
    setErrors(e);
    if (Object.keys(e).length) return null;
    return { applicant: applicant.trim(), item: Number(item), judge: judgeName.trim(), date };
  };

  const submit = async (mode?: "reapply") => {
    const app = application();
    if (!app) return;
    const outcome = await onGenerate(app, mode);
    setExisting(outcome?.kind === "exists" ? outcome.sheet : null);
    if (outcome?.kind === "done") setApplicant("");
  };

  return {
    fields: { applicant, setApplicant, item, setItem, judgeName, setJudgeName, date, setDate },
    errors,
    existing,
    setExisting,
    submit,
  };
}
