import type { Db } from "@/lib/platform/db/client";
import { missing, type AdminResult } from "./admin-result";
import { isForeignKeyViolation, isRecordNotFound } from "@/lib/platform/db/prisma-errors";
import { releaseUploads } from "./release-uploads";
import { setProductPublished } from "./set-product-published";

export type DeleteProductResult = AdminResult<{
  /** "unpublished" when orders reference the product: order history must keep pointing at it. */
  outcome: "deleted" | "unpublished";
  product: { slug: string; categorySlug: string };
}>;

/** Deletes a product and the image files nothing else uses, or unpublishes it when it has been ordered. */
export async function deleteProduct(
  db: Db,
  { id, uploadDir }: { id: string; uploadDir: string },
): Promise<DeleteProductResult> {
  const existing = await db.product.findUnique({
    where: { id },
    select: {
      slug: true,
      category: { select: { slug: true } },
      images: { select: { url: true } },
      _count: { select: { orderItems: true } },
    },
  });
  if (!existing) return missing("product");
  const product = { slug: existing.slug, categorySlug: existing.category.slug };

  const unpublish = async (): Promise<DeleteProductResult> => {
    const result = await setProductPublished(db, { id, published: false });
    return result.ok ? { ok: true, outcome: "unpublished", product } : result;
  };
  if (existing._count.orderItems > 0) return unpublish();

  try {
    await db.product.delete({ where: { id } });
  } catch (error) {
    // An order placed between the check and the delete: the foreign key refuses, so unpublish.
    if (isForeignKeyViolation(error)) return unpublish();
    if (isRecordNotFound(error)) return missing("product");
    throw error;
  }
  await releaseUploads(
    db,
    existing.images.map((image) => image.url),
    uploadDir,
  );
  return { ok: true, outcome: "deleted", product };
}
