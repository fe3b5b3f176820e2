import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ProductService } from '../../catalog';
import { Environment } from '../../config/environment';
import { CustomsDeclaration } from '../entities/customs-declaration.entity';
import { ParcelFacts } from '../parcels/parcel-facts';
import { customsPreflightFailed, noCustomsDeclaration } from '../shipping.errors';
import { MailClass } from './customs-forms';
import { buildDeclaration, currenciesNeeded, DeclarationDraft } from './declaration-builder';
import { DeclaredProduct } from './declaration-lines';
import { ContentsCategory, DeclarationParty, ReasonForExport } from './declaration.types';
import { ExchangeRates, RateSheet } from './exchange-rates';

export interface PreflightRequest {
  parcel: ParcelFacts;
  sender: DeclarationParty;
  shipDate: string;
  mailClass: MailClass;
  category: ContentsCategory;
  categoryExplanation: string | null;
  reasonForExport: ReasonForExport | null;
  declaredBy: string;
}

/** Builds declarations from the parcel and the product master, and runs the pre-flight rules on them. */
@Injectable()
export class CustomsDeclarationService {
  private readonly ddpTerritories: ReadonlySet<string>;

  constructor(
    @InjectRepository(CustomsDeclaration) private readonly declarations: Repository<CustomsDeclaration>,
    private readonly products: ProductService,
    private readonly rates: ExchangeRates,
    env: Environment,
  ) {
    this.ddpTerritories = new Set(env.SHIPPING_DDP_TERRITORIES.split(',').filter(Boolean));
  }

  /** The declaration to store with the label; every rule broken is reported at once as a 422. */
  async preflight(request: PreflightRequest): Promise<DeclarationDraft> {
    const products = new Map<string, DeclaredProduct>();
    for (const { productId } of request.parcel.lines) {
      if (!products.has(productId)) products.set(productId, await this.products.get(productId));
    }
    const rates = await RateSheet.load(this.rates, request.shipDate, currenciesNeeded(request.parcel.shipTo.country, products.values()));
    const { draft, violations } = buildDeclaration({ ...request, products, rates, ddpTerritories: this.ddpTerritories });
    if (violations.length) throw customsPreflightFailed(violations);
    return draft;
  }

  async forLabel(labelId: string): Promise<CustomsDeclaration | null> {
    return this.declarations.findOneBy({ labelId });
  }

  async getForLabel(labelId: string, parcelId: string): Promise<CustomsDeclaration> {
    const declaration = await this.forLabel(labelId);
    if (!declaration) throw noCustomsDeclaration(parcelId);
    return declaration;
  }
}
