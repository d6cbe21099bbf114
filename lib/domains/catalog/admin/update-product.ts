import type { Db } from "@/lib/platform/db/client";
import type { TProductInput } from "@/lib/platform/contracts/admin";
import { isForeignKeyViolation, isRecordNotFound, isUniqueViolation } from "@/lib/platform/db/prisma-errors";
import { checkImages, type PendingImage, type UploadOptions } from "@/lib/domains/uploads/store-upload";
import { storeUploads } from "@/lib/domains/uploads/store-uploads";
import { removeUploads } from "@/lib/domains/uploads/remove-uploads";
import { invalid, missing, type AdminResult } from "./admin-result";
import { SLUG_TAKEN } from "./create-product";
import { releaseUploads } from "./release-uploads";

export interface ProductImageChanges {
  /** New images, appended after the kept ones. */
  add: PendingImage[];
  /** New alt text for existing images, by image id; ids of other products are ignored. */
  alt: Record<string, string>;
  /** A new file for an existing image, by image id: same place in the gallery, new picture. */
  replace: Record<string, PendingImage>;
  /** Existing images to drop, by id. Removing wins over replacing. */
  remove: string[];
}

export interface UpdateProductOptions {
  id: string;
  input: TProductInput;
  images: ProductImageChanges;
  uploads: UploadOptions;
}

type ProductRef = { slug: string; categorySlug: string };

export type UpdateProductResult = AdminResult<{ product: ProductRef & { id: string }; previous: ProductRef }>;

/**
 * Updates a product and its images in one transaction. New files are written first and deleted again if
 * the transaction fails; files that removed or replaced images used are deleted only after it commits,
 * and only when no image row points at them any more.
 */
export async function updateProduct(db: Db, options: UpdateProductOptions): Promise<UpdateProductResult> {
  const { id, input, images, uploads } = options;
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

  const removedIds = new Set(existing.images.filter((image) => images.remove.includes(image.id)).map((i) => i.id));
  const kept = existing.images.filter((image) => !removedIds.has(image.id));
  const replaced = kept.filter((image) => images.replace[image.id] !== undefined);
  const nextPosition = kept.reduce((max, image) => Math.max(max, image.position + 1), 0);

  // One check and one write for every new file, replacements first, so a bad file refuses the whole save.
  const pending = [...replaced.map((image) => images.replace[image.id]!), ...images.add];
  const checked = checkImages(pending, uploads);
  if (!checked.ok) return invalid("images", checked.message);
  const stored = await storeUploads(checked.images, uploads);
  const replacementUrls = stored.slice(0, replaced.length).map((s) => s.url);
  const added = stored.slice(replaced.length);

  try {
    await db.$transaction(async (tx) => {
      await tx.product.update({ where: { id }, data: input });
      if (removedIds.size > 0)
        await tx.productImage.deleteMany({ where: { productId: id, id: { in: [...removedIds] } } });
      for (const image of kept) {
        const alt = images.alt[image.id];
        const url = replacementUrls[replaced.indexOf(image)];
        if (alt === undefined && url === undefined) continue;
        await tx.productImage.update({
          where: { id: image.id },
          data: { ...(alt === undefined ? {} : { alt }), ...(url ? { url } : {}) },
        });
      }
      if (added.length > 0) {
        await tx.productImage.createMany({
          data: added.map((image, i) => ({
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

  const released = existing.images.filter((image) => removedIds.has(image.id) || replaced.includes(image));
  await releaseUploads(
    db,
    released.map((image) => image.url),
    uploads.dir,
  );
  return {
    ok: true,
    product: { id, slug: input.slug, categorySlug: category.slug },
    previous: { slug: existing.slug, categorySlug: existing.category.slug },
  };
}
