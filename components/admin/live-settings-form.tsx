"use client";

import { useActionState, useRef } from "react";
import { ACTIVITY_KINDS, type TActivityKind } from "@/lib/platform/contracts/activity";
import { IDLE_FORM_STATE, fieldError, submittedValue } from "@/lib/platform/contracts/form-state";
import type { FormAction } from "@/components/ui/action-form";
import { TextAreaField, TextField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { useFocusFormOutcome } from "@/components/ui/use-focus-form-outcome";
import { SubmitButton } from "@/components/ui/submit-button";

const KIND_LABELS: Record<TActivityKind, string> = {
  view: "Product views (grouped per minute)",
  cart_add: "Added to a cart",
  purchase: "Purchases",
  host_on_duty: "A host going on duty",
  question_asked: "Questions asked",
  question_answered: "Questions answered",
};

interface LiveSettings {
  presenceThreshold: number;
  broadcastKinds: string[];
  retentionDays: number;
  blockedWords: string[];
  blockLinks: boolean;
  buyerHelpAfterMinutes: number;
}

export function LiveSettingsForm({ action, settings }: { action: FormAction; settings: LiveSettings }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFormOutcome(state, formRef);
  const value = (name: string, fallback: number) => submittedValue(state, name) ?? String(fallback);
  return (
    <form ref={formRef} action={formAction} className="max-w-xl space-y-4" noValidate>
      <TextField
        id="live-threshold"
        name="presenceThreshold"
        label="Show live counts from (people)"
        type="number"
        min={1}
        step={1}
        required
        hint="Below this many people, shoppers see nothing rather than a small number."
        defaultValue={value("presenceThreshold", settings.presenceThreshold)}
        error={fieldError(state, "presenceThreshold")}
      />
      <fieldset className="space-y-2">
        <legend className="font-medium">Shown in the activity feed</legend>
        <p className="text-sm text-roast-700">
          Everything is still stored (to substantiate the numbers); this only controls what is broadcast.
        </p>
        {ACTIVITY_KINDS.map((kind) => (
          <label key={kind} className="flex items-center gap-2">
            <input
              type="checkbox"
              name="broadcastKinds"
              value={kind}
              defaultChecked={settings.broadcastKinds.includes(kind)}
            />
            {KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>
      <TextField
        id="live-retention"
        name="retentionDays"
        label="Keep activity events for (days)"
        type="number"
        min={7}
        step={1}
        required
        hint="At least 7, so every 7-day figure the shop shows can be checked against stored events."
        defaultValue={value("retentionDays", settings.retentionDays)}
        error={fieldError(state, "retentionDays")}
      />
      <TextField
        id="live-buyer-help"
        name="buyerHelpAfterMinutes"
        label="Minutes before asking buyers to help"
        type="number"
        min={0}
        step={1}
        required
        hint="A question still waiting for a host after this long is offered to opted-in shoppers who bought the product."
        defaultValue={value("buyerHelpAfterMinutes", settings.buyerHelpAfterMinutes)}
        error={fieldError(state, "buyerHelpAfterMinutes")}
      />
      <fieldset className="space-y-2">
        <legend className="font-medium">Questions and answers filter</legend>
        <TextAreaField
          id="live-blocked-words"
          name="blockedWords"
          label="Blocked words, one per line"
          rows={4}
          hint="A post containing one of these words is refused with a message saying so; nothing is removed silently."
          defaultValue={submittedValue(state, "blockedWords") ?? settings.blockedWords.join("\n")}
          error={fieldError(state, "blockedWords")}
        />
        <label className="flex items-center gap-2">
          <input type="checkbox" name="blockLinks" defaultChecked={settings.blockLinks} />
          Refuse links in shoppers&apos; posts
        </label>
      </fieldset>
      <SubmitButton>Save open kitchen settings</SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
