/** Planning days are UTC calendar days, `YYYY-MM-DD`. */
export const utcToday = (now = new Date()): string => now.toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** `addDays(today, n)` for many n: the recompute formats a few dates per item, so they are cached per offset. */
export function dayFormatter(today: string): (days: number) => string {
  const cache = new Map<number, string>();
  return (days) => {
    let date = cache.get(days);
    if (date === undefined) {
      date = addDays(today, days);
      cache.set(days, date);
    }
    return date;
  };
}
