// The buyers of bench:checkout: each runs a closed loop of real cart and checkout operations through the
// domain functions, and records what it expects so the run can be checked against the database afterwards.
import { randomUUID } from "node:crypto";
import { addToCart, CartError, getCart, setCartQuantity, type CartDto } from "@/lib/domains/cart/cart";
import { CheckoutError } from "@/lib/domains/checkout/checkout-error";
import { placeOrder, type PlacedOrder } from "@/lib/domains/checkout/place-order";
import type { TCheckout } from "@/lib/platform/contracts/checkout";
import type { Db } from "@/lib/platform/db/client";

export interface BenchProduct {
  id: string;
  title: string;
  priceCents: number;
  initialStock: number;
}

export interface Buyer {
  shopperId: string;
  products: BenchProduct[];
  address: Omit<TCheckout, "idempotencyKey">;
  /** The cart as the last operation left it (only this buyer changes it). */
  known: Map<string, number>;
}

export type OpKind = "add" | "set" | "checkout" | "checkout+add" | "twins";

/** An add that raced this buyer's own checkout (another tab): it must end up in the order or the cart. */
export interface Race {
  before: Map<string, number>;
  productId: string;
  addConfirmed: boolean;
  orderId: string | null;
  cartAfter: Map<string, number>;
}

export interface Ledger {
  ops: number;
  outcomes: Map<string, number>;
  latencies: Map<OpKind, number[]>;
  retries: number;
  /** Order id → the cart it had to hold exactly. */
  expectedOrders: Map<string, Map<string, number>>;
  races: Race[];
  twins: number;
  twinsDiffering: number;
  /** Sold-out refusals: what was wanted of which products, checked against the stock left at the end. */
  soldOut: { titles: string[]; wanted: Map<string, number> }[];
}

export function newLedger(): Ledger {
  return {
    ops: 0,
    outcomes: new Map(),
    latencies: new Map(),
    retries: 0,
    expectedOrders: new Map(),
    races: [],
    twins: 0,
    twinsDiffering: 0,
    soldOut: [],
  };
}

// Pay on delivery only, and a buyer places hundreds of orders: the bench cannot record payments, so the
// unpaid-order limits are lifted (their queries and locks still run).
const NO_LIMITS = { perShopper: Number.POSITIVE_INFINITY, perAddressPerHour: Number.POSITIVE_INFINITY };

function lines(cart: CartDto): Map<string, number> {
  return new Map(cart.lines.map((l) => [l.productId, l.quantity]));
}

function count(ledger: Ledger, key: string) {
  ledger.outcomes.set(key, (ledger.outcomes.get(key) ?? 0) + 1);
}

function describe(error: unknown): string {
  if (error instanceof CheckoutError) return error.reason;
  if (error instanceof CartError) return /sold out/.test(error.message) ? "sold out" : error.message;
  return `UNEXPECTED ${error instanceof Error ? error.message.replace(/\s+/g, " ").slice(0, 120) : String(error)}`;
}

export function createWorkload(db: Db, ledger: Ledger, random: () => number) {
  const timed = async <T>(kind: OpKind, run: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await run();
    } finally {
      const samples = ledger.latencies.get(kind) ?? ledger.latencies.set(kind, []).get(kind)!;
      samples.push(performance.now() - t0);
    }
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const order = (b: Buyer, key: string) =>
    placeOrder(db, b.shopperId, { ...b.address, idempotencyKey: key }, "EUR", {
      limits: NO_LIMITS,
      onRetry: () => ledger.retries++,
    });

  async function add(b: Buyer): Promise<void> {
    try {
      b.known = lines(
        await timed("add", () => addToCart(db, b.shopperId, pick(b.products).id, 1 + Math.floor(random() * 2))),
      );
      count(ledger, "add: ok");
    } catch (error) {
      count(ledger, `add: ${describe(error)}`);
    }
  }

  async function set(b: Buyer): Promise<void> {
    const productId = pick([...b.known.keys()]);
    try {
      b.known = lines(await timed("set", () => setCartQuantity(db, b.shopperId, productId, Math.floor(random() * 4))));
      count(ledger, "set quantity: ok");
    } catch (error) {
      count(ledger, `set quantity: ${describe(error)}`);
    }
  }

  function settle(b: Buyer, before: Map<string, number>, result: PromiseSettledResult<PlacedOrder>, kind: string) {
    if (result.status === "fulfilled") {
      count(ledger, `${kind}: placed`);
      return result.value.orderId;
    }
    const error: unknown = result.reason;
    count(ledger, `${kind}: ${describe(error)}`);
    if (error instanceof CheckoutError && error.reason === "sold_out")
      ledger.soldOut.push({ titles: error.soldOut, wanted: before });
    return null;
  }

  async function checkout(b: Buyer): Promise<void> {
    const before = new Map(b.known);
    const [result] = await Promise.allSettled([timed("checkout", () => order(b, randomUUID()))]);
    const orderId = settle(b, before, result!, "checkout");
    if (orderId) {
      ledger.expectedOrders.set(orderId, before);
      b.known = new Map();
    }
  }

  /** Two submissions of one key at once (a double click): one answer, one order at most. */
  async function twins(b: Buyer): Promise<void> {
    const before = new Map(b.known);
    const key = randomUUID();
    const [x, y] = await Promise.allSettled([timed("twins", () => order(b, key)), timed("twins", () => order(b, key))]);
    ledger.twins++;
    const answer = (r: PromiseSettledResult<PlacedOrder>) =>
      r.status === "fulfilled"
        ? `order ${r.value.orderId}`
        : `refused ${describe(r.reason)} ${(r.reason as Error).message}`;
    if (answer(x!) !== answer(y!)) ledger.twinsDiffering++;
    const orderId = settle(b, before, x!, "twins");
    settle(b, before, y!, "twins");
    if (orderId) {
      ledger.expectedOrders.set(orderId, before);
      b.known = new Map();
    }
  }

  /** A checkout in one tab while another adds a product not yet in the cart. */
  async function checkoutWhileAdding(b: Buyer): Promise<boolean> {
    const fresh = b.products.filter((p) => !b.known.has(p.id));
    if (fresh.length === 0) return false;
    const before = new Map(b.known);
    const product = pick(fresh);
    const [placed, added] = await Promise.allSettled([
      timed("checkout+add", () => order(b, randomUUID())),
      timed("checkout+add", () => addToCart(db, b.shopperId, product.id, 1)),
    ]);
    // A sold-out refusal may name the raced product too: then one unit of it was wanted.
    const orderId = settle(b, new Map([...before, [product.id, 1]]), placed!, "checkout racing an add");
    if (added!.status === "fulfilled") count(ledger, "add racing a checkout: ok");
    else count(ledger, `add racing a checkout: ${describe(added!.reason)}`);
    const cartAfter = lines(await getCart(db, b.shopperId));
    ledger.races.push({
      before,
      productId: product.id,
      addConfirmed: added!.status === "fulfilled",
      orderId,
      cartAfter,
    });
    b.known = cartAfter;
    return true;
  }

  /** One step of a buyer, of at most `maxOps` operations (1 or 2); returns how many it ran. */
  return async function step(b: Buyer, maxOps: number): Promise<number> {
    const roll = random();
    if (b.known.size === 0 || roll < 0.5) return add(b).then(() => 1);
    if (roll < 0.58) return set(b).then(() => 1);
    if (roll < 0.85 || maxOps < 2) return checkout(b).then(() => 1);
    if (roll < 0.95) return (await checkoutWhileAdding(b)) ? 2 : checkout(b).then(() => 1);
    return twins(b).then(() => 2);
  };
}
