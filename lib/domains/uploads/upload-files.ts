import path from "node:path";

/** Stored upload names: 32 random hex characters and the extension of the detected type. */
export const UPLOAD_FILE_PATTERN = /^[a-f0-9]{32}\.(png|jpg|webp|gif)$/;

export const UPLOAD_URL_PREFIX = "/uploads/";

const mimeByExt: Record<string, string> = { png: "image/png", jpg: "image/jpeg", webp: "image/webp", gif: "image/gif" };

export function uploadMimeType(fileName: string): string | null {
  if (!UPLOAD_FILE_PATTERN.test(fileName)) return null;
  return mimeByExt[fileName.slice(fileName.lastIndexOf(".") + 1)] ?? null;
}

/** The upload directory: UPLOAD_DIR, else `${DATA_DIR}/uploads`. */
export function resolveUploadDir(env: { UPLOAD_DIR?: string; DATA_DIR: string }): string {
  // Runtime data, not source: keep the bundler from tracing the project for this path.
  return path.resolve(
    /*turbopackIgnore: true*/ env.UPLOAD_DIR ?? path.join(/*turbopackIgnore: true*/ env.DATA_DIR, "uploads"),
  );
}

/** The stored file name behind a public upload URL, or null when the URL is not one of ours. */
export function uploadFileName(url: string): string | null {
  if (!url.startsWith(UPLOAD_URL_PREFIX)) return null;
  const name = url.slice(UPLOAD_URL_PREFIX.length);
  return UPLOAD_FILE_PATTERN.test(name) ? name : null;
}
