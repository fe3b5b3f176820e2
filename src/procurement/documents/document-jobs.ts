import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxService } from '../../common/jobs';
import { Environment } from '../../config/environment';
import { PurchaseOrder } from '../entities/purchase-order.entity';

export const RENDER_PO_DOCUMENT_JOB = 'procurement.render-po-document';
export const EMAIL_PO_DOCUMENT_JOB = 'procurement.email-po-document';

export interface DocumentJobPayload {
  purchaseOrderId: string;
  revision: number;
  [key: string]: string | number;
}

/** One job per revision: enqueueing the same revision again (approve, then send) is a no-op. */
const jobKey = (po: PurchaseOrder) => `${po.id}.r${po.revision}`;

/** Schedules the PDF of a revision, and mailing it to the supplier, in the caller's transaction. */
@Injectable()
export class DocumentJobs {
  constructor(
    private readonly outbox: OutboxService,
    private readonly env: Environment,
  ) {}

  get mailConfigured(): boolean {
    return !!(this.env.SMTP_URL && this.env.SMTP_FROM);
  }

  render(manager: EntityManager, po: PurchaseOrder): Promise<void> {
    return this.outbox.enqueue(manager, { job: RENDER_PO_DOCUMENT_JOB, key: jobKey(po), payload: { purchaseOrderId: po.id, revision: po.revision } });
  }

  /** Without SMTP_URL and SMTP_FROM nothing is mailed: the document is there to download. */
  async mail(manager: EntityManager, po: PurchaseOrder): Promise<void> {
    if (!this.mailConfigured) return;
    await this.outbox.enqueue(manager, { job: EMAIL_PO_DOCUMENT_JOB, key: jobKey(po), payload: { purchaseOrderId: po.id, revision: po.revision } });
  }
}
