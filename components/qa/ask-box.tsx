"use client";

import Link from "next/link";
import { useId, useState, type FormEvent } from "react";
import { QA_BODY_MAX } from "@/lib/platform/contracts/limits";
import { Button } from "@/components/ui/button";
import { LiveMessage } from "@/components/ui/live-message";
import { useLive } from "@/components/live/realtime-provider";
import { useQaLive } from "./qa-live-provider";
import { useIdempotentPost } from "./use-idempotent-post";
import { QaTextArea } from "./qa-text-area";
import { DisplayNameField } from "./display-name-field";
import { useMyPosts } from "./my-posts";
import { AnswerEmailField } from "./answer-email-field";
import { emitWithAck } from "@/components/live/connection/emit-with-ack";
import { useKitchen } from "@/components/live/kitchen-state";
import { ClosedKitchenAskForm, type AskAction } from "./closed-kitchen-ask-form";

/**
 * Ask without signing up. The text is kept until the server has confirmed the question is stored. Staff
 * answer rather than ask (the server refuses their questions), so they get a pointer instead.
 */
export function AskBox({
  closedKitchenAction,
  emailEnabled = false,
}: {
  closedKitchenAction: AskAction;
  emailEnabled?: boolean;
}) {
  const { viewer, socket } = useLive();
  const kitchen = useKitchen();
  const { productId, apply } = useQaLive();
  const { rememberMine } = useMyPosts();
  const id = useId();
  const [body, setBody] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [email, setEmail] = useState("");
  const [emailNote, setEmailNote] = useState<{ text: string; tone: "success" | "error" } | null>(null);
  const post = useIdempotentPost("qa:ask", (thread, seq) => {
    rememberMine({ kind: "question", id: thread.id });
    apply([thread], seq);
    setBody("");
    // The address is kept only once the question exists, and only for it.
    const address = email.trim();
    if (emailEnabled && address) {
      void emitWithAck(socket, "notify:answer", { questionId: thread.id, email: address }).then((ack) => {
        if (ack.ok) setEmail("");
        setEmailNote(
          ack.ok
            ? { text: "We will email you once when a host answers.", tone: "success" }
            : { text: `Your question is posted, but: ${ack.error}`, tone: "error" },
        );
      });
    }
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const name = displayName.trim();
    setEmailNote(null);
    post.submit({ productId, body, ...(name ? { displayName: name } : {}) });
  }

  if (kitchen === "closed") return <ClosedKitchenAskForm productId={productId} action={closedKitchenAction} />;

  if (viewer?.staff) {
    return (
      <p className="text-sm text-roast-800" data-testid="ask-box-staff">
        You are signed in as staff: answer from here or from the{" "}
        <Link href="/host" className="underline underline-offset-2">
          host console
        </Link>
        .
      </p>
    );
  }

  const tooLong = body.length > QA_BODY_MAX;
  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-labelledby={`${id}-title`} data-testid="ask-box">
      <h3 id={`${id}-title`} className="text-lg font-semibold text-roast-900">
        Ask a question
      </h3>
      <QaTextArea id={`${id}-body`} label="Your question" value={body} onChange={setBody} rows={4} />
      <DisplayNameField id={`${id}-name`} value={displayName} onChange={setDisplayName} />
      {emailEnabled ? <AnswerEmailField id={`${id}-email`} value={email} onChange={setEmail} /> : null}
      <p className="text-xs text-roast-700">No account needed. Questions and answers are public.</p>
      <Button type="submit" disabled={post.busy || tooLong || body.trim().length === 0}>
        {post.busy ? "Posting…" : "Post question"}
      </Button>
      <LiveMessage message={post.message} tone={post.tone} />
      {emailEnabled ? <LiveMessage message={emailNote?.text} tone={emailNote?.tone} /> : null}
    </form>
  );
}
