import Link from "next/link";
import type { ReactNode } from "react";

/**
 * The bar over staff consoles: where you are, who is signed in, and the way out. The title leads to the
 * signed-in person's own start page (the admin for owners, the console for hosts); the shop is in the nav.
 */
export function StaffHeader({
  title,
  name,
  role,
  children,
  signOut,
}: {
  title: string;
  name: string;
  role: "owner" | "host";
  children?: ReactNode;
  signOut: ReactNode;
}) {
  return (
    <header className="border-b border-roast-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div className="flex w-full min-w-0 flex-wrap items-center gap-x-4 gap-y-1 sm:w-auto">
          <Link href={role === "owner" ? "/admin" : "/host"} className="font-semibold text-roast-900">
            {title}
          </Link>
          {children}
        </div>
        <div className="flex items-center gap-3 text-sm text-roast-700">
          <span>
            Signed in as <strong className="text-roast-900">{name}</strong> ({role})
          </span>
          {signOut}
        </div>
      </div>
    </header>
  );
}
