import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CustomsForm } from '../customs/customs-forms';
import { ParcelIncoterm } from '../customs/incoterm-policy';
import {
  CONTENTS_CATEGORIES, ContentsCategory, DeclarationLine, DeclarationParty, EstimatedDuty, ImporterOfRecord, ReasonForExport,
} from '../customs/declaration.types';
import { ShipmentLabel } from './shipment-label.entity';

export interface FxSnapshot {
  date: string;
  baseCurrency: string;
  rates: Record<string, string>;
}

/**
 * The customs declaration of one label, as declared: a snapshot of items, totals, category and
 * terms that later product or rate changes do not alter. A relabelled parcel gets a new one.
 */
@Entity()
@Check('ck_customs_declaration_category', `"category" IN (${CONTENTS_CATEGORIES.map((c) => `'${c}'`).join(', ')})`)
@Check('ck_customs_declaration_other_explained', `"category" <> 'other' OR "category_explanation" IS NOT NULL`)
@Check('ck_customs_declaration_ioss_path', `"ioss_number" IS NULL OR "ioss_applies"`)
export class CustomsDeclaration {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('uq_customs_declaration_label', { unique: true })
  @Column({ type: 'uuid' })
  labelId: string;

  // One per label, by the unique index above.
  @ManyToOne(() => ShipmentLabel, { onDelete: 'CASCADE' })
  label?: ShipmentLabel;

  @Index('ix_customs_declaration_parcel')
  @Column({ type: 'uuid' })
  parcelId: string;

  /** e.g. `CI-LX123456785US`, printed on the commercial invoice and CN 23 box 14. */
  @Column({ type: 'varchar', length: 60 })
  invoiceNumber: string;

  @Column({ type: 'date' })
  shipDate: string;

  @Column({ type: 'char', length: 2 })
  destinationCountry: string;

  /** `US`, `EU` or the destination country. */
  @Column({ type: 'varchar', length: 2 })
  territory: string;

  @Column({ type: 'varchar', length: 20 })
  form: CustomsForm;

  @Column({ type: 'varchar', length: 20 })
  category: ContentsCategory;

  @Column({ type: 'varchar', length: 200, nullable: true })
  categoryExplanation: string | null;

  @Column({ type: 'varchar', length: 20 })
  reasonForExport: ReasonForExport;

  @Column({ type: 'varchar', length: 3 })
  incoterm: ParcelIncoterm;

  /** ISO 4217 of every value in `items` and of the totals. */
  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'jsonb' })
  items: DeclarationLine[];

  @Column({ type: 'int' })
  totalValueMinor: number;

  @Column({ type: 'int' })
  totalNetWeightG: number;

  @Column({ type: 'int' })
  grossWeightG: number;

  /** The same total in EUR, USD and SDR (XDR) minor units where a threshold needed it. */
  @Column({ type: 'int', nullable: true })
  valueEurMinor: number | null;

  @Column({ type: 'int', nullable: true })
  valueUsdMinor: number | null;

  @Column({ type: 'int', nullable: true })
  valueSdrMinor: number | null;

  /** Electronic data only (H7 / ITMATT): set only on the IOSS path, and never printed. */
  @Column({ type: 'varchar', length: 12, nullable: true })
  iossNumber: string | null;

  @Column({ type: 'boolean' })
  iossApplies: boolean;

  @Column({ type: 'boolean' })
  deMinimis: boolean;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  estimatedDuties: EstimatedDuty[];

  @Column({ type: 'jsonb' })
  sender: DeclarationParty;

  @Column({ type: 'jsonb' })
  recipient: DeclarationParty;

  @Column({ type: 'jsonb' })
  importerOfRecord: ImporterOfRecord;

  @Column({ type: 'jsonb' })
  fxRates: FxSnapshot;

  @Column({ type: 'text', array: true })
  rulesApplied: string[];

  /** Who signed the declaration (the user who created the label, or CUSTOMS_SIGNATORY_NAME). */
  @Column({ type: 'varchar', length: 254 })
  declaredBy: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
