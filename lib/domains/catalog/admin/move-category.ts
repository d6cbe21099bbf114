import type { Db } from "@/lib/platform/db/client";
import type { TCategoryMove } from "@/lib/platform/contracts/admin";
import { missing, type AdminResult } from "./admin-result";

export type MoveCategoryResult = AdminResult<{ category: { slug: string } }>;

/**
 * Moves a category one place up or down. Positions are rewritten as 0..n-1 in one transaction, which
 * also repairs gaps and ties left by older data.
 */
export async function moveCategory(db: Db, { id, direction }: TCategoryMove): Promise<MoveCategoryResult> {
  return db.$transaction(async (tx) => {
    const all = await tx.category.findMany({
      select: { id: true, slug: true },
      orderBy: [{ position: "asc" }, { name: "asc" }],
    });
    const from = all.findIndex((c) => c.id === id);
    const moving = all[from];
    if (!moving) return missing("category");
    const to = direction === "up" ? from - 1 : from + 1;
    if (to >= 0 && to < all.length) {
      all.splice(from, 1);
      all.splice(to, 0, moving);
    }
    for (const [position, category] of all.entries()) {
      await tx.category.update({ where: { id: category.id }, data: { position } });
    }
    return { ok: true, category: { slug: moving.slug } };
  });
}
