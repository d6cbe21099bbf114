import type { ProductCardDto } from "@/lib/domains/catalog/product-dto";
import { ProductCard } from "./product-card";

export interface ProductGridProps {
  products: ProductCardDto[];
  currency: string;
  /** The heading the list is labelled by, for screen-reader navigation. */
  labelledBy?: string;
  /** How many first images load eagerly at high priority: only where the grid is the top of the page. */
  eagerImages?: number;
}

export function ProductGrid({ products, currency, labelledBy, eagerImages = 4 }: ProductGridProps) {
  return (
    <ul aria-labelledby={labelledBy} className="grid grid-cols-1 gap-6 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
      {products.map((product, index) => (
        <li key={product.id} className="flex">
          <div className="w-full">
            <ProductCard product={product} currency={currency} priority={index < eagerImages} />
          </div>
        </li>
      ))}
    </ul>
  );
}
