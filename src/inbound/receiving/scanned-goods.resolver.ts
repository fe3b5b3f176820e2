import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Product, ProductService } from '../../catalog';
import { InvalidCodeError, isValidSscc, ParsedScan, parseScan } from '../../common/codes';
import { NotFoundError, ValidationFailedError } from '../../common/errors';
import { LotService } from '../../inventory';
import { InboundCartonContent } from '../entities/inbound-carton-content.entity';
import { InboundCarton } from '../entities/inbound-carton.entity';
import { ReceivedCarton } from '../entities/received-carton.entity';
import { Receipt } from '../entities/receipt.entity';
import { ScanKind } from '../entities/receipt-scan.entity';
import { expiryRequired, lotNotTracked, lotRequired, ssccAlreadyReceived, ssccNotOnShipment, unreadableScan } from '../inbound.errors';
import { ReceiptScanDto } from './receipt-input.dto';

/** One product (or unknown code) and quantity that a scan brings in. */
export interface ScannedGood {
  kind: ScanKind;
  scannedCode: string;
  productId: string | null;
  sku: string | null;
  lotId: string | null;
  lotCode: string | null;
  quantity: number;
}

export interface ScannedGoods {
  goods: ScannedGood[];
  /** Set when an SSCC was scanned. */
  carton: InboundCarton | null;
}

/** Reads a dock scan: a carton label gives the carton's declared contents, anything else one product. */
@Injectable()
export class ScannedGoodsResolver {
  constructor(
    private readonly products: ProductService,
    private readonly lots: LotService,
  ) {}

  async resolve(manager: EntityManager, receipt: Receipt, input: ReceiptScanDto): Promise<ScannedGoods> {
    const scan = parse(input.code);
    if (scan.kind === 'location') throw unreadableScan('code', input.code, 'this is a location label; scan the carton or the product');
    if (scan.kind === 'container') return this.carton(manager, receipt, scan.sscc, input);
    const code = scan.kind === 'sku' ? scan.sku : scan.gtin;
    const quantity = input.quantity ?? (scan.kind === 'item' ? scan.count : undefined) ?? 1;
    const product = await this.findProduct(code);
    if (!product) {
      // Kept, not dropped: an unknown product at the dock is a discrepancy to sort out with the supplier.
      return { carton: null, goods: [{ kind: ScanKind.Unknown, scannedCode: code, productId: null, sku: null, lotId: null, lotCode: null, quantity }] };
    }
    const lotCode = input.lot ?? (scan.kind === 'item' ? scan.lot : undefined) ?? null;
    const expiry = input.expiry ?? (scan.kind === 'item' ? scan.expiry : undefined) ?? null;
    const lot = await this.lotFor(manager, product, lotCode, expiry);
    return {
      carton: null,
      goods: [{ kind: ScanKind.Item, scannedCode: code, productId: product.id, sku: product.sku, lotId: lot?.id ?? null, lotCode: lot?.code ?? null, quantity }],
    };
  }

  private async carton(manager: EntityManager, receipt: Receipt, sscc: string, input: ReceiptScanDto): Promise<ScannedGoods> {
    if (input.quantity !== undefined || input.lot !== undefined || input.expiry !== undefined) {
      throw new ValidationFailedError([{ field: 'quantity', message: 'an SSCC receives the carton as declared: leave quantity, lot and expiry out' }]);
    }
    const carton = await manager.findOneBy(InboundCarton, { sscc });
    if (!carton || carton.shipmentId !== receipt.shipmentId) throw ssccNotOnShipment(sscc);
    if (await manager.existsBy(ReceivedCarton, { sscc })) throw ssccAlreadyReceived(sscc);
    const contents = await manager.find(InboundCartonContent, { where: { cartonId: carton.id }, order: { lineNo: 'ASC' } });
    const goods: ScannedGood[] = [];
    for (const content of contents) {
      const lot = content.lotCode ? await this.lots.findOrCreate(content.productId, content.lotCode, content.expiryDate, manager) : null;
      goods.push({
        kind: ScanKind.Carton, scannedCode: sscc, productId: content.productId, sku: content.sku, lotId: lot?.id ?? null, lotCode: lot?.code ?? null,
        quantity: content.quantity,
      });
    }
    return { carton, goods };
  }

  private async lotFor(manager: EntityManager, product: Product, code: string | null, expiry: string | null) {
    if (!product.lotTracked) {
      if (code) throw lotNotTracked(product.sku);
      return null;
    }
    if (!code) throw lotRequired(product.sku);
    if (product.expiryTracked && !expiry) throw expiryRequired(product.sku);
    return this.lots.findOrCreate(product.id, code, expiry, manager);
  }

  private async findProduct(code: string): Promise<Product | null> {
    try {
      return await this.products.lookup(code);
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }
}

/**
 * What the scanner sent. A bare 18-digit SSCC (typed from the label's text without its AI) is taken
 * as a carton: no product code has 18 digits, so it cannot be mistaken for one.
 */
function parse(raw: string): ParsedScan {
  const typed = raw.trim();
  if (/^\d{18}$/.test(typed) && isValidSscc(typed)) return { kind: 'container', sscc: typed };
  try {
    return parseScan(raw);
  } catch (error) {
    if (error instanceof InvalidCodeError) throw unreadableScan('code', raw, error.reason);
    throw error;
  }
}
