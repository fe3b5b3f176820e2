import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Scope } from '../roles';
import { Partner } from './partner.entity';

/** A partner's machine credential. The key is shown once at creation; only its hash is kept. */
@Entity()
export class ApiKey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  partner?: Partner;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Public, non-secret part of the key, used to find the row (`wms_<prefix>_<secret>`). */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  /** SHA-256 of the whole key: keys are 256-bit random, so a slow hash adds nothing. */
  @Column({ type: 'char', length: 64 })
  keyHash: string;

  @Column({ type: 'text', array: true })
  scopes: Scope[];

  /** Requests per minute this key may make; null uses PARTNER_RATE_LIMIT_PER_MINUTE. */
  @Column({ type: 'int', nullable: true })
  rateLimitPerMinute: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'varchar', length: 254 })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
