// The baseline of bench/pages.ts: a bare node:http server answering with the exact HTML bytes the shop
// produced, in its own process so it never shares an event loop with the load generator. It sends the
// shop's Cache-Control too, so nginx in front of it caches the page exactly as it caches the shop's.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

interface Route {
  path: string;
  file: string;
  contentType: string;
  cacheControl?: string | null;
}

const routes = new Map(
  (JSON.parse(process.env.BARE_ROUTES ?? "[]") as Route[]).map((r) => [
    r.path,
    {
      body: readFileSync(r.file),
      headers: {
        "content-type": r.contentType,
        ...(r.cacheControl ? { "cache-control": r.cacheControl } : {}),
      },
    },
  ]),
);

const server = createServer((req, res) => {
  const route = routes.get((req.url ?? "/").split("?")[0] ?? "/");
  if (!route) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { ...route.headers, "content-length": route.body.length });
  res.end(route.body);
});

server.listen(0, "127.0.0.1", () => {
  process.send?.({ type: "ready", port: (server.address() as AddressInfo).port });
});

process.on("disconnect", () => server.close(() => process.exit(0)));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
