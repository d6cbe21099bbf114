import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZLiveSettingsInput, ZStoreSettingsInput } from "@/lib/platform/contracts/settings";
import { ZProductInput } from "@/lib/platform/contracts/admin";
import { updateProduct, type ProductImageChanges } from "@/lib/domains/catalog/admin/update-product";
import { getStoreSettings, updateLiveSettings, updateStoreSettings } from "@/lib/domains/settings/store-settings";
import type { UploadOptions } from "@/lib/domains/uploads/store-upload";
import { createProduct } from "../factories/catalog";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let t: TestDatabase;
let uploads: UploadOptions;
beforeAll(async () => {
  t = await createTestDatabase();
  uploads = { dir: fs.mkdtempSync(path.join(os.tmpdir(), "ok-uploads-")), maxBytes: 1024 * 1024 };
});
afterAll(async () => {
  await t.drop();
  fs.rmSync(uploads.dir, { recursive: true, force: true });
});

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAYAAADED76LAAAAEklEQVR4nGM4UaHxHx9mGBkKAEIJmcHZIRmGAAAAAElFTkSuQmCC",
  "base64",
);
const png = (alt = "") => ({ name: "square.png", bytes: new Uint8Array(PNG), alt });
const noChanges: ProductImageChanges = { add: [], alt: {}, replace: {}, remove: [] };
const onDisk = (url: string) => fs.existsSync(path.join(uploads.dir, path.basename(url)));

async function productForm(productId: string) {
  const p = await t.db.product.findUniqueOrThrow({ where: { id: productId } });
  return ZProductInput.parse({
    title: p.title,
    slug: p.slug,
    description: p.description,
    price: "19.00",
    stock: "4",
    categoryId: p.categoryId,
    published: "on",
  });
}

async function imageUrls(productId: string) {
  const rows = await t.db.productImage.findMany({ where: { productId }, orderBy: { position: "asc" } });
  return rows.map((r) => ({ id: r.id, url: r.url, alt: r.alt }));
}

describe("saving a product", () => {
  it("changes fields without touching its images when none are sent", async () => {
    const product = await createProduct(t.db);
    const before = await imageUrls(product.id);
    const result = await updateProduct(t.db, {
      id: product.id,
      input: await productForm(product.id),
      images: noChanges,
      uploads,
    });
    expect(result.ok).toBe(true);
    const stored = await t.db.product.findUniqueOrThrow({ where: { id: product.id } });
    expect({ priceCents: stored.priceCents, stock: stored.stock }).toEqual({ priceCents: 1900, stock: 4 });
    expect(await imageUrls(product.id)).toEqual(before);
  });

  it("replaces an image in place and deletes the old file; removing deletes the last one", async () => {
    const product = await createProduct(t.db);
    const [seeded] = await imageUrls(product.id);
    const input = await productForm(product.id);

    await updateProduct(t.db, {
      id: product.id,
      input,
      images: { ...noChanges, replace: { [seeded!.id]: png() } },
      uploads,
    });
    const [first] = await imageUrls(product.id);
    expect(first).toMatchObject({ id: seeded!.id, alt: seeded!.alt });
    expect(first!.url).toMatch(/^\/uploads\/[0-9a-f]{32}\.png$/);
    expect(onDisk(first!.url)).toBe(true);

    await updateProduct(t.db, {
      id: product.id,
      input,
      images: { ...noChanges, replace: { [seeded!.id]: png() }, alt: { [seeded!.id]: "new alt" } },
      uploads,
    });
    const after = await imageUrls(product.id);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: seeded!.id, alt: "new alt" });
    expect(onDisk(first!.url)).toBe(false);
    expect(onDisk(after[0]!.url)).toBe(true);

    await updateProduct(t.db, { id: product.id, input, images: { ...noChanges, remove: [seeded!.id] }, uploads });
    expect(await imageUrls(product.id)).toEqual([]);
    expect(onDisk(after[0]!.url)).toBe(false);
  });

  it("keeps a file another image still points at", async () => {
    const a = await createProduct(t.db);
    const b = await createProduct(t.db);
    await updateProduct(t.db, {
      id: a.id,
      input: await productForm(a.id),
      images: { ...noChanges, add: [png("shared")] },
      uploads,
    });
    const shared = (await imageUrls(a.id)).find((i) => i.alt === "shared")!;
    await t.db.productImage.create({ data: { productId: b.id, url: shared.url, alt: "copy", position: 5 } });

    await updateProduct(t.db, {
      id: a.id,
      input: await productForm(a.id),
      images: { ...noChanges, remove: [shared.id] },
      uploads,
    });
    expect(onDisk(shared.url)).toBe(true);
  });

  it("refuses a file that is not an image and stores nothing", async () => {
    const product = await createProduct(t.db);
    const [seeded] = await imageUrls(product.id);
    const fake = { name: "x.png", bytes: new TextEncoder().encode("<svg/>"), alt: "" };
    const result = await updateProduct(t.db, {
      id: product.id,
      input: await productForm(product.id),
      images: { ...noChanges, replace: { [seeded!.id]: fake } },
      uploads,
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { images: '"x.png" is not a PNG, JPEG, WebP or GIF image.' },
    });
    expect(await imageUrls(product.id)).toEqual([seeded]);
  });
});

describe("saving settings", () => {
  it("stores the open-kitchen form as parsed once at the boundary, unchanged or changed", async () => {
    const form = {
      presenceThreshold: "2",
      retentionDays: "90",
      blockedWords: "",
      broadcastKinds: ["view"],
      blockLinks: true,
    };
    await updateLiveSettings(t.db, ZLiveSettingsInput.parse(form));
    await updateLiveSettings(t.db, ZLiveSettingsInput.parse(form));
    await updateLiveSettings(
      t.db,
      ZLiveSettingsInput.parse({ ...form, blockedWords: "Instant\nchicory\n", retentionDays: "30" }),
    );
    expect(await getStoreSettings(t.db)).toMatchObject({ blockedWords: ["instant", "chicory"], retentionDays: 30 });

    await updateStoreSettings(
      t.db,
      ZStoreSettingsInput.parse({ name: "Ember", currency: "usd", promisedResponseMinutes: "20" }),
    );
    expect(await getStoreSettings(t.db)).toMatchObject({ name: "Ember", currency: "USD", promisedResponseMinutes: 20 });
  });
});
