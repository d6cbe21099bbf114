// /api/auth/* — the few better-auth endpoints the shop exposes (lib/domains/auth/auth-routes.ts); auth() is built
// on first use, after server.ts has set DATABASE_URL and AUTH_SECRET, so it is resolved per request.
import { handleAuthRequest } from "@/lib/domains/auth/auth-routes";
import { signInLimiter } from "@/lib/platform/rate-limit/shop-limiters";

export const dynamic = "force-dynamic";

const handle = (request: Request) => handleAuthRequest(request, signInLimiter());

export { handle as GET, handle as POST, handle as PATCH, handle as PUT, handle as DELETE };
