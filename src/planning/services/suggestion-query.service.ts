import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Page, PageQueryDto, paginate, parseSort } from '../../common/http/pagination';
import { PlanningRun } from '../entities/planning-run.entity';
import { PlanningSignal } from '../entities/planning-signal.entity';
import { PlanningSuggestion, SuggestionKind, SuggestionStatus } from '../entities/planning-suggestion.entity';
import { noRunYet, suggestionNotFound } from '../planning.errors';

export interface SuggestionQuery extends PageQueryDto {
  warehouseId?: string;
  supplierId?: string;
  productId?: string;
  kind?: SuggestionKind;
  status?: SuggestionStatus;
  spike?: boolean;
  sort?: string;
}

export interface SpikeQuery extends PageQueryDto {
  warehouseId?: string;
}

/** `urgency` is days to the stock-out, so ascending is most urgent first. */
const SUGGESTION_SORTS = { urgency: 'urgency', unitsShort: 'unitsShort', lostUnitsAvoided: 'lostUnitsAvoided', sku: 'sku', createdAt: 'createdAt' };

@Injectable()
export class SuggestionQueryService {
  constructor(
    @InjectRepository(PlanningSuggestion) private readonly suggestions: Repository<PlanningSuggestion>,
    @InjectRepository(PlanningSignal) private readonly signals: Repository<PlanningSignal>,
    @InjectRepository(PlanningRun) private readonly runs: Repository<PlanningRun>,
  ) {}

  list(q: SuggestionQuery): Promise<Page<PlanningSuggestion>> {
    const qb = this.suggestions.createQueryBuilder('s').where('s.status = :status', { status: q.status ?? SuggestionStatus.Open });
    if (q.warehouseId) qb.andWhere('s.warehouseId = :warehouseId', { warehouseId: q.warehouseId });
    if (q.supplierId) qb.andWhere('s.supplierId = :supplierId', { supplierId: q.supplierId });
    if (q.productId) qb.andWhere('s.productId = :productId', { productId: q.productId });
    if (q.kind) qb.andWhere('s.kind = :kind', { kind: q.kind });
    if (q.spike !== undefined) qb.andWhere('s.spike = :spike', { spike: q.spike });
    return paginate(qb, parseSort(q.sort, SUGGESTION_SORTS, 's', 'urgency'), q);
  }

  async get(id: string): Promise<PlanningSuggestion> {
    const found = await this.suggestions.findOneBy({ id });
    if (!found) throw suggestionNotFound(id);
    return found;
  }

  /** Items whose recent days run far above their baseline, the largest multiple first. */
  spikes(q: SpikeQuery): Promise<Page<PlanningSignal>> {
    const qb = this.signals.createQueryBuilder('g').where('g.spike');
    if (q.warehouseId) qb.andWhere('g.warehouseId = :warehouseId', { warehouseId: q.warehouseId });
    return paginate(qb, parseSort(undefined, { spikeMultiple: 'spikeMultiple' }, 'g', '-spikeMultiple'), q);
  }

  async latestRun(): Promise<PlanningRun> {
    const [run] = await this.runs.find({ order: { finishedAt: 'DESC' }, take: 1 });
    if (!run) throw noRunYet();
    return run;
  }
}
