import Link from "next/link";
import { staffForPage } from "@/components/auth/staff-page-guard";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";

export const dynamic = "force-dynamic";

const cards = [
  { href: "/admin/orders", title: "Orders", text: "New orders live, fulfilment steps, payment and cancellations." },
  { href: "/admin/products", title: "Products", text: "Add, edit, publish and stock the catalog." },
  { href: "/admin/categories", title: "Categories", text: "Name and order the shop’s sections." },
  { href: "/admin/staff", title: "Staff", text: "Add hosts and owners, deactivate accounts." },
  {
    href: "/admin/settings",
    title: "Store settings",
    text: "Name, currency, the response time you promise, and what the open kitchen shows.",
  },
  { href: "/admin/outbox", title: "Email outbox", text: "Order email: sent, waiting, failed, and why." },
];

export default async function AdminHome() {
  const staff = await staffForPage("owner", "/admin");
  if (!staff) return <ForbiddenNotice needed="owner" />;
  return (
    <main>
      <h1 className="text-2xl font-semibold">Store admin</h1>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {cards.map((c) => (
          <li key={c.href}>
            <Link
              href={c.href}
              className="block rounded-lg border border-roast-200 bg-white p-5 hover:border-roast-500 focus:outline-none focus-visible:ring-2 focus-visible:ring-leaf-600"
            >
              <span className="text-lg font-semibold">{c.title}</span>
              <span className="mt-1 block text-sm text-roast-700">{c.text}</span>
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
