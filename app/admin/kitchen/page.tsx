import type { Metadata } from "next";
import { staffForPage } from "@/components/auth/staff-page-guard";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { ActionForm } from "@/components/ui/action-form";
import { KitchenComposer } from "@/components/host/kitchen-composer";
import { KitchenUpdateItem } from "@/components/kitchen/kitchen-update-item";
import { db } from "@/lib/platform/db/client";
import { listKitchenUpdates } from "@/lib/domains/kitchen/list-kitchen-updates";
import { listPublishedProducts } from "@/lib/domains/catalog/read-catalog";
import { editKitchenUpdateAction, postKitchenUpdateAction, removeKitchenUpdateAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Kitchen updates" };

/** /admin/kitchen — every kitchen update; its author or an owner may edit or remove it. */
export default async function KitchenAdminPage() {
  const staff = await staffForPage("host", "/admin/kitchen");
  if (!staff) return <ForbiddenNotice needed="host" />;
  const [updates, products] = await Promise.all([
    listKitchenUpdates(db(), { limit: 50 }),
    // Uncached: a product published a moment ago can be chosen at once.
    listPublishedProducts(db(), 500),
  ]);
  const choices = products.map((p) => ({ id: p.id, title: p.title }));
  return (
    <main className="mx-auto max-w-3xl space-y-8 px-4 py-6">
      <h1 className="text-2xl font-semibold">Kitchen updates</h1>
      <section aria-labelledby="new-update" className="rounded-lg border border-roast-200 bg-white p-5">
        <h2 id="new-update" className="sr-only">
          Post an update
        </h2>
        <KitchenComposer action={postKitchenUpdateAction} products={choices} />
      </section>
      {updates.length === 0 ? <p>No kitchen updates yet.</p> : null}
      <ul className="space-y-6">
        {updates.map((update) => {
          const mayChange = staff.role === "owner" || update.author.id === staff.id;
          return (
            <li key={update.id} className="space-y-3 rounded-lg border border-roast-200 bg-white p-5">
              <ul>
                <KitchenUpdateItem update={update} />
              </ul>
              {mayChange ? (
                <details>
                  <summary className="cursor-pointer text-sm underline underline-offset-2">Edit or remove</summary>
                  <div className="mt-3 space-y-3">
                    <KitchenComposer action={editKitchenUpdateAction} products={choices} update={update} />
                    <ActionForm
                      action={removeKitchenUpdateAction}
                      fields={{ id: update.id }}
                      label="Remove"
                      variant="danger"
                      confirm="Remove this update from the shop?"
                      ariaLabel="Remove this kitchen update"
                    />
                  </div>
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
    </main>
  );
}
