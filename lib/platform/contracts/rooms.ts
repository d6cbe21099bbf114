/** Socket.IO room names, zod-free so browser code can name rooms without loading the contracts' schemas. */
export const STORE_ROOM = "store";
/** Sockets on pages that list what is being looked at right now. */
export const LOOKING_NOW_ROOM = "looking-now";
export const productRoom = (productId: string) => `product:${productId}`;
