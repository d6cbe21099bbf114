"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

interface Section {
  href: string;
  label: string;
}

const ownerSections: Section[] = [
  { href: "/admin/orders", label: "Orders" },
  { href: "/admin/products", label: "Products" },
  { href: "/admin/categories", label: "Categories" },
  { href: "/admin/kitchen", label: "Kitchen updates" },
  { href: "/admin/staff", label: "Staff" },
  { href: "/admin/settings", label: "Store settings" },
  { href: "/admin/insights", label: "Insights" },
  { href: "/admin/outbox", label: "Email outbox" },
  { href: "/host", label: "Host console" },
];

// Hosts reach the orders screen (they fulfil) and their console, nothing else of the admin.
const hostSections: Section[] = [
  { href: "/admin/orders", label: "Orders" },
  { href: "/host", label: "Host console" },
];

// Every staff member also goes to the shop from here: where shoppers ask, and where a change shows.
const shop: Section = { href: "/", label: "Shop" };

const linkClass =
  "rounded-md px-3 py-1.5 text-sm font-medium text-roast-900 hover:bg-roast-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-leaf-600 aria-[current=page]:bg-roast-100 aria-[current=page]:font-semibold";

/** The section a path belongs to: /admin/orders/123 is in Orders. */
function isCurrent(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function AdminNav({ role = "owner" }: { role?: "owner" | "host" }) {
  const pathname = usePathname();
  const sections = role === "owner" ? ownerSections : hostSections;
  return (
    // On phones one row that scrolls sideways (see .scroll-strip), rather than three rows of links.
    <nav aria-label="Staff sections" className="w-full min-w-0 sm:w-auto">
      <ul className="scroll-strip -mx-4 gap-1 px-4 py-1 sm:mx-0 sm:flex-wrap sm:px-0">
        {sections.map((s) => (
          <li key={s.href} className="shrink-0 snap-start">
            <Link href={s.href} aria-current={isCurrent(pathname, s.href) ? "page" : undefined} className={linkClass}>
              {s.label}
            </Link>
          </li>
        ))}
        <li className="shrink-0 snap-start border-l border-roast-200 pl-1">
          <Link href={shop.href} className={linkClass}>
            {shop.label}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
