import { unlink } from "node:fs/promises";
import path from "node:path";
import { uploadFileName } from "./upload-files";

/**
 * Deletes stored uploads by their public URLs. URLs that are not ours (demo art under /images) are
 * skipped; a file already gone is fine. Best effort: a leftover file is harmless, a thrown error is not.
 */
export async function removeUploads(urls: string[], dir: string): Promise<void> {
  await Promise.all(
    urls.map(async (url) => {
      const name = uploadFileName(url);
      if (!name) return;
      await unlink(path.join(/*turbopackIgnore: true*/ dir, name)).catch(() => undefined);
    }),
  );
}
