import type { ReactNode } from "react";

export interface EmptyStateProps {
  title: string;
  children?: ReactNode;
}

export function EmptyState({ title, children }: EmptyStateProps) {
  return (
    <div className="rounded-2xl border border-dashed border-roast-300 bg-white/60 px-6 py-12 text-center">
      <p className="font-display text-xl text-roast-900">{title}</p>
      {children ? <div className="mt-3 text-roast-700">{children}</div> : null}
    </div>
  );
}
