import type { Db } from "@/lib/platform/db/client";
import { removeUploads } from "@/lib/domains/uploads/remove-uploads";

/**
 * Deletes uploaded files that no product image points at any more. Called after the rows that used
 * them are gone (committed), so a file still shown somewhere is never deleted.
 */
export async function releaseUploads(db: Db, urls: string[], dir: string): Promise<void> {
  if (urls.length === 0) return;
  const stillUsed = await db.productImage.findMany({ where: { url: { in: urls } }, select: { url: true } });
  const used = new Set(stillUsed.map((row) => row.url));
  await removeUploads(
    urls.filter((url) => !used.has(url)),
    dir,
  );
}
