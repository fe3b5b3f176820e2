import { Body, Controller, HttpCode, Post, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Audit, Role, Roles } from '../../identity';
import { BatchOutput, FloorLabelService } from '../labels/floor/floor-label.service';
import { FILE_RESPONSE, fileResponse } from './file-response';
import { BinLabelsDto, LabelBatchOutputDto, LogisticsLabelsDto, ProductLabelsDto } from './floor-label.dto';

const output = (dto: LabelBatchOutputDto): BatchOutput => ({ format: dto.format ?? 'pdf', layout: dto.layout ?? 'roll', dpi: dto.dpi ?? 203 });

/** Labels for the floor, printed in batches; nothing is stored. */
@ApiTags('labels')
@Controller('labels')
@Roles(Role.Warehouse, Role.WarehouseLead, Role.Logistics)
@ApiProduces('application/pdf', 'application/vnd.zebra-zpl')
export class FloorLabelsController {
  constructor(private readonly labels: FloorLabelService) {}

  @Post('bins')
  @HttpCode(200)
  @Audit('labels.print_bins', 'location')
  @ApiOperation({ summary: 'Bin labels (code and LOC: barcode) for given bins or a code prefix, on A4 sheets, a roll, or as ZPL' })
  @ApiOkResponse(FILE_RESPONSE)
  async bins(@Body() body: BinLabelsDto): Promise<StreamableFile> {
    return fileResponse(await this.labels.bins(body, output(body)));
  }

  @Post('products')
  @HttpCode(200)
  @Audit('labels.print_products', 'product')
  @ApiOperation({ summary: 'Product labels (SKU, names EN/ZH, GS1-128 (01) GTIN) with copies, on A4 sheets, a roll, or as ZPL' })
  @ApiOkResponse(FILE_RESPONSE)
  async products(@Body() body: ProductLabelsDto): Promise<StreamableFile> {
    return fileResponse(await this.labels.productLabels(body.items.map((i) => ({ productId: i.productId, copies: i.copies ?? 1 })), output(body)));
  }

  @Post('logistics')
  @HttpCode(200)
  @Audit('labels.print_logistics', 'logistics_unit')
  @ApiOperation({ summary: 'GS1 logistics labels for cartons and pallets: SSCC (00) lowest, content (02)/(37), PO (400), ship-to postcode (420)' })
  @ApiOkResponse(FILE_RESPONSE)
  async logistics(@Body() body: LogisticsLabelsDto): Promise<StreamableFile> {
    const units = body.units.map((u) => ({
      sscc: u.sscc, gtin: u.gtin ?? null, count: u.count ?? null, purchaseOrder: u.purchaseOrder ?? null, shipToPostcode: u.shipToPostcode ?? null,
      shipFrom: u.shipFrom ?? [], shipTo: u.shipTo ?? [],
    }));
    return fileResponse(await this.labels.logistics(units, output(body)));
  }
}
