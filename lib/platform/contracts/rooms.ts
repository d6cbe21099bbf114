/**
 * Every Socket.IO room name, in one place. Zod-free and universal, so browser code can name rooms
 * without loading the contracts' schemas; the server's audiences (lib/platform/publish/audience.ts) map
 * onto these.
 */
export const STORE_ROOM = "store";
/** Sockets on pages that list what is being looked at right now. */
export const LOOKING_NOW_ROOM = "looking-now";
/** Every staff socket (hosts and owners). */
export const STAFF_ROOM = "staff";
export const productRoom = (productId: string) => `product:${productId}`;
export const orderRoom = (orderId: string) => `order:${orderId}`;

/** Every connection of one person (all their tabs) shares a room keyed by this. */
export const shopperPerson = (shopperId: string) => `shopper:${shopperId}`;
export const staffPerson = (staffId: string) => `staff:${staffId}`;
export const personRoom = (person: string) => `person:${person}`;
