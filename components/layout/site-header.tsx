import Link from "next/link";
import type { CategoryDto } from "@/lib/catalog/read-catalog";
import { CartCountLink } from "@/components/cart/cart-count-link";
import { CategoryNav } from "@/components/catalog/category-nav";
import { SearchBox } from "@/components/catalog/search-box";

export interface SiteHeaderProps {
  storeName: string;
  categories: CategoryDto[];
}

/** Server-rendered and cookie-free, so every page that uses it can be cached; the cart count loads in the browser. */
export function SiteHeader({ storeName, categories }: SiteHeaderProps) {
  return (
    <header className="border-b border-roast-200 bg-roast-50/95">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-4 sm:px-6">
        <Link href="/" className="mr-auto flex items-center gap-2 font-display text-2xl text-roast-900">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="h-7 w-7 text-roast-700" fill="currentColor">
            <path d="M12 2c4.4 0 7 3.6 7 8.5S15.4 22 12 22 5 15.4 5 10.5 7.6 2 12 2Zm.9 2.3c-1.8 2.2-2 4.4-.8 6.8 1.3 2.6 1.1 5.3-.6 8.3 2.8-.5 5.5-4.4 5.5-8.9 0-3.1-1.5-5.5-4.1-6.2Z" />
          </svg>
          {storeName}
        </Link>
        <div className="order-last w-full sm:order-none sm:w-auto">
          <SearchBox />
        </div>
        <CartCountLink />
      </div>
      <div className="mx-auto max-w-6xl px-2 pb-2 sm:px-4">
        <CategoryNav categories={categories} />
      </div>
    </header>
  );
}
