// GET /uploads/[file] — serves product images stored by the admin. Only names we generate are
// accepted (32 hex + image extension), so no path can leave the upload directory.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { resolveUploadDir, uploadMimeType } from "@/lib/domains/uploads/upload-files";
import { serverEnv } from "@/lib/platform/env";

export const dynamic = "force-dynamic";

function notFound(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" },
  });
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const mime = uploadMimeType(file);
  if (!mime) return notFound();
  let bytes: Buffer;
  try {
    bytes = await readFile(path.join(/*turbopackIgnore: true*/ resolveUploadDir(serverEnv()), file));
  } catch {
    return notFound();
  }
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": mime,
      "Content-Length": String(bytes.byteLength),
      // Names are random and never reused: the content at a URL never changes.
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
