import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { NotFoundError } from '../../common/errors';
import { ApiKeyActor } from '../actor';
import { ApiKey } from '../entities/api-key.entity';
import { Partner } from '../entities/partner.entity';
import { scopesNotForKind } from '../identity.errors';
import { scopesOutsideKind } from '../partner-scopes';
import { Scope } from '../roles';
import { newApiKey, parseApiKey, safeEqualHex, sha256Hex } from './secret-tokens';

/** last_used_at is a hint for admins, so it is written at most once a minute per key. */
const LAST_USED_RESOLUTION_MS = 60_000;

@Injectable()
export class ApiKeyService {
  constructor(
    @InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>,
    @InjectRepository(Partner) private readonly partners: Repository<Partner>,
  ) {}

  async create(partnerId: string, name: string, scopes: Scope[], createdBy: string, rateLimitPerMinute: number | null = null): Promise<{ apiKey: ApiKey; key: string }> {
    const partner = await this.partners.findOneBy({ id: partnerId });
    if (!partner) throw new NotFoundError('partner', partnerId);
    const refused = scopesOutsideKind(partner.kind, scopes);
    if (refused.length) throw scopesNotForKind(refused, partner.kind);
    const { key, prefix } = newApiKey();
    const apiKey = await this.keys.save(
      this.keys.create({ partnerId, name, prefix, keyHash: sha256Hex(key), scopes: [...new Set(scopes)], createdBy, rateLimitPerMinute, lastUsedAt: null, revokedAt: null }),
    );
    return { apiKey, key };
  }

  listForPartner(partnerId: string): Promise<ApiKey[]> {
    return this.keys.find({ where: { partnerId }, order: { createdAt: 'DESC' } });
  }

  async revoke(partnerId: string, id: string): Promise<ApiKey> {
    const apiKey = await this.keys.findOneBy({ id, partnerId });
    if (!apiKey) throw new NotFoundError('api_key', id);
    if (!apiKey.revokedAt) {
      apiKey.revokedAt = new Date();
      await this.keys.update(id, { revokedAt: apiKey.revokedAt });
    }
    return apiKey;
  }

  async authenticate(key: string): Promise<ApiKeyActor | null> {
    const parsed = parseApiKey(key);
    if (!parsed) return null;
    const row = await this.keys.findOne({ where: { prefix: parsed.prefix }, relations: { partner: true } });
    if (!row || row.revokedAt || !row.partner?.active || !safeEqualHex(row.keyHash, sha256Hex(key))) return null;
    const now = Date.now();
    if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.keys.update(row.id, { lastUsedAt: new Date(now) });
    }
    return { kind: 'api_key', id: row.id, partnerId: row.partnerId, partnerKind: row.partner.kind, scopes: row.scopes, rateLimitPerMinute: row.rateLimitPerMinute };
  }
}
