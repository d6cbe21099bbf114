const formatters = new Map<string, Intl.NumberFormat>();

/** Formats minor units (cents) in the store currency. */
export function formatMoney(cents: number, currency: string, locale = "en-GB"): string {
  const key = `${locale}:${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: "currency", currency });
    formatters.set(key, formatter);
  }
  return formatter.format(cents / 100);
}
