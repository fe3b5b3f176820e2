import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Environment } from '../../config/environment';
import { FxRateService } from '../../procurement/services/fx-rate.service';
import { ExchangeRates } from './exchange-rates';

/**
 * Exchange rates from procurement's FX table (rates into BASE_CURRENCY; SDR stored as XDR).
 * ProcurementModule does not export FxRateService yet, so it is looked up in the application
 * container; once it is exported this becomes a plain constructor injection.
 */
@Injectable()
export class ProcurementExchangeRates extends ExchangeRates {
  readonly baseCurrency: string;

  constructor(
    private readonly moduleRef: ModuleRef,
    env: Environment,
  ) {
    super();
    this.baseCurrency = env.BASE_CURRENCY;
  }

  async rateToBase(currency: string, date: string): Promise<string | null> {
    const fx = this.moduleRef.get(FxRateService, { strict: false });
    return (await fx.findBase(0, currency, date))?.rate ?? null;
  }
}
