const DESIGNS = [
  {
    value: "holdout",
    label: "Holdout by shopper",
    description:
      "A share of shoppers gets a closed kitchen for the whole experiment: the same shop without live counts, feed, social proof, polls, kitchen updates or hosts' presence. They can still ask; answers show when they reload. Everyone else sees the open kitchen.",
  },
  {
    value: "switchback",
    label: "Switchback by time",
    description:
      "The whole shop alternates between open and closed kitchen in blocks of time, in random order. For when held-out shoppers would still feel the open kitchen (they count in “looking now”, they read others' questions). Each block is one observation.",
  },
] as const;

/** The two designs, each said in one sentence or two, as radio buttons. */
export function DesignChoice({ selected, error }: { selected: string; error?: string }) {
  return (
    <fieldset className="space-y-3" aria-describedby={error ? "experiment-design-error" : undefined}>
      <legend className="text-sm font-medium text-roast-900">Design</legend>
      {DESIGNS.map((d) => (
        <label key={d.value} className="flex gap-3 rounded-lg border border-roast-200 bg-white p-3">
          <input type="radio" name="design" value={d.value} defaultChecked={selected === d.value} className="mt-1" />
          <span>
            <span className="block font-semibold text-roast-900">{d.label}</span>
            <span className="block text-sm text-roast-800">{d.description}</span>
          </span>
        </label>
      ))}
      {error ? (
        <p id="experiment-design-error" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
