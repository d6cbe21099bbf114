// /api/auth/* — better-auth's own endpoints (session, sign-out, …). auth() is built on first use, after
// server.ts has set DATABASE_URL and AUTH_SECRET, so it is resolved per request rather than at import.
import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/auth";

export const dynamic = "force-dynamic";

export const { GET, POST, PATCH, PUT, DELETE } = toNextJsHandler((request: Request) => auth().handler(request));
