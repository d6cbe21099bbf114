import Link from "next/link";
import type { CategoryDto } from "@/lib/catalog/read-catalog";

export function CategoryNav({ categories }: { categories: CategoryDto[] }) {
  if (categories.length === 0) return null;
  return (
    <nav aria-label="Categories">
      <ul className="flex gap-1 overflow-x-auto pb-1 text-sm">
        {categories.map((category) => (
          <li key={category.id} className="shrink-0">
            <Link
              href={`/categories/${category.slug}`}
              className="inline-block rounded-full px-3 py-1.5 font-medium text-roast-800 hover:bg-roast-100"
            >
              {category.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
