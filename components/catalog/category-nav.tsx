import Link from "next/link";
import type { CategoryDto } from "@/lib/domains/catalog/read-catalog";

/**
 * The header's categories. Where they do not fit (phones) the row scrolls sideways: it snaps chip by chip
 * and fades at an edge that has more to show (`.scroll-strip` in globals.css), so a cut-off chip reads as
 * "more this way" rather than as the end of the list.
 */
export function CategoryNav({ categories }: { categories: CategoryDto[] }) {
  if (categories.length === 0) return null;
  return (
    <nav aria-label="Categories">
      <ul className="scroll-strip gap-1.5 px-4 py-[5px] text-sm sm:gap-1 sm:px-1.5 sm:py-1.5">
        {categories.map((category) => (
          <li key={category.id} className="shrink-0 snap-start">
            <Link
              href={`/categories/${category.slug}`}
              className="inline-block rounded-full border border-roast-200 bg-white px-3 py-[3px] font-medium text-roast-800 hover:bg-roast-100 sm:border-transparent sm:bg-transparent sm:py-1.5"
            >
              {category.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
