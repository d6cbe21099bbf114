import Link from "next/link";

export interface Crumb {
  label: string;
  /** Omitted for the current page, the last crumb. */
  href?: string;
}

export function Breadcrumb({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-6 text-sm text-roast-700">
      <ol className="flex flex-wrap gap-2">
        {crumbs.map((crumb) =>
          crumb.href ? (
            <li key={crumb.href}>
              <Link href={crumb.href} className="hover:underline">
                {crumb.label}
              </Link>
              <span aria-hidden="true"> /</span>
            </li>
          ) : (
            <li key="current" aria-current="page" className="text-roast-900">
              {crumb.label}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
