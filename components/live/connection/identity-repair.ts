/**
 * What the page on show offers to repair a socket refused as unidentified (the shop's GET /api/shopper).
 * Apart from the socket module so registering it does not load socket.io-client before the page paints.
 */
let identityRepair: (() => Promise<void>) | null = null;

/** Registers how to get a fresh identity; returns the matching unregister. */
export function offerIdentityRepair(repair: () => Promise<void>): () => void {
  identityRepair = repair;
  return () => {
    if (identityRepair === repair) identityRepair = null;
  };
}

/** Runs the registered repair; false when no page offers one. */
export async function repairIdentity(): Promise<boolean> {
  if (!identityRepair) return false;
  await identityRepair();
  return true;
}
