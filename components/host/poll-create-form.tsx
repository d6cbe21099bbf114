"use client";

import { useId, useState, type FormEvent } from "react";
import {
  POLL_HOURS_DEFAULT,
  POLL_HOURS_MAX,
  POLL_OPTIONS_MAX,
  ZPollCreate,
  type TPollCreate,
} from "@/lib/platform/contracts/polls";
import type { Ack } from "@/lib/platform/contracts/events";

type Kind = TPollCreate["kind"];
type Audience = TPollCreate["audience"];
const input = "rounded-md border border-roast-300 px-2 py-1 text-sm";

/** A poll (2–6 options) or an open prompt, for one product's page, the whole shop, or shoppers with it in their cart. */
export function PollCreateForm({
  products,
  onCreate,
}: {
  products: { id: string; title: string }[];
  onCreate: (poll: TPollCreate) => Promise<Ack<unknown>>;
}) {
  const id = useId();
  const [kind, setKind] = useState<Kind>("poll");
  const [question, setQuestion] = useState("");
  const [options, setOptions] = useState(["", ""]);
  const [audience, setAudience] = useState<Audience>("product");
  const [productId, setProductId] = useState(products[0]?.id ?? "");
  const [hours, setHours] = useState(String(POLL_HOURS_DEFAULT));
  const [message, setMessage] = useState("");

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZPollCreate.safeParse({
      kind,
      question,
      options: kind === "poll" ? options.filter((o) => o.trim()) : [],
      audience,
      productId: audience === "store" ? null : productId || null,
      hours: Number(hours),
    });
    if (!parsed.success) return setMessage(parsed.error.issues[0]?.message ?? "Check the form.");
    const ack = await onCreate(parsed.data);
    if (!ack.ok) return setMessage(ack.error);
    setQuestion("");
    setOptions(["", ""]);
    setMessage(kind === "poll" ? "Poll opened." : "Prompt opened.");
  };

  return (
    <form onSubmit={submit} className="space-y-3" aria-label="Open a poll or prompt">
      <fieldset className="flex gap-4 text-sm">
        <legend className="sr-only">Kind</legend>
        {(["poll", "prompt"] as const).map((k) => (
          <label key={k} className="flex items-center gap-1">
            <input type="radio" name={`${id}-kind`} checked={kind === k} onChange={() => setKind(k)} />
            {k === "poll" ? "Poll" : "Open prompt"}
          </label>
        ))}
      </fieldset>
      <label className="flex flex-col text-sm font-semibold text-roast-900">
        Question
        <input
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
          required
          maxLength={200}
          className={`${input} font-normal`}
        />
      </label>
      {kind === "poll" ? (
        <fieldset className="space-y-1">
          <legend className="text-sm font-semibold text-roast-900">Options</legend>
          {options.map((option, i) => (
            <input
              key={i}
              aria-label={`Option ${i + 1}`}
              value={option}
              maxLength={80}
              onChange={(e) => setOptions((prev) => prev.map((o, j) => (j === i ? e.target.value : o)))}
              className={`${input} block w-full`}
            />
          ))}
          {options.length < POLL_OPTIONS_MAX ? (
            <button
              type="button"
              onClick={() => setOptions((prev) => [...prev, ""])}
              className="text-sm underline underline-offset-2"
            >
              Add an option
            </button>
          ) : null}
        </fieldset>
      ) : null}
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <div className="flex flex-col">
          <label htmlFor={`${id}-audience`}>Audience</label>
          <select
            id={`${id}-audience`}
            value={audience}
            onChange={(e) => setAudience(e.target.value as Audience)}
            className={input}
          >
            <option value="product">One product&apos;s page</option>
            <option value="store">The whole shop</option>
            <option value="cart">Shoppers with a product in their cart</option>
          </select>
        </div>
        {audience !== "store" ? (
          <div className="flex flex-col">
            <label htmlFor={`${id}-product`}>Product</label>
            <select
              id={`${id}-product`}
              value={productId}
              onChange={(e) => setProductId(e.target.value)}
              className={input}
            >
              {products.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="flex flex-col">
          <label htmlFor={`${id}-hours`}>Open for (hours)</label>
          <input
            id={`${id}-hours`}
            type="number"
            min={1}
            max={POLL_HOURS_MAX}
            value={hours}
            onChange={(e) => setHours(e.target.value)}
            className={`${input} w-24`}
          />
        </div>
        <button type="submit" className="rounded-md bg-leaf-600 px-3 py-1.5 font-semibold text-white">
          Open it
        </button>
      </div>
      <p aria-live="polite" className="text-sm text-roast-700">
        {message}
      </p>
    </form>
  );
}
