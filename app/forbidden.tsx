import type { Metadata } from "next";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";

export const metadata: Metadata = { title: "Forbidden", robots: { index: false } };

/** What forbidden() renders, with status 403: a signed-in person whose role does not reach the page. */
export default function Forbidden() {
  return <ForbiddenNotice />;
}
