import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { Repository } from 'typeorm';
import { CarrierService } from '../entities/carrier-service.entity';
import { ShipmentLabel } from '../entities/shipment-label.entity';
import { ShippingDocument } from '../entities/shipping-document.entity';
import { documentNotFound, labelFormatNotOffered } from '../shipping.errors';
import { LabelDocumentKind, LabelDocumentRenderer, RenderedFile } from './label-document-renderer';

/** A stored document without its bytes, for listings. */
export type DocumentSummary = Omit<ShippingDocument, 'content' | 'label' | 'manifest'>;

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/**
 * Stores each rendered document once, with its checksum. Jobs render them right after the label
 * is created; a download that comes first renders and stores it itself, and both end up serving
 * the same stored bytes.
 */
@Injectable()
export class ShippingDocumentService {
  constructor(
    @InjectRepository(ShippingDocument) private readonly documents: Repository<ShippingDocument>,
    @InjectRepository(CarrierService) private readonly services: Repository<CarrierService>,
    private readonly renderer: LabelDocumentRenderer,
  ) {}

  /** The label formats the carrier's service prints, then the customs form, if any. */
  async kindsFor(label: ShipmentLabel): Promise<LabelDocumentKind[]> {
    const service = await this.services.findOneByOrFail({ id: label.carrierServiceId });
    const formats = service.labelFormats.map((format): LabelDocumentKind => (format === 'pdf' ? 'label_pdf' : 'label_zpl'));
    return label.customsForm ? [...formats, label.customsForm] : formats;
  }

  async forLabel(label: ShipmentLabel, kind: LabelDocumentKind): Promise<ShippingDocument> {
    const kinds = await this.kindsFor(label);
    if (!kinds.includes(kind)) {
      if (kind === 'label_pdf' || kind === 'label_zpl') throw labelFormatNotOffered(kind === 'label_pdf' ? 'pdf' : 'zpl', label.content.serviceName);
      throw documentNotFound(kind);
    }
    const stored = await this.documents.findOneBy({ labelId: label.id, kind });
    return stored ?? this.store({ labelId: label.id, manifestId: null, parcelId: label.parcelId, kind }, await this.renderer.render(label, kind));
  }

  /** Renders whatever of the label's documents is missing. */
  async renderAll(label: ShipmentLabel): Promise<void> {
    for (const kind of await this.kindsFor(label)) await this.forLabel(label, kind);
  }

  listForLabel(labelId: string): Promise<DocumentSummary[]> {
    return this.documents.find({
      select: { id: true, labelId: true, manifestId: true, parcelId: true, kind: true, fileName: true, contentType: true, sizeBytes: true, sha256: true, createdAt: true },
      where: { labelId },
      order: { createdAt: 'ASC' },
    });
  }

  findForManifest(manifestId: string): Promise<ShippingDocument | null> {
    return this.documents.findOneBy({ manifestId, kind: 'manifest_pdf' });
  }

  /** A concurrent writer may have stored the same document first; its copy is the one kept. */
  async store(owner: Pick<ShippingDocument, 'labelId' | 'manifestId' | 'parcelId' | 'kind'>, file: RenderedFile): Promise<ShippingDocument> {
    await this.documents
      .createQueryBuilder()
      .insert()
      .into(ShippingDocument)
      .values({ ...owner, ...file, sizeBytes: file.content.length, sha256: sha256(file.content) })
      .orIgnore()
      .execute();
    const where = owner.labelId ? { labelId: owner.labelId, kind: owner.kind } : { manifestId: owner.manifestId!, kind: owner.kind };
    return this.documents.findOneByOrFail(where);
  }
}
