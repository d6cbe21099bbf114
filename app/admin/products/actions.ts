"use server";

import { redirect } from "next/navigation";
import { cacheTags } from "@/lib/cache-tags";
import { expireProductTags } from "@/lib/catalog/expire-product-tags";
import { db } from "@/lib/db/client";
import { ZId, ZProductInput } from "@/lib/contracts/admin";
import type { TFormState } from "@/lib/contracts/form-state";
import { pickFormFields, zodFieldErrors } from "@/lib/contracts/zod-form-errors";
import { createProduct } from "@/lib/catalog/admin/create-product";
import { updateProduct } from "@/lib/catalog/admin/update-product";
import { deleteProduct } from "@/lib/catalog/admin/delete-product";
import { setProductPublished } from "@/lib/catalog/admin/set-product-published";
import { uploadOptions } from "@/lib/uploads/upload-options";
import { NOT_ALLOWED, ownerForAction } from "../_lib/owner-action";
import { failureState, invalidState } from "../_lib/failure-state";
import { readNewImages } from "../_lib/read-images";

const PRODUCT_FIELDS = ["title", "slug", "description", "story", "price", "stock", "categoryId", "published"] as const;

/** Every storefront read a product change can touch: lists, its page under both slugs, both categories. */
function updateProductTags(slugs: string[], categorySlugs: string[]): void {
  expireProductTags([cacheTags.catalog, ...slugs.map(cacheTags.product), ...categorySlugs.map(cacheTags.category)]);
}

/** /admin/products/new form: creates a product with its uploaded images. */
export async function createProductAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  if (!(await ownerForAction())) return NOT_ALLOWED;
  const values = pickFormFields(formData, PRODUCT_FIELDS);
  const parsed = ZProductInput.safeParse(values);
  if (!parsed.success) return invalidState(zodFieldErrors(parsed.error), values);

  const result = await createProduct(db(), {
    input: parsed.data,
    images: await readNewImages(formData),
    uploads: uploadOptions(),
  });
  if (!result.ok) return failureState(result, values);

  updateProductTags([result.product.slug], [result.product.categorySlug]);
  redirect(`/admin/products/${result.product.id}?saved=created`);
}

/** /admin/products/[id] form: saves fields, alt texts, removed and added images. */
export async function updateProductAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  if (!(await ownerForAction())) return NOT_ALLOWED;
  const id = ZId.safeParse(formData.get("id"));
  if (!id.success) return { status: "error", message: "This product no longer exists." };
  const values = pickFormFields(formData, PRODUCT_FIELDS);
  const parsed = ZProductInput.safeParse(values);
  if (!parsed.success) return invalidState(zodFieldErrors(parsed.error), values);

  const altById: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("alt:") && typeof value === "string") altById[key.slice(4)] = value.trim().slice(0, 300);
  }
  const removeImageIds = formData.getAll("removeImage").filter((v): v is string => typeof v === "string");

  const result = await updateProduct(db(), {
    id: id.data,
    input: parsed.data,
    altById,
    removeImageIds,
    newImages: await readNewImages(formData),
    uploads: uploadOptions(),
  });
  if (!result.ok) return failureState(result, values);

  updateProductTags(
    [result.product.slug, result.previous.slug],
    [result.product.categorySlug, result.previous.categorySlug],
  );
  return { status: "ok", message: `Saved “${parsed.data.title}”.` };
}

/** Publish / Unpublish button in the product table. */
export async function setProductPublishedAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  if (!(await ownerForAction())) return NOT_ALLOWED;
  const id = ZId.safeParse(formData.get("id"));
  if (!id.success) return { status: "error", message: "This product no longer exists." };
  const published = formData.get("published") === "true";

  const result = await setProductPublished(db(), { id: id.data, published });
  if (!result.ok) return failureState(result);
  updateProductTags([result.product.slug], [result.product.categorySlug]);
  return { status: "ok", message: published ? "Published." : "Unpublished." };
}

/** Delete button in the product table: products with orders are unpublished instead. */
export async function deleteProductAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  if (!(await ownerForAction())) return NOT_ALLOWED;
  const id = ZId.safeParse(formData.get("id"));
  if (!id.success) return { status: "error", message: "This product no longer exists." };

  const result = await deleteProduct(db(), { id: id.data, uploadDir: uploadOptions().dir });
  if (!result.ok) return failureState(result);
  updateProductTags([result.product.slug], [result.product.categorySlug]);
  return result.outcome === "deleted"
    ? { status: "ok", message: "Deleted." }
    : {
        status: "ok",
        message:
          "This product has orders, so it cannot be deleted: order history points at it. It was unpublished instead.",
      };
}
