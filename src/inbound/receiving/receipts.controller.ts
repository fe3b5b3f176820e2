import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, StreamableFile } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { ProblemDto } from '../../common/http/problem.dto';
import { Actor, Audit, CurrentActor, NoAudit, Role, Roles } from '../../identity';
import { pdfFile } from '../common/pdf-file';
import { DiscrepancyReportService } from './discrepancy-report.service';
import { OpenReceiptDto, ReceiptScanDto } from './receipt-input.dto';
import { DiscrepancyReportDto, ReceiptDto, ReceiptScanResultDto, toReceiptDto, toScanResultDto } from './receipt.dto';
import { ReceiptCloseService } from './receipt-close.service';
import { ReceiptScanService } from './receipt-scan.service';
import { ReceiptService } from './receipt.service';

const DOCK = [Role.Warehouse, Role.WarehouseLead];
/** Procurement reads receipts and their discrepancies to claim from suppliers. */
const READERS = [...DOCK, Role.Procurement, Role.ProcurementManager, Role.Logistics];

@ApiTags('receiving')
@Controller('receipts')
export class ReceiptsController {
  constructor(
    private readonly receipts: ReceiptService,
    private readonly scans: ReceiptScanService,
    private readonly closing: ReceiptCloseService,
    private readonly reports: DiscrepancyReportService,
  ) {}

  @Post()
  @Roles(...DOCK)
  @Audit('receipt.open', 'receipt')
  @ApiOperation({ summary: 'Open a receipt for a delivered shipment, or a blind receipt for an unannounced delivery against a purchase order' })
  @ApiConflictResponse({ type: ProblemDto, description: '`RECEIPT_ALREADY_OPEN`, `SHIPMENT_ILLEGAL_TRANSITION` (not delivered yet), `PURCHASE_ORDER_NOT_RECEIVABLE`' })
  async open(@Body() body: OpenReceiptDto, @CurrentActor() actor: Actor): Promise<ReceiptDto> {
    const { receipt, lines, scans } = await this.receipts.view(await this.receipts.open(body, actor));
    return toReceiptDto(receipt, lines, scans);
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Get a receipt: its lines (results once closed) and expected against scanned per product' })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<ReceiptDto> {
    const { receipt, lines, scans } = await this.receipts.view(id);
    return toReceiptDto(receipt, lines, scans);
  }

  @Post(':id/scans')
  @HttpCode(201)
  @Roles(...DOCK)
  @Idempotent({ required: true })
  // The scan rows record who scanned what and when; an audit row per scan would double every write.
  @NoAudit()
  @ApiOperation({ summary: 'Record a dock scan: an SSCC receives its carton as declared, a product code receives units (damaged ones flagged)' })
  @ApiConflictResponse({ type: ProblemDto, description: '`OVER_RECEIPT` beyond tolerance (a lead may override), `SSCC_ALREADY_RECEIVED`, receipt not open' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: '`SCAN_UNREADABLE`, `SSCC_NOT_ON_SHIPMENT`, `LOT_REQUIRED`, `EXPIRY_REQUIRED`' })
  async scan(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReceiptScanDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') key: string,
  ): Promise<ReceiptScanResultDto> {
    const outcome = await this.scans.scan(id, body, actor, key);
    return toScanResultDto(id, outcome.written, outcome.lines, outcome.scans);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles(...DOCK)
  @Audit('receipt.close', 'receipt')
  @ApiOperation({ summary: 'Close: post stock to the dock (damaged to quarantine), update the purchase orders, record discrepancies, create put-away tasks' })
  @ApiConflictResponse({ type: ProblemDto, description: '`RECEIPT_ILLEGAL_TRANSITION`, `PO_ILLEGAL_TRANSITION`, `LOCATION_MISSING`' })
  async close(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<ReceiptDto> {
    const { receipt, lines, scans } = await this.receipts.view(await this.closing.close(id, actor));
    return toReceiptDto(receipt, lines, scans);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles(...DOCK)
  @Audit('receipt.cancel', 'receipt')
  @ApiOperation({ summary: 'Cancel an open receipt: its scans are discarded and the shipment waits to be received again' })
  @ApiConflictResponse({ type: ProblemDto, description: '`RECEIPT_ILLEGAL_TRANSITION` once closed' })
  async cancel(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<ReceiptDto> {
    const { receipt, lines, scans } = await this.receipts.view(await this.receipts.cancel(id, actor));
    return toReceiptDto(receipt, lines, scans);
  }

  @Get(':id/discrepancies')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Discrepancy report of a closed receipt: short, over, damaged and unexpected goods per line' })
  @ApiConflictResponse({ type: ProblemDto, description: '`RECEIPT_NOT_CLOSED`' })
  report(@Param('id', ParseUUIDPipe) id: string): Promise<DiscrepancyReportDto> {
    return this.reports.report(id);
  }

  @Get(':id/discrepancies/pdf')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Discrepancy report of a closed receipt as PDF, for a supplier claim' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' }, description: 'The PDF, as an attachment.' })
  @ApiConflictResponse({ type: ProblemDto, description: '`RECEIPT_NOT_CLOSED`' })
  async reportPdf(@Param('id', ParseUUIDPipe) id: string): Promise<StreamableFile> {
    return pdfFile(await this.reports.pdf(id));
  }
}
