import { Injectable } from '@nestjs/common';
import { Environment } from '../../config/environment';
import { FxRateService } from '../../procurement';
import { ExchangeRates } from './exchange-rates';

/** Exchange rates from procurement's FX table (rates into BASE_CURRENCY; SDR stored as XDR). */
@Injectable()
export class ProcurementExchangeRates extends ExchangeRates {
  readonly baseCurrency: string;

  constructor(
    private readonly fx: FxRateService,
    env: Environment,
  ) {
    super();
    this.baseCurrency = env.BASE_CURRENCY;
  }

  async rateToBase(currency: string, date: string): Promise<string | null> {
    return (await this.fx.findBase(0, currency, date))?.rate ?? null;
  }
}
