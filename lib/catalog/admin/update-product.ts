import type { Db } from "@/lib/db/client";
import type { TProductInput } from "@/lib/contracts/admin";
import { checkImages, type PendingImage, type UploadOptions } from "@/lib/uploads/store-upload";
import { storeUploads } from "@/lib/uploads/store-uploads";
import { removeUploads } from "@/lib/uploads/remove-uploads";
import { invalid, missing, type AdminResult } from "./admin-result";
import { SLUG_TAKEN } from "./create-product";
import { isForeignKeyViolation, isRecordNotFound, isUniqueViolation } from "./prisma-errors";

export interface UpdateProductOptions {
  id: string;
  input: TProductInput;
  /** New alt text for existing images, by image id; ids of other products are ignored. */
  altById: Record<string, string>;
  removeImageIds: string[];
  newImages: PendingImage[];
  uploads: UploadOptions;
}

type ProductRef = { slug: string; categorySlug: string };

export type UpdateProductResult = AdminResult<{ product: ProductRef & { id: string }; previous: ProductRef }>;

/**
 * Updates a product, its image alt texts, removed and added images in one transaction. Files for new
 * images are deleted again if the transaction fails; files of removed images only after it commits.
 */
export async function updateProduct(db: Db, options: UpdateProductOptions): Promise<UpdateProductResult> {
  const { id, input, altById, removeImageIds, newImages, uploads } = options;
  const existing = await db.product.findUnique({
    where: { id },
    select: {
      slug: true,
      category: { select: { slug: true } },
      images: { select: { id: true, url: true, position: true } },
    },
  });
  if (!existing) return missing("product");

  const category = await db.category.findUnique({ where: { id: input.categoryId }, select: { slug: true } });
  if (!category) return invalid("categoryId", "Choose an existing category");

  const checked = checkImages(newImages, uploads);
  if (!checked.ok) return invalid("images", checked.message);

  const ownImages = new Map(existing.images.map((image) => [image.id, image]));
  const removed = removeImageIds.flatMap((imageId) => ownImages.get(imageId) ?? []);
  const removedIds = new Set(removed.map((image) => image.id));
  const kept = existing.images.filter((image) => !removedIds.has(image.id));
  const nextPosition = kept.reduce((max, image) => Math.max(max, image.position + 1), 0);

  const stored = await storeUploads(checked.images, uploads);
  try {
    await db.$transaction(async (tx) => {
      await tx.product.update({
        where: { id },
        data: input,
      });
      if (removed.length > 0)
        await tx.productImage.deleteMany({ where: { productId: id, id: { in: [...removedIds] } } });
      for (const image of kept) {
        const alt = altById[image.id];
        if (alt !== undefined) await tx.productImage.update({ where: { id: image.id }, data: { alt } });
      }
      if (stored.length > 0) {
        await tx.productImage.createMany({
          data: stored.map((image, i) => ({
            productId: id,
            url: image.url,
            alt: image.alt,
            position: nextPosition + i,
          })),
        });
      }
    });
  } catch (error) {
    await removeUploads(
      stored.map((s) => s.url),
      uploads.dir,
    );
    if (isUniqueViolation(error)) return invalid("slug", SLUG_TAKEN);
    if (isForeignKeyViolation(error)) return invalid("categoryId", "Choose an existing category");
    if (isRecordNotFound(error)) return missing("product");
    throw error;
  }

  await removeUploads(
    removed.map((image) => image.url),
    uploads.dir,
  );
  return {
    ok: true,
    product: { id, slug: input.slug, categorySlug: category.slug },
    previous: { slug: existing.slug, categorySlug: existing.category.slug },
  };
}
