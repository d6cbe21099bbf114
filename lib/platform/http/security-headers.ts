/*
 * Headers on every response (next.config.ts headers(), which also covers cached pages). The policy is one
 * string for every page, known at build time, so it cannot carry per-response nonces or hashes of Next's
 * inline bootstrap scripts: those carry each page's data and would need nonces, and nonces force dynamic
 * rendering, which would end the cached product pages. So scripts come from the shop itself plus inline
 * ('unsafe-inline', scripts only), while everything an injected script would need to do harm is closed:
 * no plugins, no <base>, forms post only here, no framing, connections only to this origin.
 */

export function contentSecurityPolicy({ development = false } = {}): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code for its debugging aids; production never does.
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // 'self' covers the same host's ws:/wss: (CSP Level 3), which is where the socket connects.
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
  ].join("; ");
}

/*
 * Only features Chromium recognises: it logs a console error for an unknown one on every page ("bluetooth"
 * was one: Web Bluetooth is not policy-controlled there, so naming it switched nothing off). No frames may
 * load here at all (frame-src 'none'), so this list only says what this shop's own pages never use.
 */
export const PERMISSIONS_POLICY = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "serial=()",
  "browsing-topics=()",
].join(", ");

export interface HeaderRule {
  source: string;
  headers: { key: string; value: string }[];
}

/** For next.config.ts: every path gets the policy headers; uploads keep their own stricter CSP. */
export function securityHeaders({ development = false } = {}): HeaderRule[] {
  const everywhere = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
    { key: "X-Frame-Options", value: "DENY" },
  ];
  return [
    { source: "/:path*", headers: everywhere },
    {
      source: "/((?!uploads/).*)",
      headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy({ development }) }],
    },
  ];
}
