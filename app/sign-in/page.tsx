import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentStaff } from "@/lib/domains/auth/staff-session";
import { safeNextPath } from "@/lib/platform/contracts/auth";
import { SignInForm } from "@/components/auth/sign-in-form";
import { signInAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Staff sign-in", robots: { index: false } };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const next = safeNextPath(typeof params.next === "string" ? params.next : null);
  const staff = await currentStaff();
  // Already signed in: go where they were heading, or to their console.
  if (staff) redirect(next ?? (staff.role === "owner" ? "/admin" : "/host"));

  return (
    <main className="mx-auto max-w-sm px-4 py-16">
      <h1 className="text-2xl font-semibold text-roast-900">Staff sign-in</h1>
      <p className="mt-2 mb-6 text-sm text-roast-700">
        For the shop’s hosts and owners. Shoppers never need an account.
      </p>
      <SignInForm action={signInAction} next={next} />
    </main>
  );
}
