"use client";

import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { QA_BODY_MAX } from "@/lib/platform/contracts/limits";
import type { TQaPostRef } from "@/lib/platform/contracts/qa";
import { Button } from "@/components/ui/button";
import { LiveMessage } from "@/components/ui/live-message";
import { useLive } from "@/components/live/realtime-provider";
import { emitWithAck } from "@/components/live/connection/emit-with-ack";
import { useMyPosts } from "./my-posts";
import { useQaLive } from "./qa-live-provider";
import { QaTextArea } from "./qa-text-area";

const editFailure: Record<string, string> = {
  offline: "You're offline right now. Your text is kept; try again in a moment.",
  timeout: "The shop didn't confirm your edit. Your text is kept; try again.",
};

interface OwnPostEditorProps {
  post: TQaPostRef;
  /** The text shown now; null when the post is hidden (then there is nothing to edit). */
  body: string | null;
}

/**
 * "Edit" on a post this browser made, opening an inline editor. Everyone on the page gets the new text
 * through qa:changed; the ack's copy is applied here too so the author's page never waits for it.
 */
export function OwnPostEditor({ post, body }: OwnPostEditorProps) {
  const { socket } = useLive();
  const { apply } = useQaLive();
  const { isMine } = useMyPosts();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; tone: "success" | "error" } | null>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const what = post.kind === "question" ? "question" : "answer";

  useEffect(() => {
    if (open) textArea.current?.focus();
  }, [open]);

  if (body === null || !isMine(post)) return null;

  function close() {
    setOpen(false);
    window.requestAnimationFrame(() => toggle.current?.focus());
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (draft.trim() === body) return close();
    setBusy(true);
    setMessage(null);
    const result = await emitWithAck(socket, "qa:edit", { post, body: draft });
    setBusy(false);
    if (!result.ok) return setMessage({ text: editFailure[result.code ?? ""] ?? result.error, tone: "error" });
    apply([result.data.thread], result.data.seq);
    setMessage({ text: "Your edit is saved.", tone: "success" });
    close();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== "Escape") return;
    event.preventDefault();
    close();
  }

  return (
    <div>
      {open ? (
        <form onSubmit={(e) => void save(e)} onKeyDown={onKeyDown} className="space-y-3 rounded-xl bg-roast-50 p-4">
          <QaTextArea
            id={`${id}-body`}
            label={`Edit your ${what}`}
            value={draft}
            onChange={setDraft}
            textAreaRef={textArea}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={busy || draft.length > QA_BODY_MAX || draft.trim().length === 0}>
              {busy ? "Saving…" : "Save"}
            </Button>
            <Button variant="ghost" onClick={close}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <button
          ref={toggle}
          type="button"
          aria-expanded={false}
          onClick={() => {
            setDraft(body);
            setMessage(null);
            setOpen(true);
          }}
          className="rounded-full px-3 py-1 text-sm font-medium text-roast-900 underline-offset-4 hover:underline"
        >
          Edit<span className="sr-only"> your {what}</span>
        </button>
      )}
      <LiveMessage message={message?.text} tone={message?.tone} />
    </div>
  );
}
