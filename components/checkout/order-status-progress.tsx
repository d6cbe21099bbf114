/** Placed → Preparing (the store's wording) → Shipped → Delivered, with the current step marked for assistive tech too. */
export function OrderStatusProgress({ status, preparingLabel }: { status: string; preparingLabel: string }) {
  if (status === "CANCELLED") {
    return <p className="rounded-xl bg-ember-50 px-4 py-3 font-semibold text-ember-700">This order was cancelled.</p>;
  }
  const steps = [
    { status: "PLACED", label: "Placed" },
    { status: "PREPARING", label: preparingLabel },
    { status: "SHIPPED", label: "Shipped" },
    { status: "DELIVERED", label: "Delivered" },
  ];
  const current = Math.max(
    0,
    steps.findIndex((step) => step.status === status),
  );
  return (
    <ol aria-label="Order progress" className="grid grid-cols-4 gap-2">
      {steps.map((step, index) => {
        const done = index <= current;
        return (
          <li
            key={step.status}
            aria-current={index === current ? "step" : undefined}
            className="flex flex-col items-center gap-2 text-center text-sm"
          >
            <span aria-hidden="true" className={`h-2 w-full rounded-full ${done ? "bg-leaf-600" : "bg-roast-200"}`} />
            <span className={done ? "font-semibold text-roast-900" : "text-roast-700"}>
              {step.label}
              <span className="sr-only">
                {index < current ? " (done)" : index === current ? " (current)" : " (to come)"}
              </span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
