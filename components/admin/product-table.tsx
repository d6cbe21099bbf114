import Link from "next/link";
import type { AdminProductRow } from "@/lib/domains/catalog/admin/list-admin-products";
import { formatMoney } from "@/lib/platform/money/format-money";
import { ActionForm, type FormAction } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";

/** The owner's catalog: every product, published or not, with its stock and row actions. */
export function ProductTable({
  products,
  currency,
  setPublished,
  remove,
}: {
  products: AdminProductRow[];
  currency: string;
  setPublished: FormAction;
  remove: FormAction;
}) {
  if (products.length === 0) return <p className="text-roast-700">No products yet.</p>;
  return (
    <DataTable
      caption="All products"
      columns={[
        { label: "Product" },
        { label: "Category" },
        { label: "Price", align: "right" },
        { label: "Stock", align: "right" },
        { label: "Status" },
        { label: "Actions", hidden: true },
      ]}
    >
      {products.map((p) => (
        <tr key={p.id} className="border-t border-roast-100 align-top">
          <td className="px-3 py-2">
            <div className="flex items-center gap-3">
              {p.thumbnail ? (
                <img src={p.thumbnail.url} alt="" className="size-10 rounded object-cover" />
              ) : (
                <span className="size-10 rounded bg-roast-100" aria-hidden="true" />
              )}
              <div>
                <Link
                  href={`/admin/products/${p.id}`}
                  className="font-medium text-roast-900 underline-offset-4 hover:underline"
                >
                  {p.title}
                </Link>
                <div className="text-xs text-roast-700">
                  /{p.slug} · {p.imageCount} image{p.imageCount === 1 ? "" : "s"} · {p.orderCount} order line
                  {p.orderCount === 1 ? "" : "s"}
                </div>
              </div>
            </div>
          </td>
          <td className="px-3 py-2">{p.categoryName}</td>
          <td className="px-3 py-2 text-right tabular-nums">{formatMoney(p.priceCents, currency)}</td>
          <td className={`px-3 py-2 text-right tabular-nums ${p.stock === 0 ? "font-semibold text-red-800" : ""}`}>
            {p.stock === 0 ? "Sold out" : p.stock}
          </td>
          <td className="px-3 py-2">
            {p.published ? (
              <span className="text-leaf-600">Published</span>
            ) : (
              <span className="text-roast-700">Hidden</span>
            )}
          </td>
          <td className="px-3 py-2">
            <div className="flex flex-wrap gap-2">
              <Link
                href={`/admin/products/${p.id}`}
                aria-label={`Edit ${p.title}`}
                className="rounded-md border border-roast-200 px-2.5 py-1 text-sm font-medium hover:bg-roast-100"
              >
                Edit
              </Link>
              <ActionForm
                action={setPublished}
                fields={{ id: p.id, published: p.published ? "false" : "true" }}
                label={p.published ? "Unpublish" : "Publish"}
                ariaLabel={`${p.published ? "Unpublish" : "Publish"} ${p.title}`}
              />
              <ActionForm
                action={remove}
                fields={{ id: p.id }}
                label="Delete"
                ariaLabel={`Delete ${p.title}`}
                variant="danger"
                confirm={`Delete “${p.title}”? A product with orders is unpublished instead.`}
              />
            </div>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
