"use client";

import { useId, useState } from "react";
import { IMAGE_ALT_MAX, IMAGE_UPLOAD_ACCEPT } from "@/lib/platform/contracts/limits";

/**
 * Rows of (image file, alt text) for new uploads. Inputs repeat as `imageFile` / `imageAlt` pairs;
 * the server reads them in order and checks each file's real type and size.
 */
export function ImageRowsField({
  error,
  maxBytes,
  adding = false,
}: {
  error?: string;
  maxBytes: number;
  /** The product already has images: call these rows "new image" so no two fields share a label. */
  adding?: boolean;
}) {
  const noun = adding ? "new image" : "image";
  const baseId = useId();
  const [rows, setRows] = useState<number[]>([0]);
  const hintId = `${baseId}-hint`;
  const errorId = `${baseId}-error`;
  const describedBy = [hintId, error ? errorId : null].filter(Boolean).join(" ");
  const limit = `${Math.round((maxBytes / (1024 * 1024)) * 10) / 10} MB`;

  return (
    <fieldset className="space-y-3 rounded-md border border-roast-200 p-4" aria-describedby={describedBy}>
      <legend className="px-1 text-sm font-medium text-roast-900">Add images</legend>
      <p id={hintId} className="text-sm text-roast-700">
        PNG, JPEG, WebP or GIF, up to {limit} each. SVG is not accepted. Describe each image for people who cannot see
        it.
      </p>
      {rows.map((row, index) => (
        <div key={row} className="grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor={`${baseId}-file-${row}`} className="block text-sm font-medium">
              {adding ? "New image" : "Image"} {index + 1}
            </label>
            <input
              id={`${baseId}-file-${row}`}
              name="imageFile"
              type="file"
              accept={IMAGE_UPLOAD_ACCEPT}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-roast-100 file:px-3 file:py-1.5 file:text-roast-900"
            />
          </div>
          <div>
            <label htmlFor={`${baseId}-alt-${row}`} className="block text-sm font-medium">
              Alt text for {noun} {index + 1}
            </label>
            <input
              id={`${baseId}-alt-${row}`}
              name="imageAlt"
              type="text"
              maxLength={IMAGE_ALT_MAX}
              className="mt-1 block w-full rounded-md border border-roast-200 bg-white px-3 py-2"
            />
          </div>
        </div>
      ))}
      <button
        type="button"
        onClick={() => setRows((current) => [...current, (current.at(-1) ?? 0) + 1])}
        className="text-sm font-medium text-leaf-600 underline underline-offset-4"
      >
        Add another image
      </button>
      {error ? (
        <p id={errorId} role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
