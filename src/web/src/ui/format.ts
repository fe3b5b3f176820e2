/** Money in minor units, shown in its currency (CNY 18.50). */
export function money(minor: number | null | undefined, currency: string): string {
  if (minor === null || minor === undefined) return '—';
  const digits = ['JPY', 'KRW', 'VND'].includes(currency) ? 0 : 2;
  return `${currency} ${(minor / 10 ** digits).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
}

export function dateTime(value: string | null | undefined): string {
  if (!value) return '—';
  return new Date(value).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

export function date(value: string | null | undefined): string {
  if (!value) return '—';
  return new Date(value.length === 10 ? `${value}T00:00:00Z` : value).toLocaleDateString('en-GB', { dateStyle: 'medium', timeZone: value.length === 10 ? 'UTC' : undefined });
}

/** snake_case status to words: `pending_approval` → `pending approval`. */
export function words(value: string | null | undefined): string {
  return (value ?? '').replace(/_/g, ' ');
}
