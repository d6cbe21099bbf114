"use client";

import Link from "next/link";
import { useState } from "react";
import {
  ORDER_STATUS_LABELS,
  orderNumberLabel,
  type TOrderStatus,
  type TOrderSummary,
} from "@/lib/platform/contracts/orders";
import { NotifyToggle, useNewQuestionAlert } from "@/components/host/notify-toggle";
import { LiveMessage } from "@/components/ui/live-message";
import { AdminOrderTabs, ordersHref, type OrderCounts } from "./admin-order-tabs";
import { AdminOrdersTable } from "./admin-orders-table";
import { AdminOrdersCards } from "./admin-orders-cards";
import { useOrderFeed } from "./use-order-timeline";

export interface AdminLiveOrdersProps {
  initial: TOrderSummary[];
  counts: OrderCounts;
  status: TOrderStatus | undefined;
  q: string | undefined;
  /** True on the newest page: new orders can be shown in place. */
  firstPage: boolean;
  next: string | null;
  timeZone: string;
}

/**
 * The orders list, live: a new order appears at the top (when this view would list it) with an opt-in
 * chime, counts follow every order placed and every step taken, and rows update their status in place.
 */
export function AdminLiveOrders({
  initial,
  counts: initialCounts,
  status,
  q,
  firstPage,
  next,
  timeZone,
}: AdminLiveOrdersProps) {
  const [orders, setOrders] = useState(initial);
  const [counts, setCounts] = useState(initialCounts);
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const [elsewhere, setElsewhere] = useState(0);
  const [announcement, setAnnouncement] = useState("");
  const { enabled, setEnabled, alert } = useNewQuestionAlert("ok-orders-notify", "ok-new-order");
  // Counts of a search only hold for that search: a new order's match is not judged here.
  const countsFollow = q === undefined;

  const { connected } = useOrderFeed({
    onPlaced: (order) => {
      alert(`New order ${orderNumberLabel(order.number)}`, `${order.customerName} · ${order.itemCount} items`);
      setAnnouncement(`New order ${orderNumberLabel(order.number)} from ${order.customerName}.`);
      if (countsFollow) setCounts((c) => ({ ...c, all: c.all + 1, PLACED: c.PLACED + 1 }));
      const shownHere = firstPage && !q && (status === undefined || status === "PLACED");
      if (!shownHere) return setElsewhere((n) => n + 1);
      setOrders((list) => (list.some((o) => o.id === order.id) ? list : [order, ...list]));
      setFresh((set) => new Set(set).add(order.id));
    },
    onProgressed: ({ orderId, status: now, paidAt, step }) => {
      setOrders((list) => list.map((o) => (o.id === orderId ? { ...o, status: now, paidAt } : o)));
      if (countsFollow && step.kind === "status" && step.fromStatus && step.fromStatus !== step.toStatus) {
        const from = step.fromStatus;
        setCounts((c) => ({ ...c, [from]: Math.max(0, c[from] - 1), [step.toStatus]: c[step.toStatus] + 1 }));
      }
    },
  });

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm font-medium" role="status">
          {connected ? (
            <span className="text-leaf-700">● Live: new orders appear here</span>
          ) : (
            <span className="text-ember-700">■ Connecting for live orders…</span>
          )}
        </p>
        <NotifyToggle
          enabled={enabled}
          onChange={(on) => void setEnabled(on)}
          label="Chime and desktop notification for new orders"
        />
      </div>
      <LiveMessage message={announcement} />
      <AdminOrderTabs counts={counts} current={status} q={q} />
      {elsewhere > 0 ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {elsewhere} new {elsewhere === 1 ? "order" : "orders"} since this page opened.{" "}
          <Link href={ordersHref(undefined, undefined)} className="font-semibold underline underline-offset-2">
            Show the newest
          </Link>
        </p>
      ) : null}
      {orders.length === 0 ? (
        <p className="rounded-lg border border-dashed border-roast-300 bg-white/60 p-6 text-center text-roast-700">
          {q
            ? `No orders match “${q}”.`
            : status
              ? `No ${ORDER_STATUS_LABELS[status].toLowerCase()} orders right now.`
              : "No orders yet. New ones appear here the moment a shopper checks out."}
        </p>
      ) : (
        <>
          <div className="hidden md:block">
            <AdminOrdersTable orders={orders} timeZone={timeZone} fresh={fresh} />
          </div>
          <div className="md:hidden">
            <AdminOrdersCards orders={orders} timeZone={timeZone} fresh={fresh} />
          </div>
        </>
      )}
      <nav aria-label="Pages" className="flex flex-wrap gap-3 text-sm">
        {!firstPage ? (
          <Link href={ordersHref(status, q)} className="font-medium underline underline-offset-2">
            ← Newest orders
          </Link>
        ) : null}
        {next ? (
          <Link href={ordersHref(status, q, next)} className="font-medium underline underline-offset-2">
            Older orders →
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
