/** The two Incoterms 2020 rules a parcel to a consumer can ship under. */
export type ParcelIncoterm = 'DDP' | 'DAP';

/**
 * DDP when nothing is left for the consumer to pay at the door: the IOSS path (VAT charged at
 * checkout) or a destination the shop has chosen to ship duty-paid (SHIPPING_DDP_TERRITORIES).
 * Otherwise DAP: the recipient is the importer and pays duty and import VAT on delivery.
 */
export function chooseIncoterm(territory: string, iossApplies: boolean, ddpTerritories: ReadonlySet<string>): ParcelIncoterm {
  return iossApplies || ddpTerritories.has(territory) ? 'DDP' : 'DAP';
}
