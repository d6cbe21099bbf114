import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SLUG_PATTERN } from "@/lib/platform/contracts/admin";
import { DEMO_CATEGORIES, DEMO_PRODUCTS } from "@/lib/domains/demo/demo-catalog";

const IMAGE_DIR = path.resolve(import.meta.dirname, "../../public/images/products");

describe("demo catalog", () => {
  it("has enough products and categories to look like a real shop", () => {
    expect(DEMO_PRODUCTS.length).toBeGreaterThanOrEqual(24);
    expect(DEMO_CATEGORIES.length).toBeGreaterThanOrEqual(4);
  });

  it("uses unique, well-formed slugs", () => {
    const productSlugs = DEMO_PRODUCTS.map((p) => p.slug);
    const categorySlugs = DEMO_CATEGORIES.map((c) => c.slug);
    expect(new Set(productSlugs).size).toBe(productSlugs.length);
    expect(new Set(categorySlugs).size).toBe(categorySlugs.length);
    for (const slug of [...productSlugs, ...categorySlugs]) expect(slug).toMatch(SLUG_PATTERN);
  });

  it("puts every product in an existing category, and every category has products", () => {
    const categories = new Set(DEMO_CATEGORIES.map((c) => c.slug));
    for (const product of DEMO_PRODUCTS) expect(categories, product.slug).toContain(product.categorySlug);
    for (const category of DEMO_CATEGORIES) {
      expect(
        DEMO_PRODUCTS.some((p) => p.categorySlug === category.slug),
        category.slug,
      ).toBe(true);
    }
  });

  it("ships an image file for every product", () => {
    for (const product of DEMO_PRODUCTS) {
      const file = path.join(IMAGE_DIR, product.image);
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file, "utf8")).toContain('viewBox="0 0 800 800"');
      expect(product.imageAlt.trim(), product.slug).not.toBe("");
    }
  });

  it("prices in positive whole cents and stocks in non-negative whole units", () => {
    for (const product of DEMO_PRODUCTS) {
      expect(Number.isInteger(product.priceCents) && product.priceCents > 0, product.slug).toBe(true);
      expect(Number.isInteger(product.stock) && product.stock >= 0, product.slug).toBe(true);
    }
  });

  it("shows sold-out and low-stock states", () => {
    expect(DEMO_PRODUCTS.some((p) => p.stock === 0)).toBe(true);
    expect(DEMO_PRODUCTS.some((p) => p.stock > 0 && p.stock <= 5)).toBe(true);
  });

  it("tells a story and describes every product", () => {
    for (const product of DEMO_PRODUCTS) {
      expect(product.title.trim(), product.slug).not.toBe("");
      expect(product.description.trim(), product.slug).not.toBe("");
      expect(product.story.trim().length, product.slug).toBeGreaterThan(100);
    }
  });

  it("orders categories by distinct positions", () => {
    const positions = DEMO_CATEGORIES.map((c) => c.position);
    expect(new Set(positions).size).toBe(positions.length);
  });
});
