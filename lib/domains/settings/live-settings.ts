import type { Db } from "@/lib/platform/db/client";
import { startIntervalJob, type IntervalJob } from "@/lib/platform/jobs/interval-job";
import { processSingleton } from "@/lib/platform/process-singleton";
import { getStoreSettings, type StoreSettingsDto } from "./store-settings";

/**
 * Hot paths (every presence push, every broadcast) read settings from a copy refreshed every few
 * seconds, so a merchant's change applies without a restart.
 */
export class LiveSettings {
  private value: StoreSettingsDto | undefined;
  private job: IntervalJob | undefined;

  constructor(private readonly db: Db) {}

  async start(refreshMs = 5_000): Promise<void> {
    await this.refresh();
    // A failed re-read keeps the copy it has; the next one tries again.
    const reread = async () => void (await this.refresh());
    this.job ??= startIntervalJob("settings-refresh", refreshMs, reread, () => undefined);
  }

  stop(): void {
    this.job?.stop();
    this.job = undefined;
  }

  async refresh(): Promise<StoreSettingsDto> {
    this.value = await getStoreSettings(this.db);
    return this.value;
  }

  current(): StoreSettingsDto {
    if (!this.value) throw new Error("LiveSettings used before start()");
    return this.value;
  }

  /** The copy when there is one, else a fresh read (code running without a realtime server). */
  async read(): Promise<StoreSettingsDto> {
    return this.value ?? this.refresh();
  }
}

const perDatabase = processSingleton("live-settings", () => new WeakMap<Db, LiveSettings>());
const installed = processSingleton("settings-broadcast", (): { broadcast?: () => void } => ({}));

/** One copy per database per process, shared by the realtime server, activity announcements and Next's bundles. */
export function liveSettingsFor(db: Db): LiveSettings {
  let settings = perDatabase.get(db);
  if (!settings) perDatabase.set(db, (settings = new LiveSettings(db)));
  return settings;
}

/**
 * After an owner saved settings: this process re-reads them now, and the other instances are told to
 * (through whatever the realtime server installed), so a change applies everywhere within a second.
 */
export async function announceSettingsChanged(db: Db): Promise<void> {
  await liveSettingsFor(db).refresh();
  installed.broadcast?.();
}

/** The realtime server installs how other instances hear of a change; the returned function removes it. */
export function installSettingsBroadcast(broadcast: () => void): () => void {
  installed.broadcast = broadcast;
  return () => {
    if (installed.broadcast === broadcast) installed.broadcast = undefined;
  };
}
