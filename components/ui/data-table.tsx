import type { ReactNode } from "react";

export interface DataColumn {
  label: string;
  align?: "right";
  /** Announced to screen readers only (e.g. an actions column). */
  hidden?: boolean;
}

/**
 * A captioned table that scrolls sideways inside its frame on narrow screens (the page itself never
 * does), with a visible cue there and keyboard access to the scrolling region. Callers render the rows.
 */
export function DataTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: DataColumn[];
  children: ReactNode;
}) {
  return (
    <div className="rounded-lg border border-roast-200 bg-white">
      <p aria-hidden="true" className="border-b border-roast-100 px-3 py-1.5 text-xs text-roast-700 md:hidden">
        Scroll the table sideways to see every column →
      </p>
      {/* Focusable so keyboard users can scroll it too. Relative, so the sr-only header text is clipped
          with the table instead of widening the page. */}
      <div
        role="region"
        aria-label={caption}
        tabIndex={0}
        className="relative overflow-x-auto focus:outline-none focus-visible:ring-2 focus-visible:ring-leaf-600"
      >
        <table className="w-full min-w-[44rem] text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-roast-100 text-roast-900">
            <tr>
              {columns.map((column) => (
                <th
                  key={column.label}
                  scope="col"
                  className={column.align === "right" ? "px-3 py-2 text-right" : "px-3 py-2"}
                >
                  {column.hidden ? <span className="sr-only">{column.label}</span> : column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </div>
  );
}
