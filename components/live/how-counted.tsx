import type { ReactNode } from "react";

/** The "How is this counted?" note every live number carries (or another question, e.g. "How is this shown?"). */
export function HowCounted({ children, summary = "How is this counted?" }: { children: ReactNode; summary?: string }) {
  return (
    <details className="group text-xs text-roast-700">
      <summary className="cursor-pointer underline decoration-dotted underline-offset-2 hover:text-roast-900">
        {summary}
      </summary>
      <div className="mt-1 max-w-prose space-y-1 rounded-md bg-roast-100 p-2 text-roast-900">{children}</div>
    </details>
  );
}
