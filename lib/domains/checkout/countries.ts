/** Where the shop delivers: ISO 3166-1 alpha-2 codes. The checkout action rejects anything else. */
export const SHIPPING_COUNTRIES = [
  "AT",
  "AU",
  "BE",
  "BG",
  "CA",
  "CH",
  "CY",
  "CZ",
  "DE",
  "DK",
  "EE",
  "ES",
  "FI",
  "FR",
  "GB",
  "GR",
  "HR",
  "HU",
  "IE",
  "IS",
  "IT",
  "JP",
  "LT",
  "LU",
  "LV",
  "MT",
  "NL",
  "NO",
  "NZ",
  "PL",
  "PT",
  "RO",
  "SE",
  "SI",
  "SK",
  "US",
] as const;

const shipping = new Set<string>(SHIPPING_COUNTRIES);

export function isShippingCountry(code: string): boolean {
  return shipping.has(code);
}

export interface CountryOption {
  code: string;
  name: string;
}

/** The country list with names in the shopper's language, sorted by name. */
export function countryOptions(locale = "en-GB"): CountryOption[] {
  const names = new Intl.DisplayNames([locale], { type: "region" });
  return SHIPPING_COUNTRIES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) =>
    a.name.localeCompare(b.name, locale),
  );
}

export function countryName(code: string, locale = "en-GB"): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}
