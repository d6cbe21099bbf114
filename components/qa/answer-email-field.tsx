"use client";

/** The ask box's optional address: never required, never shown, explained in one line. */
export function AnswerEmailField({
  id,
  value,
  onChange,
  answered = false,
}: {
  id: string;
  value: string;
  onChange(value: string): void;
  /** A host already answered: only a marked answer is still news. */
  answered?: boolean;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold text-roast-900">
        {answered ? "Email me when an answer is marked" : "Email me the answer"}{" "}
        <span className="font-normal text-roast-700">(optional)</span>
      </label>
      <p id={`${id}-hint`} className="text-xs text-roast-700">
        {answered
          ? "One email if a host marks an answer; never shown to anyone, erased 30 days after the first answer."
          : "One email when a host answers; never shown to anyone, erased 30 days after the answer."}
      </p>
      <input
        id={id}
        type="email"
        inputMode="email"
        autoComplete="email"
        value={value}
        maxLength={254}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={`${id}-hint`}
        className="mt-1 block w-full max-w-xs rounded-lg border border-roast-300 bg-white px-3 py-2 text-roast-900"
      />
    </div>
  );
}
