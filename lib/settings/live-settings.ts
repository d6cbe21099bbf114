import type { Db } from "@/lib/db/client";
import { getStoreSettings, type StoreSettingsDto } from "./store-settings";

/**
 * The realtime layer reads settings on hot paths (every presence push, every broadcast): it keeps
 * a copy refreshed every few seconds, so a merchant's change applies without a restart.
 */
export class LiveSettings {
  private value: StoreSettingsDto | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: () => Db,
    private readonly refreshMs = 5_000,
  ) {}

  async start(): Promise<void> {
    await this.refresh();
    this.timer ??= setInterval(() => void this.refresh().catch(() => undefined), this.refreshMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  async refresh(): Promise<void> {
    this.value = await getStoreSettings(this.db());
  }

  current(): StoreSettingsDto {
    if (!this.value) throw new Error("LiveSettings used before start()");
    return this.value;
  }
}
