import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { detectImageType } from "./detect-image-type";
import { UPLOAD_URL_PREFIX } from "./upload-files";

export interface UploadOptions {
  dir: string;
  maxBytes: number;
}

export interface PendingImage {
  /** The name the browser sent, used only in messages. */
  name: string;
  bytes: Uint8Array;
  alt: string;
}

export interface CheckedImage extends PendingImage {
  ext: string;
}

export type CheckImagesResult = { ok: true; images: CheckedImage[] } | { ok: false; message: string };

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/** Checks every image (size, then magic bytes) before anything is written. */
export function checkImages(images: PendingImage[], options: UploadOptions): CheckImagesResult {
  const checked: CheckedImage[] = [];
  for (const image of images) {
    const label = image.name ? `"${image.name}"` : "An image";
    if (image.bytes.byteLength > options.maxBytes) {
      return { ok: false, message: `${label} is larger than ${megabytes(options.maxBytes)}.` };
    }
    const type = detectImageType(image.bytes);
    if (!type) {
      const svg = /\.svgz?$/i.test(image.name);
      return {
        ok: false,
        message: svg
          ? `${label} is an SVG. SVG files can carry scripts, so upload a PNG, JPEG, WebP or GIF instead.`
          : `${label} is not a PNG, JPEG, WebP or GIF image.`,
      };
    }
    checked.push({ ...image, ext: type.ext });
  }
  return { ok: true, images: checked };
}

/** Writes one checked image under a random name and returns its public URL. */
export async function storeUpload(image: CheckedImage, options: UploadOptions): Promise<string> {
  await mkdir(options.dir, { recursive: true });
  const fileName = `${randomBytes(16).toString("hex")}.${image.ext}`;
  // "wx" refuses to overwrite: a name collision fails loudly instead of replacing someone's image.
  await writeFile(path.join(/*turbopackIgnore: true*/ options.dir, fileName), image.bytes, { flag: "wx" });
  return `${UPLOAD_URL_PREFIX}${fileName}`;
}
