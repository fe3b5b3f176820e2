import { FieldError } from '../../common/errors';

/** A pre-flight problem: the app's FieldError plus the code of the rule that found it. */
export interface CustomsViolation extends FieldError {
  rule: string;
}

/** One line of the declaration as the rules see it: line totals, values in the declaration currency. */
export interface DeclaredItem {
  sku: string;
  description: string;
  quantity: number;
  netWeightG: number;
  valueMinor: number;
  currency: string;
  /** The destination's national code when the product has one, else its 6-digit HS subheading. */
  hsCode: string;
  originCountry: string;
}

/** Everything the rules look at; built once per label from the parcel, the order and the products. */
export interface ConsignmentFacts {
  /** `YYYY-MM-DD`: selects the rules in force. */
  shipDate: string;
  destinationCountry: string;
  /** `US`, `EU`, or the destination country (see customsTerritory). */
  territory: string;
  items: DeclaredItem[];
  grossWeightG: number;
  /** Intrinsic value of the goods in EUR and USD minor units; null without an exchange rate. */
  valueEurMinor: number | null;
  valueUsdMinor: number | null;
  iossNumber: string | null;
}

export interface EstimatedDuty {
  rule: string;
  amountMinor: number;
  currency: string;
  basis: string;
}

/** What one rule says: problems to fix, and decisions about how the consignment is cleared. */
export interface RuleOutcome {
  violations?: CustomsViolation[];
  /** VAT was charged at sale under the Import One-Stop Shop. */
  iossApplies?: boolean;
  /** The goods enter duty-free under a low-value exemption. */
  deMinimis?: boolean;
  estimatedDuty?: EstimatedDuty;
}

export interface CustomsRule {
  code: string;
  /** `ANY` for every crossing, else the destination customs territory. */
  territory: 'ANY' | 'US' | 'EU';
  /** In force from this ship date (inclusive) … */
  from?: string;
  /** … until this one (exclusive). */
  until?: string;
  summary: string;
  source: string;
  apply(facts: ConsignmentFacts): RuleOutcome;
}

export interface CustomsAssessment {
  violations: CustomsViolation[];
  /** Codes of the rules in force for this consignment, in table order. */
  rulesApplied: string[];
  iossApplies: boolean;
  deMinimis: boolean;
  estimatedDuties: EstimatedDuty[];
}

export function ruleInForce(rule: Pick<CustomsRule, 'from' | 'until'>, shipDate: string): boolean {
  return (rule.from === undefined || shipDate >= rule.from) && (rule.until === undefined || shipDate < rule.until);
}

/** Runs every rule in force for the ship date and destination; collects all violations at once. */
export function assessConsignment(facts: ConsignmentFacts, rules: readonly CustomsRule[]): CustomsAssessment {
  const assessment: CustomsAssessment = { violations: [], rulesApplied: [], iossApplies: false, deMinimis: false, estimatedDuties: [] };
  for (const rule of rules) {
    if (rule.territory !== 'ANY' && rule.territory !== facts.territory) continue;
    if (!ruleInForce(rule, facts.shipDate)) continue;
    const outcome = rule.apply(facts);
    assessment.rulesApplied.push(rule.code);
    assessment.violations.push(...(outcome.violations ?? []));
    if (outcome.iossApplies !== undefined) assessment.iossApplies = outcome.iossApplies;
    if (outcome.deMinimis !== undefined) assessment.deMinimis = outcome.deMinimis;
    if (outcome.estimatedDuty) assessment.estimatedDuties.push(outcome.estimatedDuty);
  }
  return assessment;
}

/** One violation per item that fails `broken`; `message` names the item. */
export function itemViolations(
  facts: ConsignmentFacts,
  rule: string,
  field: keyof DeclaredItem,
  broken: (item: DeclaredItem) => string | null,
): CustomsViolation[] {
  return facts.items.flatMap((item, index) => {
    const problem = broken(item);
    return problem === null ? [] : [{ field: `items[${index}].${field}`, message: `${item.sku}: ${problem}`, rule }];
  });
}
