import { Injectable } from '@nestjs/common';
import { ProductService } from '../../../catalog';
import { parseGs1ElementString, parseSscc, toHumanReadable } from '../../../common/codes';
import { ValidationFailedError } from '../../../common/errors';
import { LocationService, WarehouseService } from '../../../inventory';
import { PDF, RenderedFile, ZPL } from '../../documents/label-document-renderer';
import { PrinterDpi, ZplLabel } from '../zpl';
import { BinLabel, drawBinLabel, drawBinLabelZpl } from './bin-label';
import { BatchLayout, Cell, LabelStock, LOGISTICS_LABEL_STOCK, renderBatchPdf, renderBatchZpl, SMALL_LABEL_STOCK } from './label-batch';
import { contentElements, drawLogisticsLabel, drawLogisticsLabelZpl, LogisticsUnit } from './logistics-label';
import { drawProductLabel, drawProductLabelZpl, ProductLabel } from './product-label';

export interface BatchOutput {
  format: 'pdf' | 'zpl';
  layout: BatchLayout;
  dpi: PrinterDpi;
}

/** Most labels one request prints: a few sheets' worth more than a day's relabelling needs. */
export const MAX_LABELS_PER_BATCH = 1000;

/** Bin, product and GS1 logistics labels for the floor, printed in batches. */
@Injectable()
export class FloorLabelService {
  constructor(
    private readonly locations: LocationService,
    private readonly warehouses: WarehouseService,
    private readonly products: ProductService,
  ) {}

  async bins(request: { locationIds?: string[]; warehouseId?: string; prefix?: string }, output: BatchOutput): Promise<RenderedFile> {
    const labels = request.locationIds?.length ? await this.binsById(request.locationIds) : await this.binsByPrefix(request.warehouseId!, request.prefix);
    return render('bins', labels, output, SMALL_LABEL_STOCK, drawBinLabel, drawBinLabelZpl);
  }

  async productLabels(items: { productId: string; copies: number }[], output: BatchOutput): Promise<RenderedFile> {
    const copies = items.reduce((sum, item) => sum + item.copies, 0);
    if (copies > MAX_LABELS_PER_BATCH) throw tooMany('items', copies);
    const labels: ProductLabel[] = [];
    for (const { productId, copies: n } of items) {
      const product = await this.products.get(productId);
      labels.push(...Array.from({ length: n }, () => ({ sku: product.sku, nameEn: product.nameEn, nameZh: product.nameZh, gtin: product.gtin })));
    }
    return render('products', labels, output, SMALL_LABEL_STOCK, drawProductLabel, drawProductLabelZpl);
  }

  async logistics(units: LogisticsUnit[], output: BatchOutput): Promise<RenderedFile> {
    // Refuses a wrong SSCC check digit or a field outside its AI's format as a 400 before drawing.
    const checked = units.map((unit) => {
      const sscc = parseSscc(unit.sscc);
      const content = contentElements(unit);
      if (content.length) parseGs1ElementString(toHumanReadable(content));
      return { ...unit, sscc };
    });
    return render('logistics', checked, output, LOGISTICS_LABEL_STOCK, drawLogisticsLabel, drawLogisticsLabelZpl);
  }

  private async binsById(ids: string[]): Promise<BinLabel[]> {
    if (ids.length > MAX_LABELS_PER_BATCH) throw tooMany('locationIds', ids.length);
    const labels: BinLabel[] = [];
    for (const id of ids) {
      const location = await this.locations.get(id);
      labels.push({ code: location.code, barcode: location.barcode, warehouseCode: (await this.warehouses.get(location.warehouseId)).code });
    }
    return labels;
  }

  private async binsByPrefix(warehouseId: string, prefix: string | undefined): Promise<BinLabel[]> {
    const warehouse = await this.warehouses.get(warehouseId);
    const labels: BinLabel[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.locations.list(warehouseId, { q: prefix, active: true, limit: 200, cursor, sort: 'code' });
      labels.push(...page.items.map((l) => ({ code: l.code, barcode: l.barcode, warehouseCode: warehouse.code })));
      if (labels.length > MAX_LABELS_PER_BATCH) throw tooMany('prefix', page.total);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    if (!labels.length) throw new ValidationFailedError([{ field: 'prefix', message: `no active location of warehouse ${warehouse.code} starts with "${prefix ?? ''}"` }]);
    return labels;
  }
}

function tooMany(field: string, count: number): ValidationFailedError {
  return new ValidationFailedError([{ field, message: `${field} selects ${count} labels; at most ${MAX_LABELS_PER_BATCH} print in one batch` }]);
}

async function render<T>(
  name: string,
  labels: T[],
  output: BatchOutput,
  stock: LabelStock,
  drawPdf: (doc: PDFKit.PDFDocument, label: T, cell: Cell) => void,
  drawZpl: (zpl: ZplLabel, label: T) => void,
): Promise<RenderedFile> {
  if (output.format === 'zpl') {
    return { fileName: `${name}-labels-${output.dpi}dpi.zpl`, contentType: ZPL, content: Buffer.from(renderBatchZpl(labels, stock, output.dpi, drawZpl), 'utf8') };
  }
  return { fileName: `${name}-labels-${output.layout}.pdf`, contentType: PDF, content: await renderBatchPdf(labels, output.layout, stock, drawPdf) };
}
