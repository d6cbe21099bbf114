import type { ReactNode } from "react";

export interface DataColumn {
  label: string;
  align?: "right";
  /** Announced to screen readers only (e.g. an actions column). */
  hidden?: boolean;
}

/** A captioned, horizontally scrollable table: the frame and header; callers render the rows. */
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
    <div className="overflow-x-auto rounded-lg border border-roast-200 bg-white">
      <table className="w-full text-left text-sm">
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
  );
}
