import { Transform } from 'class-transformer';
import { ArrayMinSize, IsArray, IsBoolean, IsEmail, IsEnum, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PageOf, PageQueryDto } from '../../common/http/pagination';
import { Omittable } from '../../common/validation/validators';
import { ApiKey } from '../entities/api-key.entity';
import { Partner } from '../entities/partner.entity';
import { PartnerKind, Scope } from '../roles';

export class CreatePartnerDto {
  /** Short unique code, e.g. `DHL-ECOM` (letters, digits, dash). */
  @Matches(/^[A-Za-z0-9][A-Za-z0-9-]{1,39}$/, { message: 'code must be 2–40 letters, digits or dashes' })
  code: string;

  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @IsEnum(PartnerKind)
  kind: PartnerKind;

  @IsOptional()
  @IsEmail()
  contactEmail?: string;
}

export class UpdatePartnerDto {
  @Omittable()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @IsOptional()
  @IsEmail()
  contactEmail?: string | null;

  /** `false` stops every key of the partner from working. */
  @Omittable()
  @IsBoolean()
  active?: boolean;
}

export class PartnerQueryDto extends PageQueryDto {
  @IsOptional()
  @IsEnum(PartnerKind)
  kind?: PartnerKind;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  /** `code`, `name`, `createdAt`; prefix `-` for descending. */
  @IsOptional()
  @IsString()
  sort?: string;
}

export class PartnerDto {
  id: string;
  code: string;
  name: string;
  kind: PartnerKind;
  contactEmail: string | null;
  active: boolean;
  createdAt: Date;
}

export function toPartnerDto(p: Partner): PartnerDto {
  return { id: p.id, code: p.code, name: p.name, kind: p.kind, contactEmail: p.contactEmail, active: p.active, createdAt: p.createdAt };
}

export class PartnerPageDto extends PageOf(PartnerDto) {}

export class CreateApiKeyDto {
  /** What the key is for, e.g. `label pick-up, production`. */
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @IsArray()
  @ArrayMinSize(1)
  @IsEnum(Scope, { each: true })
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? [...new Set(value)] : value))
  scopes: Scope[];

  /** This key's own limit in requests per minute (e.g. higher for a carrier's tracking feed); default PARTNER_RATE_LIMIT_PER_MINUTE. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  rateLimitPerMinute?: number;
}

export class ApiKeyDto {
  id: string;
  partnerId: string;
  name: string;
  /** Non-secret part of the key, to recognise it in lists. */
  prefix: string;
  scopes: Scope[];
  /** Requests per minute; null means the default (PARTNER_RATE_LIMIT_PER_MINUTE). */
  rateLimitPerMinute: number | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdBy: string;
  createdAt: Date;
}

export class CreatedApiKeyDto extends ApiKeyDto {
  /** The key itself. Shown only in this response; store it now. */
  key: string;
}

export function toApiKeyDto(k: ApiKey): ApiKeyDto {
  return {
    id: k.id, partnerId: k.partnerId, name: k.name, prefix: k.prefix, scopes: k.scopes, rateLimitPerMinute: k.rateLimitPerMinute,
    lastUsedAt: k.lastUsedAt, revokedAt: k.revokedAt, createdBy: k.createdBy, createdAt: k.createdAt,
  };
}
