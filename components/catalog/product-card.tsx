import Link from "next/link";
import type { ProductCardDto } from "@/lib/domains/catalog/product-dto";
import { PlainImage } from "@/components/ui/plain-image";
import { Price } from "@/components/ui/price";
import { StockBadge } from "./stock-badge";

export interface ProductCardProps {
  product: ProductCardDto;
  currency: string;
  priority?: boolean;
}

export function ProductCard({ product, currency, priority = false }: ProductCardProps) {
  return (
    <article className="group relative flex flex-col overflow-hidden rounded-2xl border border-roast-200 bg-white shadow-sm transition-shadow hover:shadow-md has-[a:focus-visible]:outline-3 has-[a:focus-visible]:outline-offset-2 has-[a:focus-visible]:outline-leaf-600">
      <div className="aspect-square overflow-hidden bg-roast-100">
        {product.image ? (
          <PlainImage
            src={product.image.url}
            alt=""
            width={600}
            height={600}
            priority={priority}
            className="h-full w-full object-cover transition-transform duration-300 group-hover:scale-[1.03]"
          />
        ) : null}
      </div>
      <div className="flex flex-1 flex-col gap-2 p-4">
        <p className="text-xs font-semibold uppercase tracking-wider text-roast-700">{product.category.name}</p>
        <h3 className="text-lg leading-snug text-roast-900">
          {/* The whole card is clickable through this link's ::after, yet only the title is announced. */}
          <Link href={`/products/${product.slug}`} className="after:absolute after:inset-0 focus-visible:outline-none">
            {product.title}
          </Link>
        </h3>
        <div className="mt-auto flex items-center justify-between gap-2 pt-2">
          <Price cents={product.priceCents} currency={currency} className="font-semibold" />
          <StockBadge stock={product.stock} />
        </div>
      </div>
    </article>
  );
}
