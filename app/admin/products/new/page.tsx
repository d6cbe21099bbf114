import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/platform/db/client";
import { listCategories } from "@/lib/domains/catalog/read-catalog";
import { getStoreSettings } from "@/lib/domains/settings/store-settings";
import { uploadOptions } from "@/lib/domains/uploads/upload-options";
import { staffForPage } from "@/components/auth/staff-page-guard";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { ProductForm } from "@/components/admin/product-form";
import { createProductAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New product" };

export default async function NewProductPage() {
  if (!(await staffForPage("owner", "/admin/products/new"))) return <ForbiddenNotice needed="owner" />;
  const [categories, settings] = await Promise.all([listCategories(db()), getStoreSettings(db())]);
  return (
    <main className="max-w-3xl">
      <p className="text-sm">
        <Link href="/admin/products" className="text-leaf-600 underline underline-offset-4">
          All products
        </Link>
      </p>
      <h1 className="mt-2 mb-6 text-2xl font-semibold">New product</h1>
      {categories.length === 0 ? (
        <p className="text-roast-700">
          Create a{" "}
          <Link href="/admin/categories" className="text-leaf-600 underline">
            category
          </Link>{" "}
          first: every product belongs to one.
        </p>
      ) : (
        <ProductForm
          action={createProductAction}
          currency={settings.currency}
          maxUploadBytes={uploadOptions().maxBytes}
          categories={categories.map((c) => ({ value: c.id, label: c.name }))}
          product={{
            title: "",
            slug: "",
            description: "",
            story: "",
            priceCents: null,
            stock: 0,
            categoryId: "",
            published: true,
            images: [],
          }}
        />
      )}
    </main>
  );
}
