import type { TOrderStep } from "@/lib/platform/contracts/orders";
import { HostAvatar } from "@/components/qa/host-avatar";
import { formatStoreTime } from "@/lib/platform/time/store-time";
import { stepTitle } from "./step-title";

/** Who took a step: the staff member (name and face, as on host answers), else the buyer or the shop. */
function StepActor({ step, buyerView }: { step: TOrderStep; buyerView: boolean }) {
  if (step.staff) {
    return (
      <span className="inline-flex items-center gap-2">
        <HostAvatar name={step.staff.name} avatarUrl={step.staff.avatarUrl} size={24} />
        <span className="font-semibold text-roast-900">{step.staff.name}</span>
      </span>
    );
  }
  if (step.kind === "placed") return <span>{buyerView ? "by you" : "by the buyer"}</span>;
  return <span>at checkout</span>;
}

function Tracking({ step }: { step: TOrderStep }) {
  if (!step.carrier && !step.trackingNumber && !step.trackingUrl) return null;
  const label = [step.carrier, step.trackingNumber].filter(Boolean).join(" · ") || "Track the parcel";
  return (
    <p className="mt-1 text-sm text-roast-800">
      {step.trackingUrl ? (
        <a
          href={step.trackingUrl}
          target="_blank"
          rel="noopener noreferrer nofollow"
          className="font-medium underline underline-offset-2 hover:text-leaf-700"
        >
          {label}
          <span className="sr-only"> (tracking, opens in a new tab)</span>
        </a>
      ) : (
        <>Tracking: {label}</>
      )}
    </p>
  );
}

/** One real step of an order, as stored: what, who, when, and what they told the buyer. */
export function OrderStepItem({
  step,
  preparingLabel,
  timeZone,
  buyerView,
}: {
  step: TOrderStep;
  preparingLabel: string;
  timeZone: string;
  buyerView: boolean;
}) {
  return (
    <li className="relative border-l-2 border-leaf-600 pb-6 pl-5 last:pb-0" data-step={step.kind}>
      <span aria-hidden="true" className="absolute -left-[7px] top-1.5 size-3 rounded-full bg-leaf-600" />
      <h3 className="font-semibold text-roast-900">{stepTitle(step, preparingLabel)}</h3>
      <p className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-roast-700">
        <StepActor step={step} buyerView={buyerView} />
        <span aria-hidden="true" className="hidden sm:inline">
          ·
        </span>
        <time dateTime={step.at} suppressHydrationWarning>
          {formatStoreTime(step.at, timeZone)}
        </time>
      </p>
      {step.note ? (
        <p className="mt-2 max-w-prose whitespace-pre-line rounded-lg bg-roast-100 px-3 py-2 text-roast-900">
          {step.note}
        </p>
      ) : null}
      <Tracking step={step} />
      {step.photoUrl ? (
        <img
          src={step.photoUrl}
          alt={step.staff ? `Photo shared by ${step.staff.name}` : "Photo of this step"}
          className="mt-2 max-h-72 w-auto max-w-full rounded-lg border border-roast-200 object-cover"
          loading="lazy"
        />
      ) : null}
    </li>
  );
}
