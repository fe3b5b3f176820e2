import { PartnerKind, Scope } from './roles';

/**
 * What each kind of partner may be granted. A carrier has no business placing orders, nor a shop
 * confirming purchase orders: keys are refused scopes outside their partner's trade.
 */
export const SCOPES_BY_PARTNER_KIND: Record<PartnerKind, readonly Scope[]> = {
  [PartnerKind.Carrier]: [Scope.CatalogRead, Scope.ParcelsRead, Scope.LabelsRead, Scope.ManifestsWrite, Scope.TrackingWrite, Scope.WebhooksManage],
  [PartnerKind.Forwarder]: [Scope.CatalogRead, Scope.ShipmentsWrite, Scope.TrackingWrite, Scope.WebhooksManage],
  [PartnerKind.Supplier]: [Scope.CatalogRead, Scope.PurchaseOrdersRead, Scope.PurchaseOrdersConfirm, Scope.ShipmentsWrite, Scope.WebhooksManage],
  [PartnerKind.Shop]: [Scope.CatalogRead, Scope.OrdersWrite, Scope.ParcelsRead, Scope.WebhooksManage],
};

export function scopesOutsideKind(kind: PartnerKind, scopes: Scope[]): Scope[] {
  return scopes.filter((s) => !SCOPES_BY_PARTNER_KIND[kind].includes(s));
}
