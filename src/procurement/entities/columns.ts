import { ValueTransformer } from 'typeorm';
import { INCOTERMS } from '../services/incoterms';

/**
 * `bigint` money columns: the driver returns them as strings. Every amount written is bounded by
 * Number.MAX_SAFE_INTEGER at the edge, so reading them back as numbers is exact.
 */
export const minorUnits: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** SQL list of the eleven Incoterms 2020 rules, for CHECK constraints. */
export const INCOTERM_SQL_LIST = INCOTERMS.map((t) => `'${t}'`).join(', ');
