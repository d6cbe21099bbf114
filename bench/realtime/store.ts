// The bench's Postgres: migrated, the demo store seeded, topped up to one product room per viewer group.
import { createDb } from "@/lib/platform/db/client";
import { applyMigrations } from "@/lib/platform/db-setup/migrations";
import { seedDemoStore } from "@/lib/domains/demo/seed-demo-store";
import { ROOMS } from "./config";

export /** Postgres with the demo store, topped up to `ROOMS + 1` published products. */
async function prepareStore(url: string): Promise<string[]> {
  await applyMigrations(url);
  const db = createDb(url, 2);
  try {
    await seedDemoStore(db);
    const have = await db.product.count();
    const category = await db.category.findFirstOrThrow({ select: { id: true } });
    if (have < ROOMS + 1) {
      await db.product.createMany({
        data: Array.from({ length: ROOMS + 1 - have }, (_, i) => ({
          slug: `bench-product-${i}`,
          title: `Bench product ${i}`,
          description: "A product made by the realtime bench.",
          priceCents: 1000,
          stock: 100,
          categoryId: category.id,
        })),
      });
    }
    const products = await db.product.findMany({ select: { id: true }, orderBy: { slug: "asc" }, take: ROOMS + 1 });
    return products.map((p) => p.id);
  } finally {
    await db.$disconnect();
  }
}
