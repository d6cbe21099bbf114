"use client";

import { DISPLAY_NAME_MAX } from "@/lib/platform/contracts/limits";

export function DisplayNameField({
  id,
  value,
  onChange,
  name,
}: {
  id: string;
  value: string;
  onChange(value: string): void;
  /** For forms posted to a server action. */
  name?: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold text-roast-900">
        Display name <span className="font-normal text-roast-700">(optional)</span>
      </label>
      <p id={`${id}-hint`} className="text-xs text-roast-700">
        Shown instead of your alias.
      </p>
      <input
        id={id}
        // Explicit: checkers read the attribute, and "nickname" belongs to the Text control group (WCAG H98).
        type="text"
        name={name}
        value={value}
        maxLength={DISPLAY_NAME_MAX}
        autoComplete="nickname"
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={`${id}-hint`}
        className="mt-1 block w-full max-w-xs rounded-lg border border-roast-300 bg-white px-3 py-2 text-roast-900"
      />
    </div>
  );
}
