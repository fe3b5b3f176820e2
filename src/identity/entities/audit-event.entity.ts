import { JsonObject } from '../../common/database/json';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who changed what, when, through which request. Written for every state-changing request. */
@Entity()
@Index(['entityType', 'entityId'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  // Millisecond precision, like every sortable timestamp: list cursors carry JavaScript dates.
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  occurredAt: Date;

  /** `user`, `api_key` or `system`. */
  @Column({ type: 'varchar', length: 10 })
  actorType: string;

  @Index()
  @Column({ type: 'varchar', length: 64, nullable: true })
  actorId: string | null;

  /** Human-readable actor (e-mail, key name) as it was at the time. */
  @Column({ type: 'varchar', length: 254 })
  actorLabel: string;

  /** E.g. `product.create`, `auth.login`, `api_key.revoke`. */
  @Index()
  @Column({ type: 'varchar', length: 100 })
  action: string;

  @Column({ type: 'varchar', length: 60, nullable: true })
  entityType: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  entityId: string | null;

  /** What changed, with secrets removed. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  summary: JsonObject;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  @Column({ type: 'int', nullable: true })
  httpStatus: number | null;
}
