import "./zod-browser";
import { z } from "zod";
import { IMAGE_ALT_MAX } from "./limits";
import { zBlock, zLine } from "./text";

/** Lowercase words joined by single hyphens: "single-origin-ethiopia". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Turns a title into a slug candidate; may return "" when nothing usable is left. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

/** "12", "12.5", "12.50" or "12,50" in the store currency → integer cents, without float rounding. */
export function parsePriceToCents(text: string): number | null {
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? "0").padEnd(2, "0"));
  return whole * 100 + fraction;
}

/** Integer cents → the decimal text an owner edits ("12.50"). */
export function centsToPriceText(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}

const ZSlugField = z
  .string()
  .trim()
  .max(80, "Keep the slug under 80 characters")
  .refine((s) => s === "" || SLUG_PATTERN.test(s), "Use lowercase letters, digits and single hyphens");

const ZCheckbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
  .optional()
  .transform((v) => v === "on" || v === "true");

export const ZId = z.string().trim().min(1).max(64);

/** The product form's text fields, before the price becomes cents and an empty slug is derived. */
const ZProductFields = z
  .object({
    title: zLine().min(1, "Title is required").max(120, "Keep the title under 120 characters"),
    slug: ZSlugField.optional().default(""),
    description: zBlock().min(1, "Description is required").max(2000),
    story: zBlock().max(10000).optional().default(""),
    price: z
      .string()
      .trim()
      .min(1, "Price is required")
      .transform((s, ctx) => {
        const cents = parsePriceToCents(s);
        if (cents === null) {
          ctx.addIssue({ code: "custom", message: "Enter a price like 12.50" });
          return z.NEVER;
        }
        return cents;
      }),
    stock: z.coerce
      .number({ error: "Stock must be a whole number" })
      .int("Stock must be a whole number")
      .min(0, "Stock cannot be negative")
      .max(1_000_000),
    categoryId: ZId.or(z.literal("")).refine((v) => v !== "", "Choose a category"),
    published: ZCheckbox,
  })
  .strict();

function toProductInput({ price, slug, ...rest }: z.output<typeof ZProductFields>) {
  return { ...rest, priceCents: price, slug: slug || slugify(rest.title) };
}

const slugDerived = {
  path: ["slug"],
  message: "Could not derive a slug from the title: enter one",
};

export const ZProductInput = ZProductFields.transform(toProductInput).refine(
  (p) => SLUG_PATTERN.test(p.slug),
  slugDerived,
);
export type TProductInput = z.infer<typeof ZProductInput>;

export const ZImageAlt = zLine().max(IMAGE_ALT_MAX, `Keep alt text under ${IMAGE_ALT_MAX} characters`);

/** A chosen file with its alt text. Its real type and size are checked on the server, by its bytes. */
const ZNewImage = z.object({ file: z.file("Choose an image file"), alt: ZImageAlt.default("") }).strict();

/** What a product form asks of the images: new ones, and for existing ones (by id) alt text, replace, remove. */
export const ZProductImagesEdit = z
  .object({
    add: z.array(ZNewImage).max(20, "Add at most 20 images at once").default([]),
    alt: z.record(ZId, ZImageAlt).default({}),
    replace: z.record(ZId, z.file()).default({}),
    remove: z.array(ZId).default([]),
  })
  .strict();
export type TProductImagesEdit = z.infer<typeof ZProductImagesEdit>;

/** /admin/products/new: the fields and the images to add. */
export const ZProductCreate = ZProductFields.extend({ images: ZProductImagesEdit })
  .transform(({ images, ...fields }) => ({ product: toProductInput(fields), images: images.add }))
  .refine((p) => SLUG_PATTERN.test(p.product.slug), slugDerived);
export type TProductCreate = z.infer<typeof ZProductCreate>;

/** /admin/products/[id]: which product, its fields, and what happens to its images. */
export const ZProductUpdate = ZProductFields.extend({
  id: z.string().trim().min(1, "This product no longer exists.").max(64, "This product no longer exists."),
  images: ZProductImagesEdit,
})
  .transform(({ id, images, ...fields }) => ({ id, product: toProductInput(fields), images }))
  .refine((p) => SLUG_PATTERN.test(p.product.slug), slugDerived);
export type TProductUpdate = z.infer<typeof ZProductUpdate>;

/** The one-button forms of a product row. */
export const ZProductRef = z.object({ id: ZId }).strict();
export const ZProductPublish = z
  .object({ id: ZId, published: z.enum(["true", "false"]).transform((v) => v === "true") })
  .strict();

export const ZCategoryInput = z
  .object({
    name: zLine().min(1, "Name is required").max(80),
    slug: ZSlugField.optional().default(""),
    description: zBlock().max(500).optional().default(""),
  })
  .strict()
  .transform(({ slug, ...rest }) => ({ ...rest, slug: slug || slugify(rest.name) }))
  .refine((c) => SLUG_PATTERN.test(c.slug), {
    path: ["slug"],
    message: "Could not derive a slug from the name: enter one",
  });
export type TCategoryInput = z.infer<typeof ZCategoryInput>;

export const ZCategoryRename = z
  .object({
    id: ZId,
    name: zLine().min(1, "Name is required").max(80),
    description: zBlock().max(500).optional().default(""),
  })
  .strict();
export type TCategoryRename = z.infer<typeof ZCategoryRename>;

export const ZCategoryMove = z.object({ id: ZId, direction: z.enum(["up", "down"]) }).strict();
export const ZCategoryRef = z.object({ id: ZId }).strict();
export type TCategoryMove = z.infer<typeof ZCategoryMove>;
