import "./zod-browser";
import { z } from "zod";
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

export const ZProductInput = z
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
  .strict()
  .transform(({ price, slug, ...rest }) => ({
    ...rest,
    priceCents: price,
    slug: slug || slugify(rest.title),
  }))
  .refine((p) => SLUG_PATTERN.test(p.slug), {
    path: ["slug"],
    message: "Could not derive a slug from the title: enter one",
  });
export type TProductInput = z.infer<typeof ZProductInput>;

export const ZImageAlt = zLine().max(300, "Keep alt text under 300 characters");

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
export type TCategoryMove = z.infer<typeof ZCategoryMove>;

export const ZStaffRole = z.enum(["owner", "host"]);

/** A staff member's name, shown to shoppers next to host replies. */
export const ZStaffName = zLine().min(1, "Name is required").max(80, "Keep the name under 80 characters");

export const ZStaffInput = z
  .object({
    name: ZStaffName,
    email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address")),
    role: ZStaffRole,
    password: z
      .string()
      .min(10, "Password must be at least 10 characters")
      .max(128, "Password must be at most 128 characters"),
  })
  .strict();
export type TStaffInput = z.infer<typeof ZStaffInput>;

export const ZStaffActive = z
  .object({ userId: ZId, active: z.enum(["true", "false"]).transform((v) => v === "true") })
  .strict();
export type TStaffActive = z.infer<typeof ZStaffActive>;
