import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/layout/not-found-message";

export const metadata: Metadata = { title: "Not found", robots: { index: false } };

// Unmatched URLs anywhere. Rendered at build time too, so it reads nothing from the database.
export default function NotFound() {
  return (
    <main id="main" className="px-4 py-12">
      <NotFoundMessage />
    </main>
  );
}
