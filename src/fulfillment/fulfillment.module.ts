import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '../catalog';
import { InventoryModule } from '../inventory';
import { AllocationService } from './allocation/allocation.service';
import { KitAvailabilityController } from './api/kit-availability.controller';
import { OutboundOrdersController } from './api/outbound-orders.controller';
import { PickExceptionsController } from './api/pick-exceptions.controller';
import { PickListsController } from './api/pick-lists.controller';
import { WavesController } from './api/waves.controller';
import { OrderAllocation } from './entities/order-allocation.entity';
import { OrderRequirement } from './entities/order-requirement.entity';
import { OutboundOrderEvent } from './entities/outbound-order-event.entity';
import { OutboundOrderLine } from './entities/outbound-order-line.entity';
import { OutboundOrder } from './entities/outbound-order.entity';
import { PickException } from './entities/pick-exception.entity';
import { PickListLine } from './entities/pick-list-line.entity';
import { PickList, PickListOrder } from './entities/pick-list.entity';
import { Wave, WaveOrder } from './entities/wave.entity';
import { AllocateOrderHandler } from './jobs/allocate-order.handler';
import { KitAvailabilityService } from './kits/kit-availability.service';
import { OrderIntakeService } from './orders/order-intake.service';
import { OutboundOrderService } from './orders/outbound-order.service';
import { PickingService } from './picking/picking.service';
import { ShortPickService } from './picking/short-pick.service';
import { WaveService } from './waves/wave.service';
// Packing and returns (box types, parcels, RMAs).
import { PACKING_CONTROLLERS, PACKING_ENTITIES, PACKING_EXPORTS, PACKING_PROVIDERS } from './packing/packing.providers';
import { RETURNS_CONTROLLERS, RETURNS_ENTITIES, RETURNS_PROVIDERS } from './returns/returns.providers';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      OutboundOrder, OutboundOrderLine, OrderRequirement, OrderAllocation, OutboundOrderEvent, Wave, WaveOrder, PickList, PickListOrder, PickListLine,
      PickException,
      ...PACKING_ENTITIES, ...RETURNS_ENTITIES,
    ]),
    CatalogModule,
    InventoryModule,
  ],
  controllers: [OutboundOrdersController, KitAvailabilityController, WavesController, PickListsController, PickExceptionsController, ...PACKING_CONTROLLERS, ...RETURNS_CONTROLLERS],
  providers: [
    OrderIntakeService, OutboundOrderService, AllocationService, AllocateOrderHandler, KitAvailabilityService, WaveService, PickingService, ShortPickService,
    ...PACKING_PROVIDERS, ...RETURNS_PROVIDERS,
  ],
  exports: [OutboundOrderService, AllocationService, WaveService, PickingService, ...PACKING_EXPORTS],
})
export class FulfillmentModule {}
