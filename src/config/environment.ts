import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean, IsEnum, IsIn, IsInt, IsISO4217CurrencyCode, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, validateSync, ValidateBy,
} from 'class-validator';
import { isLabelPrinterList } from './label-printers';

const toBool = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ['1', 'true', 'yes', 'on'].includes(value.toLowerCase()) : value;
const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value);

export enum NodeEnv {
  Development = 'development',
  Production = 'production',
  Test = 'test',
}

/**
 * Every environment variable the service reads. README.md documents each one; keep both in step.
 * Values are validated at boot and a bad one stops the process with one line naming it.
 */
export class Environment {
  @IsEnum(NodeEnv)
  NODE_ENV: NodeEnv = NodeEnv.Development;

  @Transform(toInt) @IsInt() @Min(0) @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  @IsOptional() @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @IsString()
  DATA_DIR = './data';

  @Transform(toBool) @IsBoolean()
  DB_RUN_MIGRATIONS = true;

  @Transform(toInt) @IsInt() @Min(1) @Max(200)
  DB_POOL_SIZE = 10;

  @IsOptional() @Matches(/^rediss?:\/\/\S+$/, { message: 'must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  /** Namespace of the BullMQ keys, so several environments can share one Redis. */
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: 'must be 1–40 letters, digits, _ or -' })
  QUEUE_PREFIX = 'wms';

  @Transform(toBool) @IsBoolean()
  RUN_WORKERS = true;

  @IsOptional() @IsString() @MinLength(32, { message: 'must be at least 32 characters' })
  JWT_SECRET?: string;

  @Transform(toInt) @IsInt() @Min(60) @Max(86400)
  JWT_ACCESS_TTL_SECONDS = 900;

  @Transform(toInt) @IsInt() @Min(3600)
  JWT_REFRESH_TTL_SECONDS = 2592000;

  @IsOptional() @IsString()
  CORS_ORIGINS?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Matches(/^\d+(b|kb|mb)$/i, { message: 'must be a size such as 1mb or 512kb' })
  BODY_LIMIT = '1mb';

  @Transform(toInt) @IsInt() @Min(1)
  LOGIN_RATE_LIMIT_PER_MINUTE = 10;

  @Transform(toInt) @IsInt() @Min(1)
  PARTNER_RATE_LIMIT_PER_MINUTE = 600;

  @Transform(toInt) @IsInt() @Min(50)
  OUTBOX_POLL_INTERVAL_MS = 1000;

  @Transform(toInt) @IsInt() @Min(1) @Max(50)
  OUTBOX_MAX_ATTEMPTS = 8;

  @Transform(toInt) @IsInt() @Min(10)
  OUTBOX_BACKOFF_BASE_MS = 2000;

  @IsOptional() @IsString() @MinLength(16, { message: 'must be at least 16 characters' })
  METRICS_TOKEN?: string;

  /** Stock adjustments above this many units need a warehouse lead. */
  @Transform(toInt) @IsInt() @Min(0)
  ADJUSTMENT_LEAD_QUANTITY = 20;

  /** … or above this declared value (minor units, at the products' declared customs value). */
  @Transform(toInt) @IsInt() @Min(0)
  ADJUSTMENT_LEAD_VALUE_MINOR = 20000;

  /** ISO 4217 currency that purchase-order totals are converted to for approval and reporting. */
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @IsISO4217CurrencyCode({ message: 'must be an ISO 4217 currency code such as USD' })
  BASE_CURRENCY = 'USD';

  /** Purchase orders whose total in BASE_CURRENCY minor units is above this need a manager's approval. */
  @Transform(toInt) @IsInt() @Min(0)
  PO_APPROVAL_THRESHOLD_MINOR = 500000;

  /** How far receipts may exceed a line's ordered quantity, in percent. */
  @Transform(toInt) @IsInt() @Min(0) @Max(100)
  PO_OVER_RECEIPT_TOLERANCE_PERCENT = 0;

  /** Buyer block of purchase-order documents. */
  @IsString() @MinLength(1) @MaxLength(200)
  COMPANY_NAME = 'WMS Retail';

  /** Buyer address on purchase-order documents; `;` separates lines. */
  @IsOptional() @IsString() @MaxLength(500)
  COMPANY_ADDRESS?: string;

  /** Set together with SMTP_FROM to e-mail purchase orders to suppliers. */
  @IsOptional() @Matches(/^smtps?:\/\/\S+$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsOptional() @Matches(/^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, { message: 'must be an e-mail address, optionally as "Name <address>"' })
  SMTP_FROM?: string;

  /** Networked ZPL printers, `name=host[:port][@203|@300]` comma-separated (see config/label-printers.ts). */
  @IsOptional()
  @ValidateBy({
    name: 'isLabelPrinterList',
    validator: { validate: isLabelPrinterList, defaultMessage: () => 'must be name=host[:port][@203|@300] entries separated by commas' },
  })
  LABEL_PRINTERS?: string;

  /** `stock.low` is published when allocation takes a SKU's available units in a warehouse below this; 0 turns it off. */
  @Transform(toInt) @IsInt() @Min(0) @Max(1_000_000)
  STOCK_LOW_UNITS = 10;

  /** Allocate one order from several warehouses when no single one can fill it. */
  @Transform(toBool) @IsBoolean()
  FULFILLMENT_ALLOW_SPLIT = false;

  /** When stock covers only part of an order: backorder all of it, or reserve what is there and backorder the rest. */
  @IsIn(['backorder_all', 'allocate_available'])
  FULFILLMENT_PARTIAL_POLICY: 'backorder_all' | 'allocate_available' = 'backorder_all';

  /** Orders with more pick lines than this get a pick list of their own; smaller ones share a cart. */
  @Transform(toInt) @IsInt() @Min(1) @Max(1000)
  FULFILLMENT_SINGLE_ORDER_LINES = 5;

  /** Tote slots on a batch-picking cart: orders per batch pick list. */
  @Transform(toInt) @IsInt() @Min(1) @Max(50)
  FULFILLMENT_CART_TOTES = 8;

  /** GS1 company prefix that generated SSCCs (carton labels) start with: 7–10 digits, as licensed by GS1. */
  @Matches(/^\d{7,10}$/, { message: 'must be a GS1 company prefix of 7 to 10 digits' })
  GS1_COMPANY_PREFIX = '0614141';

  /** SSCC extension digit (0–9) placed before the company prefix; lets several packing sites share one prefix. */
  @Transform(toInt) @IsInt() @Min(0) @Max(9)
  SSCC_EXTENSION_DIGIT = 0;

  /** How far an inbound shipment may carry more than a PO line still has open, in percent. */
  @Transform(toInt) @IsInt() @Min(0) @Max(100)
  INBOUND_OVER_SHIPMENT_PERCENT = 5;

  /** Dock scans may exceed a receipt line's expected quantity by this percent (flagged); beyond needs a warehouse lead. */
  @Transform(toInt) @IsInt() @Min(0) @Max(100)
  RECEIVING_OVER_TOLERANCE_PERCENT = 5;

  /** Shipper's EORI number, on customs declarations of exports and of DDP parcels into the EU. */
  @IsOptional() @Matches(/^[A-Z]{2}[A-Z0-9]{1,15}$/, { message: 'must be an EORI number: 2-letter country code and up to 15 letters or digits' })
  SHIPPER_EORI?: string;

  /** Shipper's VAT number, e.g. NL123456789B01. */
  @IsOptional() @Matches(/^[A-Z]{2}[A-Z0-9+*]{2,13}$/, { message: 'must be a VAT number starting with its 2-letter country code' })
  SHIPPER_VAT_NUMBER?: string;

  /** Shipper's US EIN or CBP importer number, for US parcels shipped duty-paid. */
  @IsOptional() @Matches(/^[0-9A-Z][0-9A-Z-]{1,19}$/, { message: 'must be an EIN such as 12-3456789 or a CBP number' })
  SHIPPER_TAX_ID?: string;

  /** Customs territories (US, EU or ISO country codes, comma-separated) whose parcels ship DDP; others DAP unless on the IOSS path. */
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/\s+/g, '').toUpperCase() : value))
  @Matches(/^(?:[A-Z]{2}(?:,[A-Z]{2})*)?$/, { message: 'must be a comma-separated list such as US,EU' })
  SHIPPING_DDP_TERRITORIES = '';

  /** Name on the signed declaration of commercial invoices and CN 23; unset: the user who created the label. */
  @IsOptional() @IsString() @MaxLength(100)
  CUSTOMS_SIGNATORY_NAME?: string;

  /** Title printed under the signatory's name. */
  @IsString() @MinLength(1) @MaxLength(100)
  CUSTOMS_SIGNATORY_TITLE = 'Shipping manager';

  /** Let webhook URLs point at loopback, private, link-local and similar addresses (SSRF guard off). */
  @Transform(toBool) @IsBoolean()
  WEBHOOK_ALLOW_PRIVATE_TARGETS = false;

  /** Attempts per webhook delivery before it is marked failed. */
  @Transform(toInt) @IsInt() @Min(1) @Max(50)
  WEBHOOK_MAX_ATTEMPTS = 15;

  /** How long one webhook request may take, from connecting to reading the start of the response. */
  @Transform(toInt) @IsInt() @Min(100) @Max(60000)
  WEBHOOK_TIMEOUT_MS = 10000;
}

/** Variables without a default (so absent from `new Environment()`). */
const OPTIONAL_VARIABLES = ['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'CORS_ORIGINS', 'METRICS_TOKEN', 'COMPANY_ADDRESS', 'SMTP_URL', 'SMTP_FROM', 'SHIPPER_EORI', 'SHIPPER_VAT_NUMBER', 'SHIPPER_TAX_ID', 'CUSTOMS_SIGNATORY_NAME', 'LABEL_PRINTERS'];

export class EnvironmentError extends Error {}

/** Validates `process.env`; throws one line per broken variable. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const known = new Set([...Object.keys(new Environment()), ...OPTIONAL_VARIABLES]);
  // An empty variable counts as unset, so `FOO= npm start` falls back to the default.
  const relevant = Object.fromEntries(Object.entries(raw).filter(([k, v]) => known.has(k) && v !== ''));
  const env = plainToInstance(Environment, relevant, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => {
      const rule = Object.values(e.constraints ?? {})[0]?.replace(new RegExp(`^${e.property} `), '') ?? 'is invalid';
      return `Invalid environment variable ${e.property}=${JSON.stringify(raw[e.property])}: ${rule}`;
    });
    throw new EnvironmentError(lines.join('\n'));
  }
  if (env.NODE_ENV === NodeEnv.Production && !env.JWT_SECRET) {
    throw new EnvironmentError('Invalid environment variable JWT_SECRET: required when NODE_ENV=production');
  }
  // One without the other would silently never send a purchase order; say so at boot instead.
  if (!!env.SMTP_URL !== !!env.SMTP_FROM) {
    const missing = env.SMTP_URL ? 'SMTP_FROM' : 'SMTP_URL';
    throw new EnvironmentError(`Invalid environment variable ${missing}: required when ${missing === 'SMTP_FROM' ? 'SMTP_URL' : 'SMTP_FROM'} is set`);
  }
  return env;
}
