import { NextResponse, type NextRequest } from "next/server";
import {
  SHOPPER_COOKIE,
  SHOPPER_COOKIE_MAX_AGE,
  newShopperId,
  signShopperId,
  verifyShopperCookie,
} from "@/lib/shoppers/shopper-cookie";

/**
 * Gives every visitor an anonymous shopper identity (a signed cookie) before the page renders.
 * This is identification only: authorization happens where data is read and written.
 */
export function proxy(request: NextRequest) {
  const secret = process.env.AUTH_SECRET;
  if (!secret) return NextResponse.next();
  const current = request.cookies.get(SHOPPER_COOKIE)?.value;
  if (verifyShopperCookie(current, secret)) return NextResponse.next();

  const value = signShopperId(newShopperId(), secret);
  request.cookies.set(SHOPPER_COOKIE, value);
  const response = NextResponse.next({ request: { headers: request.headers } });
  response.cookies.set(SHOPPER_COOKIE, value, {
    httpOnly: true,
    sameSite: "lax",
    secure: request.nextUrl.protocol === "https:",
    path: "/",
    maxAge: SHOPPER_COOKIE_MAX_AGE,
  });
  return response;
}

export const config = {
  matcher: ["/((?!_next/|api/health|images/|uploads/|favicon.ico|robots.txt|sitemap.xml).*)"],
};
