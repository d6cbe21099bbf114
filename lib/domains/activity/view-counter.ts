/** Counts distinct shoppers per product per window; one process (`ViewAggregator`) or shared (`RedisViewAggregator`). */
export interface ViewCounter {
  start(): void;
  note(productId: string, shopperId: string): void;
  /** Closes windows and emits their counts; `all` closes the current one too (tests, diagnostics). */
  flush(all?: boolean): Promise<void>;
  stop(): Promise<void>;
}
