import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Transactions } from '../../common/database/transactions.service';
import { isUniqueViolation } from '../../common/database/unique-violation';
import { actorLabel, UserActor } from '../../identity';
import { PlanningPolicy, POLICY_FIELDS, PolicyOverrides, policyResolver, scopeKey } from '../engine/policy';
import { PlanningPolicyRecord } from '../entities/planning-policy.entity';
import { PlanningProductCategory } from '../entities/planning-product-category.entity';
import { policyNotFound, productAndCategory, referenceNotFound } from '../planning.errors';
import { policyRowOf } from './policy-records';

export interface PolicyInput extends PolicyOverrides {
  productId?: string | null;
  category?: string | null;
  warehouseId?: string | null;
}

/** Reads and writes planning policies and product categories. */
@Injectable()
export class PlanningPolicyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
  ) {}

  list(): Promise<PlanningPolicyRecord[]> {
    return this.dataSource.getRepository(PlanningPolicyRecord).find({ order: { scopeKey: 'ASC' } });
  }

  /** Creates the policy of a scope or replaces its settings (settings left out become null: inherited). */
  async put(input: PolicyInput, actor: UserActor): Promise<PlanningPolicyRecord> {
    const scope = { productId: input.productId ?? null, category: input.category ?? null, warehouseId: input.warehouseId ?? null };
    if (scope.productId && scope.category) throw productAndCategory();
    if (scope.productId) await this.requireRow('product', 'productId', scope.productId);
    if (scope.warehouseId) await this.requireRow('warehouse', 'warehouseId', scope.warehouseId);
    if (input.preferredSupplierId) await this.requireRow('supplier', 'preferredSupplierId', input.preferredSupplierId);
    const values = Object.fromEntries(POLICY_FIELDS.map((f) => [f, input[f] ?? null]));
    const key = scopeKey(scope);
    const write = () =>
      this.transactions.run(async (m) => {
        const repo = m.getRepository(PlanningPolicyRecord);
        const existing = await repo.findOne({ where: { scopeKey: key }, lock: { mode: 'pessimistic_write' } });
        return repo.save(repo.create({ ...(existing ?? {}), ...scope, ...values, scopeKey: key, updatedBy: actorLabel(actor) }));
      });
    try {
      return await write();
    } catch (error) {
      // Two first writes of the same scope at once: the loser updates the winner's row.
      if (isUniqueViolation(error, 'uq_planning_policy_scope')) return write();
      throw error;
    }
  }

  async remove(id: string): Promise<void> {
    const { affected } = await this.dataSource.getRepository(PlanningPolicyRecord).delete({ id });
    if (!affected) throw policyNotFound(id);
  }

  /** The settings that apply to a product in a warehouse after resolution. */
  async effective(productId: string, warehouseId: string): Promise<PlanningPolicy> {
    await this.requireRow('product', 'productId', productId);
    await this.requireRow('warehouse', 'warehouseId', warehouseId);
    const category = await this.dataSource.getRepository(PlanningProductCategory).findOneBy({ productId });
    return policyResolver((await this.list()).map(policyRowOf))(productId, category?.category ?? null, warehouseId);
  }

  /** Puts a product in a planning category, or takes it out with null. */
  async setCategory(productId: string, category: string | null, actor: UserActor): Promise<{ productId: string; category: string | null }> {
    await this.requireRow('product', 'productId', productId);
    const repo = this.dataSource.getRepository(PlanningProductCategory);
    if (category === null) await repo.delete({ productId });
    else await repo.upsert({ productId, category, updatedBy: actorLabel(actor) }, ['productId']);
    return { productId, category };
  }

  /** Existence checks on other modules' tables: read-only, by id. */
  private async requireRow(table: 'product' | 'warehouse' | 'supplier', field: string, id: string): Promise<void> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id]);
    if (!rows.length) throw referenceNotFound(field, table, id);
  }
}
