import type { PendingImage } from "@/lib/uploads/store-upload";

/**
 * New image rows from a product form: `imageFile` and `imageAlt` inputs repeat in pairs, in order.
 * Rows without a chosen file (empty file inputs arrive as 0-byte unnamed files) are skipped.
 */
export async function readNewImages(formData: FormData): Promise<PendingImage[]> {
  const files = formData.getAll("imageFile");
  const alts = formData.getAll("imageAlt");
  const images: PendingImage[] = [];
  for (const [i, file] of files.entries()) {
    if (typeof file === "string" || (file.size === 0 && file.name === "")) continue;
    const alt = alts[i];
    images.push({
      name: file.name.slice(0, 120),
      bytes: new Uint8Array(await file.arrayBuffer()),
      alt: typeof alt === "string" ? alt.trim().slice(0, 300) : "",
    });
  }
  return images;
}
