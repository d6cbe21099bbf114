import type { Db } from "@/lib/platform/db/client";
import { missing, type AdminResult } from "./admin-result";
import { isRecordNotFound } from "@/lib/platform/db/prisma-errors";

export type SetProductPublishedResult = AdminResult<{
  product: { slug: string; categorySlug: string; published: boolean };
}>;

/** Shows a product in the storefront or hides it; hidden products keep their orders and history. */
export async function setProductPublished(
  db: Db,
  { id, published }: { id: string; published: boolean },
): Promise<SetProductPublishedResult> {
  try {
    const row = await db.product.update({
      where: { id },
      data: { published },
      select: { slug: true, published: true, category: { select: { slug: true } } },
    });
    return { ok: true, product: { slug: row.slug, categorySlug: row.category.slug, published: row.published } };
  } catch (error) {
    if (isRecordNotFound(error)) return missing("product");
    throw error;
  }
}
