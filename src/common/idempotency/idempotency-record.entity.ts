import { JsonObject } from '../database/json';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The first response to a request sent with an `Idempotency-Key`, replayed for repeats. */
@Entity()
export class IdempotencyRecord {
  /** Keys are per caller: two partners may pick the same key. */
  @PrimaryColumn({ type: 'varchar', length: 80 })
  callerKey: string;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  key: string;

  @Column({ type: 'varchar', length: 10 })
  method: string;

  @Column({ type: 'varchar', length: 500 })
  path: string;

  /** SHA-256 of method, path and body: a repeat with another body is a client bug. */
  @Column({ type: 'char', length: 64 })
  requestHash: string;

  /** Null while the first request is still being processed. */
  @Column({ type: 'int', nullable: true })
  responseStatus: number | null;

  @Column({ type: 'jsonb', nullable: true })
  responseBody: JsonObject | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
