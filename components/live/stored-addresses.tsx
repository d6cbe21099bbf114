"use client";

import { useEffect, useState } from "react";
import type { TStoredAddress } from "@/lib/platform/contracts/mail";
import { emitWithAck } from "@/components/live/connection/emit-with-ack";
import { useLive } from "./realtime-provider";

/** The privacy panel's list of addresses this shopper gave for email, with what for and until when, and erase. */
export function StoredAddresses() {
  const { socket, connected } = useLive();
  const [addresses, setAddresses] = useState<TStoredAddress[] | null>(null);
  const [message, setMessage] = useState("");

  useEffect(() => {
    if (!connected) return;
    let live = true;
    void emitWithAck(socket, "notify:list", {}).then((ack) => {
      if (live && ack.ok) setAddresses(ack.data.addresses);
    });
    return () => {
      live = false;
    };
  }, [socket, connected]);

  const erase = async (email?: string) => {
    const ack = await emitWithAck(socket, "notify:erase", email ? { email } : {});
    if (!ack.ok) return setMessage(ack.error);
    setAddresses((list) =>
      (list ?? []).filter((a) => email !== undefined && a.email.toLowerCase() !== email.toLowerCase()),
    );
    setMessage(ack.data.erased > 0 ? "Erased." : "Nothing to erase.");
  };

  if (!addresses || addresses.length === 0) return null;
  const distinct = [...new Set(addresses.map((a) => a.email))];
  return (
    <section className="space-y-1 border-t border-roast-200 pt-2" data-testid="stored-addresses">
      <p className="font-semibold">Email addresses you gave us</p>
      <ul className="space-y-1">
        {addresses.map((a, i) => (
          <li key={`${a.email}-${i}`} className="text-roast-800">
            {a.email} · {a.purpose} ·{" "}
            {a.eraseBy ? `erased by ${new Date(a.eraseBy).toLocaleDateString()}` : "kept until answered, then 30 days"}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        {distinct.map((email) => (
          <button
            key={email}
            type="button"
            onClick={() => void erase(email)}
            className="rounded border border-roast-300 px-2 py-0.5"
          >
            Erase {email}
          </button>
        ))}
      </div>
      <p aria-live="polite" className="text-roast-700">
        {message}
      </p>
    </section>
  );
}
