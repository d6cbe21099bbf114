"use server";

import { updateTag } from "next/cache";
import { defineAction } from "@/lib/platform/actions/define-action";
import { requireStaff } from "@/lib/domains/auth/guards";
import { cacheTags } from "@/lib/platform/cache-tags";
import { db } from "@/lib/platform/db/client";
import { ZCategoryInput, ZCategoryMove, ZCategoryRef, ZCategoryRename } from "@/lib/platform/contracts/admin";
import { orRefuse } from "@/lib/domains/catalog/admin/admin-result";
import { createCategory } from "@/lib/domains/catalog/admin/create-category";
import { renameCategory } from "@/lib/domains/catalog/admin/rename-category";
import { moveCategory } from "@/lib/domains/catalog/admin/move-category";
import { deleteCategory } from "@/lib/domains/catalog/admin/delete-category";

const owner = () => requireStaff("owner");

/** Category names and order show in navigation and on product cards across the shop. */
function updateCategoryTags(slug: string): void {
  updateTag(cacheTags.categories);
  updateTag(cacheTags.catalog);
  updateTag(cacheTags.category(slug));
}

/** /admin/categories "New category" form. */
export const createCategoryAction = defineAction({
  name: "create category",
  authorize: owner,
  schema: ZCategoryInput,
  fields: ["name", "slug", "description"],
  run: async (input) => {
    const result = orRefuse(await createCategory(db(), input));
    updateCategoryTags(result.category.slug);
    return { message: `Created “${input.name}”.` };
  },
});

/** /admin/categories per-row rename form. */
export const renameCategoryAction = defineAction({
  name: "rename category",
  authorize: owner,
  schema: ZCategoryRename,
  fields: ["id", "name", "description"],
  hidden: ["id"],
  run: async (input) => {
    const result = orRefuse(await renameCategory(db(), input));
    updateCategoryTags(result.category.slug);
    return { message: "Saved." };
  },
});

/** /admin/categories "Move up" / "Move down" buttons. */
export const moveCategoryAction = defineAction({
  name: "move category",
  authorize: owner,
  schema: ZCategoryMove,
  fields: ["id", "direction"],
  invalidMessage: "Could not move this category.",
  run: async (input) => {
    const result = orRefuse(await moveCategory(db(), input));
    updateCategoryTags(result.category.slug);
    return null;
  },
});

/** /admin/categories "Delete" button: refused while the category holds products. */
export const deleteCategoryAction = defineAction({
  name: "delete category",
  authorize: owner,
  schema: ZCategoryRef,
  fields: ["id"],
  invalidMessage: "This category no longer exists.",
  run: async ({ id }) => {
    const result = orRefuse(await deleteCategory(db(), id));
    updateCategoryTags(result.category.slug);
    return { message: "Deleted." };
  },
});
