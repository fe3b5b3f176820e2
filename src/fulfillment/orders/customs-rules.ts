/** EU member states (ISO 3166-1 alpha-2), where an IOSS number can apply. */
export const EU_COUNTRIES: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL',
  'PT', 'RO', 'SE', 'SI', 'SK',
]);

/**
 * Countries people type by another name: `UK` is not an ISO code (it is reserved), but shops send
 * it for the United Kingdom, so it is stored as `GB`.
 */
const COUNTRY_ALIASES: Readonly<Record<string, string>> = { UK: 'GB' };

export function canonicalCountry(code: string): string {
  const upper = code.trim().toUpperCase();
  return COUNTRY_ALIASES[upper] ?? upper;
}
