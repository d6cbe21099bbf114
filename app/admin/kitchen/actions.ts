"use server";

import { updateTag } from "next/cache";
import { defineAction } from "@/lib/platform/actions/define-action";
import { requireStaff } from "@/lib/domains/auth/guards";
import { cacheTags } from "@/lib/platform/cache-tags";
import { db } from "@/lib/platform/db/client";
import { ZKitchenUpdateEdit, ZKitchenUpdateInput, ZKitchenUpdateRef } from "@/lib/platform/contracts/kitchen";
import { editKitchenUpdate, postKitchenUpdate, removeKitchenUpdate } from "@/lib/domains/kitchen/post-kitchen-update";

const staff = () => requireStaff("host");
const withProducts = (formData: FormData, fields: Record<string, string>) => ({
  ...fields,
  productIds: formData.getAll("productIds").filter((v) => typeof v === "string" && v !== ""),
});

/** The host console's composer: hosts and owners post; everyone in the shop sees it live. */
export const postKitchenUpdateAction = defineAction({
  name: "post kitchen update",
  authorize: staff,
  schema: ZKitchenUpdateInput,
  fields: ["body"],
  input: withProducts,
  run: async (input, author) => {
    await postKitchenUpdate(db(), author, input);
    updateTag(cacheTags.kitchen);
    return { message: "Posted to the shop." };
  },
});

/** /admin/kitchen edit: the author or an owner (the domain refuses anyone else). */
export const editKitchenUpdateAction = defineAction({
  name: "edit kitchen update",
  authorize: staff,
  schema: ZKitchenUpdateEdit,
  fields: ["id", "body"],
  hidden: ["id"],
  input: withProducts,
  run: async ({ id, ...input }, editor) => {
    await editKitchenUpdate(db(), editor, id, input);
    updateTag(cacheTags.kitchen);
    return { message: "Update saved." };
  },
});

/** /admin/kitchen remove: the author or an owner. */
export const removeKitchenUpdateAction = defineAction({
  name: "remove kitchen update",
  authorize: staff,
  schema: ZKitchenUpdateRef,
  fields: ["id"],
  hidden: ["id"],
  run: async ({ id }, remover) => {
    await removeKitchenUpdate(db(), remover, id);
    updateTag(cacheTags.kitchen);
    return { message: "Update removed." };
  },
});
