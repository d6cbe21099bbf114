import Link from "next/link";

/** A hidden post stays in its place, marked, so moderation is visible and nothing silently disappears. */
export function HiddenPostNotice({ as: Tag = "p" }: { as?: "p" | "span" }) {
  return (
    <Tag className="font-normal italic text-roast-700">
      This post was hidden by a host (see our{" "}
      <Link href="/moderation-policy" className="underline underline-offset-2">
        moderation policy
      </Link>
      ).
    </Tag>
  );
}
