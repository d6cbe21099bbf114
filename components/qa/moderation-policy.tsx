import Link from "next/link";

/** Points to the published rules hosts moderate by (one text, on its own page). */
export function ModerationPolicy() {
  return (
    <p className="text-sm text-roast-700">
      Questions and answers are public.{" "}
      <Link href="/moderation-policy" className="underline underline-offset-2 hover:text-roast-900">
        How we moderate them
      </Link>
      .
    </p>
  );
}
