import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Transactions } from '../../common/database/transactions.service';
import { ProcurementService } from '../../procurement';
import { isMaterialChange } from '../engine/materiality';
import { PlanningRun } from '../entities/planning-run.entity';
import { SuggestionStatus } from '../entities/planning-suggestion.entity';
import { dayFormatter, utcToday } from './dates';
import { ComputedSuggestion, planAll, round3, suggestionsOf } from './item-planner';
import { PlanningInputs } from './planning-inputs';

export type RecomputeTrigger = 'manual' | 'nightly';

export interface RecomputeSummary {
  runId: string;
  planDate: string;
  items: number;
  suggestions: number;
  spikes: number;
  /** Milliseconds reading inputs, planning, and writing results. */
  timings: { loadMs: number; planMs: number; writeMs: number; totalMs: number };
}

interface SignalRow {
  product_id: string; warehouse_id: string; sku: string; baseline_per_day: number; recent_per_day: number; spike: boolean; spike_multiple: number | null;
  spike_start_date: string | null; available: number; backordered: number; stockout_date: string | null; days_of_cover: number; units_short: number;
}

/** Rows per INSERT: large enough to be set-based, small enough to keep one statement's JSON modest. */
const CHUNK = 5000;

/** Serialises recomputes across processes (nightly job, on-demand job on another worker). */
const LOCK_KEY = "hashtext('planning.recompute')";

/**
 * Recomputes every SKU × warehouse: reads inputs set-based, plans in one streaming pass, then
 * replaces the stored signals and merges the suggestions in one transaction.
 */
@Injectable()
export class PlanningRecomputeService {
  private readonly logger = new Logger('Planning');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly inputs: PlanningInputs,
    private readonly procurement: ProcurementService,
  ) {}

  async recompute(trigger: RecomputeTrigger, now = new Date()): Promise<RecomputeSummary> {
    const started = performance.now();
    const today = utcToday(now);
    const set = await this.inputs.load(today);
    const loaded = performance.now();

    const signals: SignalRow[] = [];
    const suggestions: ComputedSuggestion[] = [];
    let spikes = 0;
    const dateIn = dayFormatter(today);
    for (const planned of planAll(set)) {
      const { result, inputs, product } = planned;
      const { signal, projection } = result;
      if (signal.spike) spikes++;
      signals.push({
        product_id: inputs.productId, warehouse_id: inputs.warehouseId, sku: product.sku,
        baseline_per_day: round3(signal.baselinePerDay), recent_per_day: round3(signal.recentPerDay), spike: signal.spike, spike_multiple: signal.spikeMultiple,
        spike_start_date: signal.spikeStartAge === null ? null : dateIn(-signal.spikeStartAge),
        available: inputs.available, backordered: inputs.backordered,
        stockout_date: projection.stockoutDay === null ? null : dateIn(projection.stockoutDay),
        days_of_cover: projection.daysOfCover, units_short: Math.round(projection.unitsShort),
      });
      suggestions.push(...suggestionsOf(planned, dateIn, set.lineSuppliers));
    }
    const planned = performance.now();

    const runId = await this.transactions.run(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(${LOCK_KEY})`);
      const computedAt = new Date();
      await this.writeSignals(m, signals, computedAt);
      await this.mergeSuggestions(m, suggestions, computedAt);
      const run = m.create(PlanningRun, {
        trigger, planDate: today, items: signals.length, suggestions: suggestions.length, spikes,
        durationMs: Math.round(performance.now() - started), startedAt: now, finishedAt: new Date(),
      });
      return (await m.save(run)).id;
    });
    const done = performance.now();
    const timings = { loadMs: Math.round(loaded - started), planMs: Math.round(planned - loaded), writeMs: Math.round(done - planned), totalMs: Math.round(done - started) };
    this.logger.log({ trigger, items: signals.length, suggestions: suggestions.length, spikes, ...timings }, 'Planning recomputed');
    return { runId, planDate: today, items: signals.length, suggestions: suggestions.length, spikes, timings };
  }

  private async writeSignals(m: EntityManager, rows: SignalRow[], computedAt: Date): Promise<void> {
    // TRUNCATE rather than DELETE: no dead rows to vacuum after every run; readers of the spike list
    // wait for this transaction (about a second) instead of seeing a half-written table.
    await m.query('TRUNCATE planning_signal');
    for (let i = 0; i < rows.length; i += CHUNK) {
      await m.query(
        `INSERT INTO planning_signal (product_id, warehouse_id, sku, baseline_per_day, recent_per_day, spike, spike_multiple, spike_start_date,
                                      available, backordered, stockout_date, days_of_cover, units_short, computed_at)
         SELECT product_id, warehouse_id, sku, baseline_per_day, recent_per_day, spike, spike_multiple, spike_start_date,
                available, backordered, stockout_date, days_of_cover, units_short, $2
           FROM jsonb_to_recordset($1::jsonb) AS x(product_id uuid, warehouse_id uuid, sku varchar, baseline_per_day numeric, recent_per_day numeric,
                spike boolean, spike_multiple numeric, spike_start_date date, available int, backordered int, stockout_date date, days_of_cover int, units_short int)`,
        [JSON.stringify(rows.slice(i, i + CHUNK)), computedAt],
      );
    }
  }

  /**
   * Open suggestions take the new figures; dismissed ones stay dismissed unless their figures moved
   * materially; suggestions no longer computed are removed (ordered ones are history and stay).
   */
  private async mergeSuggestions(m: EntityManager, computed: ComputedSuggestion[], computedAt: Date): Promise<void> {
    const existing: { subject_key: string; status: SuggestionStatus; dismissed_quantity: number | null; dismissed_stockout_date: string | null }[] = await m.query(
      `SELECT subject_key, status, dismissed_quantity, dismissed_stockout_date::text FROM planning_suggestion WHERE status IN ('open', 'dismissed') FOR UPDATE`,
    );
    const byKey = new Map(existing.map((e) => [e.subject_key, e]));
    const currency = this.procurement.baseCurrency;
    const rows = computed.map((c) => {
      const before = byKey.get(c.subjectKey);
      const stillDismissed = before?.status === SuggestionStatus.Dismissed
        && !isMaterialChange({ quantity: before.dismissed_quantity ?? 0, stockoutDate: before.dismissed_stockout_date }, { quantity: c.quantity, stockoutDate: c.stockoutDate });
      const status = stillDismissed ? SuggestionStatus.Dismissed : SuggestionStatus.Open;
      return { ...snake(c), status, freight_currency: currency };
    });
    for (let i = 0; i < rows.length; i += CHUNK) {
      await m.query(
        `INSERT INTO planning_suggestion AS s (${COLUMNS.join(', ')}, status, freight_currency, computed_at)
         SELECT ${COLUMNS.join(', ')}, status, freight_currency, $2 FROM jsonb_to_recordset($1::jsonb) AS x(${COLUMN_TYPES}, status varchar, freight_currency char(3))
         ON CONFLICT (subject_key) WHERE status IN ('open', 'dismissed') DO UPDATE SET
           ${COLUMNS.filter((c) => c !== 'subject_key').map((c) => `${c} = EXCLUDED.${c}`).join(', ')},
           status = EXCLUDED.status, freight_currency = EXCLUDED.freight_currency, computed_at = EXCLUDED.computed_at, updated_at = now(),
           resurfaced_at = CASE WHEN s.status = 'dismissed' AND EXCLUDED.status = 'open' THEN now() ELSE s.resurfaced_at END`,
        [JSON.stringify(rows.slice(i, i + CHUNK)), computedAt],
      );
    }
    await m.query(`DELETE FROM planning_suggestion WHERE status IN ('open', 'dismissed') AND computed_at < $1`, [computedAt]);
  }
}

const FIELDS: [keyof ComputedSuggestion, string][] = [
  ['subjectKey', 'varchar'], ['kind', 'varchar'], ['action', 'varchar'], ['productId', 'uuid'], ['sku', 'varchar'], ['warehouseId', 'uuid'],
  ['supplierId', 'uuid'], ['supplierProductId', 'uuid'], ['transportMode', 'varchar'], ['quantity', 'int'], ['rawQuantity', 'int'],
  ['arrivalDate', 'date'], ['stockoutDate', 'date'], ['daysOfCover', 'int'], ['unitsShort', 'int'], ['lostUnitsAvoided', 'int'],
  ['extraFreightMinor', 'bigint'], ['urgency', 'int'], ['spike', 'boolean'], ['spikeMultiple', 'numeric'], ['baselinePerDay', 'numeric'],
  ['recentPerDay', 'numeric'], ['purchaseOrderId', 'uuid'], ['purchaseOrderLineId', 'uuid'], ['purchaseOrderNumber', 'varchar'], ['pullForwardDays', 'int'],
];
const toSnake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const COLUMNS = FIELDS.map(([f]) => toSnake(f));
const COLUMN_TYPES = FIELDS.map(([f, t]) => `${toSnake(f)} ${t}`).join(', ');

function snake(c: ComputedSuggestion): Record<string, unknown> {
  return Object.fromEntries(FIELDS.map(([f]) => [toSnake(f), c[f]]));
}
