export enum Role {
  Admin = 'admin',
  Procurement = 'procurement',
  ProcurementManager = 'procurement_manager',
  Warehouse = 'warehouse',
  WarehouseLead = 'warehouse_lead',
  Logistics = 'logistics',
}

export const ALL_ROLES = Object.values(Role);

/** Scopes a partner API key can carry. Partner routes each require one. */
export enum Scope {
  CatalogRead = 'catalog:read',
  ParcelsRead = 'parcels:read',
  LabelsRead = 'labels:read',
  ManifestsWrite = 'manifests:write',
  TrackingWrite = 'tracking:write',
  ShipmentsWrite = 'shipments:write',
  OrdersWrite = 'orders:write',
  PurchaseOrdersRead = 'purchase-orders:read',
  PurchaseOrdersConfirm = 'purchase-orders:confirm',
  WebhooksManage = 'webhooks:manage',
}

export const ALL_SCOPES = Object.values(Scope);

export enum PartnerKind {
  Carrier = 'carrier',
  Forwarder = 'forwarder',
  Supplier = 'supplier',
  Shop = 'shop',
}
