"use client";

import { useFormStatus } from "react-dom";

const variants = {
  primary: "bg-leaf-600 text-white hover:bg-leaf-600/90",
  secondary: "border border-roast-200 bg-white text-roast-900 hover:bg-roast-100",
  danger: "border border-red-700/40 bg-white text-red-800 hover:bg-red-50",
} as const;

/** A submit button that shows and announces that its form is being sent. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  size = "md",
  ariaLabel,
}: {
  children: React.ReactNode;
  pendingLabel?: string;
  variant?: keyof typeof variants;
  size?: "sm" | "md";
  /** A fuller name when the visible text is short ("Delete" → "Delete Ethiopia Guji"). */
  ariaLabel?: string;
}) {
  const { pending } = useFormStatus();
  const sizing = size === "sm" ? "px-2.5 py-1 text-sm" : "px-4 py-2";
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      aria-label={ariaLabel}
      className={`${sizing} ${variants[variant]} rounded-md font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-leaf-600 focus-visible:ring-offset-2 disabled:cursor-wait disabled:opacity-70`}
    >
      {pending ? (pendingLabel ?? "Saving…") : children}
    </button>
  );
}
