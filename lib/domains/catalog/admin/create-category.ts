import type { Db } from "@/lib/platform/db/client";
import type { TCategoryInput } from "@/lib/platform/contracts/admin";
import { invalid, type AdminResult } from "./admin-result";
import { isUniqueViolation } from "@/lib/platform/db/prisma-errors";

export type CreateCategoryResult = AdminResult<{ category: { id: string; slug: string } }>;

/** Adds a category at the end of the storefront's order. */
export async function createCategory(db: Db, input: TCategoryInput): Promise<CreateCategoryResult> {
  try {
    const last = await db.category.aggregate({ _max: { position: true } });
    const category = await db.category.create({
      data: { ...input, position: (last._max.position ?? -1) + 1 },
      select: { id: true, slug: true },
    });
    return { ok: true, category };
  } catch (error) {
    if (isUniqueViolation(error)) return invalid("slug", "Another category already uses this slug");
    throw error;
  }
}
