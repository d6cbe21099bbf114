import type { Metadata } from "next";
import { staffForPage } from "@/components/auth/staff-page-guard";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { StaffHeader } from "@/components/admin/staff-header";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { signOutAction } from "../sign-in/actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Host console", robots: { index: false } };

/** /host — the hosts' console (owners may use it too). The live floor and question queue come next. */
export default async function HostPage() {
  const staff = await staffForPage("host", "/host");
  if (!staff) return <ForbiddenNotice needed="host" />;
  return (
    <>
      <StaffHeader title="Open Kitchen · Host" name={staff.name} role={staff.role} signOut={<SignOutButton action={signOutAction} />} />
      <main className="mx-auto max-w-6xl px-4 py-8">
        <h1 className="text-2xl font-semibold">Host console</h1>
        <p className="mt-2 text-roast-700">
          Signed in as {staff.name} ({staff.email}), {staff.role}.
        </p>
        <p className="mt-6 rounded-lg border border-dashed border-roast-200 bg-white p-5 text-roast-700">
          The live floor (who is looking at what, right now) and the question queue arrive next.
        </p>
      </main>
    </>
  );
}
