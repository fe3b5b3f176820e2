/** The 27 member states: one customs territory, so a parcel between two of them needs no declaration. */
const EU_MEMBER_STATES: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT',
  'RO', 'SE', 'SI', 'SK',
]);

/** `EU` for a member state, otherwise the country itself (`US`, `GB`, `CH` …). */
export function customsTerritory(country: string): string {
  return EU_MEMBER_STATES.has(country) ? 'EU' : country;
}

export function isEuCountry(country: string): boolean {
  return EU_MEMBER_STATES.has(country);
}

/** A parcel needs a customs declaration when it leaves one customs territory for another. */
export function crossesCustomsBorder(fromCountry: string, toCountry: string): boolean {
  return customsTerritory(fromCountry) !== customsTerritory(toCountry);
}

/**
 * The keys of a product's national tariff codes (`hsCodes`) to try for a destination, most
 * specific first: a country's own code, then its customs union's (`EU`).
 */
export function tariffKeys(country: string): string[] {
  const territory = customsTerritory(country);
  return territory === country ? [country] : [country, territory];
}

/**
 * The currency a declaration states values in. The EU's thresholds (IOSS €150) and its import
 * data are in euros for every member state; elsewhere the national currency where known.
 */
const CURRENCY_BY_TERRITORY: ReadonlyMap<string, string> = new Map([
  ['US', 'USD'], ['EU', 'EUR'], ['GB', 'GBP'], ['CH', 'CHF'], ['NO', 'NOK'], ['CA', 'CAD'], ['AU', 'AUD'], ['JP', 'JPY'], ['CN', 'CNY'],
]);

/** Null when the destination's currency is not known: the goods' own currency is kept then. */
export function declarationCurrency(country: string): string | null {
  return CURRENCY_BY_TERRITORY.get(customsTerritory(country)) ?? null;
}
