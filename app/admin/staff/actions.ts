"use server";

import { refresh } from "next/cache";
import { defineAction } from "@/lib/platform/actions/define-action";
import { requireStaff } from "@/lib/domains/auth/guards";
import { db } from "@/lib/platform/db/client";
import { ZStaffActive, ZStaffInput } from "@/lib/platform/contracts/staff";
import { UserError } from "@/lib/platform/errors/user-error";
import { createStaffAccount } from "@/lib/domains/staff/create-staff-account";
import { setStaffActive } from "@/lib/domains/staff/set-staff-active";

const owner = () => requireStaff("owner");

/** /admin/staff "Add staff member" form. */
export const createStaffAction = defineAction({
  name: "create staff account",
  authorize: owner,
  schema: ZStaffInput,
  fields: ["name", "email", "role", "password"],
  // Echo back what was typed, never the password.
  echo: ["name", "email", "role"],
  run: async (input) => {
    await createStaffAccount(db(), input);
    refresh();
    return { message: `Added ${input.name} as ${input.role}. Share the initial password with them privately.` };
  },
});

/** /admin/staff "Deactivate" / "Reactivate" buttons. */
export const setStaffActiveAction = defineAction({
  name: "set staff active",
  authorize: owner,
  schema: ZStaffActive,
  fields: ["userId", "active"],
  invalidMessage: "This staff account no longer exists.",
  run: async ({ userId, active }, me) => {
    const result = await setStaffActive(db(), { actorId: me.id, userId, active });
    if (!result.ok) throw new UserError(result.message, result.reason === "self" ? "forbidden" : "not_found");
    refresh();
    return {
      message: result.active ? `${result.name} can sign in again.` : `${result.name} is deactivated and signed out.`,
    };
  },
});
