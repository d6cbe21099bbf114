"use client";

import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { QA_BODY_MAX } from "@/lib/platform/contracts/limits";
import { Button } from "@/components/ui/button";
import { buttonClasses } from "@/components/ui/button-styles";
import { LiveMessage } from "@/components/ui/live-message";
import { useLive } from "@/components/live/realtime-provider";
import { useQaLive } from "./qa-live-provider";
import { useIdempotentPost } from "./use-idempotent-post";
import { QaTextArea } from "./qa-text-area";
import { DisplayNameField } from "./display-name-field";
import { newReplyId, useMyPosts } from "./my-posts";

/**
 * Anyone may answer. The server labels a staff member's answer with the HOST badge and their name; the form
 * only says so (and asks staff for no display name).
 */
export function ReplyBox({ questionId }: { questionId: string }) {
  const { viewer } = useLive();
  const { apply, threads } = useQaLive();
  const { rememberMine } = useMyPosts();
  const staff = viewer?.staff ?? null;
  const id = useId();
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState("");
  const [displayName, setDisplayName] = useState("");
  const textArea = useRef<HTMLTextAreaElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  /** The replies already in the thread when this answer was first sent: the new one is not among them. */
  const knownReplies = useRef<{ body: string; ids: Set<string> } | null>(null);
  const post = useIdempotentPost("qa:reply", (thread, seq, sent) => {
    const known = knownReplies.current;
    const replyId = known && typeof sent.body === "string" ? newReplyId(thread, sent.body, known.ids) : null;
    if (replyId) rememberMine({ kind: "reply", id: replyId });
    knownReplies.current = null;
    apply([thread], seq);
    setBody("");
  });

  useEffect(() => {
    if (open) textArea.current?.focus();
  }, [open]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const name = staff ? "" : displayName.trim();
    // A resend of the same text keeps the first snapshot: by then the live thread may hold our reply.
    if (knownReplies.current?.body !== body) {
      const replies = threads.find((t) => t.id === questionId)?.replies ?? [];
      knownReplies.current = { body, ids: new Set(replies.map((r) => r.id)) };
    }
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
      <QaTextArea
        id={`${id}-body`}
        label={staff ? `Answer as ${staff.name} (host)` : "Your answer"}
        value={body}
        onChange={setBody}
        textAreaRef={textArea}
      />
      {staff ? null : <DisplayNameField id={`${id}-name`} value={displayName} onChange={setDisplayName} />}
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
