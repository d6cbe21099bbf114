"use server";

import { updateTag } from "next/cache";
import { cacheTags } from "@/lib/cache-tags";
import { db } from "@/lib/db/client";
import { ZCategoryInput, ZCategoryMove, ZCategoryRename, ZId } from "@/lib/contracts/admin";
import type { TFormState } from "@/lib/contracts/form-state";
import { pickFormFields, zodFieldErrors } from "@/lib/contracts/zod-form-errors";
import { createCategory } from "@/lib/catalog/admin/create-category";
import { renameCategory } from "@/lib/catalog/admin/rename-category";
import { moveCategory } from "@/lib/catalog/admin/move-category";
import { deleteCategory } from "@/lib/catalog/admin/delete-category";
import { NOT_ALLOWED, ownerForAction } from "../_lib/owner-action";
import { failureState, invalidState } from "../_lib/failure-state";

/** Category names and order show in navigation and on product cards across the shop. */
function updateCategoryTags(slug: string): void {
  updateTag(cacheTags.categories);
  updateTag(cacheTags.catalog);
  updateTag(cacheTags.category(slug));
}

/** /admin/categories "New category" form. */
export async function createCategoryAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  if (!(await ownerForAction())) return NOT_ALLOWED;
  const values = pickFormFields(formData, ["name", "slug", "description"]);
  const parsed = ZCategoryInput.safeParse(values);
  if (!parsed.success) return invalidState(zodFieldErrors(parsed.error), values);
  const result = await createCategory(db(), parsed.data);
  if (!result.ok) return failureState(result, values);
  updateCategoryTags(result.category.slug);
  return { status: "ok", message: `Created “${parsed.data.name}”.` };
}

/** /admin/categories per-row rename form. */
export async function renameCategoryAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  if (!(await ownerForAction())) return NOT_ALLOWED;
  const values = pickFormFields(formData, ["id", "name", "description"]);
  const parsed = ZCategoryRename.safeParse(values);
  if (!parsed.success) return invalidState(zodFieldErrors(parsed.error), values);
  const result = await renameCategory(db(), parsed.data);
  if (!result.ok) return failureState(result, values);
  updateCategoryTags(result.category.slug);
  return { status: "ok", message: "Saved." };
}

/** /admin/categories "Move up" / "Move down" buttons. */
export async function moveCategoryAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  if (!(await ownerForAction())) return NOT_ALLOWED;
  const parsed = ZCategoryMove.safeParse(pickFormFields(formData, ["id", "direction"]));
  if (!parsed.success) return { status: "error", message: "Could not move this category." };
  const result = await moveCategory(db(), parsed.data);
  if (!result.ok) return failureState(result);
  updateCategoryTags(result.category.slug);
  return { status: "idle" };
}

/** /admin/categories "Delete" button: refused while the category holds products. */
export async function deleteCategoryAction(_state: TFormState, formData: FormData): Promise<TFormState> {
  if (!(await ownerForAction())) return NOT_ALLOWED;
  const id = ZId.safeParse(formData.get("id"));
  if (!id.success) return { status: "error", message: "This category no longer exists." };
  const result = await deleteCategory(db(), id.data);
  if (!result.ok) return failureState(result);
  updateCategoryTags(result.category.slug);
  return { status: "ok", message: "Deleted." };
}
