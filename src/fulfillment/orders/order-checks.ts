import { FieldError } from '../../common/errors';
import { isCountryCode } from '../../common/validation/validators';
import { IOSS_NUMBER_PATTERN, ServiceLevel } from '../entities/outbound-order.entity';
import { canonicalCountry, EU_COUNTRIES } from './customs-rules';
import { normalizePostcode, postcodeProblem } from './postcodes';

export interface ShipTo {
  name: string;
  addressLines: string[];
  city: string;
  region?: string | null;
  postcode?: string | null;
  country: string;
  phone?: string | null;
  email?: string | null;
}

export interface NewOrderLine {
  sku: string;
  quantity: number;
  unitPriceMinor: number;
  currency: string;
}

export interface NewOutboundOrder {
  externalId: string;
  channel: string;
  placedAt: string;
  shipTo: ShipTo;
  serviceLevel: ServiceLevel;
  lines: NewOrderLine[];
  customs?: { iossNumber?: string | null } | null;
}

/** The order in its stored form: country alias resolved, postcode and free text tidied. */
export function normalizeOrder(input: NewOutboundOrder): NewOutboundOrder {
  const country = canonicalCountry(input.shipTo.country);
  const tidy = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);
  const postcode = tidy(input.shipTo.postcode);
  return {
    externalId: input.externalId.trim(),
    channel: input.channel.trim(),
    placedAt: new Date(input.placedAt).toISOString(),
    serviceLevel: input.serviceLevel,
    shipTo: {
      name: input.shipTo.name.trim(),
      addressLines: input.shipTo.addressLines.map((l) => l.trim()).filter(Boolean),
      city: input.shipTo.city.trim(),
      region: tidy(input.shipTo.region),
      postcode: postcode ? normalizePostcode(country, postcode) : null,
      country,
      phone: tidy(input.shipTo.phone),
      email: tidy(input.shipTo.email)?.toLowerCase() ?? null,
    },
    lines: input.lines.map((l) => ({ sku: l.sku.trim().toUpperCase(), quantity: l.quantity, unitPriceMinor: l.unitPriceMinor, currency: l.currency.toUpperCase() })),
    customs: { iossNumber: tidy(input.customs?.iossNumber)?.toUpperCase() ?? null },
  };
}

/** Rules that need more than the field itself: real country, its postcode format, IOSS, one currency. */
export function orderProblems(order: NewOutboundOrder): FieldError[] {
  const errors: FieldError[] = [];
  const { country } = order.shipTo;
  if (!isCountryCode(country)) {
    errors.push({ field: 'shipTo.country', message: `shipTo.country ${country} is not an ISO 3166-1 alpha-2 country code` });
  } else {
    const problem = postcodeProblem(country, order.shipTo.postcode);
    if (problem) errors.push({ field: 'shipTo.postcode', message: `shipTo.${problem}` });
  }
  if (!order.shipTo.addressLines.length) errors.push({ field: 'shipTo.addressLines', message: 'shipTo.addressLines must not be blank' });
  const ioss = order.customs?.iossNumber;
  if (ioss && !IOSS_NUMBER_PATTERN.test(ioss)) {
    errors.push({ field: 'customs.iossNumber', message: 'customs.iossNumber must be IM followed by 10 digits' });
  } else if (ioss && !EU_COUNTRIES.has(country)) {
    errors.push({ field: 'customs.iossNumber', message: `customs.iossNumber applies only to consignments to the EU, not to ${country}` });
  }
  const currency = order.lines[0]?.currency;
  order.lines.forEach((l, i) => {
    if (l.currency !== currency) errors.push({ field: `lines[${i}].currency`, message: `lines[${i}].currency must be ${currency} like the first line` });
  });
  const total = order.lines.reduce((sum, l) => sum + l.quantity * l.unitPriceMinor, 0);
  if (!Number.isSafeInteger(total)) errors.push({ field: 'lines', message: 'the order total is too large' });
  return errors;
}
