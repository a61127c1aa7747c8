/** A labelled password input: the one kind the browser's password manager fills or offers to save. */
import { Field } from "./field.tsx";

export const PasswordField = ({
  label,
  value,
  onChange,
  error,
  hint,
  kind,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  /** "current" for a password the person has; "new" for one being chosen. */
  kind: "current" | "new";
}) => (
  <Field label={label} error={error} hint={hint}>
    {(p) => (
      <input
        {...p}
        type="password"
        autoComplete={kind === "new" ? "new-password" : "current-password"}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    )}
  </Field>
);
