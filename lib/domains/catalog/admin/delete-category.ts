import type { Db } from "@/lib/platform/db/client";
import { missing, type AdminResult } from "./admin-result";
import { isForeignKeyViolation, isRecordNotFound } from "@/lib/platform/db/prisma-errors";

export type DeleteCategoryResult = AdminResult<{ category: { slug: string } }>;

function stillHolds(count: number | null): DeleteCategoryResult {
  const what = count === null ? "products" : count === 1 ? "1 product" : `${count} products`;
  return {
    ok: false,
    reason: "conflict",
    message: `This category still holds ${what}. Move or delete them first.`,
  };
}

/** Deletes an empty category; one that holds products is refused (the foreign key backs this up). */
export async function deleteCategory(db: Db, id: string): Promise<DeleteCategoryResult> {
  const category = await db.category.findUnique({
    where: { id },
    select: { slug: true, _count: { select: { products: true } } },
  });
  if (!category) return missing("category");
  if (category._count.products > 0) return stillHolds(category._count.products);
  try {
    await db.category.delete({ where: { id } });
  } catch (error) {
    if (isForeignKeyViolation(error)) return stillHolds(null);
    if (isRecordNotFound(error)) return missing("category");
    throw error;
  }
  return { ok: true, category: { slug: category.slug } };
}
