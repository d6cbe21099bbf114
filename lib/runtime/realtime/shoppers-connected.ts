import { personRoom, shopperPerson } from "@/lib/platform/contracts/rooms";
import type { RealtimeIo } from "./socket-types";

/** Which of these shoppers have a tab open in the shop right now, on any instance (through the adapter). */
export async function shoppersConnected(io: RealtimeIo, shopperIds: string[]): Promise<Set<string>> {
  if (shopperIds.length === 0) return new Set();
  const sockets = await io.in(shopperIds.map((id) => personRoom(shopperPerson(id)))).fetchSockets();
  return new Set(sockets.flatMap((s) => (s.data.shopperId ? [s.data.shopperId] : [])));
}
