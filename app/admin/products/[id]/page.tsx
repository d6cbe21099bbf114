import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/platform/db/client";
import { getAdminProduct } from "@/lib/domains/catalog/admin/get-admin-product";
import { listCategories } from "@/lib/domains/catalog/read-catalog";
import { getStoreSettings } from "@/lib/domains/settings/store-settings";
import { uploadOptions } from "@/lib/domains/uploads/upload-options";
import { staffForPage } from "@/components/auth/staff-page-guard";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { ProductForm } from "@/components/admin/product-form";
import { updateProductAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit product" };

export default async function EditProductPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  if (!(await staffForPage("owner", `/admin/products/${encodeURIComponent(id)}`)))
    return <ForbiddenNotice needed="owner" />;
  const [product, categories, settings, query] = await Promise.all([
    getAdminProduct(db(), id),
    listCategories(db()),
    getStoreSettings(db()),
    searchParams,
  ]);
  if (!product) notFound();

  return (
    <main className="max-w-3xl">
      <p className="text-sm">
        <Link href="/admin/products" className="text-leaf-600 underline underline-offset-4">
          All products
        </Link>
      </p>
      <div className="mt-2 mb-6 flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-semibold">Edit “{product.title}”</h1>
        {product.published ? (
          // Not prefetched: that would render the shop's page from the data this form is about to change, and a
          // render that straddles the save is cached as fresh for a few seconds (see expireProductTags).
          <Link
            href={`/products/${product.slug}`}
            prefetch={false}
            className="text-sm text-leaf-600 underline underline-offset-4"
          >
            View in shop
          </Link>
        ) : (
          <span className="text-sm text-roast-700">Hidden from the shop</span>
        )}
      </div>
      <ProductForm
        key={product.id}
        action={updateProductAction}
        currency={settings.currency}
        maxUploadBytes={uploadOptions().maxBytes}
        categories={categories.map((c) => ({ value: c.id, label: c.name }))}
        product={product}
        initialMessage={query.saved === "created" ? `Created “${product.title}”.` : undefined}
      />
    </main>
  );
}
