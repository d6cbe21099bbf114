/**
 * Where the live activity feed (shoppers here now, questions answered, who is hosting) will mount.
 * Deliberately empty until that feature lands: the shop shows no activity numbers it has not measured.
 */
export function LiveActivitySlot() {
  return <section aria-label="Live activity" data-slot="live-activity" className="empty:hidden" />;
}
