import { DeclaredItem, EstimatedDuty } from './customs-rule';

/** UPU CN 23 box 10. */
export enum ContentsCategory {
  SaleOfGoods = 'sale_of_goods',
  Gift = 'gift',
  Documents = 'documents',
  CommercialSample = 'commercial_sample',
  ReturnedGoods = 'returned_goods',
  Other = 'other',
}

export const CONTENTS_CATEGORIES = Object.values(ContentsCategory);

/** Commercial invoice "reason for export" (reference §2). */
export enum ReasonForExport {
  Sale = 'sale',
  Gift = 'gift',
  Sample = 'sample',
  ReturnOrRepair = 'return_or_repair',
  PersonalEffects = 'personal_effects',
}

export const REASONS_FOR_EXPORT = Object.values(ReasonForExport);

export const DEFAULT_REASON: Record<ContentsCategory, ReasonForExport> = {
  [ContentsCategory.SaleOfGoods]: ReasonForExport.Sale,
  [ContentsCategory.Gift]: ReasonForExport.Gift,
  [ContentsCategory.Documents]: ReasonForExport.Sale,
  [ContentsCategory.CommercialSample]: ReasonForExport.Sample,
  [ContentsCategory.ReturnedGoods]: ReasonForExport.ReturnOrRepair,
  [ContentsCategory.Other]: ReasonForExport.Sale,
};

/** Customs identifiers of a party; only those known are present. */
export interface PartyReferences {
  eori?: string;
  vatNumber?: string;
  /** US EIN / CBP importer number. */
  taxId?: string;
}

export interface DeclarationParty {
  name: string;
  /** Street lines, then the place and country lines as printed. */
  addressLines: string[];
  /** For the Incoterm's named place, e.g. `DAP Paris FR`. */
  city: string;
  country: string;
  phone: string | null;
  email: string | null;
  references: PartyReferences;
}

/** A declared line: the rules' view plus what the documents print. */
export interface DeclarationLine extends DeclaredItem {
  productId: string;
  descriptionZh: string | null;
  gtin: string | null;
  unitValueMinor: number;
}

export interface ImporterOfRecord {
  /** Who pays duty and import VAT. */
  party: 'sender' | 'recipient';
  name: string;
  references: PartyReferences;
}

export type { EstimatedDuty };
