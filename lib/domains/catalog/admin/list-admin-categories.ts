import type { Db } from "@/lib/platform/db/client";

export interface AdminCategoryRow {
  id: string;
  slug: string;
  name: string;
  description: string;
  position: number;
  productCount: number;
}

export async function listAdminCategories(db: Db): Promise<AdminCategoryRow[]> {
  const rows = await db.category.findMany({
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      position: true,
      _count: { select: { products: true } },
    },
    orderBy: [{ position: "asc" }, { name: "asc" }],
  });
  return rows.map(({ _count, ...row }) => ({ ...row, productCount: _count.products }));
}
