import { POLICY_FIELDS, PolicyOverrides, PolicyRow } from '../engine/policy';
import { PlanningPolicyRecord } from '../entities/planning-policy.entity';

/** The stored policy as the engine's scope + overrides. */
export function policyRowOf(r: PlanningPolicyRecord): PolicyRow {
  const values: PolicyOverrides = {};
  for (const field of POLICY_FIELDS) (values as Record<string, unknown>)[field] = r[field];
  return { productId: r.productId, category: r.category, warehouseId: r.warehouseId, values };
}
