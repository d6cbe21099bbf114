import type { PresenceTracker } from "@/lib/domains/presence/presence-tracker";
import { installSettingsBroadcast, type LiveSettings } from "@/lib/domains/settings/live-settings";
import { personRoom } from "@/lib/platform/contracts/rooms";
import type { RealtimeIo } from "./socket-types";

/** A person's counted choice, applied to their tabs connected to this instance and to its presence. */
export async function applyPersonCounted(
  io: RealtimeIo,
  presence: PresenceTracker,
  person: string,
  counted: boolean,
): Promise<void> {
  for (const tab of await io.in(personRoom(person)).local.fetchSockets()) tab.data.counted = counted;
  await presence.setCounted(person, counted);
}

/** For the shopper handler: applies the choice here and, in a cluster, tells the other instances. */
export function setPersonCounted(io: RealtimeIo, presence: PresenceTracker, clustered: boolean) {
  return async (person: string, counted: boolean): Promise<void> => {
    await applyPersonCounted(io, presence, person, counted);
    if (clustered) io.serverSideEmit("person:counted", person, counted);
  };
}

/**
 * What instances tell each other besides room broadcasts (serverSideEmit reaches every other
 * instance, never the sender). Single-instance mode has nobody to tell: only local effects apply.
 */
export function listenToInstances(
  io: RealtimeIo,
  clustered: boolean,
  presence: PresenceTracker,
  settings: LiveSettings,
): () => void {
  if (!clustered) return () => undefined;
  io.on("person:counted", (person, counted) => void applyPersonCounted(io, presence, person, counted));
  io.on("settings:changed", () => void settings.refresh().catch(() => undefined));
  const uninstall = installSettingsBroadcast(() => io.serverSideEmit("settings:changed"));
  return () => {
    uninstall();
    io.removeAllListeners("person:counted");
    io.removeAllListeners("settings:changed");
  };
}
