import { ValueTransformer } from 'typeorm';

/**
 * `bigint` money columns: the driver returns them as strings. Amounts are bounded by
 * Number.MAX_SAFE_INTEGER where they enter, so reading them back as numbers is exact.
 */
export const minorUnits: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** `'a', 'b'` for a CHECK … IN (…) list. */
export const sqlList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** `bigint` columns read and written as JS bigint, for values that may pass Number.MAX_SAFE_INTEGER. */
export const exactBigint: ValueTransformer = {
  to: (value: bigint | null | undefined) => (value === null || value === undefined ? value : value.toString()),
  from: (value: string | null) => (value === null ? null : BigInt(value)),
};
