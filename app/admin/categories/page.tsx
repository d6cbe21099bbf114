import type { Metadata } from "next";
import { db } from "@/lib/platform/db/client";
import { listAdminCategories } from "@/lib/domains/catalog/admin/list-admin-categories";
import { staffForPage } from "@/components/auth/staff-page-guard";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { CategoryCreateForm } from "@/components/admin/category-create-form";
import { CategoryList } from "@/components/admin/category-list";
import { createCategoryAction, deleteCategoryAction, moveCategoryAction, renameCategoryAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Categories" };

export default async function AdminCategoriesPage() {
  if (!(await staffForPage("owner", "/admin/categories"))) return <ForbiddenNotice needed="owner" />;
  const categories = await listAdminCategories(db());
  return (
    <main className="space-y-8">
      <h1 className="text-2xl font-semibold">Categories</h1>
      <section aria-labelledby="category-order-heading">
        <h2 id="category-order-heading" className="mb-3 text-lg font-semibold">
          In shop order
        </h2>
        <CategoryList
          categories={categories}
          rename={renameCategoryAction}
          move={moveCategoryAction}
          remove={deleteCategoryAction}
        />
      </section>
      <CategoryCreateForm action={createCategoryAction} />
    </main>
  );
}
