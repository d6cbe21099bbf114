import type { PendingImage } from "./store-upload";

/** A submitted file as the upload checks see it: its bytes, the browser's name for messages, its alt text. */
export async function pendingImage(file: File, alt = ""): Promise<PendingImage> {
  return { name: file.name.slice(0, 120), bytes: new Uint8Array(await file.arrayBuffer()), alt };
}
