import { z } from "zod";

const ZCursor = z.tuple([z.iso.datetime(), z.uuid()]);

/** Keyset cursor of the admin list: the last row's (createdAt, id), opaque in the URL. */
export function encodeOrderCursor(createdAt: Date, id: string): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`).toString("base64url");
}

/** A cursor that does not decode (edited URL) means the first page, not an error. */
export function decodeOrderCursor(cursor: string | undefined): { createdAt: Date; id: string } | null {
  if (!cursor) return null;
  const parsed = ZCursor.safeParse(Buffer.from(cursor, "base64url").toString("utf8").split("|"));
  return parsed.success ? { createdAt: new Date(parsed.data[0]), id: parsed.data[1] } : null;
}
