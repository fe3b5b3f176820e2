import { ReturnLine } from '../entities/return-line.entity';
import { ReturnOrder } from '../entities/return-order.entity';
import { ReturnAuthorizationService } from './return-authorization.service';
import { ReturnReceivingService } from './return-receiving.service';
import { ReturnsController } from './returns.controller';

/** What returns add to FulfillmentModule; they rely on the packing providers (parcels, item scans, bins). */
export const RETURNS_ENTITIES = [ReturnOrder, ReturnLine];
export const RETURNS_CONTROLLERS = [ReturnsController];
export const RETURNS_PROVIDERS = [ReturnAuthorizationService, ReturnReceivingService];
