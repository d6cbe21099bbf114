import { checkImages, storeUpload } from "@/lib/domains/uploads/store-upload";
import { uploadOptions } from "@/lib/domains/uploads/upload-options";

export type PhotoResult = { ok: true; url: string | null } | { ok: false; message: string };

/** The step form's raw input for ZAdvanceOrderForm: its text fields and the photo, when one was chosen. */
export function stepFormInput(formData: FormData, fields: Record<string, string>) {
  const file = formData.get("photo");
  return { ...fields, photo: file && typeof file !== "string" && file.size > 0 ? file : null };
}

/** The step's optional photo: checked by its bytes (as product images are) and stored before the step is. */
export async function storeStepPhoto(file: File | null): Promise<PhotoResult> {
  if (!file) return { ok: true, url: null };
  const options = uploadOptions();
  const checked = checkImages(
    [{ name: file.name.slice(0, 120), bytes: new Uint8Array(await file.arrayBuffer()), alt: "" }],
    options,
  );
  if (!checked.ok) return checked;
  return { ok: true, url: await storeUpload(checked.images[0]!, options) };
}
