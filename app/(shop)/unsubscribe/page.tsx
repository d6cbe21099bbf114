import type { Metadata } from "next";
import { ZUnsubscribeToken } from "@/lib/platform/contracts/mail";
import { readUnsubscribeToken } from "@/lib/domains/mail-consent/unsubscribe-token";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Stop emails", robots: { index: false } };

interface UnsubscribePageProps {
  searchParams: Promise<{ t?: string; done?: string }>;
}

/** /unsubscribe?t=… — the page a mail's link opens: it says what stops and takes one click (a POST). */
export default async function UnsubscribePage({ searchParams }: UnsubscribePageProps) {
  const { t, done } = await searchParams;
  const parsed = ZUnsubscribeToken.safeParse(t);
  const target = parsed.success ? readUnsubscribeToken(parsed.data) : null;
  if (!target) {
    return (
      <main className="mx-auto max-w-xl space-y-3 py-10">
        <h1 className="text-3xl text-roast-900">Stop emails</h1>
        <p className="text-roast-800">This link is not valid. Copy the whole link from the email and try again.</p>
      </main>
    );
  }
  const what =
    target.kind === "a"
      ? "every email from this shop to this address"
      : target.kind === "q"
        ? "emails about this question"
        : "the reminder for this kitchen session";
  return (
    <main className="mx-auto max-w-xl space-y-4 py-10">
      <h1 className="text-3xl text-roast-900">Stop emails</h1>
      {done ? (
        <p className="text-lg text-leaf-700" role="status" data-testid="unsubscribed">
          Done: we stopped {what} and erased the address we kept for it.
        </p>
      ) : (
        <>
          <p className="text-roast-800">
            This stops {what} and erases the address we kept for it. Nothing else changes.
          </p>
          <form method="post" action={`/api/unsubscribe?t=${encodeURIComponent(parsed.data!)}`}>
            <button type="submit" className="rounded-lg bg-roast-800 px-4 py-2 font-semibold text-white">
              Stop {target.kind === "a" ? "all emails" : "these emails"}
            </button>
          </form>
        </>
      )}
    </main>
  );
}
