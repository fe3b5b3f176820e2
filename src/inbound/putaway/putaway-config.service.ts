import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ProductService } from '../../catalog';
import { NotFoundError, UnprocessableError } from '../../common/errors';
import { LocationService, LocationType, WarehouseService } from '../../inventory';
import { ProductSlotting } from '../entities/product-slotting.entity';
import { PutawayRuleConfig } from '../entities/putaway-rule-config.entity';
import { locationOfOtherWarehouse } from '../inbound.errors';
import { DEFAULT_RULE_ORDER, PutawayRule } from './bin-suggestion';
import { ProductSlottingDto } from './putaway.dto';

/** Per-warehouse put-away settings: the rule order, and each product's pick face and zone. */
@Injectable()
export class PutawayConfigService {
  constructor(
    @InjectRepository(PutawayRuleConfig) private readonly configs: Repository<PutawayRuleConfig>,
    @InjectRepository(ProductSlotting) private readonly slottings: Repository<ProductSlotting>,
    private readonly warehouses: WarehouseService,
    private readonly locations: LocationService,
    private readonly products: ProductService,
  ) {}

  async rules(warehouseId: string): Promise<{ warehouseId: string; rules: PutawayRule[]; isDefault: boolean }> {
    await this.warehouses.get(warehouseId);
    const config = await this.configs.findOneBy({ warehouseId });
    return { warehouseId, rules: config?.rules ?? [...DEFAULT_RULE_ORDER], isDefault: !config };
  }

  async setRules(warehouseId: string, rules: PutawayRule[], updatedBy: string): Promise<{ warehouseId: string; rules: PutawayRule[]; isDefault: boolean }> {
    await this.warehouses.get(warehouseId);
    await this.configs.upsert({ warehouseId, rules, updatedBy }, ['warehouseId']);
    return { warehouseId, rules, isDefault: false };
  }

  async slotting(warehouseId: string, productId: string): Promise<ProductSlotting> {
    const slotting = await this.slottings.findOneBy({ warehouseId, productId });
    if (!slotting) throw new NotFoundError('product_slotting', `${warehouseId}/${productId}`);
    return slotting;
  }

  /** Sets what is given, keeps what is left out, clears what is null. */
  async setSlotting(warehouseId: string, productId: string, input: ProductSlottingDto, updatedBy: string): Promise<ProductSlotting> {
    await this.warehouses.get(warehouseId);
    await this.products.get(productId);
    if (input.fixedPickFaceLocationId) await this.checkPickFace(warehouseId, input.fixedPickFaceLocationId);
    const current = await this.slottings.findOneBy({ warehouseId, productId });
    await this.slottings.upsert(
      {
        warehouseId, productId, updatedBy,
        fixedPickFaceLocationId: input.fixedPickFaceLocationId === undefined ? (current?.fixedPickFaceLocationId ?? null) : input.fixedPickFaceLocationId,
        preferredZone: input.preferredZone === undefined ? (current?.preferredZone ?? null) : input.preferredZone,
      },
      ['warehouseId', 'productId'],
    );
    return this.slotting(warehouseId, productId);
  }

  private async checkPickFace(warehouseId: string, locationId: string): Promise<void> {
    let location;
    try {
      location = await this.locations.get(locationId);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      throw new UnprocessableError('LOCATION_NOT_FOUND', `No location ${locationId}.`, [{ field: 'fixedPickFaceLocationId', message: 'names no location' }]);
    }
    if (location.warehouseId !== warehouseId) throw locationOfOtherWarehouse('fixedPickFaceLocationId', location.code);
    if (location.type !== LocationType.PickFace) {
      throw new UnprocessableError('NOT_A_PICK_FACE', `Location ${location.code} is a ${location.type} location, not a pick face.`, [
        { field: 'fixedPickFaceLocationId', message: `${location.code} is not a pick face` },
      ]);
    }
  }
}
