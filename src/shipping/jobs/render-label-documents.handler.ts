import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler } from '../../common/jobs';
import { LabelDocumentsPayload, RENDER_LABEL_DOCUMENTS_JOB } from '../documents/document-jobs';
import { ShippingDocumentService } from '../documents/shipping-document.service';
import { ShipmentLabelService } from '../labels/shipment-label.service';

/** Renders and stores the label (PDF, ZPL) and customs documents of a new label. */
@Injectable()
@HandlesJob(RENDER_LABEL_DOCUMENTS_JOB)
export class RenderLabelDocumentsHandler implements JobHandler<LabelDocumentsPayload> {
  constructor(
    private readonly labels: ShipmentLabelService,
    private readonly documents: ShippingDocumentService,
  ) {}

  async handle(payload: LabelDocumentsPayload): Promise<void> {
    await this.documents.renderAll(await this.labels.get(payload.labelId));
  }
}
