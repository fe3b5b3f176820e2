import { EntityManager } from 'typeorm';

/** Sequences created by hand in the Inbound migration (the generator knows none). */
export type NumberSequence = 'inbound_shipment_number_seq' | 'receipt_number_seq';

/**
 * `<prefix>-<year>-<n>`, n at least five digits, from one global sequence that is never restarted.
 * nextval is not transactional: a rollback leaves a gap, never a duplicate.
 */
export async function nextDocumentNumber(manager: EntityManager, sequence: NumberSequence, prefix: string): Promise<string> {
  const [row]: { seq: string; year: number }[] = await manager.query(
    `SELECT nextval('${sequence}')::text AS seq, EXTRACT(YEAR FROM now() AT TIME ZONE 'UTC')::int AS year`,
  );
  return `${prefix}-${row.year}-${row.seq.padStart(5, '0')}`;
}
