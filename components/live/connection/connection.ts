import { io } from "socket.io-client";
import type { LiveSocket } from "./emit-with-ack";
import { repairIdentity } from "./identity-repair";
import { keepConnecting } from "./reconnect";

/**
 * One socket per tab, shared by every page that is live (the shop's layout, the host console): pages
 * acquire it and release it. After the last release it stays open a moment, so moving between the shop
 * and the console reuses it instead of reconnecting.
 */
interface Shared {
  socket: LiveSocket;
  users: number;
  stop: () => void;
  closing?: ReturnType<typeof setTimeout>;
}

const RELEASE_GRACE_MS = 1_000;
let shared: Shared | null = null;

export function hasSharedSocket(): boolean {
  return shared !== null;
}

function open(): Shared {
  const gpc = (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
  const socket: LiveSocket = io({ path: "/socket.io", auth: { gpc }, transports: ["websocket", "polling"] });
  const stop = keepConnecting(socket, { repairIdentity });
  return { socket, users: 0, stop };
}

export function acquireSocket(): LiveSocket {
  shared ??= open();
  clearTimeout(shared.closing);
  shared.users += 1;
  return shared.socket;
}

export function releaseSocket(socket: LiveSocket): void {
  const current = shared;
  if (!current || current.socket !== socket) return;
  current.users -= 1;
  if (current.users > 0) return;
  current.closing = setTimeout(() => {
    if (shared !== current || current.users > 0) return;
    shared = null;
    current.stop();
    current.socket.disconnect();
  }, RELEASE_GRACE_MS);
}
