import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { Transactions } from '../../common/database/transactions.service';
import { kitComponentInvalid, kitIsComponent, productNotFound } from '../catalog.errors';
import { KitComponent } from '../entities/kit-component.entity';
import { Product } from '../entities/product.entity';
import { KitRecipe } from './kit-expansion';

export interface KitComponentInput {
  productId: string;
  quantity: number;
}

export interface KitComponentView {
  product: Product;
  quantity: number;
}

export interface KitView {
  kit: Product;
  /** Empty for a product that is not a kit. */
  components: KitComponentView[];
}

/** Components per kit: a kit has at most this many. */
export const MAX_KIT_COMPONENTS = 50;

/**
 * Kits ("outfits"): a product defined by components and quantities. A kit is never a component of
 * another kit, so expanding a line is one level deep.
 */
@Injectable()
export class KitService {
  constructor(
    @InjectRepository(KitComponent) private readonly components: Repository<KitComponent>,
    @InjectRepository(Product) private readonly products: Repository<Product>,
    private readonly transactions: Transactions,
  ) {}

  async get(kitProductId: string): Promise<KitView> {
    const kit = await this.products.findOneBy({ id: kitProductId });
    if (!kit) throw productNotFound(kitProductId);
    const rows = await this.components.find({ where: { kitProductId }, relations: { componentProduct: true } });
    rows.sort((a, b) => a.componentProduct!.sku.localeCompare(b.componentProduct!.sku));
    return { kit, components: rows.map((r) => ({ product: r.componentProduct!, quantity: r.quantity })) };
  }

  /**
   * Replaces a kit's components (an empty list makes it an ordinary product again). Orders already
   * taken keep the components they were expanded into.
   */
  setComponents(kitProductId: string, input: KitComponentInput[]): Promise<KitView> {
    checkInput(kitProductId, input);
    return this.transactions
      .run(async (manager) => {
        const locked = await lockProducts(manager, [kitProductId, ...input.map((c) => c.productId)]);
        const kit = locked.get(kitProductId);
        if (!kit) throw productNotFound(kitProductId);
        input.forEach((c, i) => {
          if (!locked.has(c.productId)) throw kitComponentInvalid(`components[${i}].productId`, `components[${i}].productId names no product`);
        });
        if (input.length) await this.assertNotNested(manager, kit, input);
        await manager.delete(KitComponent, { kitProductId });
        if (input.length) {
          await manager.insert(KitComponent, input.map((c) => ({ kitProductId, componentProductId: c.productId, quantity: c.quantity })));
        }
      })
      .then(() => this.get(kitProductId));
  }

  /** Recipes of those of `productIds` that are kits. */
  async recipes(productIds: string[]): Promise<Map<string, KitRecipe[]>> {
    const rows = productIds.length ? await this.components.find({ where: { kitProductId: In([...new Set(productIds)]) } }) : [];
    const recipes = new Map<string, KitRecipe[]>();
    for (const r of rows.sort((a, b) => a.componentProductId.localeCompare(b.componentProductId))) {
      const recipe = recipes.get(r.kitProductId) ?? [];
      recipe.push({ componentProductId: r.componentProductId, quantity: r.quantity });
      recipes.set(r.kitProductId, recipe);
    }
    return recipes;
  }

  async isKit(productId: string): Promise<boolean> {
    return this.components.existsBy({ kitProductId: productId });
  }

  /** A component must not be a kit, and a kit must not be a component of another kit. */
  private async assertNotNested(manager: EntityManager, kit: Product, input: KitComponentInput[]): Promise<void> {
    const componentIds = input.map((c) => c.productId);
    const kitsAmongComponents = await manager.find(KitComponent, { where: { kitProductId: In(componentIds) }, select: { kitProductId: true } });
    if (kitsAmongComponents.length) {
      const i = componentIds.indexOf(kitsAmongComponents[0].kitProductId);
      throw kitComponentInvalid(`components[${i}].productId`, `components[${i}].productId is itself a kit; kits cannot contain kits`);
    }
    const parents = await manager.find(KitComponent, { where: { componentProductId: kit.id }, relations: { kitProduct: true } });
    if (parents.length) throw kitIsComponent(kit.sku, parents.map((p) => p.kitProduct!.sku));
  }
}

function checkInput(kitProductId: string, input: KitComponentInput[]): void {
  const seen = new Set<string>();
  input.forEach((c, i) => {
    if (c.productId === kitProductId) throw kitComponentInvalid(`components[${i}].productId`, `components[${i}].productId is the kit itself`);
    if (seen.has(c.productId)) throw kitComponentInvalid(`components[${i}].productId`, `components[${i}].productId is listed twice`);
    seen.add(c.productId);
  });
}

/**
 * Locks the product rows in id order, so two kit definitions that share products wait for each
 * other instead of both passing the nesting check.
 */
async function lockProducts(manager: EntityManager, ids: string[]): Promise<Map<string, Product>> {
  const sorted = [...new Set(ids)].sort();
  const rows = await manager
    .createQueryBuilder(Product, 'p')
    .where('p.id IN (:...ids)', { ids: sorted })
    .orderBy('p.id')
    .setLock('pessimistic_write')
    .getMany();
  return new Map(rows.map((p) => [p.id, p]));
}
