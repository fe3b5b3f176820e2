import { CustomsRule } from './customs-rule';
import { EU_RULES } from './eu-rules';
import { ITEM_RULES } from './item-rules';
import { US_RULES } from './us-rules';

/** Every pre-flight rule, in the order its violations are listed. docs/shipping.md tabulates them. */
export const CUSTOMS_RULES: readonly CustomsRule[] = [...ITEM_RULES, ...US_RULES, ...EU_RULES];
