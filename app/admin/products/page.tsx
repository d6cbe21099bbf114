import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/platform/db/client";
import { listAdminProducts } from "@/lib/domains/catalog/admin/list-admin-products";
import { getStoreSettings } from "@/lib/domains/settings/store-settings";
import { staffForPage } from "@/components/auth/staff-page-guard";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { ProductTable } from "@/components/admin/product-table";
import { deleteProductAction, setProductPublishedAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Products" };

export default async function AdminProductsPage() {
  if (!(await staffForPage("owner", "/admin/products"))) return <ForbiddenNotice needed="owner" />;
  const [products, settings] = await Promise.all([listAdminProducts(db()), getStoreSettings(db())]);
  return (
    <main>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Products</h1>
        <Link
          href="/admin/products/new"
          className="rounded-md bg-leaf-600 px-4 py-2 font-medium text-white hover:bg-leaf-600/90"
        >
          New product
        </Link>
      </div>
      <div className="mt-6">
        <ProductTable
          products={products}
          currency={settings.currency}
          setPublished={setProductPublishedAction}
          remove={deleteProductAction}
        />
      </div>
    </main>
  );
}
