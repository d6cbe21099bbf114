import { IMAGE_ALT_MAX, IMAGE_UPLOAD_ACCEPT } from "@/lib/platform/contracts/limits";

/**
 * A product's images on its edit form: per image, its alt text, a file that replaces it in place, and
 * a checkbox that removes it. Inputs are named `alt:<id>`, `replace:<id>` and `removeImage=<id>`.
 */
export function CurrentImagesField({ images }: { images: { id: string; url: string; alt: string }[] }) {
  if (images.length === 0) return null;
  return (
    <fieldset className="space-y-4 rounded-md border border-roast-200 p-4">
      <legend className="px-1 text-sm font-medium">Current images</legend>
      {images.map((image, index) => (
        <div
          key={image.id}
          className="grid gap-3 border-t border-roast-100 pt-4 first-of-type:border-t-0 first-of-type:pt-0 sm:grid-cols-[5rem_1fr]"
        >
          <img src={image.url} alt={image.alt} className="size-20 rounded-md border border-roast-200 object-cover" />
          <div className="grid min-w-0 gap-3">
            <div>
              <label htmlFor={`alt-${image.id}`} className="block text-sm font-medium">
                Alt text for image {index + 1}
              </label>
              <input
                id={`alt-${image.id}`}
                name={`alt:${image.id}`}
                type="text"
                maxLength={IMAGE_ALT_MAX}
                defaultValue={image.alt}
                className="mt-1 block w-full rounded-md border border-roast-200 bg-white px-3 py-2"
              />
            </div>
            <div>
              <label htmlFor={`replace-${image.id}`} className="block text-sm font-medium">
                Replace image {index + 1}
              </label>
              <input
                id={`replace-${image.id}`}
                name={`replace:${image.id}`}
                type="file"
                accept={IMAGE_UPLOAD_ACCEPT}
                aria-describedby={`replace-${image.id}-hint`}
                className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-roast-100 file:px-3 file:py-1.5 file:text-roast-900"
              />
              <p id={`replace-${image.id}-hint`} className="mt-1 text-xs text-roast-700">
                Keeps its place in the gallery; the old file is deleted.
              </p>
            </div>
            <div className="flex items-center gap-2">
              <input
                id={`remove-${image.id}`}
                name="removeImage"
                value={image.id}
                type="checkbox"
                className="size-4 accent-red-700"
              />
              <label htmlFor={`remove-${image.id}`} className="text-sm">
                Remove image {index + 1}
              </label>
            </div>
          </div>
        </div>
      ))}
    </fieldset>
  );
}
