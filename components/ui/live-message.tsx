export interface LiveMessageProps {
  message: string | null | undefined;
  tone?: "success" | "error";
  className?: string;
}

/** A polite live region: it is always in the DOM, so screen readers announce the text when it changes. */
export function LiveMessage({ message, tone = "success", className = "" }: LiveMessageProps) {
  const colour = tone === "error" ? "text-ember-700" : "text-leaf-700";
  return (
    <p role="status" aria-live="polite" className={`min-h-5 text-sm font-medium ${colour} ${className}`}>
      {message ?? ""}
    </p>
  );
}
