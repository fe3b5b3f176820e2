import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Transactions } from '../../common/database/transactions.service';
import { NotFoundError } from '../../common/errors';
import { Page, paginate, parseSort } from '../../common/http/pagination';
import { Actor } from '../../identity';
import { LocationService, MovementType, StockLedgerService } from '../../inventory';
import { PutawayTask, PutawayTaskStatus } from '../entities/putaway-task.entity';
import { invalidField, locationOfOtherWarehouse, putawayTaskDone, putawayTaskNotFound, putawayTooMuch, unreadableScan } from '../inbound.errors';
import { PutawayScanDto, PutawayTaskQueryDto } from './putaway.dto';

/** Put-away tasks: the queue per warehouse, and the scan that moves the stock into a bin. */
@Injectable()
export class PutawayService {
  constructor(
    @InjectRepository(PutawayTask) private readonly tasks: Repository<PutawayTask>,
    private readonly transactions: Transactions,
    private readonly locations: LocationService,
    private readonly ledger: StockLedgerService,
  ) {}

  /** Open tasks of a warehouse, oldest first: what has waited longest on the dock goes first. */
  list(query: PutawayTaskQueryDto): Promise<Page<PutawayTask>> {
    const qb = this.tasks
      .createQueryBuilder('t')
      .where('t.warehouseId = :warehouseId AND t.status = :status', { warehouseId: query.warehouseId, status: query.status ?? PutawayTaskStatus.Open });
    return paginate(qb, parseSort(undefined, { createdAt: 'createdAt' }, 't', 'createdAt'), query);
  }

  /**
   * The worker scanned a bin and a quantity: posts a `putaway` movement from the dock into that
   * bin (whichever bin, suggested or not) and counts it against the task.
   */
  scan(taskId: string, input: PutawayScanDto, actor: Actor, idempotencyKey: string): Promise<PutawayTask> {
    const ledgerKey = `${actor.kind}:${actor.id}:${idempotencyKey}`;
    return this.transactions.run(async (manager) => {
      const task = await manager.findOne(PutawayTask, { where: { id: taskId }, lock: { mode: 'pessimistic_write' } });
      if (!task) throw putawayTaskNotFound(taskId);
      if (task.status === PutawayTaskStatus.Done) throw putawayTaskDone(taskId);
      const remaining = task.quantity - task.quantityPutAway;
      const quantity = input.quantity ?? remaining;
      if (quantity > remaining) throw putawayTooMuch(taskId, remaining, quantity);
      const bin = await this.bin(input.location);
      if (bin.warehouseId !== task.warehouseId) throw locationOfOtherWarehouse('location', bin.code);
      if (bin.id === task.fromLocationId) throw invalidField('location', 'scan the bin the units go into, not the receiving dock');
      await this.ledger.post(
        { actor, idempotencyKey: ledgerKey },
        [{ type: MovementType.Putaway, productId: task.productId, lotId: task.lotId, fromLocationId: task.fromLocationId, toLocationId: bin.id, quantity, reference: { type: 'putaway_task', id: task.id } }],
        manager,
      );
      task.quantityPutAway += quantity;
      if (task.quantityPutAway === task.quantity) {
        task.status = PutawayTaskStatus.Done;
        task.completedAt = new Date();
      }
      return manager.save(task);
    });
  }

  private async bin(barcode: string) {
    try {
      return await this.locations.getByBarcode(barcode);
    } catch (error) {
      if (error instanceof NotFoundError) throw unreadableScan('location', barcode, 'no location has this barcode');
      throw error;
    }
  }
}
