import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Product, ProductService } from '../../catalog';
import { NotFoundError } from '../../common/errors';
import { Page, PageQueryDto, paginate, parseSort } from '../../common/http/pagination';
import { AnyActor } from '../../identity/actor';
import { Role } from '../../identity/roles';
import { CycleCountDto, CycleCountLineDto, CycleCountLocationDto, CycleCountSummaryDto, CycleCountVariancesDto } from '../api/cycle-count.dto';
import { CycleCount, CycleCountLine, CycleCountStatus } from '../entities/cycle-count.entity';
import { Lot } from '../entities/lot.entity';
import { totalsOf, ValuedLine } from './cycle-count-totals';
import { cycleCountLifecycle } from './cycle-count.lifecycle';

export interface CycleCountQuery extends PageQueryDto {
  warehouseId?: string;
  status?: CycleCountStatus;
}

/** Counting is blind: only leads and admins may see what the ledger expects in a bin. */
export function seesExpected(actor: AnyActor): boolean {
  return actor.kind === 'user' && actor.roles.some((r) => r === Role.WarehouseLead || r === Role.Admin);
}

interface LineWithValue {
  view: CycleCountLineDto;
  product: Product;
  line: CycleCountLine;
}

/** Reads of counts, shaped for the caller: blind for workers, with variances and values for leads. */
@Injectable()
export class CycleCountViewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly products: ProductService,
  ) {}

  async list(query: CycleCountQuery): Promise<Page<CycleCountSummaryDto>> {
    const qb = this.dataSource.getRepository(CycleCount).createQueryBuilder('c');
    if (query.warehouseId) qb.andWhere('c.warehouseId = :warehouseId', { warehouseId: query.warehouseId });
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    const page = await paginate(qb, parseSort(undefined, { createdAt: 'createdAt' }, 'c', '-createdAt'), query);
    return { ...page, items: await this.summaries(page.items) };
  }

  async get(id: string, actor: AnyActor): Promise<CycleCountDto> {
    return this.detail(await this.find(id), actor);
  }

  async detail(count: CycleCount, actor: AnyActor): Promise<CycleCountDto> {
    const [summary] = await this.summaries([count]);
    const locations = await this.locationsOf(count.id);
    const lines = await this.dataSource.getRepository(CycleCountLine).findBy({ cycleCountId: count.id });
    const valued = await this.valuedLines(lines, locations);
    const walk = new Map(locations.map((l, i) => [l.id, i]));
    valued.sort((a, b) => walk.get(a.line.locationId)! - walk.get(b.line.locationId)! || Number(a.line.id) - Number(b.line.id));
    if (!seesExpected(actor)) {
      return { ...summary, blind: true, locations, lines: valued.map(({ view }) => blindView(view)) };
    }
    return { ...summary, blind: false, locations, lines: valued.map((v) => v.view), totals: totalsOf(valued.map(valueFacts)) };
  }

  /** Counted lines whose count differs from the snapshot (what approval will post). */
  async variances(id: string): Promise<CycleCountVariancesDto> {
    const count = await this.find(id);
    const lines = await this.dataSource.getRepository(CycleCountLine).find({ where: { cycleCountId: id }, order: { id: 'ASC' } });
    const differing = lines.filter((l) => l.counted !== null && l.counted !== l.expected);
    const valued = await this.valuedLines(differing, await this.locationsOf(id));
    return { cycleCountId: id, status: count.status, lines: valued.map((v) => v.view), totals: totalsOf(valued.map(valueFacts)) };
  }

  private async find(id: string): Promise<CycleCount> {
    const count = await this.dataSource.getRepository(CycleCount).findOneBy({ id });
    if (!count) throw new NotFoundError('cycle_count', id);
    return count;
  }

  private async summaries(counts: CycleCount[]): Promise<CycleCountSummaryDto[]> {
    const rows: { id: string; locations: number; lines: number; counted: number; recount: number }[] = await this.dataSource.query(
      `SELECT c.id,
              (SELECT count(*) FROM cycle_count_location f WHERE f.cycle_count_id = c.id)::int AS locations,
              count(l.id)::int AS lines, count(l.counted)::int AS counted, (count(*) FILTER (WHERE l.recount_requested))::int AS recount
         FROM cycle_count c LEFT JOIN cycle_count_line l ON l.cycle_count_id = c.id
        WHERE c.id = ANY($1::uuid[]) GROUP BY c.id`,
      [counts.map((c) => c.id)],
    );
    const progress = new Map(rows.map((r) => [r.id, r]));
    return counts.map((c) => {
      const p = progress.get(c.id)!;
      return {
        id: c.id, warehouseId: c.warehouseId, status: c.status, productIds: c.productIds, locationCount: p.locations,
        progress: { lines: p.lines, counted: p.counted, recountRequested: p.recount },
        allowedActions: cycleCountLifecycle.allowedActions(c.status),
        createdBy: c.createdBy, approvedBy: c.approvedBy, approvedAt: c.approvedAt, createdAt: c.createdAt, updatedAt: c.updatedAt,
      };
    });
  }

  /** The count's bins in walking order, the order a worker counts them in. */
  private locationsOf(cycleCountId: string): Promise<CycleCountLocationDto[]> {
    return this.dataSource.query(
      `SELECT l.id, l.code FROM cycle_count_location f JOIN location l ON l.id = f.location_id
        WHERE f.cycle_count_id = $1 ORDER BY l.pick_sequence, l.code`,
      [cycleCountId],
    );
  }

  private async valuedLines(lines: CycleCountLine[], locations: CycleCountLocationDto[]): Promise<LineWithValue[]> {
    const codeOf = new Map(locations.map((l) => [l.id, l.code]));
    const lotIds = [...new Set(lines.map((l) => l.lotId).filter((id): id is string => id !== null))];
    const lots = lotIds.length ? await this.dataSource.getRepository(Lot).findBy({ id: In(lotIds) }) : [];
    const lotCode = new Map(lots.map((l) => [l.id, l.code]));
    // Products are never deleted, so every line's product is there.
    const products = await Promise.all([...new Set(lines.map((l) => l.productId))].map((id) => this.products.get(id)));
    const productOf = new Map(products.map((p) => [p.id, p]));
    return lines.map((line) => {
      const product = productOf.get(line.productId)!;
      const variance = line.counted === null ? null : line.counted - line.expected;
      const view: CycleCountLineDto = {
        id: line.id, locationId: line.locationId, locationCode: codeOf.get(line.locationId) ?? '', productId: line.productId, sku: product.sku,
        lotId: line.lotId, lotCode: line.lotId ? (lotCode.get(line.lotId) ?? null) : null,
        expected: line.expected, counted: line.counted, variance,
        varianceValueMinor: variance === null ? null : variance * product.declaredValueMinor, currency: product.declaredValueCurrency,
        countedBy: line.countedBy, countedAt: line.countedAt, recountRequested: line.recountRequested,
      };
      return { view, product, line };
    });
  }
}

function blindView(line: CycleCountLineDto): CycleCountLineDto {
  const { expected: _expected, variance: _variance, varianceValueMinor: _value, currency: _currency, ...blind } = line;
  return blind;
}

function valueFacts({ line, product }: LineWithValue): ValuedLine {
  return { expected: line.expected, counted: line.counted, unitValueMinor: product.declaredValueMinor, currency: product.declaredValueCurrency };
}
