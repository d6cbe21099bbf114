export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  /** RFC 8058 one-click target: sent as List-Unsubscribe with List-Unsubscribe-Post. */
  unsubscribeUrl?: string | null;
}

export interface MailOrder {
  id: string;
  /** How people refer to the order: its number ("#1042"). */
  reference: string;
  storeName: string;
  /** The store's buyer-facing name of the Preparing step ("Roasting your beans"). */
  preparingLabel: string;
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
