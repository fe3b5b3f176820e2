/** A balance row's key as the inventory ledger builds it. */
interface BalanceKey {
  productId: string;
  locationId: string;
  lotId: string | null;
}

/**
 * The ledger's lock order (inventory `balance-locks.ts`): product, location, lot, compared as one
 * string. Several ledger calls in one transaction must touch rows in this order, or two
 * transactions could each hold a row the other waits for.
 */
export function ledgerKey(k: BalanceKey): string {
  return `${k.productId}|${k.locationId}|${k.lotId ?? ''}`;
}

/** Sorts items by the ledger key `keyOf` gives for each. */
export function inLedgerOrder<T>(items: readonly T[], keyOf: (item: T) => BalanceKey): T[] {
  return items
    .map((item) => ({ item, key: ledgerKey(keyOf(item)) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((x) => x.item);
}
