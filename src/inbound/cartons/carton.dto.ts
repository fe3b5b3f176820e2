import { PageOf } from '../../common/http/pagination';
import { InboundCartonContent } from '../entities/inbound-carton-content.entity';
import { InboundCarton, SsccSource } from '../entities/inbound-carton.entity';

export class CartonContentDto {
  productId: string;
  sku: string;
  lotCode: string | null;
  expiryDate: string | null;
  quantity: number;
}

export class CartonDto {
  id: string;
  sscc: string;
  /** `generated` from our GS1 prefix, or `supplied` by the supplier. */
  source: SsccSource;
  grossWeightG: number | null;
  contents: CartonContentDto[];
  createdAt: Date;
}

export class CartonPageDto extends PageOf(CartonDto) {}

export class CartonImportResultDto {
  /** Cartons registered, in packing-list order. */
  cartons: CartonDto[];
}

export function toCartonDto(carton: InboundCarton, contents: InboundCartonContent[]): CartonDto {
  return {
    id: carton.id, sscc: carton.sscc, source: carton.source, grossWeightG: carton.grossWeightG, createdAt: carton.createdAt,
    contents: contents
      .filter((c) => c.cartonId === carton.id)
      .sort((a, b) => a.lineNo - b.lineNo)
      .map((c) => ({ productId: c.productId, sku: c.sku, lotCode: c.lotCode, expiryDate: c.expiryDate, quantity: c.quantity })),
  };
}
