import { Injectable, Logger } from '@nestjs/common';
import { HandlesJob, JobHandler } from '../../common/jobs';
import { DocumentJobPayload, EMAIL_PO_DOCUMENT_JOB } from '../documents/document-jobs';
import { PurchaseOrderDocumentService } from '../documents/purchase-order-document.service';
import { PurchaseOrderMailer } from '../documents/purchase-order-mailer';
import { PurchaseOrderViewService } from '../services/purchase-order-view.service';
import { SupplierService } from '../services/supplier.service';

/**
 * Mails a revision's PDF to the supplier's first contact with an e-mail address, rendering it
 * first if its own job has not run yet. A revision already mailed is not mailed again.
 */
@Injectable()
@HandlesJob(EMAIL_PO_DOCUMENT_JOB)
export class EmailPurchaseOrderDocumentHandler implements JobHandler<DocumentJobPayload> {
  private readonly logger = new Logger('PurchaseOrderMail');

  constructor(
    private readonly documents: PurchaseOrderDocumentService,
    private readonly views: PurchaseOrderViewService,
    private readonly mailer: PurchaseOrderMailer,
    private readonly suppliers: SupplierService,
  ) {}

  async handle({ purchaseOrderId, revision }: DocumentJobPayload): Promise<void> {
    const po = await this.views.getOrder(purchaseOrderId);
    if (po.revision !== revision) return; // superseded: the newer revision has its own mail job
    await this.documents.render(purchaseOrderId, revision);
    const document = await this.documents.get(po, revision);
    if (document.emailedAt) return;
    const supplier = await this.suppliers.get(po.supplierId);
    const to = supplier.contacts.find((c) => c.email)?.email;
    if (!to) {
      this.logger.warn({ purchaseOrder: po.number, supplier: supplier.code }, 'Supplier has no contact e-mail; the document is only available for download');
      return;
    }
    await this.mailer.send({
      to,
      subject: `Purchase order ${po.number} (revision ${revision})`,
      text: `Dear ${supplier.legalNameEn},\n\nplease find attached purchase order ${po.number}, revision ${revision}. Please confirm quantities and dates.\n`,
      fileName: document.fileName,
      pdf: document.pdf,
    });
    await this.documents.markEmailed(document, to);
  }
}
