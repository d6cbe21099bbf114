import type { Metadata } from "next";
import type { ReactNode } from "react";
import { currentStaff } from "@/lib/domains/auth/staff-session";
import { AdminNav } from "@/components/admin/admin-nav";
import { StaffHeader } from "@/components/admin/staff-header";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { signOutAction } from "../sign-in/actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: { default: "Admin", template: "%s · Admin" }, robots: { index: false } };

/**
 * Chrome only. Authorization happens in each page and action: a layout does not re-run on every
 * navigation and is not a security boundary, so for anyone but staff it renders just the page,
 * which redirects or shows the 403 itself. Hosts get the chrome with the parts they may use (orders).
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const staff = await currentStaff();
  if (!staff) return children;
  return (
    <>
      <StaffHeader
        title="Open Kitchen · Admin"
        name={staff.name}
        role={staff.role}
        signOut={<SignOutButton action={signOutAction} />}
      >
        <AdminNav role={staff.role} />
      </StaffHeader>
      <div className="mx-auto max-w-6xl px-4 py-8">{children}</div>
    </>
  );
}
