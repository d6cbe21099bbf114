import type { ReactNode } from "react";
import { fieldError, submittedValue, type TFormState } from "@/lib/platform/contracts/form-state";

const controlClass =
  "mt-1 block w-full rounded-md border border-roast-200 bg-white px-3 py-2 text-roast-900 shadow-sm " +
  "focus:border-leaf-600 focus:outline-none focus:ring-2 focus:ring-leaf-600/40 aria-[invalid=true]:border-red-700";

interface BaseProps {
  id: string;
  name: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  defaultValue?: string;
  /**
   * The form's last answer (useActionState): the field shows its own error from it and, after a refused
   * submission, what was typed (React resets the form), falling back to `defaultValue`.
   */
  state?: TFormState<unknown>;
  /** Layout classes for the field's wrapper (e.g. a grid span). */
  className?: string;
}

/** The one place a field reads the form state: its error and the value to show. */
function fromState({ name, state, error, defaultValue }: BaseProps) {
  return {
    error: error ?? (state ? fieldError(state, name) : undefined),
    defaultValue: (state ? submittedValue(state, name) : undefined) ?? defaultValue,
  };
}

function describedBy(id: string, error?: string, hint?: ReactNode): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

function FieldShell({ id, label, error, hint, required, className, children }: BaseProps & { children: ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-roast-900">
        {label}
        {required ? <span className="text-roast-700"> (required)</span> : null}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-roast-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled input whose hint and error are tied to it with aria-describedby. */
export function TextField(
  props: BaseProps & {
    type?: "text" | "email" | "password" | "number";
    autoComplete?: string;
    /** "email" also turns off auto-capitalisation and spell-checking: an address is neither a word nor a sentence. */
    inputMode?: "decimal" | "numeric" | "email";
    min?: number;
    step?: number;
  },
) {
  const { id, name, hint, required, type = "text", autoComplete, inputMode, min, step } = props;
  const { error, defaultValue } = fromState(props);
  return (
    <FieldShell {...props} error={error}>
      <input
        id={id}
        name={name}
        type={type}
        required={required}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        inputMode={inputMode}
        autoCapitalize={inputMode === "email" ? "none" : undefined}
        spellCheck={inputMode === "email" ? false : undefined}
        min={min}
        step={step}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={controlClass}
      />
    </FieldShell>
  );
}

export function TextAreaField(props: BaseProps & { rows?: number }) {
  const { id, name, hint, required, rows = 4 } = props;
  const { error, defaultValue } = fromState(props);
  return (
    <FieldShell {...props} error={error}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        required={required}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={controlClass}
      />
    </FieldShell>
  );
}

/**
 * A labelled select. The placeholder is a choosable empty value, so leaving it reaches the contract (which
 * says what to choose) rather than dropping the field from the submission.
 */
export function SelectField(
  props: BaseProps & { options: { value: string; label: string }[]; placeholder?: string; autoComplete?: string },
) {
  const { id, name, hint, required, options, placeholder, autoComplete } = props;
  const { error, defaultValue } = fromState(props);
  return (
    <FieldShell {...props} error={error}>
      <select
        // A select honours defaultValue only when it mounts: a refused submission's value remounts it.
        key={defaultValue ?? ""}
        id={id}
        autoComplete={autoComplete}
        name={name}
        required={required}
        defaultValue={defaultValue ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={controlClass}
      >
        {placeholder ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
