import "./zod-browser";
import { z } from "zod";

/*
 * Text fields people type. Control characters (NUL, escape, DEL, …) are refused with a message instead
 * of reaching Postgres (which rejects NUL in text, a 500) or another reader's screen; multi-line text
 * keeps its line breaks and tabs. Both return a plain z.string(), so .min()/.max() chain as usual.
 */

const LINE = /^[^\u0000-\u001f\u007f]*$/;
const BLOCK = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;

export const CONTROL_CHARACTER_MESSAGE = "Please remove the invisible control characters from this text";

/** One line, trimmed, without control characters. */
export function zLine(message = CONTROL_CHARACTER_MESSAGE) {
  return z.string().trim().regex(LINE, message);
}

/** Several lines, trimmed, without control characters other than line breaks and tabs. */
export function zBlock(message = CONTROL_CHARACTER_MESSAGE) {
  return z.string().trim().regex(BLOCK, message);
}

export function hasControlCharacters(text: string): boolean {
  return !LINE.test(text);
}
