import { NextResponse, type NextRequest } from "next/server";
import {
  SHOPPER_COOKIE,
  newShopperId,
  shopperCookieOptions,
  signShopperId,
  verifyShopperCookie,
} from "@/lib/shoppers/shopper-cookie";

/**
 * Gives every new visitor an anonymous shopper identity (a signed cookie) before the page renders.
 * This is identification only: authorization happens where data is read and written. It runs only
 * for requests without the cookie, so returning shoppers' cached pages pay nothing for it; a tampered
 * cookie is replaced by GET /api/shopper, which every shop page calls.
 */
export function proxy(request: NextRequest) {
  const secret = process.env.AUTH_SECRET;
  if (!secret) return NextResponse.next();
  const current = request.cookies.get(SHOPPER_COOKIE)?.value;
  if (verifyShopperCookie(current, secret)) return NextResponse.next();

  const value = signShopperId(newShopperId(), secret);
  request.cookies.set(SHOPPER_COOKIE, value);
  const response = NextResponse.next({ request: { headers: request.headers } });
  response.cookies.set(SHOPPER_COOKIE, value, shopperCookieOptions(request.nextUrl.protocol === "https:"));
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/|api/health|images/|uploads/|favicon.ico|robots.txt|sitemap.xml).*)",
      // A literal: Next reads this config statically. Must equal SHOPPER_COOKIE.
      missing: [{ type: "cookie", key: "ok_shopper" }],
    },
  ],
};
