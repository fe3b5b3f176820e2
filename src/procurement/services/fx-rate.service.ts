import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Page, PageQueryDto, paginate, parseSort } from '../../common/http/pagination';
import { Environment } from '../../config/environment';
import { FxRate } from '../entities/fx-rate.entity';
import { baseAmountOverflow, fxRateForBaseCurrency, fxRateMissing } from '../procurement.errors';
import { convertMinor } from './money';

export interface FxRateQuery extends PageQueryDto {
  currency?: string;
  from?: string;
  to?: string;
}

/** An amount in the base currency and the rate that produced it. */
export interface BaseAmount {
  baseCurrency: string;
  amountMinor: number;
  rate: string;
  /** Date of the rate used: the latest on or before the date asked for. */
  rateDate: string | null;
}

@Injectable()
export class FxRateService {
  constructor(
    @InjectRepository(FxRate) private readonly rates: Repository<FxRate>,
    private readonly env: Environment,
  ) {}

  get baseCurrency(): string {
    return this.env.BASE_CURRENCY;
  }

  /** Sets the rate of one currency for one date, replacing a rate already there. */
  async put(currency: string, date: string, rate: string, updatedBy: string): Promise<FxRate> {
    if (currency === this.baseCurrency) throw fxRateForBaseCurrency(currency);
    await this.rates
      .createQueryBuilder()
      .insert()
      .into(FxRate)
      .values({ currency, date, rate, updatedBy })
      .orUpdate(['rate', 'updated_by', 'updated_at'], ['currency', 'date'])
      .execute();
    return this.rates.findOneByOrFail({ currency, date });
  }

  list(query: FxRateQuery): Promise<Page<FxRate>> {
    const qb = this.rates.createQueryBuilder('r');
    if (query.currency) qb.andWhere('r.currency = :currency', { currency: query.currency });
    if (query.from) qb.andWhere('r.date >= :from', { from: query.from });
    if (query.to) qb.andWhere('r.date <= :to', { to: query.to });
    return paginate(qb, parseSort(undefined, { date: 'date' }, 'r', '-date'), query);
  }

  /**
   * Converts an amount to the base currency with the latest rate on or before `date`. A missing
   * rate is a 422 FX_RATE_MISSING: a guessed rate would let orders skip approval.
   */
  async toBase(amountMinor: number, currency: string, date: string, manager?: EntityManager): Promise<BaseAmount> {
    const found = await this.findBase(amountMinor, currency, date, manager);
    if (!found) throw fxRateMissing(currency, date, this.baseCurrency);
    return found;
  }

  /** Like `toBase`, but null when no rate exists (for views that show the gap instead of failing). */
  async findBase(amountMinor: number, currency: string, date: string, manager?: EntityManager): Promise<BaseAmount | null> {
    const baseCurrency = this.baseCurrency;
    if (currency === baseCurrency) return { baseCurrency, amountMinor, rate: '1', rateDate: null };
    const row = await (manager?.getRepository(FxRate) ?? this.rates)
      .createQueryBuilder('r')
      .where('r.currency = :currency AND r.date <= :date', { currency, date })
      .orderBy('r.date', 'DESC')
      .getOne();
    if (!row) return null;
    const converted = convertMinor(amountMinor, currency, baseCurrency, row.rate);
    // Only reachable with absurd rates: MAX_SAFE_INTEGER minor units is 90 trillion dollars.
    if (converted === null) throw baseAmountOverflow(currency, row.rate);
    return { baseCurrency, amountMinor: converted, rate: row.rate, rateDate: row.date };
  }
}
