"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/platform/actions/define-action";
import { requireStaff } from "@/lib/domains/auth/guards";
import { cacheTags } from "@/lib/platform/cache-tags";
import { expireProductTags } from "@/lib/domains/catalog/expire-product-tags";
import { db } from "@/lib/platform/db/client";
import { ZProductCreate, ZProductPublish, ZProductRef, ZProductUpdate } from "@/lib/platform/contracts/admin";
import { orRefuse } from "@/lib/domains/catalog/admin/admin-result";
import { createProduct } from "@/lib/domains/catalog/admin/create-product";
import { updateProduct } from "@/lib/domains/catalog/admin/update-product";
import { deleteProduct } from "@/lib/domains/catalog/admin/delete-product";
import { setProductPublished } from "@/lib/domains/catalog/admin/set-product-published";
import { pendingImage } from "@/lib/domains/uploads/pending-image";
import { uploadOptions } from "@/lib/domains/uploads/upload-options";
import { productFormInput } from "../_lib/product-form-input";

const PRODUCT_FIELDS = ["title", "slug", "description", "story", "price", "stock", "categoryId", "published"] as const;
const owner = () => requireStaff("owner");

/** Every storefront read a product change can touch: lists, its page under both slugs, both categories. */
function updateProductTags(slugs: string[], categorySlugs: string[]): void {
  expireProductTags([cacheTags.catalog, ...slugs.map(cacheTags.product), ...categorySlugs.map(cacheTags.category)]);
}

/** /admin/products/new form: creates a product with its uploaded images. */
export const createProductAction = defineAction({
  name: "create product",
  authorize: owner,
  schema: ZProductCreate,
  fields: PRODUCT_FIELDS,
  input: productFormInput,
  run: async ({ product, images }) => {
    const result = orRefuse(
      await createProduct(db(), {
        input: product,
        images: await Promise.all(images.map((image) => pendingImage(image.file, image.alt))),
        uploads: uploadOptions(),
      }),
    );
    updateProductTags([result.product.slug], [result.product.categorySlug]);
    redirect(`/admin/products/${result.product.id}?saved=created`);
  },
});

/** /admin/products/[id] form: saves fields, alt texts, and added, replaced and removed images. */
export const updateProductAction = defineAction({
  name: "update product",
  authorize: owner,
  schema: ZProductUpdate,
  fields: ["id", ...PRODUCT_FIELDS],
  input: productFormInput,
  hidden: ["id"],
  run: async ({ id, product, images }) => {
    const replace = Object.fromEntries(
      await Promise.all(
        Object.entries(images.replace).map(async ([imageId, file]) => [imageId, await pendingImage(file)]),
      ),
    );
    const result = orRefuse(
      await updateProduct(db(), {
        id,
        input: product,
        images: {
          add: await Promise.all(images.add.map((image) => pendingImage(image.file, image.alt))),
          alt: images.alt,
          replace,
          remove: images.remove,
        },
        uploads: uploadOptions(),
      }),
    );
    updateProductTags(
      [result.product.slug, result.previous.slug],
      [result.product.categorySlug, result.previous.categorySlug],
    );
    return { message: `Saved “${product.title}”.` };
  },
});

/** Publish / Unpublish button in the product table. */
export const setProductPublishedAction = defineAction({
  name: "publish product",
  authorize: owner,
  schema: ZProductPublish,
  fields: ["id", "published"],
  invalidMessage: "This product no longer exists.",
  run: async ({ id, published }) => {
    const result = orRefuse(await setProductPublished(db(), { id, published }));
    updateProductTags([result.product.slug], [result.product.categorySlug]);
    return { message: published ? "Published." : "Unpublished." };
  },
});

/** Delete button in the product table: products with orders are unpublished instead. */
export const deleteProductAction = defineAction({
  name: "delete product",
  authorize: owner,
  schema: ZProductRef,
  fields: ["id"],
  invalidMessage: "This product no longer exists.",
  run: async ({ id }) => {
    const result = orRefuse(await deleteProduct(db(), { id, uploadDir: uploadOptions().dir }));
    updateProductTags([result.product.slug], [result.product.categorySlug]);
    return {
      message:
        result.outcome === "deleted"
          ? "Deleted."
          : "This product has orders, so it cannot be deleted: order history points at it. It was unpublished instead.",
    };
  },
});
