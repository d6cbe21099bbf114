import {
  LOOKING_NOW_ROOM,
  STAFF_ROOM,
  STORE_ROOM,
  orderRoom,
  personRoom,
  productRoom,
  shopperPerson,
  staffPerson,
} from "@/lib/platform/contracts/rooms";

/** Who hears an announcement. Each audience is one Socket.IO room, so it crosses instances through the adapter. */
export type Audience =
  | { kind: "store" }
  | { kind: "looking-now" }
  | { kind: "staff" }
  | { kind: "product"; productId: string }
  | { kind: "shopper"; shopperId: string }
  | { kind: "staff-member"; staffId: string }
  | { kind: "order"; orderId: string };

export const toStore = (): Audience => ({ kind: "store" });
export const toLookingNow = (): Audience => ({ kind: "looking-now" });
export const toStaff = (): Audience => ({ kind: "staff" });
export const toProduct = (productId: string): Audience => ({ kind: "product", productId });
export const toShopper = (shopperId: string): Audience => ({ kind: "shopper", shopperId });
export const toStaffMember = (staffId: string): Audience => ({ kind: "staff-member", staffId });
export const toOrder = (orderId: string): Audience => ({ kind: "order", orderId });

export function roomOf(audience: Audience): string {
  switch (audience.kind) {
    case "store":
      return STORE_ROOM;
    case "looking-now":
      return LOOKING_NOW_ROOM;
    case "staff":
      return STAFF_ROOM;
    case "product":
      return productRoom(audience.productId);
    case "shopper":
      return personRoom(shopperPerson(audience.shopperId));
    case "staff-member":
      return personRoom(staffPerson(audience.staffId));
    case "order":
      return orderRoom(audience.orderId);
  }
}
