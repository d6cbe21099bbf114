import type { TQaAuthor } from "@/lib/platform/contracts/qa";
import { RelativeTime } from "@/components/live/relative-time";
import { HostAvatar } from "./host-avatar";

const badge = "rounded-full px-2 py-0.5 text-xs font-semibold";

/** Who posted and when, with what the shop verified about them at the time of posting. */
export function QaAuthorLine({
  author,
  createdAt,
  editedAt,
}: {
  author: TQaAuthor;
  createdAt: string;
  editedAt: string | null;
}) {
  const host = author.kind === "host";
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm text-roast-700">
      {host ? <HostAvatar name={author.name} avatarUrl={author.avatarUrl} size={24} /> : null}
      <span className="font-semibold text-roast-900">{author.name}</span>
      {host ? (
        <span className={`${badge} bg-leaf-700 text-white`} title="Works at this shop">
          HOST
        </span>
      ) : null}
      {author.verifiedBuyer ? (
        <span
          className={`${badge} bg-leaf-50 text-leaf-700`}
          title="Had a paid or delivered order of this product when posting"
        >
          verified buyer
        </span>
      ) : null}
      {author.regular ? (
        <span
          className={`${badge} bg-roast-100 text-roast-800`}
          title="Had visited the shop on three or more days when posting"
        >
          regular
        </span>
      ) : null}
      <span aria-hidden="true">·</span>
      <RelativeTime iso={createdAt} />
      {editedAt ? <span className="italic">(edited)</span> : null}
    </p>
  );
}
