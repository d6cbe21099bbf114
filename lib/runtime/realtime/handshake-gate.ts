export interface HandshakeGateLimits {
  /** Handshakes per client address per second, sustained. */
  perSecond: number;
  /** Handshakes one address may make at once (a shop's office, a carrier's NAT, a page full of tabs). */
  burst: number;
  /** How long a credential refused for abuse is refused without being checked again. */
  coolDownMs: number;
}

// Generous per address (deploy/nginx.conf limits handshakes per address more tightly in front of the
// shop): what this gate must stop cheaply is one credential reconnecting while it is refused.
export const DEFAULT_HANDSHAKE_LIMITS: HandshakeGateLimits = { perSecond: 200, burst: 2_500, coolDownMs: 5_000 };

/** Entries past this are pruned (full buckets first), so a spoofed-address flood cannot grow memory. */
const MAX_TRACKED = 50_000;

/**
 * Refuses a handshake before anything costly runs (cookie signature, session or database reads, the
 * websocket upgrade): per client address, a token bucket; per credential (the raw cookie a socket was
 * refused for while cooling down), a short memory. Both in memory: they protect this process, not the shop.
 */
export class HandshakeGate {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly cooling = new Map<string, number>();

  constructor(
    private readonly limits: HandshakeGateLimits = DEFAULT_HANDSHAKE_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Spends one handshake of the address's bucket; false when it is empty. */
  admit(address: string): boolean {
    const now = this.now();
    const bucket = this.buckets.get(address) ?? { tokens: this.limits.burst, at: now };
    bucket.tokens = Math.min(this.limits.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.limits.perSecond);
    bucket.at = now;
    if (bucket.tokens < 1) {
      this.buckets.set(address, bucket);
      return false;
    }
    bucket.tokens -= 1;
    this.buckets.set(address, bucket);
    if (this.buckets.size > MAX_TRACKED) this.prune(now);
    return true;
  }

  /** Remembers a credential refused for abuse: its next handshakes are refused unchecked for a while. */
  coolDown(credential: string): void {
    if (!credential) return;
    this.cooling.set(credential, this.now() + this.limits.coolDownMs);
    if (this.cooling.size > MAX_TRACKED) this.prune(this.now());
  }

  isCoolingDown(credential: string): boolean {
    if (!credential) return false;
    const until = this.cooling.get(credential);
    if (until === undefined) return false;
    if (until > this.now()) return true;
    this.cooling.delete(credential);
    return false;
  }

  private prune(now: number): void {
    for (const [credential, until] of this.cooling) if (until <= now) this.cooling.delete(credential);
    for (const [address, bucket] of this.buckets) {
      const refilled = bucket.tokens + ((now - bucket.at) / 1000) * this.limits.perSecond;
      if (refilled >= this.limits.burst) this.buckets.delete(address);
    }
    // Still too many (a flood of distinct addresses): forget the oldest; they start again with a full burst.
    for (const address of this.buckets.keys()) {
      if (this.buckets.size <= MAX_TRACKED) break;
      this.buckets.delete(address);
    }
  }
}

/** The credential a handshake carries, as sent: the shopper cookie's raw value, else the whole cookie header. */
export function rawCredential(cookieHeader: string | undefined, shopperCookie: string): string {
  if (!cookieHeader) return "";
  const prefix = `${shopperCookie}=`;
  for (const part of cookieHeader.split(";")) {
    const trimmed = part.trim();
    if (trimmed.startsWith(prefix)) return trimmed.slice(prefix.length);
  }
  return cookieHeader;
}
