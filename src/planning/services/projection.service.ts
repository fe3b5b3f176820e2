import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../../common/errors';
import { PlanningPolicy } from '../engine/policy';
import { ArrivalSource, projectedDays } from '../engine/projection';
import { addDays, utcToday } from './dates';
import { ComputedSuggestion, planAll, round3, suggestionsOf } from './item-planner';
import { PlanningInputs } from './planning-inputs';

export interface ProjectionView {
  productId: string;
  sku: string;
  warehouseId: string;
  asOf: string;
  policy: PlanningPolicy;
  supplierId: string | null;
  baselinePerDay: number;
  recentPerDay: number;
  spike: boolean;
  spikeMultiple: number | null;
  spikeStartDate: string | null;
  available: number;
  backordered: number;
  receiving: number;
  stockoutDate: string | null;
  daysOfCover: number;
  unitsShort: number;
  productionLeadDays: number;
  seaArrivalDate: string;
  airArrivalDate: string;
  arrivals: { date: string; quantity: number; source: ArrivalSource; mode: string | null; reference: string | null }[];
  days: { date: string; demand: number; arrivals: number; stock: number; short: number }[];
  /** What a recompute would suggest now (stored suggestions are at GET /planning/suggestions). */
  suggestions: ComputedSuggestion[];
}

/** The live projection of one product in one warehouse, from the same inputs and engine as the recompute. */
@Injectable()
export class ProjectionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly inputs: PlanningInputs,
  ) {}

  async projection(productId: string, warehouseId: string): Promise<ProjectionView> {
    const [product] = (await this.dataSource.query('SELECT sku FROM product WHERE id = $1', [productId])) as { sku: string }[];
    if (!product) throw new NotFoundError('product', productId);
    const [warehouse] = (await this.dataSource.query('SELECT 1 FROM warehouse WHERE id = $1', [warehouseId])) as unknown[];
    if (!warehouse) throw new NotFoundError('warehouse', warehouseId);
    const today = utcToday();
    const set = await this.inputs.load(today, { productId, warehouseId });
    // An item with no demand, stock or supply yet still gets a (flat) projection.
    if (!set.items.size) {
      set.items.set(`${productId}|${warehouseId}`, {
        productId, warehouseId, unitsByAge: new Array<number>(56).fill(0), available: 0, backordered: 0, receiving: 0, arrivals: [],
      });
    }
    const [planned] = [...planAll(set)];
    const { result, inputs, policy, offer } = planned;
    const { signal, projection } = result;
    return {
      productId, sku: product.sku, warehouseId, asOf: today, policy, supplierId: offer?.supplierId ?? null,
      baselinePerDay: round3(signal.baselinePerDay), recentPerDay: round3(signal.recentPerDay), spike: signal.spike, spikeMultiple: signal.spikeMultiple,
      spikeStartDate: signal.spikeStartAge === null ? null : addDays(today, -signal.spikeStartAge),
      available: inputs.available, backordered: inputs.backordered, receiving: inputs.receiving,
      stockoutDate: projection.stockoutDay === null ? null : addDays(today, projection.stockoutDay),
      daysOfCover: projection.daysOfCover, unitsShort: Math.round(projection.unitsShort),
      productionLeadDays: result.productionLeadDays, seaArrivalDate: addDays(today, result.seaArrivalDay), airArrivalDate: addDays(today, result.airArrivalDay),
      arrivals: result.arrivals.map((a) => ({ date: addDays(today, a.day), quantity: a.quantity, source: a.source, mode: a.mode, reference: a.reference ?? null })),
      days: projectedDays(projection).map((d) => ({
        date: addDays(today, d.day), demand: Math.round(d.demand * 10) / 10, arrivals: d.arrivals, stock: Math.round(d.stock), short: Math.round(d.short * 10) / 10,
      })),
      suggestions: suggestionsOf(planned, today, set.lineSuppliers),
    };
  }
}
