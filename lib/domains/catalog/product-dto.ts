import type { Prisma } from "@/lib/platform/db/generated/client";

export interface ImageDto {
  url: string;
  alt: string;
}

export interface ProductCardDto {
  id: string;
  slug: string;
  title: string;
  description: string;
  priceCents: number;
  stock: number;
  image: ImageDto | null;
  category: { slug: string; name: string };
}

export interface ProductDetailDto extends ProductCardDto {
  story: string;
  images: ImageDto[];
  updatedAt: string;
}

export const productCardSelect = {
  id: true,
  slug: true,
  title: true,
  description: true,
  priceCents: true,
  stock: true,
  images: { select: { url: true, alt: true }, orderBy: { position: "asc" }, take: 1 },
  category: { select: { slug: true, name: true } },
} satisfies Prisma.ProductSelect;

export const productDetailSelect = {
  ...productCardSelect,
  story: true,
  updatedAt: true,
  images: { select: { url: true, alt: true }, orderBy: { position: "asc" } },
} satisfies Prisma.ProductSelect;

type CardRow = Prisma.ProductGetPayload<{ select: typeof productCardSelect }>;
type DetailRow = Prisma.ProductGetPayload<{ select: typeof productDetailSelect }>;

export function toProductCard(row: CardRow): ProductCardDto {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    priceCents: row.priceCents,
    stock: row.stock,
    image: row.images[0] ?? null,
    category: row.category,
  };
}

export function toProductDetail(row: DetailRow): ProductDetailDto {
  return { ...toProductCard(row), story: row.story, images: row.images, updatedAt: row.updatedAt.toISOString() };
}
