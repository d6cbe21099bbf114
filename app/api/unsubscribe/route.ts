import { NextResponse } from "next/server";
import { db } from "@/lib/platform/db/client";
import { publicOrigin } from "@/lib/platform/http/runtime-config";
import { ZUnsubscribeToken } from "@/lib/platform/contracts/mail";
import { readUnsubscribeToken } from "@/lib/domains/mail-consent/unsubscribe-token";
import { unsubscribe } from "@/lib/domains/mail-consent/unsubscribe";

const MAX_BODY = 2048;

function target(request: Request) {
  const parsed = ZUnsubscribeToken.safeParse(new URL(request.url).searchParams.get("t"));
  return parsed.success ? readUnsubscribeToken(parsed.data) : null;
}

// POST /api/unsubscribe?t=… — RFC 8058 one-click (body "List-Unsubscribe=One-Click") from a mail client,
// or the unsubscribe page's button. No session needed: the signed token is the authority. Idempotent.
export async function POST(request: Request) {
  const found = target(request);
  if (!found) return new NextResponse("This unsubscribe link is not valid.", { status: 400 });
  const body = (await request.text()).slice(0, MAX_BODY);
  const form = new URLSearchParams(body);
  await unsubscribe(db(), found);
  if (form.get("List-Unsubscribe") === "One-Click") {
    return new NextResponse("Unsubscribed: the address is erased.", { status: 200 });
  }
  const token = new URL(request.url).searchParams.get("t") ?? "";
  return NextResponse.redirect(new URL(`/unsubscribe?done=1&t=${encodeURIComponent(token)}`, publicOrigin()), 303);
}

// GET /api/unsubscribe?t=… — link scanners fetch links: a GET never unsubscribes, it shows the page.
export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("t") ?? "";
  return NextResponse.redirect(new URL(`/unsubscribe?t=${encodeURIComponent(token)}`, publicOrigin()), 303);
}
