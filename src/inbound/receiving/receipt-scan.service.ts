import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Transactions } from '../../common/database/transactions.service';
import { isUniqueViolation } from '../../common/database/unique-violation';
import { Environment } from '../../config/environment';
import { Actor, actorLabel, Role } from '../../identity';
import { ReceiptLine } from '../entities/receipt-line.entity';
import { ReceiptScan, ScanKind } from '../entities/receipt-scan.entity';
import { Receipt } from '../entities/receipt.entity';
import { ReceivedCarton } from '../entities/received-carton.entity';
import { overReceipt, overrideNeedsLead, ssccAlreadyReceived } from '../inbound.errors';
import { ReceiptScanDto } from './receipt-input.dto';
import { judgeQuantity, toleranceLimit, ToleranceVerdict } from './receipt-tally';
import { receiptLifecycle } from './receipt.lifecycle';
import { ReceiptService } from './receipt.service';
import { ScannedGood, ScannedGoodsResolver } from './scanned-goods.resolver';

export interface ScanOutcome {
  receipt: Receipt;
  written: ReceiptScan[];
  lines: ReceiptLine[];
  scans: ReceiptScan[];
}

const isLead = (actor: Actor) => actor.kind === 'user' && (actor.roles.includes(Role.WarehouseLead) || actor.roles.includes(Role.Admin));

/**
 * Records dock scans against an open receipt. Nothing moves in stock here: the scans are the
 * count, and closing the receipt posts it. Scans of one receipt are serialised on its row, so the
 * tolerance check sees every earlier scan.
 */
@Injectable()
export class ReceiptScanService {
  constructor(
    private readonly transactions: Transactions,
    private readonly receipts: ReceiptService,
    private readonly resolver: ScannedGoodsResolver,
    private readonly env: Environment,
  ) {}

  async scan(receiptId: string, input: ReceiptScanDto, actor: Actor, idempotencyKey: string): Promise<ScanOutcome> {
    const key = `${actor.kind}:${actor.id}:${idempotencyKey}`;
    if (input.override && !isLead(actor)) throw overrideNeedsLead();
    try {
      return await this.transactions.run((manager) => this.record(manager, receiptId, input, actor, key));
    } catch (error) {
      // A concurrent scan of the same carton won the race; every SSCC form ends with its 18 digits.
      if (isUniqueViolation(error, 'uq_received_carton_sscc')) throw ssccAlreadyReceived(input.code.replace(/\D/g, '').slice(-18));
      // The same key raced in on another connection and won: answer with what it wrote.
      if (isUniqueViolation(error, 'uq_receipt_scan_key')) return this.transactions.run((manager) => this.replay(manager, receiptId, key));
      throw error;
    }
  }

  private async record(manager: EntityManager, receiptId: string, input: ReceiptScanDto, actor: Actor, key: string): Promise<ScanOutcome> {
    const receipt = await this.receipts.lock(manager, receiptId);
    const earlier = await manager.find(ReceiptScan, { where: { receiptId, idempotencyKey: key }, order: { lineNo: 'ASC' } });
    if (earlier.length) return this.outcome(manager, receipt, earlier);
    receiptLifecycle.next(receipt.status, 'scan');
    const { goods, carton } = await this.resolver.resolve(manager, receipt, input);
    const { lines, scans } = await this.receipts.view(receipt, manager);
    const verdicts = goods.map((good) => this.judge(good, goods, lines, scans, input, actor));
    if (carton) await manager.insert(ReceivedCarton, { sscc: carton.sscc, cartonId: carton.id, receiptId });
    const written = await manager.save(
      goods.map((good, lineNo) =>
        manager.create(ReceiptScan, {
          receiptId, idempotencyKey: key, lineNo, kind: good.kind, scannedCode: good.scannedCode, sscc: carton?.sscc ?? null,
          productId: good.productId, sku: good.sku, lotId: good.lotId, lotCode: good.lotCode, quantity: good.quantity, damaged: input.damaged ?? false,
          verdict: verdicts[lineNo], overriddenBy: verdicts[lineNo] === ToleranceVerdict.OverLimit ? actorLabel(actor) : null,
          actorType: actor.kind, actorId: actor.id,
        }),
      ),
    );
    return { receipt, written, lines, scans: [...scans, ...written] };
  }

  /**
   * Over-receipt is judged per product over the whole receipt: everything scanned of it so far,
   * plus this scan (all its contents of that product, for a mixed carton).
   */
  private judge(good: ScannedGood, all: ScannedGood[], lines: ReceiptLine[], scans: ReceiptScan[], input: ReceiptScanDto, actor: Actor): string {
    if (good.kind === ScanKind.Unknown) return 'unknown';
    const expected = lines.filter((l) => l.productId === good.productId).reduce((n, l) => n + l.expectedQuantity, 0);
    const already = scans.filter((s) => s.productId === good.productId).reduce((n, s) => n + s.quantity, 0);
    const adding = all.filter((g) => g.productId === good.productId).reduce((n, g) => n + g.quantity, 0);
    const verdict = judgeQuantity(expected, already, adding, this.env.RECEIVING_OVER_TOLERANCE_PERCENT);
    if (verdict === ToleranceVerdict.OverLimit && !(input.override && isLead(actor))) {
      throw overReceipt(good.sku!, expected, toleranceLimit(expected, this.env.RECEIVING_OVER_TOLERANCE_PERCENT), already + adding, this.env.RECEIVING_OVER_TOLERANCE_PERCENT);
    }
    return verdict;
  }

  private async replay(manager: EntityManager, receiptId: string, key: string): Promise<ScanOutcome> {
    const receipt = await this.receipts.get(receiptId);
    return this.outcome(manager, receipt, await manager.find(ReceiptScan, { where: { receiptId, idempotencyKey: key }, order: { lineNo: 'ASC' } }));
  }

  private async outcome(manager: EntityManager, receipt: Receipt, written: ReceiptScan[]): Promise<ScanOutcome> {
    const { lines, scans } = await this.receipts.view(receipt, manager);
    return { receipt, written, lines, scans };
  }
}
