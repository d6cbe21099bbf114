import type { ReactNode } from "react";

export interface PageHeadingProps {
  title: string;
  eyebrow?: string;
  children?: ReactNode;
}

export function PageHeading({ title, eyebrow, children }: PageHeadingProps) {
  return (
    <header className="mb-8">
      {eyebrow ? <p className="text-xs font-semibold uppercase tracking-[0.2em] text-roast-700">{eyebrow}</p> : null}
      <h1 className="mt-1 text-3xl text-roast-900 sm:text-4xl">{title}</h1>
      {children ? <div className="mt-3 max-w-2xl text-roast-700">{children}</div> : null}
    </header>
  );
}
