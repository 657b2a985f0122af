import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { itemNumbers, type Standard } from "../../standard";
import { t } from "../../strings";
import { useNewSheetForm, type Generate } from "../hooks/useNewSheetForm";
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
  onGenerate: Generate;
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

const itemTitle = (standard: Standard, n: number) =>
  standard.parts.find((p) => p.number === n)?.title ?? "";

/** The 评审项目 select: every item of the standard, by number and title. */
function ItemSelect(props: { standard: Standard; value: string; onChange: (v: string) => void }) {
  const control = useControlClass();
  return (
    <LabeledField label={t("form.item")} required>
      {(id) => (
        <select
          id={id}
          className={control}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        >
          {itemNumbers(props.standard).map((n) => (
            <option key={n} value={String(n)}>
              {`${n}. ${itemTitle(props.standard, n)}`}
            </option>
          ))}
        </select>
      )}
    </LabeledField>
  );
}

/** A sheet for this application exists already: open it, re-apply the standard to it, or cancel. */
function ExistingSheetChoice(props: {
  standard: Standard;
  existing: ScoringSheetInfo;
  busy: boolean;
  onOpen(sheetName: string): void;
  onReapply(): void;
  onCancel(): void;
}) {
  const styles = useStyles();
  const { existing, busy } = props;
  const text = t("form.exists", {
    applicant: existing.applicant,
    item: itemTitle(props.standard, existing.item),
    sheet: existing.sheetName,
  });
  return (
    <div className={styles.choice} role="group" aria-label={text}>
      <span>{text}</span>
      <Button appearance="primary" disabled={busy} onClick={() => props.onOpen(existing.sheetName)}>
        {t("form.open")}
      </Button>
      <Button disabled={busy} onClick={props.onReapply}>
        {t("form.reapply")}
      </Button>
      <Button appearance="subtle" onClick={props.onCancel}>
        {t("form.cancel")}
      </Button>
    </div>
  );
}

/** 新建评分表: the application's four facts; an existing sheet for it is offered, never overwritten. */
export function NewSheetForm({ standard, judge, today, busy, onGenerate, onOpen }: Props) {
  const styles = useStyles();
  const {
    fields: f,
    errors,
    existing,
    setExisting,
    submit,
  } = useNewSheetForm({
    standard,
    judge,
    today,
    onGenerate,
  });
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
        value={f.applicant}
        onChange={f.setApplicant}
      />
      <ItemSelect standard={standard} value={f.item} onChange={f.setItem} />
      <TextField
        label={t("form.judge")}
        hint={t("form.judgeHint")}
        error={errors.judge}
        value={f.judgeName}
        onChange={f.setJudgeName}
      />
      <TextField
        label={t("form.date")}
        error={errors.date}
        type="date"
        value={f.date}
        onChange={f.setDate}
      />
      {existing ? (
        <ExistingSheetChoice
          standard={standard}
          existing={existing}
          busy={busy}
          onOpen={onOpen}
          onReapply={() => void submit("reapply")}
          onCancel={() => setExisting(null)}
        />
      ) : (
        <Button appearance="primary" type="submit" disabled={busy}>
          {t("form.submit")}
        </Button>
      )}
    </form>
  );
}
