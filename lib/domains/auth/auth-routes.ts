import { ZSignInRequest } from "@/lib/platform/contracts/auth";
import { clientAddressOf } from "@/lib/platform/http/client-address";
import { SignInLimitError, slowDown, type SignInLimiter } from "@/lib/platform/rate-limit/sign-in-limiter";
import { auth } from "./auth";

/**
 * The better-auth endpoints reachable over HTTP. Everything else better-auth offers (update-user,
 * change-email, delete-user, …) answers 404: staff profiles are managed by owners in the admin and by
 * `npm run staff`. Sign-in is here for API clients (and the e2e fixtures); the form uses a server action.
 */
export const AUTH_ROUTES = ["POST /sign-in/email", "POST /sign-out", "GET /get-session"] as const;

const allowed = new Set<string>(AUTH_ROUTES);

function json(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ message }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/** The email a sign-in request names, or null when the body is not the JSON better-auth documents. */
function emailOf(body: string): string | null {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return null;
  }
  const parsed = ZSignInRequest.safeParse(json);
  return parsed.success ? parsed.data.email : null;
}

/** Sign-in answers carry sessions and who is signed in: no cache, shared or private, may keep them. */
function noStore(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.set("Cache-Control", "no-store");
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** /api/auth/*: a whitelist in front of better-auth, with the sign-in limits of the form on sign-in. */
export async function handleAuthRequest(request: Request, limiter: SignInLimiter): Promise<Response> {
  return noStore(await route(request, limiter));
}

async function route(request: Request, limiter: SignInLimiter): Promise<Response> {
  const path = new URL(request.url).pathname.replace(/^\/api\/auth/, "").replace(/\/+$/, "");
  const route = `${request.method} ${path}`;
  if (!allowed.has(route)) return json(404, "There is no such staff account endpoint.");
  if (route !== "POST /sign-in/email") return auth().handler(request);

  const body = await request.text();
  const email = emailOf(body);
  if (email === null) return json(400, 'Send JSON like {"email": "…", "password": "…"}.');
  const address = clientAddressOf(request.headers);
  const verdict = await limiter.attempt(email, address);
  if (!verdict.allowed) {
    const refused = new SignInLimitError(verdict.retryAfterMs);
    return json(429, refused.message, { "Retry-After": String(Math.ceil(verdict.retryAfterMs / 1000)) });
  }
  await slowDown(verdict);
  const response = await auth().handler(new Request(request.url, { method: "POST", headers: request.headers, body }));
  if (response.ok) await limiter.succeeded(email, address);
  return response;
}
