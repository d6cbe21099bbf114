import Link from "next/link";
import type { CategoryDto } from "@/lib/domains/catalog/read-catalog";
import { CartCountLink } from "@/components/cart/cart-count-link";
import { CategoryNav } from "@/components/catalog/category-nav";
import { SearchBox } from "@/components/catalog/search-box";
import { PhoneSearch } from "@/components/catalog/phone-search";

export interface SiteHeaderProps {
  storeName: string;
  categories: CategoryDto[];
}

/**
 * Server-rendered and cookie-free, so every page that uses it can be cached; the cart count loads in the browser.
 * On phones it is one row (logo, search button, cart) over the category strip; no JavaScript of its own.
 */
export function SiteHeader({ storeName, categories }: SiteHeaderProps) {
  return (
    <header className="relative border-b border-roast-200 bg-roast-50/95">
      <div className="mx-auto flex max-w-6xl items-center gap-2 px-4 pt-1 sm:gap-4 sm:px-6 sm:pt-4 sm:pb-2">
        <Link
          href="/"
          className="mr-auto flex min-w-0 items-center gap-1.5 font-display text-xl text-roast-900 sm:gap-2 sm:text-2xl"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="h-6 w-6 shrink-0 text-roast-700 sm:h-7 sm:w-7"
            fill="currentColor"
          >
            <path d="M12 2c4.4 0 7 3.6 7 8.5S15.4 22 12 22 5 15.4 5 10.5 7.6 2 12 2Zm.9 2.3c-1.8 2.2-2 4.4-.8 6.8 1.3 2.6 1.1 5.3-.6 8.3 2.8-.5 5.5-4.4 5.5-8.9 0-3.1-1.5-5.5-4.1-6.2Z" />
          </svg>
          <span className="truncate">{storeName}</span>
        </Link>
        <div className="hidden sm:block sm:w-auto">
          <SearchBox />
        </div>
        <PhoneSearch />
        <CartCountLink />
      </div>
      <div className="mx-auto max-w-6xl sm:px-2.5 sm:pb-1">
        <CategoryNav categories={categories} />
      </div>
    </header>
  );
}
