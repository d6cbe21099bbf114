import { seedDemoExperiment } from "./seed-demo-experiment";
import type { PrismaClient } from "@/lib/platform/db/generated/client";
import type { TStaffInput } from "@/lib/platform/contracts/staff";
import { createStaffAccount } from "@/lib/domains/staff/create-staff-account";
import { DEMO_CATEGORIES, DEMO_PRODUCTS, DEMO_STORE_NAME } from "./demo-catalog";

export interface SeedDemoStoreOptions {
  log?: (message: string) => void;
}

/** The demo's sign-in details are public on purpose: they are printed in the README and on start. */
export const DEMO_STAFF: readonly TStaffInput[] = [
  { email: "owner@demo.openkitchen.test", password: "demo-owner-pass", name: "Maya Lindqvist", role: "owner" },
  { email: "host@demo.openkitchen.test", password: "demo-host-pass", name: "Tomás Reyes", role: "host" },
];

/**
 * Fills an empty store with the demo roastery: settings, categories, products with their images and
 * two staff accounts. A store that has settings or any product is left alone.
 *
 * Deliberately seeds no shoppers, orders or activity: every number the shop shows must be real.
 */
export async function seedDemoStore(db: PrismaClient, opts: SeedDemoStoreOptions = {}): Promise<{ seeded: boolean }> {
  const log = opts.log ?? (() => undefined);

  const seeded = await db.$transaction(
    async (tx) => {
      // Serialises concurrent seeders (two processes starting at once): the second waits, then sees data.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('open-kitchen:seed-demo-store'))`;
      const [settings, products] = await Promise.all([tx.storeSettings.count(), tx.product.count()]);
      if (settings > 0 || products > 0) return false;

      await tx.storeSettings.create({
        data: { id: 1, name: DEMO_STORE_NAME, currency: "EUR", promisedResponseMinutes: 15 },
      });

      const categoryIds = new Map<string, string>();
      for (const category of DEMO_CATEGORIES) {
        const row = await tx.category.create({ data: { ...category }, select: { id: true } });
        categoryIds.set(category.slug, row.id);
      }

      for (const product of DEMO_PRODUCTS) {
        const categoryId = categoryIds.get(product.categorySlug);
        if (!categoryId) throw new Error(`demo product ${product.slug} names unknown category ${product.categorySlug}`);
        await tx.product.create({
          data: {
            slug: product.slug,
            title: product.title,
            description: product.description,
            story: product.story,
            priceCents: product.priceCents,
            stock: product.stock,
            published: true,
            categoryId,
            images: {
              create: [{ url: `/images/products/${product.image}`, alt: product.imageAlt, position: 0 }],
            },
          },
        });
      }

      for (const staff of DEMO_STAFF) {
        // An account may already exist (created with the staff CLI before first start); keep it.
        const existing = await tx.user.findUnique({ where: { email: staff.email }, select: { id: true } });
        if (!existing) await createStaffAccount(tx, staff);
      }
      return true;
    },
    // Password hashing runs inside; the default 5 s would be tight on a slow machine.
    { timeout: 60_000, maxWait: 30_000 },
  );

  if (seeded) {
    await seedDemoExperiment(db);
    log(
      `seeded demo store "${DEMO_STORE_NAME}": ${DEMO_CATEGORIES.length} categories, ${DEMO_PRODUCTS.length} products, ` +
        `staff ${DEMO_STAFF.map((s) => `${s.email} (${s.role})`).join(", ")}`,
    );
  }
  return { seeded };
}
