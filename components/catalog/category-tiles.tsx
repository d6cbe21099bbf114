import Link from "next/link";
import type { CategoryDto } from "@/lib/domains/catalog/read-catalog";

export function CategoryTiles({ categories }: { categories: CategoryDto[] }) {
  return (
    <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {categories.map((category) => (
        <li key={category.id}>
          <Link
            href={`/categories/${category.slug}`}
            className="flex h-full flex-col rounded-2xl border border-roast-200 bg-roast-100 p-5 transition-colors hover:border-roast-500 hover:bg-roast-200/60"
          >
            <span className="font-display text-xl text-roast-900">{category.name}</span>
            {category.description ? (
              <span className="mt-2 line-clamp-3 text-sm text-roast-700">{category.description}</span>
            ) : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
