import { Environment } from '../../config/environment';
import { CustomsForm } from '../customs/customs-forms';
import { CONTENTS_CATEGORIES, ContentsCategory, DeclarationParty, PartyReferences, ReasonForExport } from '../customs/declaration.types';
import { formatKg, formatMinor } from '../customs/money';
import { CustomsDeclaration } from '../entities/customs-declaration.entity';
import { ShipmentLabel } from '../entities/shipment-label.entity';

export interface PrintedParty {
  heading: string;
  name: string;
  lines: string[];
}

export interface PrintedLine {
  description: string;
  descriptionZh: string;
  sku: string;
  quantity: string;
  netWeightKg: string;
  unitValue: string;
  value: string;
  hsCode: string;
  origin: string;
}

/** Everything the CN 22, CN 23 and commercial invoice print, formatted; the layouts only place it. */
export interface CustomsDocumentModel {
  form: CustomsForm;
  trackingNumber: string;
  carrierName: string;
  serviceName: string;
  invoiceNumber: string;
  orderReference: string;
  shipDate: string;
  sender: PrintedParty;
  recipient: PrintedParty;
  importerOfRecord: PrintedParty;
  /** `[X] Sale of goods` style, every category listed. */
  categories: { label: string; checked: boolean }[];
  categoryExplanation: string | null;
  reasonForExport: string;
  incoterm: string;
  dutiesPaidBy: string;
  currency: string;
  lines: PrintedLine[];
  totalValue: string;
  totalNetWeightKg: string;
  grossWeightKg: string;
  packages: string;
  estimatedDuties: string[];
  signatory: { name: string; title: string; date: string };
}

const CATEGORY_LABELS: Record<ContentsCategory, string> = {
  [ContentsCategory.Gift]: 'Gift',
  [ContentsCategory.Documents]: 'Documents',
  [ContentsCategory.CommercialSample]: 'Commercial sample',
  [ContentsCategory.ReturnedGoods]: 'Returned goods',
  [ContentsCategory.SaleOfGoods]: 'Sale of goods',
  [ContentsCategory.Other]: 'Other',
};

const REASON_LABELS: Record<ReasonForExport, string> = {
  [ReasonForExport.Sale]: 'Sale',
  [ReasonForExport.Gift]: 'Gift',
  [ReasonForExport.Sample]: 'Sample',
  [ReasonForExport.ReturnOrRepair]: 'Return or repair',
  [ReasonForExport.PersonalEffects]: 'Personal effects',
};

export function referenceLines(references: PartyReferences): string[] {
  return [
    ...(references.eori ? [`EORI ${references.eori}`] : []),
    ...(references.vatNumber ? [`VAT ${references.vatNumber}`] : []),
    ...(references.taxId ? [`Tax ID ${references.taxId}`] : []),
  ];
}

function printed(heading: string, party: DeclarationParty): PrintedParty {
  const contact = [party.phone, party.email].filter((c): c is string => !!c);
  return { heading, name: party.name, lines: [...party.addressLines, ...contact, ...referenceLines(party.references)] };
}

/** Builds what the customs documents print; the IOSS number is never part of it. */
export function buildCustomsDocument(declaration: CustomsDeclaration, label: ShipmentLabel, env: Environment): CustomsDocumentModel {
  const money = (minor: number) => formatMinor(minor, declaration.currency);
  const { importerOfRecord: importer } = declaration;
  return {
    form: declaration.form,
    trackingNumber: label.trackingNumber,
    carrierName: label.content.carrierName,
    serviceName: label.content.serviceName,
    invoiceNumber: declaration.invoiceNumber,
    orderReference: label.content.orderReference,
    shipDate: declaration.shipDate,
    sender: printed('Sender / exporter', declaration.sender),
    recipient: printed('Addressee / consignee', declaration.recipient),
    importerOfRecord: { heading: 'Importer of record', name: importer.name, lines: referenceLines(importer.references) },
    categories: CONTENTS_CATEGORIES.map((c) => ({ label: CATEGORY_LABELS[c], checked: c === declaration.category })),
    categoryExplanation: declaration.categoryExplanation,
    reasonForExport: REASON_LABELS[declaration.reasonForExport],
    incoterm: `${declaration.incoterm} ${declaration.recipient.city} ${declaration.destinationCountry} (Incoterms 2020)`,
    dutiesPaidBy: importer.party === 'sender' ? `Sender (${declaration.incoterm})` : `Recipient (${declaration.incoterm})`,
    currency: declaration.currency,
    lines: declaration.items.map((item) => ({
      description: item.description,
      descriptionZh: item.descriptionZh ?? '',
      sku: item.gtin ? `${item.sku}\nGTIN ${item.gtin}` : item.sku,
      quantity: String(item.quantity),
      netWeightKg: formatKg(item.netWeightG),
      unitValue: money(item.unitValueMinor),
      value: money(item.valueMinor),
      hsCode: item.hsCode,
      origin: item.originCountry,
    })),
    totalValue: money(declaration.totalValueMinor),
    totalNetWeightKg: formatKg(declaration.totalNetWeightG),
    grossWeightKg: formatKg(declaration.grossWeightG),
    packages: `1 (parcel ${label.content.pieceText.toLowerCase()})`,
    estimatedDuties: declaration.estimatedDuties.map((d) => `Estimated duty ${formatMinor(d.amountMinor, d.currency)} ${d.currency}: ${d.basis}`),
    signatory: { name: env.CUSTOMS_SIGNATORY_NAME ?? declaration.declaredBy, title: env.CUSTOMS_SIGNATORY_TITLE, date: declaration.shipDate },
  };
}
