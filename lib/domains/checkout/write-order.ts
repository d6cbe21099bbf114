import type { Prisma } from "@/lib/platform/db/generated/client";
import type { TCheckout } from "@/lib/platform/contracts/checkout";

type Tx = Prisma.TransactionClient;

export interface OrderLine {
  /** The cart line the order consumes. */
  id: string;
  productId: string;
  title: string;
  priceCents: number;
  quantity: number;
}

export interface NewOrder {
  orderId: string;
  shopperId: string;
  currency: string;
  totalCents: number;
  placedFrom: string | null;
  customer: Omit<TCheckout, "idempotencyKey" | "paymentMethod">;
  idempotencyKey: string;
  paymentMethod: string;
  createdAt: Date;
}

/**
 * Writes the order and its lines and removes exactly those lines from the cart, in one statement (three
 * round trips before). Under the cart lock nothing else can have joined the lines. Returns the order's
 * number, which Postgres assigns.
 */
export async function writeOrder(tx: Tx, order: NewOrder, lines: OrderLine[]): Promise<{ number: number }> {
  const c = order.customer;
  const rows = await tx.$queryRaw<{ number: number }[]>`
    WITH placed AS (
      INSERT INTO "Order" (id, "shopperId", "idempotencyKey", "paymentMethod", currency, "totalCents", "placedFrom",
        "customerName", email, "addressLine1", "addressLine2", city, "postalCode", country, "createdAt", "updatedAt")
      VALUES (${order.orderId}, ${order.shopperId}, ${order.idempotencyKey}, ${order.paymentMethod}, ${order.currency},
        ${order.totalCents}, ${order.placedFrom}, ${c.customerName}, ${c.email}, ${c.addressLine1}, ${c.addressLine2},
        ${c.city}, ${c.postalCode}, ${c.country}, ${order.createdAt}, ${order.createdAt})
      RETURNING id, number
    ), items AS (
      INSERT INTO "OrderItem" (id, "orderId", "productId", title, "unitPriceCents", quantity)
      SELECT gen_random_uuid()::text, placed.id, l."productId", l.title, l.price, l.quantity
      FROM placed, unnest(${lines.map((l) => l.productId)}::text[], ${lines.map((l) => l.title)}::text[],
        ${lines.map((l) => l.priceCents)}::int[], ${lines.map((l) => l.quantity)}::int[]) AS l("productId", title, price, quantity)
    ), consumed AS (
      DELETE FROM "CartItem" ci
      USING unnest(${lines.map((l) => l.id)}::text[], ${lines.map((l) => l.quantity)}::int[]) AS l(id, quantity)
      WHERE ci.id = l.id AND ci.quantity = l.quantity
    )
    SELECT number FROM placed`;
  const placed = rows[0];
  if (!placed) throw new Error(`order ${order.orderId} was not written`);
  return placed;
}
