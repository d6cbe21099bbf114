import type { Db } from "@/lib/platform/db/client";
import type { StaffMember } from "@/lib/domains/auth/staff-from-headers";
import { ZKitchenUpdateInput, type TKitchenUpdate, type TKitchenUpdateInput } from "@/lib/platform/contracts/kitchen";
import { publish } from "@/lib/platform/publish/publish";
import { toStore } from "@/lib/platform/publish/audience";
import { KitchenError } from "./kitchen-error";
import { kitchenUpdateSelect, toKitchenUpdate } from "./kitchen-update-dto";

async function checkProducts(db: Db, productIds: string[]): Promise<void> {
  const found = await db.product.count({ where: { id: { in: productIds } } });
  if (found !== new Set(productIds).size)
    throw new KitchenError("One of those products is no longer in the shop.", "not_found");
}

/** Staff post a behind-the-scenes update; everyone in the shop sees it live, product pages filter their own. */
export async function postKitchenUpdate(
  db: Db,
  author: StaffMember,
  input: TKitchenUpdateInput,
  imagePath: string | null = null,
): Promise<TKitchenUpdate> {
  const { body, productIds } = ZKitchenUpdateInput.parse(input);
  await checkProducts(db, productIds);
  const row = await db.kitchenUpdate.create({
    data: {
      body,
      imagePath,
      authorId: author.id,
      products: { create: [...new Set(productIds)].map((productId) => ({ productId })) },
    },
    select: kitchenUpdateSelect,
  });
  const update = toKitchenUpdate(row);
  publish("kitchen:posted", toStore(), update);
  return update;
}

/** Only the author or an owner may change or remove an update. */
async function editable(db: Db, staff: StaffMember, id: string) {
  const row = await db.kitchenUpdate.findFirst({
    where: { id, removedAt: null },
    select: { authorId: true, imagePath: true },
  });
  if (!row) throw new KitchenError("This update no longer exists.", "not_found");
  if (row.authorId !== staff.id && staff.role !== "owner") {
    throw new KitchenError("Only its author or an owner can change this update.", "forbidden");
  }
  return row;
}

export async function editKitchenUpdate(
  db: Db,
  staff: StaffMember,
  id: string,
  input: TKitchenUpdateInput,
): Promise<TKitchenUpdate> {
  const { body, productIds } = ZKitchenUpdateInput.parse(input);
  await editable(db, staff, id);
  await checkProducts(db, productIds);
  const row = await db.$transaction(async (tx) => {
    await tx.kitchenUpdateProduct.deleteMany({ where: { updateId: id } });
    return tx.kitchenUpdate.update({
      where: { id },
      data: { body, products: { create: [...new Set(productIds)].map((productId) => ({ productId })) } },
      select: kitchenUpdateSelect,
    });
  });
  const update = toKitchenUpdate(row);
  publish("kitchen:edited", toStore(), update);
  return update;
}

/** Removed updates leave the pages at once; the row stays (with its time) for the record. */
export async function removeKitchenUpdate(
  db: Db,
  staff: StaffMember,
  id: string,
): Promise<{ imagePath: string | null }> {
  const row = await editable(db, staff, id);
  await db.kitchenUpdate.update({ where: { id }, data: { removedAt: new Date() } });
  publish("kitchen:removed", toStore(), { id });
  return { imagePath: row.imagePath };
}
