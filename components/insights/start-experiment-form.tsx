"use client";

import { useActionState, useRef, useState, type FormEvent } from "react";
import { IDLE_FORM_STATE, fieldError, submittedValue } from "@/lib/platform/contracts/form-state";
import type { FormAction } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFormOutcome } from "@/components/ui/use-focus-form-outcome";
import type { ShopTraffic } from "@/lib/domains/experiments/estimate-duration";
import { DurationEstimates } from "./duration-estimates";
import { DesignChoice } from "./design-choice";

/** /admin/insights: start an experiment, with the time it would take on this shop's own traffic. */
export function StartExperimentForm({ action, traffic }: { action: FormAction; traffic: ShopTraffic }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFormOutcome(state, formRef);
  const value = (name: string, fallback: string) => submittedValue(state, name) ?? fallback;
  const [design, setDesign] = useState(value("design", "holdout"));
  const [share, setShare] = useState(Number(value("closedSharePercent", "10")));
  const onChange = (event: FormEvent<HTMLFormElement>) => {
    const form = new FormData(event.currentTarget);
    setDesign(String(form.get("design") ?? "holdout"));
    setShare(Number(form.get("closedSharePercent") ?? 0));
  };
  return (
    <form
      ref={formRef}
      action={formAction}
      onChange={onChange}
      className="max-w-2xl space-y-5"
      noValidate
      aria-label="Start an experiment"
    >
      <TextField
        id="experiment-name"
        name="name"
        label="Name"
        required
        hint="For you: e.g. “Open kitchen, winter 2026”."
        defaultValue={value("name", "")}
        error={fieldError(state, "name")}
      />
      <DesignChoice selected={design} error={fieldError(state, "design")} />
      <div className={design === "holdout" ? "space-y-5" : "hidden"}>
        <TextField
          id="experiment-share"
          name="closedSharePercent"
          type="number"
          inputMode="numeric"
          min={1}
          label="Shoppers in the closed group (%)"
          hint="1–50. A larger closed group gives an answer sooner, and shows fewer shoppers the open kitchen meanwhile."
          defaultValue={value("closedSharePercent", "10")}
          error={fieldError(state, "closedSharePercent")}
        />
        <DurationEstimates traffic={traffic} closedShare={share / 100} />
      </div>
      <div className={design === "switchback" ? "grid gap-5 sm:grid-cols-2" : "hidden"}>
        <TextField
          id="experiment-block"
          name="blockHours"
          type="number"
          inputMode="numeric"
          min={1}
          label="Block length (hours)"
          hint="1–24. The whole shop switches kitchen at the end of each block."
          defaultValue={value("blockHours", "2")}
          error={fieldError(state, "blockHours")}
        />
        <TextField
          id="experiment-washout"
          name="washoutMinutes"
          type="number"
          inputMode="numeric"
          min={0}
          label="Washout (minutes)"
          hint="0–60. The start of each block, left out of the analysis while the last block's shoppers are still around."
          defaultValue={value("washoutMinutes", "15")}
          error={fieldError(state, "washoutMinutes")}
        />
      </div>
      <TextField
        id="experiment-window"
        name="windowDays"
        type="number"
        inputMode="numeric"
        min={1}
        label="Attribution window (days)"
        hint="1–28. What a shopper does this many days after first seeing the shop counts; fixed once started."
        defaultValue={value("windowDays", "7")}
        error={fieldError(state, "windowDays")}
      />
      <SubmitButton>Start the experiment</SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
