import type { MetadataRoute } from "next";
import { publicOrigin } from "@/lib/platform/http/runtime-config";

// Per request so the sitemap URL follows PUBLIC_ORIGIN at run time, not the build machine's.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/host", "/cart", "/checkout", "/orders", "/api"] },
    sitemap: `${publicOrigin()}/sitemap.xml`,
  };
}
