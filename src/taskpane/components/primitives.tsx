/**
 * Small themed primitives built on Fluent tokens. Fluent's MessageBar, Field, Badge, Select and
 * Textarea bring motion, icon and positioning code that would push the judge's initial JavaScript
 * past its 100 KB budget; these few elements look the same and cost almost nothing.
 */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  notice: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    fontSize: tokens.fontSizeBase300,
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    border: `1px solid ${tokens.colorPaletteGreenBorder1}`,
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    border: `1px solid ${tokens.colorPaletteRedBorder1}`,
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    border: `1px solid ${tokens.colorPaletteYellowBorder1}`,
  },
  info: { backgroundColor: tokens.colorNeutralBackground3 },
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  label: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  fieldError: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  control: {
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  pill: {
    display: "inline-block",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusCircular,
    fontWeight: tokens.fontWeightBold,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  button: {
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    minHeight: "32px",
    cursor: "pointer",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":disabled": {
      cursor: "not-allowed",
      color: tokens.colorNeutralForegroundDisabled,
      backgroundColor: tokens.colorNeutralBackgroundDisabled,
    },
  },
  primary: {
    border: `1px solid ${tokens.colorBrandBackground}`,
    color: tokens.colorNeutralForegroundOnBrand,
    backgroundColor: tokens.colorBrandBackground,
    ":hover": { backgroundColor: tokens.colorBrandBackgroundHover },
  },
  subtle: { border: "1px solid transparent", backgroundColor: "transparent" },
  good: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  bad: { backgroundColor: tokens.colorPaletteRedBackground3 },
  pending: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
});

export type Intent = "success" | "error" | "warning" | "info";

export function Notice({ intent, children }: { intent: Intent; children: React.ReactNode }) {
  const s = useStyles();
  return (
    <div
      role={intent === "error" ? "alert" : "status"}
      className={mergeClasses(s.notice, s[intent])}
    >
      {children}
    </div>
  );
}

interface FieldProps {
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  children: (id: string, describedBy: string | undefined) => React.ReactNode;
}

export function LabeledField({ label, hint, error, required, children }: FieldProps) {
  const s = useStyles();
  const id = React.useId();
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div className={s.field}>
      <label htmlFor={id} className={s.label}>
        {label}
        {required ? " *" : ""}
      </label>
      {children(id, describedBy)}
      {error ? (
        <span id={`${id}-error`} className={s.fieldError} role="alert">
          {error}
        </span>
      ) : (
        hint && (
          <span id={`${id}-hint`} className={s.hint}>
            {hint}
          </span>
        )
      )}
    </div>
  );
}

/** Class names for native <select> and <textarea> in the Fluent look. */
export function useControlClass(): string {
  return useStyles().control;
}

export function Pill({
  tone,
  children,
  testId,
}: {
  tone: "good" | "bad" | "pending";
  children: React.ReactNode;
  testId?: string;
}) {
  const s = useStyles();
  return (
    <span className={mergeClasses(s.pill, s[tone])} data-testid={testId}>
      {children}
    </span>
  );
}

type ButtonProps = React.ButtonHTMLAttributes<HTMLButtonElement> & {
  appearance?: "primary" | "secondary" | "subtle";
};

/** A button in Fluent's look, for the first screen (Fluent's own Button loads with the other tabs). */
export function ActionButton({
  appearance = "secondary",
  className,
  type = "button",
  ...rest
}: ButtonProps) {
  const s = useStyles();
  return (
    <button
      type={type}
      className={mergeClasses(
        s.button,
        appearance === "primary" && s.primary,
        appearance === "subtle" && s.subtle,
        className
      )}
      {...rest}
    />
  );
}
