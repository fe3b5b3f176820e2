import { INestApplicationContext } from '@nestjs/common';
import { ProductService } from '../catalog/services/product.service';
import { NotFoundError } from '../common/errors';
import { PartnerKind, Role } from '../identity/roles';
import { PartnerService } from '../identity/services/partner.service';
import { UserService } from '../identity/services/user.service';
import { LocationType } from '../inventory/entities/location.entity';
import { LocationService } from '../inventory/services/location.service';
import { WarehouseService } from '../inventory/services/warehouse.service';
import { demoProducts } from './demo-catalog';

export const DEMO_PASSWORD = 'demo-password';

const USERS: [email: string, name: string, roles: Role[]][] = [
  ['admin@demo.wms', 'Alex Admin', [Role.Admin]],
  ['buyer@demo.wms', 'Bea Buyer', [Role.Procurement]],
  ['buying.manager@demo.wms', 'Chen Jing', [Role.ProcurementManager, Role.Procurement]],
  ['picker@demo.wms', 'Dario Picker', [Role.Warehouse]],
  ['lead@demo.wms', 'Erin Lead', [Role.WarehouseLead, Role.Warehouse]],
  ['logistics@demo.wms', 'Femi Logistics', [Role.Logistics]],
];

const PARTNERS: [code: string, name: string, kind: PartnerKind][] = [
  ['SZ-HUAXIN', 'Shenzhen Huaxin Apparel Co., Ltd. (深圳华信服饰有限公司)', PartnerKind.Supplier],
  ['GZ-BAIYUN', 'Guangzhou Baiyun Leather Goods Factory (广州白云皮具厂)', PartnerKind.Supplier],
  ['YW-JIALI', 'Yiwu Jiali Accessories Trading Co., Ltd. (义乌佳丽饰品贸易有限公司)', PartnerKind.Supplier],
  ['OCEANLINK', 'OceanLink Logistics (Shenzhen)', PartnerKind.Forwarder],
  ['USPS', 'United States Postal Service', PartnerKind.Carrier],
  ['SOCIAL-SHOP', 'Social video shop storefront', PartnerKind.Shop],
];

/** Newark DC: receiving doors, two storage zones, pick faces, packing and shipping lanes, a QC cage. */
const BIN_RANGES: [pattern: string, type: LocationType, capacity?: number][] = [
  ['RCV-01..04', LocationType.Receiving],
  ['A-01..04-01..05-01..03', LocationType.Storage, 400],
  ['B-01..02-01..05-01..03', LocationType.Storage, 400],
  ['P-01..02-01..10-01..02', LocationType.PickFace, 60],
  ['PACK-01..04', LocationType.Packing],
  ['SHIP-01..02', LocationType.Shipping],
  ['QC-01', LocationType.Quarantine],
];

/** Loads the demo data set. Running it again creates nothing new and resets the demo passwords. */
export async function seedDemo(app: INestApplicationContext): Promise<string> {
  const users = app.get(UserService);
  for (const [email, name, roles] of USERS) await users.upsert({ email, name, roles, password: DEMO_PASSWORD });

  const partners = app.get(PartnerService);
  for (const [code, name, kind] of PARTNERS) {
    if (!(await partners.findByCode(code))) await partners.create({ code, name, kind });
  }

  const warehouses = app.get(WarehouseService);
  const warehouse =
    (await warehouses.findByCode('US-NJ1')) ??
    (await warehouses.create({
      code: 'US-NJ1', name: 'Newark DC', addressLine1: '100 Port Street', city: 'Newark', region: 'NJ',
      postcode: '07114', country: 'US', timezone: 'America/New_York',
    }));
  const locations = app.get(LocationService);
  let bins = 0;
  for (const [pattern, type, capacity] of BIN_RANGES) {
    bins += (await locations.bulkCreate(warehouse.id, { pattern, type, capacity, skipExisting: true })).created;
  }

  const products = app.get(ProductService);
  let created = 0;
  for (const product of demoProducts()) {
    try {
      await products.getBySku(product.sku);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      await products.create(product);
      created++;
    }
  }

  return [
    `Demo data ready: ${USERS.length} users (password "${DEMO_PASSWORD}"), ${PARTNERS.length} partners,`,
    `warehouse ${warehouse.code} with ${bins} new bins, ${created} new products.`,
    `Sign in as admin@demo.wms, buyer@demo.wms, buying.manager@demo.wms, picker@demo.wms, lead@demo.wms or logistics@demo.wms.`,
  ].join('\n');
}
