import type { ReactNode } from "react";

/** The "How is this counted?" note every live number carries. */
export function HowCounted({ children }: { children: ReactNode }) {
  return (
    <details className="group text-xs text-roast-700">
      <summary className="cursor-pointer underline decoration-dotted underline-offset-2 hover:text-roast-900">
        How is this counted?
      </summary>
      <div className="mt-1 max-w-prose space-y-1 rounded-md bg-roast-100 p-2 text-roast-900">{children}</div>
    </details>
  );
}
