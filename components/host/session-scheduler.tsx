"use client";

import { useActionState, useEffect, useId, useRef } from "react";
import { IDLE_FORM_STATE, fieldError, type TFormState } from "@/lib/platform/contracts/form-state";
import { SESSION_MAX_MINUTES, SESSION_MIN_MINUTES } from "@/lib/platform/contracts/kitchen-sessions";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";

type ScheduleAction = (state: TFormState, formData: FormData) => Promise<TFormState>;

const inputClass = "w-full rounded-md border border-roast-300 px-2 py-1 text-sm";

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={id} className="text-sm text-red-800">
      {message}
    </p>
  ) : null;
}

/** Schedule a kitchen session on a product or the whole shop: the start is the store's local time. */
export function SessionScheduler({
  action,
  products,
  timezone,
}: {
  action: ScheduleAction;
  products: { id: string; title: string }[];
  timezone: string;
}) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const form = useRef<HTMLFormElement>(null);
  const id = useId();
  const echo = (name: string) => (state.status === "error" ? state.values?.[name] : undefined);
  useEffect(() => {
    if (state.status === "ok") form.current?.reset();
  }, [state]);

  return (
    <form ref={form} action={formAction} className="space-y-3" aria-label="Schedule a kitchen session" noValidate>
      <FormStatus state={state} />
      <div>
        <label htmlFor={`${id}-title`} className="block text-sm font-semibold text-roast-900">
          Title
        </label>
        <input
          id={`${id}-title`}
          name="title"
          required
          maxLength={80}
          defaultValue={echo("title")}
          placeholder="Cupping the new Kenya"
          aria-describedby={`${id}-title-error`}
          className={inputClass}
        />
        <FieldError id={`${id}-title-error`} message={fieldError(state, "title")} />
      </div>
      <div>
        <label htmlFor={`${id}-description`} className="block text-sm font-semibold text-roast-900">
          Short description
        </label>
        <textarea
          id={`${id}-description`}
          name="description"
          rows={2}
          maxLength={300}
          defaultValue={echo("description")}
          className={inputClass}
        />
        <FieldError id={`${id}-description-error`} message={fieldError(state, "description")} />
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col text-sm text-roast-900">
          <label htmlFor={`${id}-product`} className="font-semibold">
            On
          </label>
          <select
            id={`${id}-product`}
            name="productId"
            defaultValue={echo("productId") ?? ""}
            className="rounded-md border border-roast-300 px-2 py-1"
          >
            <option value="">The whole shop</option>
            {products.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col text-sm text-roast-900">
          <label htmlFor={`${id}-start`} className="font-semibold">
            Starts ({timezone})
          </label>
          <input
            id={`${id}-start`}
            name="startsAt"
            type="datetime-local"
            required
            defaultValue={echo("startsAt")}
            aria-describedby={`${id}-start-error`}
            className="rounded-md border border-roast-300 px-2 py-1"
          />
        </div>
        <div className="flex flex-col text-sm text-roast-900">
          <label htmlFor={`${id}-duration`} className="font-semibold">
            Minutes
          </label>
          <input
            id={`${id}-duration`}
            name="durationMinutes"
            type="number"
            min={SESSION_MIN_MINUTES}
            max={SESSION_MAX_MINUTES}
            step={5}
            required
            defaultValue={echo("durationMinutes") ?? "30"}
            className="w-24 rounded-md border border-roast-300 px-2 py-1"
          />
        </div>
      </div>
      <FieldError
        id={`${id}-start-error`}
        message={fieldError(state, "startsAt") ?? fieldError(state, "durationMinutes")}
      />
      <SubmitButton size="sm" pendingLabel="Scheduling…">
        Schedule session
      </SubmitButton>
    </form>
  );
}
