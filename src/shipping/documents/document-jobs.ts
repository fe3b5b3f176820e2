import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxService } from '../../common/jobs';

export const RENDER_LABEL_DOCUMENTS_JOB = 'shipping.render-label-documents';
export const RENDER_MANIFEST_PDF_JOB = 'shipping.render-manifest-pdf';

export interface LabelDocumentsPayload {
  labelId: string;
  [key: string]: string;
}

export interface ManifestPdfPayload {
  manifestId: string;
  [key: string]: string;
}

/** Schedules document rendering in the caller's transaction; one job per label or manifest. */
@Injectable()
export class ShippingDocumentJobs {
  constructor(private readonly outbox: OutboxService) {}

  renderLabelDocuments(manager: EntityManager, labelId: string): Promise<void> {
    return this.outbox.enqueue(manager, { job: RENDER_LABEL_DOCUMENTS_JOB, key: `label.${labelId}`, payload: { labelId } });
  }

  renderManifestPdf(manager: EntityManager, manifestId: string): Promise<void> {
    return this.outbox.enqueue(manager, { job: RENDER_MANIFEST_PDF_JOB, key: `manifest.${manifestId}`, payload: { manifestId } });
  }
}
