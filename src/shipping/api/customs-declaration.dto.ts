import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONTENTS_CATEGORIES, ContentsCategory, REASONS_FOR_EXPORT, ReasonForExport } from '../customs/declaration.types';
import { CustomsDeclaration } from '../entities/customs-declaration.entity';

export class PartyReferencesDto {
  eori?: string;
  vatNumber?: string;
  taxId?: string;
}

export class DeclarationPartyDto {
  name: string;
  addressLines: string[];
  city: string;
  country: string;
  phone: string | null;
  email: string | null;
  references: PartyReferencesDto;
}

export class ImporterOfRecordDto {
  @ApiProperty({ enum: ['sender', 'recipient'] })
  party: 'sender' | 'recipient';
  name: string;
  references: PartyReferencesDto;
}

export class DeclarationLineDto {
  productId: string;
  sku: string;
  gtin: string | null;
  description: string;
  descriptionZh: string | null;
  quantity: number;
  /** Line total, grams. */
  netWeightG: number;
  unitValueMinor: number;
  /** unitValueMinor × quantity. */
  valueMinor: number;
  currency: string;
  /** The destination's tariff code (HTS-10 for the US, CN8/TARIC for the EU), else the HS subheading. */
  hsCode: string;
  originCountry: string;
}

export class EstimatedDutyDto {
  rule: string;
  amountMinor: number;
  currency: string;
  basis: string;
}

export class FxSnapshotDto {
  date: string;
  baseCurrency: string;
  rates: Record<string, string>;
}

export class CustomsDeclarationDto {
  id: string;
  labelId: string;
  parcelId: string;
  invoiceNumber: string;
  shipDate: string;
  destinationCountry: string;
  territory: string;
  @ApiProperty({ enum: ['cn22', 'cn23', 'commercial_invoice'] })
  form: string;
  @ApiProperty({ enum: CONTENTS_CATEGORIES, enumName: 'ContentsCategory' })
  category: ContentsCategory;
  categoryExplanation: string | null;
  @ApiProperty({ enum: REASONS_FOR_EXPORT, enumName: 'ReasonForExport' })
  reasonForExport: ReasonForExport;
  @ApiProperty({ enum: ['DDP', 'DAP'] })
  incoterm: string;
  currency: string;
  @ApiProperty({ type: [DeclarationLineDto] })
  items: DeclarationLineDto[];
  totalValueMinor: number;
  totalNetWeightG: number;
  grossWeightG: number;
  valueEurMinor: number | null;
  valueUsdMinor: number | null;
  valueSdrMinor: number | null;
  /** Electronic customs data only (H7 / ITMATT): present on the IOSS path, never printed on label or forms. */
  @ApiPropertyOptional({ type: String, nullable: true })
  iossNumber: string | null;
  iossApplies: boolean;
  deMinimis: boolean;
  @ApiProperty({ type: [EstimatedDutyDto] })
  estimatedDuties: EstimatedDutyDto[];
  sender: DeclarationPartyDto;
  recipient: DeclarationPartyDto;
  importerOfRecord: ImporterOfRecordDto;
  fxRates: FxSnapshotDto;
  /** Codes of the pre-flight rules in force on the ship date. */
  rulesApplied: string[];
  declaredBy: string;
  createdAt: Date;
}

export function toCustomsDeclarationDto(d: CustomsDeclaration): CustomsDeclarationDto {
  const { label: _label, ...fields } = d;
  return fields;
}
