import { ValueTransformer } from 'typeorm';

/**
 * `bigint` money columns come back from the driver as strings. Amounts written are bounded by
 * Number.MAX_SAFE_INTEGER at the edge, so reading them back as numbers is exact.
 */
export const minorUnits: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** SQL list for a CHECK constraint over an enum's values. */
export const sqlList = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');
