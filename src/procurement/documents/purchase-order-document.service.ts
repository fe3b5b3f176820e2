import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { NotFoundError } from '../../common/errors';
import { Environment } from '../../config/environment';
import { WarehouseService } from '../../inventory';
import { PurchaseOrderDocument } from '../entities/purchase-order-document.entity';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { documentNotReady } from '../procurement.errors';
import { PurchaseOrderViewService } from '../services/purchase-order-view.service';
import { SupplierService } from '../services/supplier.service';
import { buildPurchaseOrderDocument, documentFileName } from './purchase-order-document.model';
import { renderPurchaseOrderPdf } from './purchase-order.pdf';

/** Renders, stores and serves the PDF of each revision of a purchase order. */
@Injectable()
export class PurchaseOrderDocumentService {
  constructor(
    @InjectRepository(PurchaseOrderDocument) private readonly documents: Repository<PurchaseOrderDocument>,
    private readonly views: PurchaseOrderViewService,
    private readonly suppliers: SupplierService,
    private readonly warehouses: WarehouseService,
    private readonly env: Environment,
  ) {}

  /**
   * Renders the revision once. A job for a revision that a newer one has replaced does nothing:
   * the lines now hold the newer revision, and that revision has its own job.
   */
  async render(purchaseOrderId: string, revision: number): Promise<void> {
    if (await this.documents.existsBy({ purchaseOrderId, revision })) return;
    const po = await this.views.getOrder(purchaseOrderId);
    if (po.revision !== revision) return;
    const lines = await this.views.linesOf(po.id);
    // A revision commits lines and revision number together; if the number is still the same after
    // the lines were read, they are this revision's lines.
    if ((await this.views.getOrder(purchaseOrderId)).revision !== revision) return;
    const model = buildPurchaseOrderDocument({
      po,
      lines,
      supplier: await this.suppliers.get(po.supplierId),
      warehouse: await this.warehouses.get(po.warehouseId),
      buyer: { name: this.env.COMPANY_NAME, address: this.env.COMPANY_ADDRESS, contact: po.createdBy },
    });
    const { pdf, pageCount } = await renderPurchaseOrderPdf(model);
    await this.documents
      .createQueryBuilder()
      .insert()
      .into(PurchaseOrderDocument)
      .values({ purchaseOrderId, revision, fileName: model.fileName, pdf, pageCount, emailedAt: null, emailedTo: null })
      .orIgnore()
      .execute();
  }

  /**
   * The document of `revision` (default: the current one). The current revision not rendered yet
   * is a 409 PO_DOCUMENT_NOT_READY (try again shortly); an older revision never rendered is a 404.
   */
  async get(po: PurchaseOrder, revision = po.revision): Promise<PurchaseOrderDocument> {
    const document = await this.documents.findOneBy({ purchaseOrderId: po.id, revision });
    if (document) return document;
    if (revision !== po.revision) throw new NotFoundError('purchase_order_document', documentFileName(po.number, revision));
    throw documentNotReady(po.number, po.revision, po.status);
  }

  async markEmailed(document: PurchaseOrderDocument, to: string): Promise<void> {
    await this.documents.update({ purchaseOrderId: document.purchaseOrderId, revision: document.revision }, { emailedAt: new Date(), emailedTo: to });
  }
}
