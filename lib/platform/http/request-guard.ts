import type { IncomingMessage, ServerResponse } from "node:http";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "./client-address";

/** The largest request body the shop reads: server actions carry product images (see next.config.ts). */
export const MAX_BODY_BYTES = 6 * 1024 * 1024;

export interface RequestGuardOptions {
  proxyHops: number;
  maxBodyBytes?: number;
}

// Encoded or raw control characters (NUL, line breaks, escape, DEL): no page, route or search needs them.
const ENCODED_CONTROL = /%(?:[01][0-9a-f]|7f)/i;
const RAW_CONTROL = /[\u0000-\u001f\u007f]/;

/** Why a request is refused before it reaches Next, or null when it may pass. */
export function refusal(
  request: Pick<IncomingMessage, "url" | "headers">,
  maxBodyBytes = MAX_BODY_BYTES,
): { status: number; message: string } | null {
  const url = request.url ?? "/";
  const [path = "/"] = url.split("?", 1);
  let decodedPath: string;
  try {
    decodedPath = decodeURIComponent(path);
  } catch {
    return { status: 400, message: "This address is malformed: it has an invalid %-encoded character." };
  }
  if (RAW_CONTROL.test(decodedPath) || ENCODED_CONTROL.test(url) || RAW_CONTROL.test(url)) {
    return { status: 400, message: "This address contains control characters, which the shop does not accept." };
  }
  const declared = request.headers["content-length"];
  // Browsers always say how long a form or fetch body is; a streamed body of unknown length could only
  // be measured by reading it, which Next would do and then fail with a 500.
  if (declared === undefined && request.headers["transfer-encoding"] !== undefined) {
    return { status: 411, message: "Please send this request with a Content-Length header." };
  }
  const length = Number(declared ?? 0);
  if (Number.isFinite(length) && length > maxBodyBytes) {
    const megabytes = Math.floor(maxBodyBytes / (1024 * 1024));
    return { status: 413, message: `This request is too large: the shop accepts at most ${megabytes} MB at once.` };
  }
  return null;
}

/**
 * Runs before Next on every HTTP request: records who sent it (CLIENT_ADDRESS_HEADER, replacing anything
 * the client sent) and answers malformed or oversized requests with a 4xx and a sentence, where Next
 * would fail with a 500. Returns false when it answered.
 */
export function guardRequest(req: IncomingMessage, res: ServerResponse, options: RequestGuardOptions): boolean {
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(
    { forwardedFor: req.headers["x-forwarded-for"], remoteAddress: req.socket.remoteAddress },
    options.proxyHops,
  );
  const refused = refusal(req, options.maxBodyBytes);
  if (!refused) return true;
  res.writeHead(refused.status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    // The body is not read: close the connection rather than drain megabytes we refused.
    ...(refused.status === 413 || refused.status === 411 ? { Connection: "close" } : {}),
  });
  res.end(`${refused.message}\n`);
  return false;
}
