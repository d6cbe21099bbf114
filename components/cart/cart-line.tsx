import Link from "next/link";
import type { CartLineDto } from "@/lib/domains/cart/cart";
import { PlainImage } from "@/components/ui/plain-image";
import { Price } from "@/components/ui/price";
import type { CartAction } from "./cart-action-state";
import { CartLineControls } from "./cart-line-controls";

export interface CartLineProps {
  line: CartLineDto;
  currency: string;
  setQuantityAction: CartAction;
}

export function CartLine({ line, currency, setQuantityAction }: CartLineProps) {
  return (
    <li className="flex gap-4 py-5 sm:gap-6">
      <div className="h-24 w-24 shrink-0 overflow-hidden rounded-xl border border-roast-200 bg-roast-100">
        {line.image ? (
          <PlainImage src={line.image.url} alt="" width={96} height={96} className="h-full w-full object-cover" />
        ) : null}
      </div>
      <div className="flex flex-1 flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <h2 className="text-lg text-roast-900">
            <Link href={`/products/${line.slug}`} className="hover:underline">
              {line.title}
            </Link>
          </h2>
          <p className="text-sm text-roast-700">
            <Price cents={line.unitPriceCents} currency={currency} /> each
          </p>
          {line.stock <= 0 ? (
            <p className="mt-1 text-sm font-semibold text-ember-700">Sold out since you added it</p>
          ) : null}
          {line.stock > 0 && line.quantity > line.stock ? (
            <p className="mt-1 text-sm font-semibold text-ember-700">Only {line.stock} left</p>
          ) : null}
        </div>
        <div className="flex flex-col items-start gap-2 sm:items-end">
          <CartLineControls
            productId={line.productId}
            title={line.title}
            quantity={line.quantity}
            stock={line.stock}
            action={setQuantityAction}
          />
          <p className="font-semibold">
            <span className="sr-only">Line total: </span>
            <Price cents={line.unitPriceCents * line.quantity} currency={currency} />
          </p>
        </div>
      </div>
    </li>
  );
}
