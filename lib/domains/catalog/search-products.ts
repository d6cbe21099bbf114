import type { Db } from "@/lib/platform/db/client";
import { productCardSelect, toProductCard, type ProductCardDto } from "./product-dto";

/**
 * Ranked Postgres full-text search over title (weight A), description (B) and story (C).
 * websearch_to_tsquery accepts what people type (quotes, "or", -exclusions) without syntax errors.
 */
export async function searchProducts(db: Db, query: string, limit = 40): Promise<ProductCardDto[]> {
  const q = query.trim();
  if (!q) return [];
  const ranked = await db.$queryRaw<{ id: string }[]>`
    WITH docs AS (
      SELECT p.id, p.title,
        setweight(to_tsvector('english', p.title), 'A')
          || setweight(to_tsvector('english', p.description), 'B')
          || setweight(to_tsvector('english', p.story), 'C') AS doc
      FROM "Product" p
      WHERE p.published
    )
    SELECT docs.id
    FROM docs, websearch_to_tsquery('english', ${q}) query
    WHERE docs.doc @@ query
    ORDER BY ts_rank(docs.doc, query) DESC, docs.title
    LIMIT ${limit}`;
  if (ranked.length === 0) return [];
  const rows = await db.product.findMany({ where: { id: { in: ranked.map((r) => r.id) } }, select: productCardSelect });
  const byId = new Map(rows.map((r) => [r.id, toProductCard(r)]));
  return ranked.flatMap((r) => byId.get(r.id) ?? []);
}
