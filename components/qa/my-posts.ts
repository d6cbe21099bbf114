"use client";

import { useCallback } from "react";
import type { TQaPostRef, TQaThread } from "@/lib/platform/contracts/qa";
import { useRememberedSet } from "./remembered-set";

/*
 * Threads are public and carry no "this is yours" flag, so the browser remembers the posts it made from
 * the acks. The server still decides: it lets only the author edit, whatever this list says.
 */
export function useMyPosts(): { isMine(post: TQaPostRef): boolean; rememberMine(post: TQaPostRef): void } {
  const [mine, remember] = useRememberedSet("ok:qa:mine");
  const isMine = useCallback((post: TQaPostRef) => mine.has(`${post.kind}:${post.id}`), [mine]);
  const rememberMine = useCallback((post: TQaPostRef) => remember(`${post.kind}:${post.id}`, true), [remember]);
  return { isMine, rememberMine };
}

/**
 * The reply a qa:reply ack stored for us: the ack carries the whole thread, not the new reply's id, so it
 * is the newest reply with the text we sent that was not in the thread when we sent it.
 */
export function newReplyId(thread: TQaThread, sentBody: string, knownIds: ReadonlySet<string>): string | null {
  const body = sentBody.trim();
  const fresh = thread.replies.filter((r) => !knownIds.has(r.id) && r.body === body);
  return fresh.at(-1)?.id ?? null;
}
