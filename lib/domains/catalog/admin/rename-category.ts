import type { Db } from "@/lib/platform/db/client";
import type { TCategoryRename } from "@/lib/platform/contracts/admin";
import { missing, type AdminResult } from "./admin-result";
import { isRecordNotFound } from "@/lib/platform/db/prisma-errors";

export type RenameCategoryResult = AdminResult<{ category: { slug: string } }>;

/** Renames a category; its slug (and so its URL) stays stable. */
export async function renameCategory(
  db: Db,
  { id, name, description }: TCategoryRename,
): Promise<RenameCategoryResult> {
  try {
    const category = await db.category.update({ where: { id }, data: { name, description }, select: { slug: true } });
    return { ok: true, category };
  } catch (error) {
    if (isRecordNotFound(error)) return missing("category");
    throw error;
  }
}
