"use client";

import { QA_BODY_MAX } from "@/lib/platform/contracts/limits";

interface QaTextAreaProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  rows?: number;
  describedBy?: string;
  textAreaRef?: React.Ref<HTMLTextAreaElement>;
  /** For forms posted to a server action. */
  name?: string;
}

/** A labelled textarea with a character counter against the contract's limit (announced only near it). */
export function QaTextArea({ id, label, value, onChange, rows = 3, describedBy, textAreaRef, name }: QaTextAreaProps) {
  const left = QA_BODY_MAX - value.length;
  const over = left < 0;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold text-roast-900">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        ref={textAreaRef}
        value={value}
        rows={rows}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={over || undefined}
        aria-describedby={[`${id}-count`, describedBy].filter(Boolean).join(" ")}
        className="mt-1 block w-full rounded-lg border border-roast-300 bg-white px-3 py-2 text-roast-900 aria-invalid:border-ember-700"
      />
      <p
        id={`${id}-count`}
        className={`mt-1 text-right text-xs tabular-nums ${over ? "text-ember-700" : "text-roast-700"}`}
      >
        {value.length} / {QA_BODY_MAX}
        {over ? ` (${-left} too many)` : null}
      </p>
      <p className="sr-only" aria-live="polite">
        {over ? `${-left} characters too many` : left < 100 ? `${left} characters left` : ""}
      </p>
    </div>
  );
}
