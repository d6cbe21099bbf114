import "./zod-browser";
import { z } from "zod";
import { zLine } from "./text";

export const PAYMENT_METHODS = ["pay_on_delivery"] as const;

export const ZCheckout = z
  .object({
    idempotencyKey: z.uuid("Missing checkout key: reload the page and try again"),
    customerName: zLine().min(1, "Please enter your name").max(120),
    email: z.email("Please enter a valid email address").trim().toLowerCase().max(254),
    addressLine1: zLine().min(1, "Please enter your street address").max(200),
    addressLine2: zLine().max(200).default(""),
    city: zLine().min(1, "Please enter your city").max(100),
    postalCode: zLine().min(2, "Please enter your postal code").max(16),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, "Please choose a country"),
    paymentMethod: z.enum(PAYMENT_METHODS).default("pay_on_delivery"),
  })
  .strict();
export type TCheckout = z.infer<typeof ZCheckout>;
