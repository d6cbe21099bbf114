import type { InputHTMLAttributes } from "react";

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> {
  name: string;
  label: string;
  error?: string;
  hint?: string;
}

/** A labelled input whose error is tied to it with aria-describedby and aria-invalid. */
export function TextField({ name, label, error, hint, className = "", ...props }: TextFieldProps) {
  const id = `field-${name}`;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold text-roast-900">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-roast-700">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        className="mt-1 block w-full rounded-lg border border-roast-300 bg-white px-3 py-2 text-roast-900 aria-invalid:border-ember-700"
        {...props}
      />
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-ember-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
