import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler } from '../../common/jobs';
import { DocumentJobPayload, RENDER_PO_DOCUMENT_JOB } from '../documents/document-jobs';
import { PurchaseOrderDocumentService } from '../documents/purchase-order-document.service';

@Injectable()
@HandlesJob(RENDER_PO_DOCUMENT_JOB)
export class RenderPurchaseOrderDocumentHandler implements JobHandler<DocumentJobPayload> {
  constructor(private readonly documents: PurchaseOrderDocumentService) {}

  handle(payload: DocumentJobPayload): Promise<void> {
    return this.documents.render(payload.purchaseOrderId, payload.revision);
  }
}
