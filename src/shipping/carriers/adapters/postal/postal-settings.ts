import { FieldError } from '../../../../common/errors';
import { JsonObject } from '../../../../common/database/json';
import { isCountryCode } from '../../../../common/validation/validators';

/** The postal operator's S10 origin country, e.g. `US` in `LX123456785US`. */
export interface PostalCarrierSettings {
  s10Country: string;
}

/** The S10 service indicator of a service: `LX` letter post, `CP` parcel post, `EE` EMS … */
export interface PostalServiceSettings {
  s10ServiceIndicator: string;
}

export function postalSettingsProblems(carrier: JsonObject, service: JsonObject | null): FieldError[] {
  const problems: FieldError[] = [];
  if (!isCountryCode(carrier.s10Country)) {
    problems.push({ field: 'settings.s10Country', message: 'settings.s10Country must be the postal operator\'s ISO 3166 alpha-2 country, e.g. US' });
  }
  if (service !== null && !(typeof service.s10ServiceIndicator === 'string' && /^[A-Z]{2}$/.test(service.s10ServiceIndicator))) {
    problems.push({ field: 'settings.s10ServiceIndicator', message: 'settings.s10ServiceIndicator must be two capital letters, e.g. LX or CP' });
  }
  return problems;
}
