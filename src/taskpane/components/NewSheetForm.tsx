import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { isoDateToSerial } from "../../sheet-kit/excel-date";
import type { ScoringSheetHeader } from "../../judge-sheets/scoring-sheet";
import { itemNumbers, type Standard } from "../../standard";
import { t } from "../../strings";
import type { GenerateOutcome } from "../hooks/useScoringSession";
import type { ScoringSheetInfo } from "../../workflows/judge-sheet/workbook-sheets";
import { ActionButton as Button, LabeledField, useControlClass } from "./primitives";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  choice: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

interface Props {
  standard: Standard;
  judge: string;
  today: string;
  busy: boolean;
  onGenerate(app: ScoringSheetHeader, mode?: "reapply"): Promise<GenerateOutcome | undefined>;
  onOpen(sheetName: string): void;
}

/** A required text input with its label, hint and error. */
function TextField(props: {
  label: string;
  hint?: string;
  error?: string;
  type?: string;
  value: string;
  onChange: (v: string) => void;
}) {
  const control = useControlClass();
  return (
    <LabeledField label={props.label} hint={props.hint} required error={props.error}>
      {(id, described) => (
        <input
          id={id}
          className={control}
          aria-describedby={described}
          type={props.type}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </LabeledField>
  );
}

/** 新建评分表: the application's four facts; an existing sheet for it is offered, never overwritten. */
export function NewSheetForm({ standard, judge, today, busy, onGenerate, onOpen }: Props) {
  const styles = useStyles();
  const control = useControlClass();
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

  const itemTitle = (n: number) => standard.parts.find((p) => p.number === n)?.title ?? "";
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <TextField
        label={t("form.applicant")}
        hint={t("form.applicantHint")}
        error={errors.applicant}
        value={applicant}
        onChange={setApplicant}
      />
      <LabeledField label={t("form.item")} required>
        {(id) => (
          <select
            id={id}
            className={control}
            value={item}
            onChange={(e) => setItem(e.target.value)}
          >
            {itemNumbers(standard).map((n) => (
              <option key={n} value={String(n)}>
                {`${n}. ${itemTitle(n)}`}
              </option>
            ))}
          </select>
        )}
      </LabeledField>
      <TextField
        label={t("form.judge")}
        hint={t("form.judgeHint")}
        error={errors.judge}
        value={judgeName}
        onChange={setJudgeName}
      />
      <TextField
        label={t("form.date")}
        error={errors.date}
        type="date"
        value={date}
        onChange={setDate}
      />
      {existing ? (
        <div
          className={styles.choice}
          role="group"
          aria-label={t("form.exists", {
            applicant: existing.applicant,
            item: itemTitle(existing.item),
            sheet: existing.sheetName,
          })}
        >
          <span>
            {t("form.exists", {
              applicant: existing.applicant,
              item: itemTitle(existing.item),
              sheet: existing.sheetName,
            })}
          </span>
          <Button appearance="primary" disabled={busy} onClick={() => onOpen(existing.sheetName)}>
            {t("form.open")}
          </Button>
          <Button disabled={busy} onClick={() => void submit("reapply")}>
            {t("form.reapply")}
          </Button>
          <Button appearance="subtle" onClick={() => setExisting(null)}>
            {t("form.cancel")}
          </Button>
        </div>
      ) : (
        <Button appearance="primary" type="submit" disabled={busy}>
          {t("form.submit")}
        </Button>
      )}
    </form>
  );
}
