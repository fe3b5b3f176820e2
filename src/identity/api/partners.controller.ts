import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../access.decorators';
import { actorLabel, CurrentActor, UserActor } from '../actor';
import { Audit } from '../audit.decorator';
import { Role } from '../roles';
import { ApiKeyService } from '../services/api-key.service';
import { PartnerService } from '../services/partner.service';
import {
  ApiKeyDto, CreateApiKeyDto, CreatedApiKeyDto, CreatePartnerDto, PartnerDto, PartnerPageDto, PartnerQueryDto,
  toApiKeyDto, toPartnerDto, UpdatePartnerDto,
} from './partner.dto';

@ApiTags('partners')
@Controller('partners')
@Roles(Role.Admin)
export class PartnersController {
  constructor(
    private readonly partners: PartnerService,
    private readonly apiKeys: ApiKeyService,
  ) {}

  @Post()
  @Audit('partner.create', 'partner')
  @ApiOperation({ summary: 'Register a partner (carrier, forwarder, supplier, shop)' })
  async create(@Body() body: CreatePartnerDto): Promise<PartnerDto> {
    return toPartnerDto(await this.partners.create(body));
  }

  @Get()
  @ApiOperation({ summary: 'List partners' })
  async list(@Query() query: PartnerQueryDto): Promise<PartnerPageDto> {
    const page = await this.partners.list(query);
    return { ...page, items: page.items.map(toPartnerDto) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a partner' })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<PartnerDto> {
    return toPartnerDto(await this.partners.get(id));
  }

  @Patch(':id')
  @Audit('partner.update', 'partner')
  @ApiOperation({ summary: 'Rename a partner, change its contact, or disable it' })
  async update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdatePartnerDto): Promise<PartnerDto> {
    return toPartnerDto(await this.partners.update(id, body));
  }

  @Post(':id/api-keys')
  @Audit('api_key.create', 'api_key')
  @ApiOperation({ summary: 'Issue an API key with scopes; the key is returned once and stored hashed' })
  async createKey(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateApiKeyDto,
    @CurrentActor() actor: UserActor,
  ): Promise<CreatedApiKeyDto> {
    const { apiKey, key } = await this.apiKeys.create(id, body.name, body.scopes, actorLabel(actor), body.rateLimitPerMinute ?? null);
    return { ...toApiKeyDto(apiKey), key };
  }

  @Get(':id/api-keys')
  @ApiOperation({ summary: 'List a partner’s API keys (never the keys themselves)' })
  async listKeys(@Param('id', ParseUUIDPipe) id: string): Promise<ApiKeyDto[]> {
    await this.partners.get(id);
    return (await this.apiKeys.listForPartner(id)).map(toApiKeyDto);
  }

  @Post(':id/api-keys/:keyId/revoke')
  @HttpCode(200)
  @Audit('api_key.revoke', 'api_key')
  @ApiOperation({ summary: 'Revoke an API key; it stops working at once' })
  async revokeKey(@Param('id', ParseUUIDPipe) id: string, @Param('keyId', ParseUUIDPipe) keyId: string): Promise<ApiKeyDto> {
    return toApiKeyDto(await this.apiKeys.revoke(id, keyId));
  }
}
