import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../common/http/pagination';
import { SHIPMENT_STATUSES, ShipmentStatus } from './shipment.lifecycle';

const toList = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((s) => s.trim()) : value);

export enum ShipmentListView {
  /** Departed and not yet at the warehouse. */
  InTransit = 'in_transit',
  /** Not delivered yet, and the ETA slipped past the original ETA or has passed. */
  Late = 'late',
}

export class ShipmentQueryDto extends PageQueryDto {
  /** One status or several separated by commas, e.g. `departed,arrived_port`. */
  @ApiPropertyOptional({ type: String, example: 'departed,arrived_port' })
  @IsOptional()
  @Transform(toList)
  @IsIn(SHIPMENT_STATUSES, { each: true, message: `status must be one or more of ${SHIPMENT_STATUSES.join(', ')}` })
  status?: ShipmentStatus[];

  @ApiPropertyOptional({ enum: ShipmentListView, enumName: 'ShipmentListView' })
  @IsOptional()
  @IsIn(Object.values(ShipmentListView))
  view?: ShipmentListView;

  @IsOptional()
  @IsUUID()
  warehouseId?: string;

  @IsOptional()
  @IsUUID()
  forwarderId?: string;

  /** Shipments carrying a line of this purchase order. */
  @IsOptional()
  @IsUUID()
  purchaseOrderId?: string;

  /** `eta`, `createdAt`, `number`; prefix `-` for descending. Default `eta`. */
  @IsOptional()
  @IsString()
  sort?: string;
}

/** A forwarder lists only its own shipments. */
export class PartnerShipmentQueryDto extends OmitType(ShipmentQueryDto, ['forwarderId'] as const) {}

export class ArrivingQueryDto {
  @IsUUID()
  warehouseId: string;
}
