import { removeUploads } from "./remove-uploads";
import { storeUpload, type CheckedImage, type UploadOptions } from "./store-upload";

export interface StoredImage {
  url: string;
  alt: string;
}

/** Writes all images or none: if one write fails, the ones already written are removed. */
export async function storeUploads(images: CheckedImage[], options: UploadOptions): Promise<StoredImage[]> {
  const stored: StoredImage[] = [];
  try {
    for (const image of images) stored.push({ url: await storeUpload(image, options), alt: image.alt });
    return stored;
  } catch (error) {
    await removeUploads(
      stored.map((s) => s.url),
      options.dir,
    );
    throw error;
  }
}
