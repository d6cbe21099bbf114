import type { PendingImage } from "@/lib/uploads/store-upload";

/**
 * New image rows from a product form: `imageFile` and `imageAlt` inputs repeat in pairs, in order.
 * Rows without a chosen file are skipped: empty file inputs arrive as 0-byte files, named "" or, from
 * some browsers through Next's action decoder, "undefined". A 0-byte file is never an image anyway.
 */
export async function readNewImages(formData: FormData): Promise<PendingImage[]> {
  const files = formData.getAll("imageFile");
  const alts = formData.getAll("imageAlt");
  const images: PendingImage[] = [];
  for (const [i, file] of files.entries()) {
    if (typeof file === "string" || file.size === 0) continue;
    const alt = alts[i];
    images.push({
      name: file.name.slice(0, 120),
      bytes: new Uint8Array(await file.arrayBuffer()),
      alt: typeof alt === "string" ? alt.trim().slice(0, 300) : "",
    });
  }
  return images;
}
