/** What the shop says about a running experiment: in the privacy panel, and in the footer for everyone. */
export function ExperimentNotice() {
  return (
    <p className="text-roast-700" data-testid="experiment-notice">
      This shop is measuring whether its open kitchen helps: while an experiment runs, some visitors see the shop
      without the live layer (no live counts, feed, polls or kitchen updates; questions are still answered). To
      compare the two, the shop stores, under your anonymous shopper id, which version you saw and when, and
      whether you then added to a cart, started checkout, ordered or asked a question. Nothing else, and staff
      are never included.
    </p>
  );
}
