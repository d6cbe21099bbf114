"use client";

import { useActionState, useRef } from "react";
import { IDLE_FORM_STATE, fieldError, type TFormState } from "@/lib/platform/contracts/form-state";
import { centsToPriceText } from "@/lib/platform/contracts/admin";
import type { FormAction } from "@/components/ui/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { useFocusFormOutcome } from "@/components/ui/use-focus-form-outcome";
import { CurrentImagesField } from "./current-images-field";
import { ImageRowsField } from "./image-rows-field";
import { SubmitButton } from "@/components/ui/submit-button";

export interface ProductFormValues {
  id?: string;
  title: string;
  slug: string;
  description: string;
  story: string;
  priceCents: number | null;
  stock: number;
  categoryId: string;
  published: boolean;
  images: { id: string; url: string; alt: string }[];
}

/** Create and edit form for a product, including its images. */
export function ProductForm({
  action,
  product,
  categories,
  currency,
  maxUploadBytes,
  initialMessage,
}: {
  action: FormAction;
  product: ProductFormValues;
  categories: { value: string; label: string }[];
  currency: string;
  maxUploadBytes: number;
  initialMessage?: string;
}) {
  const initial: TFormState = initialMessage ? { status: "ok", message: initialMessage } : IDLE_FORM_STATE;
  const [state, formAction] = useActionState(action, initial);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFormOutcome(state, formRef);
  const checked = state.status === "error" && state.values ? state.values.published === "on" : product.published;

  return (
    <form ref={formRef} action={formAction} className="space-y-5" noValidate>
      {product.id ? <input type="hidden" name="id" value={product.id} /> : null}
      <TextField id="product-title" name="title" label="Title" required state={state} defaultValue={product.title} />
      <TextField
        id="product-slug"
        name="slug"
        label="Slug"
        hint="The product’s address: lowercase letters, digits and hyphens. Leave empty to derive it from the title."
        state={state}
        defaultValue={product.slug}
      />
      <TextAreaField
        id="product-description"
        name="description"
        label="Description"
        required
        rows={3}
        state={state}
        defaultValue={product.description}
      />
      <TextAreaField
        id="product-story"
        name="story"
        label="Story"
        hint="Where it comes from and who made it. Optional."
        rows={6}
        state={state}
        defaultValue={product.story}
      />
      <div className="grid gap-5 sm:grid-cols-3">
        <TextField
          id="product-price"
          name="price"
          label={`Price (${currency})`}
          inputMode="decimal"
          required
          hint="For example 12.50"
          state={state}
          defaultValue={product.priceCents === null ? "" : centsToPriceText(product.priceCents)}
        />
        <TextField
          id="product-stock"
          name="stock"
          label="Stock"
          type="number"
          min={0}
          step={1}
          required
          state={state}
          defaultValue={String(product.stock)}
        />
        <SelectField
          id="product-category"
          name="categoryId"
          label="Category"
          required
          placeholder="Choose a category"
          options={categories}
          state={state}
          defaultValue={product.categoryId}
        />
      </div>
      <div className="flex items-center gap-2">
        <input
          id="product-published"
          name="published"
          type="checkbox"
          defaultChecked={checked}
          className="size-4 accent-leaf-600"
        />
        <label htmlFor="product-published" className="text-sm font-medium">
          Published (visible in the shop)
        </label>
      </div>

      <CurrentImagesField images={product.images} />
      <ImageRowsField
        error={fieldError(state, "images")}
        maxBytes={maxUploadBytes}
        adding={product.images.length > 0}
      />
      <SubmitButton pendingLabel="Saving…">{product.id ? "Save product" : "Create product"}</SubmitButton>
      <FormStatus state={state} id="product-form-status" />
    </form>
  );
}
