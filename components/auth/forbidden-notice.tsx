import type { TStaffRole } from "@/lib/platform/contracts/staff";
import Link from "next/link";

/** Shown to a signed-in person whose role does not reach the page. */
export function ForbiddenNotice({ needed }: { needed?: TStaffRole }) {
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <p className="text-sm font-semibold uppercase tracking-wide text-roast-700">403 · Forbidden</p>
      <h1 className="mt-2 text-2xl font-semibold text-roast-900">You don’t have access to this page</h1>
      <p className="mt-3 text-roast-700">
        This part of the shop is for {needed === "host" ? "staff" : "store owners"}. If you think you should have
        access, ask an owner.
      </p>
      <p className="mt-6">
        <Link href="/" className="font-medium text-leaf-600 underline underline-offset-4">
          Back to the shop
        </Link>
      </p>
    </main>
  );
}
