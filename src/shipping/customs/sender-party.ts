import { Environment } from '../../config/environment';
import { PostalAddress, placeLines } from '../labels/parcel-label.model';
import { DeclarationParty, PartyReferences } from './declaration.types';

/** The warehouse fields a sender address needs. */
export interface ShipFrom {
  addressLine1: string;
  addressLine2: string | null;
  city: string;
  region: string | null;
  postcode: string;
  country: string;
}

export function shipperReferences(env: Environment): PartyReferences {
  const references: PartyReferences = {};
  if (env.SHIPPER_EORI) references.eori = env.SHIPPER_EORI;
  if (env.SHIPPER_VAT_NUMBER) references.vatNumber = env.SHIPPER_VAT_NUMBER;
  if (env.SHIPPER_TAX_ID) references.taxId = env.SHIPPER_TAX_ID;
  return references;
}

/** The company (COMPANY_NAME) at the warehouse the parcel leaves from. */
export function senderParty(warehouse: ShipFrom, env: Environment): DeclarationParty {
  const address: PostalAddress = { name: env.COMPANY_NAME, lines: [], ...warehouse };
  return {
    name: env.COMPANY_NAME,
    addressLines: [warehouse.addressLine1, ...(warehouse.addressLine2 ? [warehouse.addressLine2] : []), ...placeLines(address)],
    city: warehouse.city,
    country: warehouse.country,
    phone: null,
    email: null,
    references: shipperReferences(env),
  };
}
