import { formatWait, waitTone, waitToneLabel, type WaitTone } from "./wait-tone";

const toneClass: Record<WaitTone, string> = {
  good: "border-leaf-600 bg-leaf-50 text-leaf-700",
  warn: "border-amber-600 bg-amber-50 text-amber-900",
  late: "border-ember-700 bg-ember-50 text-ember-700",
};
const toneIcon: Record<WaitTone, string> = { good: "●", warn: "▲", late: "■" };

/** Waiting time since the question was asked (from its stored createdAt), against the shop's promise. */
export function WaitTimer({ waited, promisedMinutes }: { waited: number; promisedMinutes: number }) {
  const tone = waitTone(waited, promisedMinutes);
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full border px-2 py-0.5 text-xs font-semibold ${toneClass[tone]}`}
    >
      <span aria-hidden="true">{toneIcon[tone]}</span>
      <span className="tabular-nums">waiting {formatWait(waited)}</span>
      <span className="font-normal">· {waitToneLabel(waited, promisedMinutes)}</span>
    </span>
  );
}
