/**
 * Whether a file input had a file chosen. An empty input arrives as a 0-byte file named "" from the
 * browser, but as one named "undefined" once Next's multipart parser has handled it (it gets no file
 * name), so both mean "nothing chosen". A 0-byte file with a real name is kept and refused by the checks.
 */
function chosenFile(value: FormDataEntryValue | undefined): value is File {
  if (value === undefined || typeof value === "string") return false;
  return !(value.size === 0 && (value.name === "" || value.name === "undefined"));
}

/**
 * The raw input of a product form for ZProductCreate / ZProductUpdate: the text fields, and the images as
 * the form sends them: `imageFile`/`imageAlt` pairs for new images, and per existing image `alt:<id>`,
 * `replace:<id>` (a file) and `removeImage=<id>`.
 */
export function productFormInput(formData: FormData, fields: Record<string, string>) {
  const alts = formData.getAll("imageAlt");
  const add = formData
    .getAll("imageFile")
    .flatMap((file, i) => (chosenFile(file) ? [{ file, alt: typeof alts[i] === "string" ? alts[i] : "" }] : []));
  const alt: Record<string, string> = {};
  const replace: Record<string, File> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("alt:") && typeof value === "string") alt[key.slice("alt:".length)] = value;
    if (key.startsWith("replace:") && chosenFile(value)) replace[key.slice("replace:".length)] = value;
  }
  const remove = formData.getAll("removeImage").filter((v) => typeof v === "string");
  return { ...fields, images: { add, alt, replace, remove } };
}
