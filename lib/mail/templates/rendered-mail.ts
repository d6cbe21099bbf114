export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface MailOrder {
  id: string;
  /** How people refer to the order ("1A2B3C4D"; "#1042" once orders have numbers). */
  reference: string;
  storeName: string;
  customerName: string;
  email: string;
  currency: string;
  totalCents: number;
  paymentLabel: string;
  address: string[];
  items: { title: string; quantity: number; unitPriceCents: number }[];
  /** The private link the buyer can open from any browser. */
  link: string;
}
