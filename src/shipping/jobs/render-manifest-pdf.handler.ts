import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler } from '../../common/jobs';
import { ManifestPdfPayload, RENDER_MANIFEST_PDF_JOB } from '../documents/document-jobs';
import { ManifestService } from '../manifests/manifest.service';

@Injectable()
@HandlesJob(RENDER_MANIFEST_PDF_JOB)
export class RenderManifestPdfHandler implements JobHandler<ManifestPdfPayload> {
  constructor(private readonly manifests: ManifestService) {}

  handle(payload: ManifestPdfPayload): Promise<void> {
    return this.manifests.renderPdf(payload.manifestId);
  }
}
