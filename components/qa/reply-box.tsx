"use client";

import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { QA_BODY_MAX } from "@/lib/contracts/qa";
import { Button } from "@/components/ui/button";
import { buttonClasses } from "@/components/ui/button-styles";
import { LiveMessage } from "@/components/ui/live-message";
import { useQaLive } from "./qa-live-provider";
import { useIdempotentPost } from "./use-idempotent-post";
import { QaTextArea } from "./qa-text-area";
import { DisplayNameField } from "./display-name-field";

/** Anyone may answer; the server labels a staff member's answer with the HOST badge, not this form. */
export function ReplyBox({ questionId }: { questionId: string }) {
  const { apply } = useQaLive();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState("");
  const [displayName, setDisplayName] = useState("");
  const textArea = useRef<HTMLTextAreaElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const post = useIdempotentPost("qa:reply", (thread, seq) => {
    apply([thread], seq);
    setBody("");
  });

  useEffect(() => {
    if (open) textArea.current?.focus();
  }, [open]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const name = displayName.trim();
    post.submit({ questionId, body, ...(name ? { displayName: name } : {}) });
  }

  if (!open) {
    return (
      <div>
        <button
          ref={toggle}
          type="button"
          className={buttonClasses("secondary")}
          aria-expanded={false}
          onClick={() => setOpen(true)}
        >
          Answer this question
        </button>
        <LiveMessage message={post.message} tone={post.tone} />
      </div>
    );
  }
  return (
    <form id={`${id}-form`} onSubmit={onSubmit} className="space-y-3 rounded-xl bg-roast-50 p-4">
      <QaTextArea id={`${id}-body`} label="Your answer" value={body} onChange={setBody} textAreaRef={textArea} />
      <DisplayNameField id={`${id}-name`} value={displayName} onChange={setDisplayName} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={post.busy || body.length > QA_BODY_MAX || body.trim().length === 0}>
          {post.busy ? "Posting…" : "Post answer"}
        </Button>
        <Button
          variant="ghost"
          onClick={() => {
            setOpen(false);
            window.requestAnimationFrame(() => toggle.current?.focus());
          }}
        >
          Close
        </Button>
      </div>
      <LiveMessage message={post.message} tone={post.tone} />
    </form>
  );
}
