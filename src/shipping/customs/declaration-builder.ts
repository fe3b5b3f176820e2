import { CustomsDeclaration } from '../entities/customs-declaration.entity';
import { placeLines } from '../labels/parcel-label.model';
import { ParcelFacts } from '../parcels/parcel-facts';
import { assessConsignment, ConsignmentFacts, CustomsViolation } from './customs-rule';
import { CUSTOMS_RULES } from './customs-rules';
import { customsFormFor, MailClass } from './customs-forms';
import { customsTerritory, declarationCurrency } from './customs-territory';
import { DeclaredProduct, declarationLines, thresholdRateViolation, unitsPerProduct } from './declaration-lines';
import { ContentsCategory, DEFAULT_REASON, DeclarationParty, ImporterOfRecord, ReasonForExport } from './declaration.types';
import { RateSheet, SDR } from './exchange-rates';
import { chooseIncoterm } from './incoterm-policy';

export interface DeclarationRequest {
  parcel: ParcelFacts;
  products: Map<string, DeclaredProduct>;
  sender: DeclarationParty;
  shipDate: string;
  mailClass: MailClass;
  category: ContentsCategory;
  categoryExplanation: string | null;
  reasonForExport: ReasonForExport | null;
  rates: RateSheet;
  ddpTerritories: ReadonlySet<string>;
  declaredBy: string;
}

export type DeclarationDraft = Omit<CustomsDeclaration, 'id' | 'labelId' | 'label' | 'createdAt'>;

export interface BuiltDeclaration {
  draft: DeclarationDraft;
  violations: CustomsViolation[];
}

/** The currencies a declaration may need rates for; load them into the RateSheet first. */
export function currenciesNeeded(destinationCountry: string, products: Iterable<DeclaredProduct>): string[] {
  const own = declarationCurrency(destinationCountry);
  return [...new Set([...[...products].map((p) => p.declaredValueCurrency), ...(own ? [own] : []), 'EUR', 'USD', SDR])];
}

export function recipientParty(parcel: ParcelFacts): DeclarationParty {
  const { shipTo } = parcel;
  return {
    name: shipTo.name,
    addressLines: [...shipTo.lines, ...placeLines(shipTo)],
    city: shipTo.city,
    country: shipTo.country,
    phone: shipTo.phone,
    email: shipTo.email,
    references: {},
  };
}

/**
 * Builds the declaration of a parcel and runs every pre-flight rule on it. A declaration with
 * violations must not be stored: the caller reports them all.
 */
export function buildDeclaration(request: DeclarationRequest): BuiltDeclaration {
  const { parcel, rates, shipDate, mailClass } = request;
  const country = parcel.shipTo.country;
  const territory = customsTerritory(country);
  const units = unitsPerProduct(parcel.lines);
  const currency = declarationCurrency(country) ?? request.products.get([...units.keys()][0])!.declaredValueCurrency;
  const priced = declarationLines(units, request.products, country, currency, rates);
  const violations = [...priced.violations];
  const totalValueMinor = priced.lines.reduce((sum, line) => sum + line.valueMinor, 0);

  const thresholdValue = (target: string, needed: boolean): number | null => {
    const value = rates.convert(totalValueMinor, currency, target);
    if (value === null && needed && priced.violations.length === 0) violations.push(thresholdRateViolation(currency, target, rates));
    return value;
  };
  const valueEurMinor = thresholdValue('EUR', territory === 'EU');
  const valueUsdMinor = thresholdValue('USD', territory === 'US');
  const valueSdrMinor = thresholdValue(SDR, mailClass === MailClass.LetterPost);

  const facts: ConsignmentFacts = {
    shipDate, destinationCountry: country, territory, items: priced.lines, grossWeightG: parcel.grossWeightG,
    valueEurMinor, valueUsdMinor, iossNumber: parcel.iossNumber,
  };
  const assessment = assessConsignment(facts, CUSTOMS_RULES);
  // A line without an exchange rate has no value to judge; its rate violation already says why.
  const unpriced = new Set(priced.violations.map((v) => v.field.replace('.currency', '.valueMinor')));
  violations.push(...assessment.violations.filter((v) => !unpriced.has(v.field)));

  const incoterm = chooseIncoterm(territory, assessment.iossApplies, request.ddpTerritories);
  const recipient = recipientParty(parcel);
  const importerOfRecord: ImporterOfRecord = incoterm === 'DDP'
    ? { party: 'sender', name: request.sender.name, references: request.sender.references }
    : { party: 'recipient', name: recipient.name, references: recipient.references };

  const draft: DeclarationDraft = {
    parcelId: parcel.parcelId,
    invoiceNumber: `CI-${parcel.orderReference}-${parcel.sequence}`,
    shipDate,
    destinationCountry: country,
    territory,
    form: customsFormFor(mailClass, valueSdrMinor, parcel.grossWeightG),
    category: request.category,
    categoryExplanation: request.categoryExplanation,
    reasonForExport: request.reasonForExport ?? DEFAULT_REASON[request.category],
    incoterm,
    currency,
    items: priced.lines,
    totalValueMinor,
    totalNetWeightG: priced.lines.reduce((sum, line) => sum + line.netWeightG, 0),
    grossWeightG: parcel.grossWeightG,
    valueEurMinor,
    valueUsdMinor,
    valueSdrMinor,
    iossNumber: assessment.iossApplies ? parcel.iossNumber : null,
    iossApplies: assessment.iossApplies,
    deMinimis: assessment.deMinimis,
    estimatedDuties: assessment.estimatedDuties,
    sender: request.sender,
    recipient,
    importerOfRecord,
    fxRates: rates.snapshot(),
    rulesApplied: assessment.rulesApplied,
    declaredBy: request.declaredBy,
  };
  return { draft, violations };
}
