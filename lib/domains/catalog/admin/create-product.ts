import type { Db } from "@/lib/platform/db/client";
import type { TProductInput } from "@/lib/platform/contracts/admin";
import { checkImages, type PendingImage, type UploadOptions } from "@/lib/domains/uploads/store-upload";
import { storeUploads } from "@/lib/domains/uploads/store-uploads";
import { removeUploads } from "@/lib/domains/uploads/remove-uploads";
import { invalid, type AdminResult } from "./admin-result";
import { isForeignKeyViolation, isUniqueViolation } from "@/lib/platform/db/prisma-errors";

export interface CreateProductOptions {
  input: TProductInput;
  images: PendingImage[];
  uploads: UploadOptions;
}

export type CreateProductResult = AdminResult<{ product: { id: string; slug: string; categorySlug: string } }>;

export const SLUG_TAKEN = "Another product already uses this slug";

/**
 * Creates a product with its images. Images are checked before anything is written; the product and
 * its image rows are one insert; if that insert fails the files written for it are deleted again.
 */
export async function createProduct(
  db: Db,
  { input, images, uploads }: CreateProductOptions,
): Promise<CreateProductResult> {
  const category = await db.category.findUnique({ where: { id: input.categoryId }, select: { id: true } });
  if (!category) return invalid("categoryId", "Choose an existing category");

  const checked = checkImages(images, uploads);
  if (!checked.ok) return invalid("images", checked.message);

  const stored = await storeUploads(checked.images, uploads);
  try {
    const product = await db.product.create({
      data: {
        ...input,
        images: { create: stored.map((image, position) => ({ url: image.url, alt: image.alt, position })) },
      },
      select: { id: true, slug: true, category: { select: { slug: true } } },
    });
    return { ok: true, product: { id: product.id, slug: product.slug, categorySlug: product.category.slug } };
  } catch (error) {
    await removeUploads(
      stored.map((s) => s.url),
      uploads.dir,
    );
    if (isUniqueViolation(error)) return invalid("slug", SLUG_TAKEN);
    if (isForeignKeyViolation(error)) return invalid("categoryId", "Choose an existing category");
    throw error;
  }
}
