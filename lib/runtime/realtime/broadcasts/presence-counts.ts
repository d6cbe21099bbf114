import type { TPresenceCount } from "@/lib/platform/contracts/presence";
import { STORE_ROOM } from "@/lib/platform/contracts/rooms";
import { publish } from "@/lib/platform/publish/publish";
import { toLookingNow, toProduct, toStore, type Audience } from "@/lib/platform/publish/audience";

const PRODUCT_ROOM = /^product:(.+)$/;

function audienceOfRoom(room: string): Audience | null {
  if (room === STORE_ROOM) return toStore();
  const productId = PRODUCT_ROOM.exec(room)?.[1];
  return productId ? toProduct(productId) : null;
}

/**
 * Every instance pushes the shared counts to its own sockets only (so each socket hears a change
 * once). Volatile messages are dropped while a socket is still writing, so each socket gets at most one
 * message per push: a product room its own count (with the store's when that changed), the pages
 * listing what is looked at now every changed count, everyone else the store's count when it changed.
 */
export function publishPresenceCounts(changes: TPresenceCount[]): void {
  const store = changes.find((c) => c.room === STORE_ROOM);
  const products = changes.filter((c) => c.room !== STORE_ROOM);
  const productAudiences: Audience[] = [];
  for (const product of products) {
    const audience = audienceOfRoom(product.room);
    if (!audience) continue;
    productAudiences.push(audience);
    publish("presence:counted", audience, store ? [store, product] : [product], { volatile: true, local: true });
  }
  publish("presence:counted", toLookingNow(), changes, { volatile: true, local: true, except: productAudiences });
  if (store) {
    publish("presence:counted", toStore(), [store], {
      volatile: true,
      local: true,
      except: [...productAudiences, toLookingNow()],
    });
  }
}
