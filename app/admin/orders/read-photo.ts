import { checkImages, storeUpload } from "@/lib/domains/uploads/store-upload";
import { uploadOptions } from "@/lib/domains/uploads/upload-options";

export type PhotoResult = { ok: true; url: string | null } | { ok: false; message: string };

/** The step's optional photo: checked by its bytes (as product images are) and stored before the step is. */
export async function storeStepPhoto(formData: FormData): Promise<PhotoResult> {
  const file = formData.get("photo");
  if (!file || typeof file === "string" || file.size === 0) return { ok: true, url: null };
  const options = uploadOptions();
  const checked = checkImages(
    [{ name: file.name.slice(0, 120), bytes: new Uint8Array(await file.arrayBuffer()), alt: "" }],
    options,
  );
  if (!checked.ok) return checked;
  return { ok: true, url: await storeUpload(checked.images[0]!, options) };
}
