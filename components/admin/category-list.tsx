import type { AdminCategoryRow } from "@/lib/domains/catalog/admin/list-admin-categories";
import { ActionForm, type FormAction } from "@/components/ui/action-form";
import { CategoryRenameForm } from "./category-rename-form";

/** Categories in storefront order, each with rename, move and delete. */
export function CategoryList({
  categories,
  rename,
  move,
  remove,
}: {
  categories: AdminCategoryRow[];
  rename: FormAction;
  move: FormAction;
  remove: FormAction;
}) {
  if (categories.length === 0) return <p className="text-roast-700">No categories yet.</p>;
  return (
    <ol className="space-y-3">
      {categories.map((c, index) => (
        <li key={c.id} className="rounded-lg border border-roast-200 bg-white p-4">
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="font-semibold">
              {index + 1}. {c.name} <span className="text-sm font-normal text-roast-700">/{c.slug}</span>
            </h3>
            <span className="text-sm text-roast-700">
              {c.productCount === 1 ? "1 product" : `${c.productCount} products`}
            </span>
          </div>
          <CategoryRenameForm action={rename} category={c} />
          <div className="mt-3 flex flex-wrap gap-2">
            {index > 0 ? (
              <ActionForm
                action={move}
                fields={{ id: c.id, direction: "up" }}
                label="Move up"
                ariaLabel={`Move ${c.name} up`}
              />
            ) : null}
            {index < categories.length - 1 ? (
              <ActionForm
                action={move}
                fields={{ id: c.id, direction: "down" }}
                label="Move down"
                ariaLabel={`Move ${c.name} down`}
              />
            ) : null}
            <ActionForm
              action={remove}
              fields={{ id: c.id }}
              label="Delete"
              ariaLabel={`Delete ${c.name}`}
              variant="danger"
              confirm={`Delete the category “${c.name}”?`}
            />
          </div>
        </li>
      ))}
    </ol>
  );
}
