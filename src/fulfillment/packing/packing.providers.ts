import { BoxType } from '../entities/box-type.entity';
import { ParcelLine } from '../entities/parcel-line.entity';
import { Parcel } from '../entities/parcel.entity';
import { BoxTypeService } from './box-type.service';
import { BoxTypesController } from './box-types.controller';
import { ItemScanResolver } from './item-scan';
import { PackSessionService } from './pack-session.service';
import { PackSessionViews } from './pack-session.view';
import { PackSessionsController } from './pack-sessions.controller';
import { ParcelDispatchService } from '../dispatch/parcel-dispatch.service';
import { ParcelClosingService } from './parcel-closing.service';
import { ParcelItems } from './parcel-items';
import { ParcelQueryService } from './parcel-query.service';
import { WarehouseBins } from './warehouse-bins';

/** What packing adds to FulfillmentModule, so the module lists it in one line per kind. */
export const PACKING_ENTITIES = [BoxType, Parcel, ParcelLine];
export const PACKING_CONTROLLERS = [BoxTypesController, PackSessionsController];
export const PACKING_PROVIDERS = [
  BoxTypeService, ItemScanResolver, WarehouseBins, PackSessionViews, ParcelItems, PackSessionService, ParcelClosingService, ParcelQueryService,
  ParcelDispatchService,
];
/** For shipping (closed parcels for labels and customs documents) and for returns. */
export const PACKING_EXPORTS = [ParcelQueryService, BoxTypeService, ParcelDispatchService];
