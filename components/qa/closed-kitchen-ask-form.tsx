"use client";

import { useActionState, useEffect, useId, useRef, useState } from "react";
import { IDLE_FORM_STATE, fieldError, type TFormState } from "@/lib/platform/contracts/form-state";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { newIdempotencyKey } from "@/components/live/connection/idempotency-key";
import { QaTextArea } from "./qa-text-area";
import { DisplayNameField } from "./display-name-field";

export type AskAction = (state: TFormState, formData: FormData) => Promise<TFormState>;

/**
 * Asking without the live layer (an experiment's closed kitchen): a plain form posted to a server action, the
 * same domain operation and limits as the live ask box. The answer shows when the page is reloaded, as in any shop.
 */
export function ClosedKitchenAskForm({ productId, action }: { productId: string; action: AskAction }) {
  const id = useId();
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const [body, setBody] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [key, setKey] = useState(newIdempotencyKey);
  const lastAt = useRef<number | undefined>(undefined);

  useEffect(() => {
    if (state.status !== "ok" || state.at === lastAt.current) return;
    lastAt.current = state.at;
    setBody("");
    setKey(newIdempotencyKey());
  }, [state]);

  return (
    <form action={formAction} className="space-y-3" aria-labelledby={`${id}-title`} data-testid="ask-box">
      <h3 id={`${id}-title`} className="text-lg font-semibold text-roast-900">
        Ask a question
      </h3>
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="idempotencyKey" value={key} />
      <QaTextArea id={`${id}-body`} label="Your question" value={body} onChange={setBody} rows={4} name="body" />
      {fieldError(state, "body") ? <p className="text-sm text-red-800">{fieldError(state, "body")}</p> : null}
      <DisplayNameField id={`${id}-name`} value={displayName} onChange={setDisplayName} name="displayName" />
      <p className="text-xs text-roast-700">No account needed. Questions and answers are public.</p>
      <SubmitButton pendingLabel="Posting…">Post question</SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
