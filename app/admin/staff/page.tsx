import type { Metadata } from "next";
import { db } from "@/lib/platform/db/client";
import { listStaff } from "@/lib/domains/staff/list-staff";
import { staffForPage } from "@/components/auth/staff-page-guard";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { StaffCreateForm } from "@/components/admin/staff-create-form";
import { StaffTable } from "@/components/admin/staff-table";
import { createStaffAction, setStaffActiveAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Staff" };

export default async function AdminStaffPage() {
  const owner = await staffForPage("owner", "/admin/staff");
  if (!owner) return <ForbiddenNotice needed="owner" />;
  const staff = await listStaff(db());
  return (
    <main className="space-y-8">
      <h1 className="text-2xl font-semibold">Staff</h1>
      <StaffTable staff={staff} currentUserId={owner.id} setActive={setStaffActiveAction} />
      <StaffCreateForm action={createStaffAction} />
    </main>
  );
}
