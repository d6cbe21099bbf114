import type { Prisma } from "@/lib/platform/db/generated/client";
import { countryName } from "@/lib/domains/checkout/countries";
import { paymentMethodLabel } from "@/lib/domains/checkout/payment-providers";
import { orderNumberLabel } from "@/lib/platform/contracts/orders";
import { DEFAULT_ORDER_SETTINGS } from "@/lib/domains/settings/order-settings";
import type { MailOrder } from "./templates/rendered-mail";

const FALLBACK_STORE_NAME = "Open Kitchen";

/** The order as the mail shows it. */
export async function readOrderForMail(
  tx: Prisma.TransactionClient,
  orderId: string,
  link: (orderId: string) => string,
): Promise<MailOrder | null> {
  const [order, settings] = await Promise.all([
    tx.order.findUnique({
      where: { id: orderId },
      select: {
        id: true,
        number: true,
        customerName: true,
        email: true,
        currency: true,
        totalCents: true,
        paymentMethod: true,
        addressLine1: true,
        addressLine2: true,
        postalCode: true,
        city: true,
        country: true,
        items: { select: { title: true, quantity: true, unitPriceCents: true }, orderBy: { id: "asc" } },
      },
    }),
    tx.storeSettings.findUnique({ where: { id: 1 }, select: { name: true, preparingLabel: true } }),
  ]);
  if (!order) return null;
  return {
    id: order.id,
    reference: orderNumberLabel(order.number),
    storeName: settings?.name ?? FALLBACK_STORE_NAME,
    preparingLabel: settings?.preparingLabel ?? DEFAULT_ORDER_SETTINGS.preparingLabel,
    customerName: order.customerName,
    email: order.email,
    currency: order.currency,
    totalCents: order.totalCents,
    paymentLabel: paymentMethodLabel(order.paymentMethod),
    address: [
      order.addressLine1,
      order.addressLine2,
      `${order.postalCode} ${order.city}`,
      countryName(order.country),
    ].filter(Boolean),
    items: order.items,
    link: link(order.id),
  };
}
