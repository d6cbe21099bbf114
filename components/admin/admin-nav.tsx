import Link from "next/link";

const ownerSections = [
  { href: "/admin/orders", label: "Orders" },
  { href: "/admin/products", label: "Products" },
  { href: "/admin/categories", label: "Categories" },
  { href: "/admin/kitchen", label: "Kitchen updates" },
  { href: "/admin/staff", label: "Staff" },
  { href: "/admin/settings", label: "Store settings" },
  { href: "/admin/insights", label: "Insights" },
  { href: "/admin/outbox", label: "Email outbox" },
] as const;

// Hosts reach the orders screen (they fulfil) and their console, nothing else of the admin.
const hostSections = [
  { href: "/admin/orders", label: "Orders" },
  { href: "/host", label: "Host console" },
] as const;

export function AdminNav({ role = "owner" }: { role?: "owner" | "host" }) {
  const sections = role === "owner" ? ownerSections : hostSections;
  return (
    // On phones one row that scrolls sideways (see .scroll-strip), rather than three rows of links.
    <nav aria-label="Admin sections" className="w-full min-w-0 sm:w-auto">
      <ul className="scroll-strip -mx-4 gap-1 px-4 py-1 sm:mx-0 sm:flex-wrap sm:px-0">
        {sections.map((s) => (
          <li key={s.href} className="shrink-0 snap-start">
            <Link
              href={s.href}
              className="rounded-md px-3 py-1.5 text-sm font-medium text-roast-900 hover:bg-roast-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-leaf-600"
            >
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
