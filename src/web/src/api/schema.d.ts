/**
 * Generated from the API's OpenAPI document by `npm run web:client`; do not edit by hand.
 * The browser test test/web/api-schema.web-spec.ts fails when this file and the API disagree.
 */
export interface paths {
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the audit log, newest first */
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with e-mail and password; returns an access and a refresh token */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a refresh token and every token rotated from it */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the credentials belong to: the user and roles, or the API key, partner and scopes */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange a refresh token for a new token pair (the old refresh token stops working) */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/availability/{sku}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of a SKU can be promised; a kit only as far as every component is available */
        get: operations["KitAvailabilityController_forSku"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/box-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List box types */
        get: operations["BoxTypesController_list"];
        put?: never;
        /** Add a box type: inner dimensions, tare weight and maximum gross weight */
        post: operations["BoxTypesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/box-types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a box type */
        get: operations["BoxTypesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a box type (not its code); `active: false` retires it. Parcels already packed keep their figures */
        patch: operations["BoxTypesController_update"];
        trace?: never;
    };
    "/api/v1/carriers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List carriers by code */
        get: operations["CarriersController_list"];
        put?: never;
        /** Register a carrier with its services; its adapter checks the settings it needs */
        post: operations["CarriersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/carriers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A carrier with its services */
        get: operations["CarriersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a carrier: name, tracking URL, partner, settings, or deactivate it */
        patch: operations["CarriersController_update"];
        trace?: never;
    };
    "/api/v1/carriers/{id}/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a service to a carrier */
        post: operations["CarriersController_addService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/carriers/{id}/services/{serviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a carrier service's name, label formats or settings, or deactivate it */
        patch: operations["CarriersController_updateService"];
        trace?: never;
    };
    "/api/v1/cycle-counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List cycle counts, newest first; filter by warehouse and status */
        get: operations["CycleCountsController_list"];
        put?: never;
        /** Count bins (or every bin holding some products): freezes them for picking and snapshots their stock */
        post: operations["CycleCountsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycle-counts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A count with its bins and lines; expected quantities, variances and totals only for leads and admins */
        get: operations["CycleCountsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycle-counts/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a counted count: its variances are posted as `count` movements and the bins are released */
        post: operations["CycleCountsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycle-counts/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an open or counted count: the bins are released and no stock changes */
        post: operations["CycleCountsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycle-counts/{id}/lines/{lineId}/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enter the counted quantity of one line by keyboard (scanning with action `count` does the same) */
        post: operations["CycleCountsController_countLine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycle-counts/{id}/recount": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send lines back to be counted again: their counts are cleared and the count is open again */
        post: operations["CycleCountsController_recount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycle-counts/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finish counting: every line counted and no recount pending; the count then waits for a lead (bins stay frozen) */
        post: operations["CycleCountsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cycle-counts/{id}/variances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counted lines whose count differs from the snapshot, with their declared value */
        get: operations["CycleCountsController_variances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fx-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List exchange rates into the base currency, newest date first */
        get: operations["FxRatesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fx-rates/{currency}/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the rate of a currency into the base currency from a date on (replaces that date’s rate) */
        put: operations["FxRatesController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List shipments by status, warehouse, forwarder or order; `view=in_transit` by ETA, `view=late` against the original ETA */
        get: operations["ShipmentsController_list"];
        put?: never;
        /** Announce a shipment (ASN): transport, containers, bills, ETA and the purchase-order lines it carries */
        post: operations["ShipmentsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-shipments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a shipment with its lines, milestones, ETA history and allowed actions */
        get: operations["ShipmentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct transport facts (carrier, vessel, containers, bills, waybill, ETD) before delivery */
        patch: operations["ShipmentsController_update"];
        trace?: never;
    };
    "/api/v1/inbound-shipments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a shipment that has not reached the warehouse */
        post: operations["ShipmentsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-shipments/{id}/carton-labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SSCC carton labels as PDF (A6, GS1-128 of (00) + SSCC, ship-to and contents), one page per carton */
        get: operations["CartonsController_labelsPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-shipments/{id}/cartons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a shipment's cartons with their contents */
        get: operations["CartonsController_list"];
        put?: never;
        /** Register one carton with its contents; the SSCC is the supplier's (validated) or generated from our GS1 prefix */
        post: operations["CartonsController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-shipments/{id}/cartons:import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register cartons from a CSV packing list (JSON `{ csv }`); any bad row refuses the whole file with row-numbered errors */
        post: operations["CartonsController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-shipments/{id}/costs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a cost (freight, insurance, duty, brokerage, port or handling fees) in any currency, with its allocation method */
        post: operations["LandedCostController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-shipments/{id}/costs/{costId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a cost entered by mistake; received stock is re-valued */
        delete: operations["LandedCostController_remove"];
        options?: never;
        head?: never;
        /** True up a cost with the invoice (it becomes actual); received stock is re-valued and average costs adjusted */
        patch: operations["LandedCostController_update"];
        trace?: never;
    };
    "/api/v1/inbound-shipments/{id}/eta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the ETA; the change is kept in the history (who, when, old → new) */
        post: operations["ShipmentsController_eta"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-shipments/{id}/landed-cost": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Landed cost per line: supplier price in the base currency plus each cost’s exact share (received lines once received) */
        get: operations["LandedCostController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-shipments/{id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a milestone with when and where it happened; the same milestone again changes nothing */
        post: operations["ShipmentsController_milestone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-shipments/arriving-this-week": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Shipments due at a warehouse this week (Monday to Monday in the warehouse's time zone), by ETA */
        get: operations["ShipmentsController_arriving"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inventory-valuation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock valuation as of now: on hand × weighted average landed cost, per warehouse, in the base currency */
        get: operations["ValuationController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List background jobs (filter `status=failed` for the ones needing attention) */
        get: operations["JobsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a background job with its last error */
        get: operations["JobsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a failed job again, with a fresh set of attempts */
        post: operations["JobsController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/labels/bins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bin labels (code and LOC: barcode) for given bins or a code prefix, on A4 sheets, a roll, or as ZPL */
        post: operations["FloorLabelsController_bins"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/labels/logistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** GS1 logistics labels for cartons and pallets: SSCC (00) lowest, content (02)/(37), PO (400), ship-to postcode (420) */
        post: operations["FloorLabelsController_logistics"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/labels/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Product labels (SKU, names EN/ZH, GS1-128 (01) GTIN) with copies, on A4 sheets, a roll, or as ZPL */
        post: operations["FloorLabelsController_products"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/locations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a location */
        get: operations["LocationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a location’s type, capacity, pick sequence or active flag */
        patch: operations["LocationsController_update"];
        trace?: never;
    };
    "/api/v1/locations/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a location so it is no longer offered for put-away or picking */
        post: operations["LocationsController_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/locations/by-barcode/{barcode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find the location a scanned bin label belongs to */
        get: operations["LocationsController_getByBarcode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manifests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Manifests, newest first (at most 100), e.g. the day's for a warehouse; carrier keys see their own */
        get: operations["ManifestsController_list"];
        put?: never;
        /** Close a carrier's ready parcels at a warehouse (labels shipping on or before the date) into an end-of-day manifest */
        post: operations["ManifestsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manifests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A manifest with its parcels */
        get: operations["ManifestsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manifests/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The manifest as PDF, one Code 128 per parcel */
        get: operations["ManifestsController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manifests/{id}/pickup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the carrier took the manifest's parcels: stock ships, parcels and orders become shipped; repeating it changes nothing */
        post: operations["ManifestsController_pickup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbound-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List orders by status, warehouse or external id (a shop key sees its own) */
        get: operations["OutboundOrdersController_list"];
        put?: never;
        /** Send an order to be shipped; sending the same external id again returns the same order (200) */
        post: operations["OutboundOrdersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbound-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an order with its lines, kit components, allocations, allowed actions and history */
        get: operations["OutboundOrdersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbound-orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an order before picking; its reserved stock is released */
        post: operations["OutboundOrdersController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbound-orders/allocate-backorders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Try again to allocate backordered orders, oldest first (e.g. after stock arrived) */
        post: operations["OutboundOrdersController_allocateBackorders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pack-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start (or resume) packing a picked order: scan the order slip or the shop order number; shows what to pack and the suggested box */
        post: operations["PackSessionsController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pack-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pack session of an order: lines with picked and packed units, what is still expected, the suggested box, the parcels */
        get: operations["PackSessionsController_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pack-sessions/{id}/parcels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open the next parcel of the order in the chosen box, or in the suggested one when no box type is given */
        post: operations["PackSessionsController_openParcel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pack-sessions/{id}/parcels/{parcelId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a parcel with its scale weight (checked against contents + box within ±10 % or ±50 g); the order becomes packed with its last parcel */
        post: operations["PackSessionsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pack-sessions/{id}/parcels/{parcelId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Scan an item into the open parcel; a product not in the order, or already packed in full, is refused naming what is expected */
        post: operations["PackSessionsController_addItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parcels/{id}/customs-declaration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current label's customs declaration: items, totals in EUR/USD/SDR, incoterm, importer of record, rules applied */
        get: operations["ParcelDocumentsController_declaration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parcels/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current label's documents (label PDF/ZPL, CN 22, CN 23 or commercial invoice) with their SHA-256 */
        get: operations["ParcelDocumentsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parcels/{id}/documents/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download one document of the current label */
        get: operations["ParcelDocumentsController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parcels/{id}/label": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The parcel's current label as a 4×6 PDF or as ZPL II for a 203 or 300 dpi printer; carrier keys see their own parcels only */
        get: operations["ParcelLabelsController_download"];
        put?: never;
        /** Create the label of a closed parcel: customs pre-flight, carrier booking, declaration; documents render in the background */
        post: operations["ParcelLabelsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parcels/{id}/label/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void the current label at the carrier; it stays in the history and the parcel can be labelled again */
        post: operations["ParcelLabelsController_void"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parcels/{id}/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every label the parcel had, newest first, voided ones included */
        get: operations["ParcelLabelsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parcels/{id}/tracking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A parcel's tracking timeline, oldest scan first; shop keys see their own orders' parcels, carrier keys the parcels they carry */
        get: operations["ParcelTrackingController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner/inbound-shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the shipments you forward */
        get: operations["PartnerShipmentsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner/inbound-shipments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one of your shipments with its milestones and ETA history */
        get: operations["PartnerShipmentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner/inbound-shipments/{id}/eta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a new ETA for one of your shipments */
        post: operations["PartnerShipmentsController_eta"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner/inbound-shipments/{id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a milestone of one of your shipments; sending the same milestone again changes nothing */
        post: operations["PartnerShipmentsController_milestone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner/manifests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your manifests, newest first; filter by `date` and `warehouseId` to fetch the day's */
        get: operations["PartnerManifestsController_list"];
        put?: never;
        /** Close your ready parcels at a warehouse (labels shipping on or before the date) into a manifest */
        post: operations["PartnerManifestsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner/manifests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your manifests with its parcels; the PDF is at `pdfHref` */
        get: operations["PartnerManifestsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner/manifests/{id}/pickup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm you took the parcels: they and their orders become shipped; confirming again changes nothing */
        post: operations["PartnerManifestsController_pickup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner/parcels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your parcels ready for pickup (labelled, or manifested and not yet picked up), oldest label first */
        get: operations["PartnerParcelsController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner/parcels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your parcels waiting for pickup; another carrier's parcel is a 404 */
        get: operations["PartnerParcelsController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner/purchase-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the purchase orders sent to your company */
        get: operations["PartnerPurchaseOrdersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner/purchase-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one of your purchase orders with its lines */
        get: operations["PartnerPurchaseOrdersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner/purchase-orders/{id}/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm quantities and dates of the current revision of one of your purchase orders */
        post: operations["PartnerPurchaseOrdersController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner/purchase-orders/{id}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the PDF of one of your purchase orders */
        get: operations["PartnerPurchaseOrdersController_document"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partner/tracking-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report up to 500 tracking events; each item is accepted, a duplicate, or rejected with its errors
         * @description Items are independent: a rejected item (by `index`) does not hold back the others. 200 when no item was rejected, 207 otherwise.
         */
        post: operations["PartnerTrackingController_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List partners */
        get: operations["PartnersController_list"];
        put?: never;
        /** Register a partner (carrier, forwarder, supplier, shop) */
        post: operations["PartnersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a partner */
        get: operations["PartnersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a partner, change its contact, or disable it */
        patch: operations["PartnersController_update"];
        trace?: never;
    };
    "/api/v1/partners/{id}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a partner’s API keys (never the keys themselves) */
        get: operations["PartnersController_listKeys"];
        put?: never;
        /** Issue an API key with scopes; the key is returned once and stored hashed */
        post: operations["PartnersController_createKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/partners/{id}/api-keys/{keyId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke an API key; it stops working at once */
        post: operations["PartnersController_revokeKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pick-exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List short picks, e.g. the open ones waiting for a lead */
        get: operations["PickExceptionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pick-exceptions/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a short pick: adjust the bin to the count, then allocate the missing units again or backorder */
        post: operations["PickExceptionsController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pick-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List pick lists by wave, warehouse or status */
        get: operations["PickListsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pick-lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a pick list: tote slots and lines in walk order */
        get: operations["PickListsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pick-lists/{id}/lines/{lineId}/short": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a short pick: the bin held fewer units than the line asks for; a lead confirms it */
        post: operations["PickListsController_short"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pick-lists/{id}/picks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Scan a pick: bin, item, quantity (and tote on a cart); the units move to the packing location */
        post: operations["PickListsController_pick"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planning/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List planning policies (global, per warehouse, category, product) */
        get: operations["PlanningPoliciesController_list"];
        /** Create or replace the policy of a scope (product or category, optionally per warehouse, or global) */
        put: operations["PlanningPoliciesController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planning/policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a policy; its scope then inherits every setting */
        delete: operations["PlanningPoliciesController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planning/policies/effective": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The settings that apply to a product in a warehouse after resolution */
        get: operations["PlanningPoliciesController_effective"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planning/product-categories/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Put a product in a planning category (null: none), so category policies apply to it */
        put: operations["PlanningPoliciesController_setCategory"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planning/projections/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Projected stock per day for 120 days of a product in a warehouse, with demand signal, arrivals and suggestions */
        get: operations["PlanningController_projection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planning/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recompute signals, projections and suggestions now, as a background job */
        post: operations["PlanningController_recompute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planning/runs/latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The last finished recompute: when, why, how many items and how long it took */
        get: operations["PlanningController_latestRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planning/spikes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Items whose demand of the last days runs far above their baseline, largest multiple first */
        get: operations["PlanningController_spikes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planning/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List reorder and expedite suggestions, most urgent first; filter by warehouse, supplier, kind, status, spike */
        get: operations["PlanningSuggestionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planning/suggestions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a suggestion with its figures, dismissal and ordered purchase order */
        get: operations["PlanningSuggestionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planning/suggestions/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss a suggestion with a reason; it comes back when its quantity or stock-out date moves materially */
        post: operations["PlanningSuggestionsController_dismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/planning/suggestions/purchase-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create draft purchase orders from suggestions, one per supplier, warehouse, transport mode and currency */
        post: operations["PlanningSuggestionsController_order"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/printing/parcel-labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Print a parcel's current label as ZPL on a networked printer (raw TCP, port 9100) */
        post: operations["PrintingController_print"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/printing/printers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The networked label printers this server can print to (LABEL_PRINTERS) */
        get: operations["PrintingController_printers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search products by SKU prefix, GTIN or name, with filters */
        get: operations["ProductsController_list"];
        put?: never;
        /** Create a product (SKU, names, GTIN, HS codes, origin, weight, dimensions, customs data) */
        post: operations["ProductsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a product */
        get: operations["ProductsController_get"];
        put?: never;
        post?: never;
        /** Deactivate a product (it is kept, not removed, because stock and orders refer to it) */
        delete: operations["ProductsController_deactivate"];
        options?: never;
        head?: never;
        /** Change some fields of a product; send `version` to be refused if someone else changed it first */
        patch: operations["ProductsController_update"];
        trace?: never;
    };
    "/api/v1/products/{id}/components": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the components of a kit (an empty list for an ordinary product) */
        get: operations["KitComponentsController_get"];
        /** Define a kit: replace its components and quantities per kit */
        put: operations["KitComponentsController_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a deactivated product active again */
        post: operations["ProductsController_reactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find the product for a scanned code: a GTIN in any of its lengths, or a SKU */
        get: operations["ProductsController_lookup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List purchase orders by status, supplier, warehouse, product, date; late ones; those awaiting my approval */
        get: operations["PurchaseOrdersController_list"];
        put?: never;
        /** Create a draft purchase order; currency, incoterm and payment terms default from the supplier */
        post: operations["PurchaseOrdersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a purchase order with lines, totals (also in the base currency), warnings, allowed actions and history */
        get: operations["PurchaseOrdersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a draft’s header, or replace its lines (409 once submitted; after sending, use revisions) */
        patch: operations["PurchaseOrdersController_update"];
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a submitted order (a procurement manager other than its creator) */
        post: operations["PurchaseOrderActionsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an order with a reason, any time before goods were received */
        post: operations["PurchaseOrderActionsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a received order, or short-close a partially received one (reason required; the rest is cancelled) */
        post: operations["PurchaseOrderActionsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the supplier’s confirmed quantities and dates for the current revision, on the supplier’s behalf */
        post: operations["PurchaseOrderActionsController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the PDF of the current (or a given) revision, rendered once the order is approved */
        get: operations["PurchaseOrdersController_document"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a submitted order with a reason; it goes back to draft for the buyer to fix */
        post: operations["PurchaseOrderActionsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the changes made after the order was sent, with who, when, why and a per-line diff */
        get: operations["PurchaseOrdersController_revisions"];
        put?: never;
        /** Change lines of a sent order as a new revision; the supplier must confirm it again */
        post: operations["PurchaseOrderActionsController_revise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an approved order sent to the supplier; mails the PDF when SMTP is configured */
        post: operations["PurchaseOrderActionsController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a draft: over the approval threshold it waits for a manager, otherwise it is approved at once */
        post: operations["PurchaseOrderActionsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/purchase-orders/open-quantities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Units still expected per product and warehouse on approved and later orders (for planning) */
        get: operations["PurchaseOrdersController_openQuantities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/putaway-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Put-away tasks of a warehouse (open by default), oldest first, each with its suggested bin */
        get: operations["PutawayController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/putaway-tasks/{id}/scans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Scan the bin (any bin; the suggestion is advice) and the quantity: posts a put-away move from the dock */
        post: operations["PutawayController_scan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a receipt for a delivered shipment, or a blind receipt for an unannounced delivery against a purchase order */
        post: operations["ReceiptsController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a receipt: its lines (results once closed) and expected against scanned per product */
        get: operations["ReceiptsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an open receipt: its scans are discarded and the shipment waits to be received again */
        post: operations["ReceiptsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close: post stock to the dock (damaged to quarantine), update the purchase orders, record discrepancies, create put-away tasks */
        post: operations["ReceiptsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts/{id}/discrepancies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Discrepancy report of a closed receipt: short, over, damaged and unexpected goods per line */
        get: operations["ReceiptsController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts/{id}/discrepancies/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Discrepancy report of a closed receipt as PDF, for a supplier claim */
        get: operations["ReceiptsController_reportPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts/{id}/scans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a dock scan: an SSCC receives its carton as declared, a product code receives units (damaged ones flagged) */
        post: operations["ReceiptsController_scan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List returns, newest first; filter by order and status */
        get: operations["ReturnsController_list"];
        put?: never;
        /** Authorize a return (RMA) of a shipped or delivered order: products, quantities (at most shipped − already returned) and reason codes */
        post: operations["ReturnsController_authorize"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a return with what was authorized and what came back per line */
        get: operations["ReturnsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a return: nothing more is expected; units not received may be authorized again */
        post: operations["ReturnsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/{id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive returned units at the dock with a disposition: restock (into a storage bin), quarantine, or scrap */
        post: operations["ReturnsController_receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a handheld scan: receive, put away, move, pick or count. A retried scan (same Idempotency-Key) changes nothing */
        post: operations["ScansController_scan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock rows (product × location × lot) with on hand, reserved and available; filter by product, warehouse, location, lot */
        get: operations["StockController_balances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock-movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stock ledger, newest first: filter by product, location, type, reference and time */
        get: operations["StockController_movements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/{sku}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Availability of a SKU per warehouse, from the balances (milliseconds, never a ledger sum) */
        get: operations["StockController_availability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adjust stock with a reason (damaged, lost, found, correction, expired); large adjustments need a warehouse lead */
        post: operations["StockController_adjust"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Replay the whole ledger and compare it with the balances and reservations (consistency check) */
        get: operations["StockController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supplier-products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List every supplier of a product, the preferred one first */
        get: operations["SupplierProductsController_listForProduct"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supplier-products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a supplier product */
        get: operations["SupplierProductsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a supplier product’s price, MOQ, carton, lead time, preferred or active flag */
        patch: operations["SupplierProductsController_update"];
        trace?: never;
    };
    "/api/v1/suppliers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search suppliers by code or name (English or Chinese) */
        get: operations["SuppliersController_list"];
        put?: never;
        /** Register a supplier with its addresses, contacts, default currency, incoterm and payment terms */
        post: operations["SuppliersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a supplier */
        get: operations["SuppliersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a supplier (not its code); `contacts` replaces the list; send `version` to detect concurrent edits */
        patch: operations["SuppliersController_update"];
        trace?: never;
    };
    "/api/v1/suppliers/{id}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the products a supplier sells */
        get: operations["SuppliersController_listProducts"];
        put?: never;
        /** Add a product the supplier sells: their item code and name, price, MOQ, carton, lead time */
        post: operations["SuppliersController_addProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users */
        get: operations["UsersController_list"];
        put?: never;
        /** Create a user with roles */
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a user */
        get: operations["UsersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user’s name, roles, password or active flag */
        patch: operations["UsersController_update"];
        trace?: never;
    };
    "/api/v1/warehouses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List warehouses */
        get: operations["WarehousesController_list"];
        put?: never;
        /** Register a warehouse with its address and time zone */
        post: operations["WarehousesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/warehouses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a warehouse */
        get: operations["WarehousesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a warehouse’s name, address, time zone or active flag (the code is fixed) */
        patch: operations["WarehousesController_update"];
        trace?: never;
    };
    "/api/v1/warehouses/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a warehouse; no locations can be added to it until it is reactivated */
        post: operations["WarehousesController_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/warehouses/{id}/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a warehouse’s locations, by code or walk order */
        get: operations["WarehouseLocationsController_list"];
        put?: never;
        /** Add one location (bin) to a warehouse */
        post: operations["WarehouseLocationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/warehouses/{id}/locations/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add every bin of a range such as A-01..05-01..10-01..04 (at most 10 000) in one transaction */
        post: operations["WarehouseLocationsController_bulkCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/warehouses/{warehouseId}/product-slotting/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product's fixed pick face and preferred zone in a warehouse */
        get: operations["PutawayController_slotting"];
        /** Set a product's fixed pick face and preferred zone in a warehouse (put-away rules use them) */
        put: operations["PutawayController_setSlotting"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/warehouses/{warehouseId}/putaway-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The warehouse's put-away rule order (the default order when it has none of its own) */
        get: operations["PutawayController_rules"];
        /** Set the order in which put-away rules are tried; the first that finds a bin wins */
        put: operations["PutawayController_setRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Plan a wave: allocated orders of a warehouse, oldest first, up to a number of orders and pick lines */
        post: operations["WavesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waves/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a wave with its orders and pick lists */
        get: operations["WavesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waves/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release a wave: create its pick lists (big orders alone, small ones batched into carts) and start picking */
        post: operations["WavesController_release"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook delivery with each attempt: status, duration, error, start of the response */
        get: operations["WebhookDeliveriesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-deliveries/{id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the event to the subscription again, as a new delivery */
        post: operations["WebhookDeliveriesController_redeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List webhook subscriptions (a partner key sees its own), newest first */
        get: operations["WebhookSubscriptionsController_list"];
        put?: never;
        /** Subscribe a URL to event types; the signing secret is returned once */
        post: operations["WebhookSubscriptionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a webhook subscription (never its secret) */
        get: operations["WebhookSubscriptionsController_get"];
        put?: never;
        post?: never;
        /** Delete a subscription with its delivery log; pending deliveries are dropped */
        delete: operations["WebhookSubscriptionsController_remove"];
        options?: never;
        head?: never;
        /** Change the URL, event types, description or active flag */
        patch: operations["WebhookSubscriptionsController_update"];
        trace?: never;
    };
    "/api/v1/webhook-subscriptions/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A subscription's delivery log, newest first */
        get: operations["WebhookSubscriptionsController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-subscriptions/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the signing secret; the new one is returned once and signs every request from now on */
        post: operations["WebhookSubscriptionsController_rotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health: 503 when the database is down. Redis (when configured) is reported but does not fail the check: without it jobs wait, requests still work */
        get: operations["ObservabilityController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AdjustmentDto: {
            /** Format: uuid */
            locationId: string;
            /** Format: uuid */
            lotId?: string;
            /** Format: uuid */
            productId: string;
            /** @enum {string} */
            reason: "damaged" | "lost" | "found" | "correction" | "expired";
        };
        AllocatedCostDto: {
            amountMinor: number | null;
            /** @description The amount in the base currency that was allocated (for duty by HS without an amount: rates × customs values). */
            baseAmountMinor: number;
            /** Format: date-time */
            createdAt: string;
            currency: string;
            description: string | null;
            /**
             * @description For `duty_by_hs`: 6-digit HS code → duty rate as a decimal (0.165 = 16.5 %).
             * @example {
             *       "610910": "0.165"
             *     }
             */
            hsRates?: {
                [key: string]: string;
            } | null;
            id: string;
            method: components["schemas"]["AllocationMethod"];
            shipmentId: string;
            status: components["schemas"]["CostStatus"];
            type: components["schemas"]["CostType"];
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
        };
        /** @enum {string} */
        AllocationMethod: "value" | "quantity" | "gross_weight" | "volume" | "duty_by_hs";
        ApiKeyDto: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            id: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            name: string;
            partnerId: string;
            /** @description Non-secret part of the key, to recognise it in lists. */
            prefix: string;
            /** @description Requests per minute; null means the default (PARTNER_RATE_LIMIT_PER_MINUTE). */
            rateLimitPerMinute: number | null;
            /** Format: date-time */
            revokedAt: string | null;
            scopes: ("catalog:read" | "parcels:read" | "labels:read" | "manifests:write" | "tracking:write" | "shipments:write" | "orders:write" | "purchase-orders:read" | "purchase-orders:confirm" | "webhooks:manage")[];
        };
        ArrivalDto: {
            date: string;
            mode: string | null;
            quantity: number;
            /** @description Shipment or purchase-order number. */
            reference: string | null;
            /** @description receiving (waiting for put-away), in_transit (inbound shipment), purchase_order, draft. */
            source: string;
        };
        ArrivingThisWeekDto: {
            shipments: components["schemas"]["ShipmentSummaryDto"][];
            /** @description IANA time zone of the warehouse: the week runs Monday 00:00 to Monday 00:00 there. */
            timezone: string;
            warehouseId: string;
            /** Format: date-time */
            weekEnd: string;
            /** Format: date-time */
            weekStart: string;
        };
        AuditEventDto: {
            action: string;
            actorId: string | null;
            actorLabel: string;
            actorType: string;
            entityId: string | null;
            entityType: string | null;
            httpStatus: number | null;
            id: string;
            /** Format: date-time */
            occurredAt: string;
            requestId: string | null;
            summary: {
                [key: string]: unknown;
            };
        };
        AuditEventPageDto: {
            items: components["schemas"]["AuditEventDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor?: string | null;
            /** @description Number of items matching the filters. */
            total: number;
        };
        AvailabilityDto: {
            available: number;
            productId: string;
            sku: string;
            warehouses: components["schemas"]["WarehouseAvailabilityDto"][];
        };
        BackorderRunDto: {
            allocated: number;
            attempted: number;
            stillBackordered: number;
        };
        BalanceDto: {
            available: number;
            expiryDate: string | null;
            id: string;
            locationCode: string;
            locationId: string;
            locationType?: components["schemas"]["LocationType"];
            lotCode: string | null;
            lotId: string | null;
            onHand: number;
            productId: string;
            reserved: number;
            sku: string;
            warehouseCode: string;
            warehouseId: string;
        };
        BalancePageDto: {
            items: components["schemas"]["BalanceDto"][];
            nextCursor: string | null;
        };
        BaseTotalDto: {
            /** @description BASE_CURRENCY. */
            currency: string;
            /** @description Units of the base currency per unit of the order currency, as an exact decimal. */
            rate: string;
            /** @description Date of the rate used (the latest on or before the order date); null when the order is in the base currency. */
            rateDate: string | null;
            totalMinor: number;
        };
        BinLabelsDto: {
            /**
             * @default 203
             * @enum {number}
             */
            dpi: 203 | 300;
            /**
             * @default pdf
             * @enum {string}
             */
            format: "pdf" | "zpl";
            /**
             * @description `sheet`: A4 with several labels a page; `roll`: one label a page. ZPL is always a roll.
             * @default roll
             * @enum {string}
             */
            layout: "sheet" | "roll";
            /** @description These bins; or leave out and give warehouseId (and a code prefix). */
            locationIds?: string[];
            /** @description Every active bin whose code starts with this, e.g. `A-01`. */
            prefix?: string;
            /** Format: uuid */
            warehouseId?: string;
        };
        BoxTypeDto: {
            active: boolean;
            code: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            innerHeightMm: number;
            innerLengthMm: number;
            innerWidthMm: number;
            maxGrossWeightG: number;
            name: string;
            tareWeightG: number;
            /** Format: date-time */
            updatedAt: string;
        };
        BoxTypePageDto: {
            items: components["schemas"]["BoxTypeDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor?: string | null;
            /** @description Number of items matching the filters. */
            total: number;
        };
        BulkCreateLocationsDto: {
            /** @description Units each bin holds, when they have a limit. */
            capacity?: number | null;
            /**
             * @description `-`-separated segments, each a literal or an ascending range of numbers (`01..10`, padding kept)
             *     or single letters (`A..C`). At most 10 000 bins per call.
             * @example A-01..05-01..10-01..04
             */
            pattern: string;
            /** @description Create only the codes that do not exist yet, instead of refusing the whole range. */
            skipExisting?: boolean;
            type: components["schemas"]["LocationType"];
        };
        BulkCreateLocationsResultDto: {
            created: number;
            /** @description Codes of the range that already existed (only with `skipExisting`). */
            skipped: number;
        };
        CancelOrderDto: {
            /** @description Why, for the order's history. */
            reason?: string;
        };
        CarrierDto: {
            active: boolean;
            adapter: string;
            code: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            name: string;
            partnerId: string | null;
            /** @description Present on single-carrier answers. */
            services?: components["schemas"]["CarrierServiceDto"][];
            settings: {
                [key: string]: unknown;
            };
            trackingUrlTemplate: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CarrierServiceDto: {
            active: boolean;
            code: string;
            id: string;
            labelFormats: ("pdf" | "zpl")[];
            mailClass: components["schemas"]["MailClass"];
            name: string;
            settings: {
                [key: string]: unknown;
            };
        };
        CarrierServiceInputDto: {
            /** @example INTL-PARCEL */
            code: string;
            /**
             * @example [
             *       "pdf",
             *       "zpl"
             *     ]
             */
            labelFormats: ("pdf" | "zpl")[];
            /** @description `letter_post` (CN 22 up to 300 SDR and 2 kg, else CN 23), `parcel_post` (CN 23), `courier` (commercial invoice). */
            mailClass: components["schemas"]["MailClass"];
            name: string;
            /** @description What the carrier's adapter needs per service, e.g. `{ "s10ServiceIndicator": "CP" }` for postal. */
            settings?: {
                [key: string]: unknown;
            };
        };
        CartonContentDto: {
            expiryDate: string | null;
            lotCode: string | null;
            productId: string;
            quantity: number;
            sku: string;
        };
        CartonContentInputDto: {
            /**
             * @description Required for expiry-tracked products.
             * @example 2028-03-31
             */
            expiry?: string;
            /**
             * @description Required for lot-tracked products, refused for others.
             * @example L2604-A
             */
            lot?: string;
            /** @example 50 */
            quantity: number;
            /** @example TEE-M-BLK-L */
            sku: string;
        };
        CartonDto: {
            contents: components["schemas"]["CartonContentDto"][];
            /** Format: date-time */
            createdAt: string;
            grossWeightG: number | null;
            id: string;
            /**
             * @description `generated` from our GS1 prefix, or `supplied` by the supplier.
             * @enum {string}
             */
            source: "generated" | "supplied";
            sscc: string;
        };
        CartonImportResultDto: {
            /** @description Cartons registered, in packing-list order. */
            cartons: components["schemas"]["CartonDto"][];
        };
        CartonPageDto: {
            items: components["schemas"]["CartonDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor?: string | null;
            /** @description Number of items matching the filters. */
            total: number;
        };
        CloseManifestDto: {
            /** Format: uuid */
            carrierId: string;
            /**
             * @description The hand-over day: every ready label shipping on or before it is closed.
             * @example 2026-03-02
             */
            date: string;
            /** Format: uuid */
            warehouseId: string;
        };
        CloseParcelDto: {
            /**
             * @description Gross weight from the scale, box included.
             * @example 540
             */
            grossWeightG: number;
            /** @description Accept a weight outside the tolerance; warehouse leads only. */
            override?: boolean;
        };
        ComponentAvailabilityDto: {
            /** @description Units free to promise, all warehouses. */
            available: number;
            productId: string;
            /** @description Units per kit. */
            quantity: number;
            sku: string;
        };
        ComputedSuggestionDto: {
            action: string | null;
            arrivalDate: string;
            extraFreightMinor: number;
            kind: string;
            lostUnitsAvoided: number;
            pullForwardDays: number | null;
            purchaseOrderNumber: string | null;
            quantity: number;
            rawQuantity: number;
            supplierId: string | null;
            transportMode: string;
        };
        ConfirmPurchaseOrderDto: {
            /** @description Lines whose quantity or date differ from the order; the others are confirmed as ordered. */
            lines?: components["schemas"]["LineConfirmationDto"][];
            /** @description Why, or a note for the order's history. */
            reason?: string;
            /** @description The revision being confirmed: a confirmation of an outdated revision is refused with 409. */
            revision: number;
        };
        ConfirmShortPickDto: {
            /** @description Units the lead counts in the bin now; 0 (the default) confirms the picker's report. */
            counted?: number;
        };
        /**
         * @description CN 23 box 10; default `sale_of_goods`.
         * @enum {string}
         */
        ContentsCategory: "sale_of_goods" | "gift" | "documents" | "commercial_sample" | "returned_goods" | "other";
        CostShareDto: {
            amountMinor: number;
            costId: string;
            type: string;
        };
        /** @enum {string} */
        CostStatus: "estimated" | "actual";
        /** @enum {string} */
        CostType: "freight" | "insurance" | "duty" | "customs_brokerage" | "port_fees" | "handling";
        CountLineDto: {
            /** @description Units found; 0 when the bin holds none of it. */
            counted: number;
        };
        CreateApiKeyDto: {
            /** @description What the key is for, e.g. `label pick-up, production`. */
            name: string;
            /** @description This key's own limit in requests per minute (e.g. higher for a carrier's tracking feed); default PARTNER_RATE_LIMIT_PER_MINUTE. */
            rateLimitPerMinute?: number;
            scopes: ("catalog:read" | "parcels:read" | "labels:read" | "manifests:write" | "tracking:write" | "shipments:write" | "orders:write" | "purchase-orders:read" | "purchase-orders:confirm" | "webhooks:manage")[];
        };
        CreateBoxTypeDto: {
            /**
             * @description Unique shelf code, stored upper-case.
             * @example BOX-M
             */
            code: string;
            /** @example 150 */
            innerHeightMm: number;
            /** @example 350 */
            innerLengthMm: number;
            /** @example 250 */
            innerWidthMm: number;
            /**
             * @description Box plus contents; must exceed the tare.
             * @example 10000
             */
            maxGrossWeightG: number;
            name: string;
            /**
             * @description Empty box with filling material.
             * @example 180
             */
            tareWeightG: number;
        };
        CreateCarrierDto: {
            /** @description The adapter folder that talks to the carrier: `postal` or `sandbox`. */
            adapter: string;
            /** @example USPS */
            code: string;
            name: string;
            /**
             * Format: uuid
             * @description Partner of kind `carrier` whose API keys see this carrier's parcels.
             */
            partnerId?: string | null;
            services: components["schemas"]["CarrierServiceInputDto"][];
            /** @description What the adapter needs, e.g. `{ "s10Country": "US" }` for postal. */
            settings?: {
                [key: string]: unknown;
            };
            /** @example https://tools.usps.com/go/TrackConfirmAction?tLabels={trackingNumber} */
            trackingUrlTemplate: string;
        };
        CreateCartonDto: {
            contents: components["schemas"]["CartonContentInputDto"][];
            /** @example 9800 */
            grossWeightG?: number;
            /** @description The supplier's SSCC-18 (check digit verified; `(00)` prefix allowed). Leave out to have one generated from our GS1 prefix. */
            sscc?: string;
        };
        CreateCycleCountDto: {
            /** @description Bins to count: all in the warehouse, active, and in no other open count. Give this, `productIds`, or both. */
            locationIds?: string[];
            /** @description Count only these products. Without `locationIds`, every bin of the warehouse holding them is counted. */
            productIds?: string[];
            /** Format: uuid */
            warehouseId: string;
        };
        CreatedApiKeyDto: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            id: string;
            /** @description The key itself. Shown only in this response; store it now. */
            key: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            name: string;
            partnerId: string;
            /** @description Non-secret part of the key, to recognise it in lists. */
            prefix: string;
            /** @description Requests per minute; null means the default (PARTNER_RATE_LIMIT_PER_MINUTE). */
            rateLimitPerMinute: number | null;
            /** Format: date-time */
            revokedAt: string | null;
            scopes: ("catalog:read" | "parcels:read" | "labels:read" | "manifests:write" | "tracking:write" | "shipments:write" | "orders:write" | "purchase-orders:read" | "purchase-orders:confirm" | "webhooks:manage")[];
        };
        CreateLabelDto: {
            /** Format: uuid */
            carrierId: string;
            /** @description CN 23 box 10; default `sale_of_goods`. */
            category?: components["schemas"]["ContentsCategory"];
            /** @description Required with category `other`. */
            categoryExplanation?: string;
            /** @description Commercial invoice; default follows the category. */
            reasonForExport?: components["schemas"]["ReasonForExport"];
            /** @example INTL-PARCEL */
            serviceCode: string;
            /** @description Hand-over day for pre-booking; default today at the warehouse. Selects the customs rules in force. */
            shipDate?: string;
        };
        CreateLocationDto: {
            /** @description Units the bin holds, when it has a limit. */
            capacity?: number | null;
            /**
             * @description Unique in the warehouse; letter/digit segments joined by dashes, stored upper-case.
             *     `zone-aisle-rack-level` codes are split into those parts for filtering.
             * @example A-01-02-03
             */
            code: string;
            /** @description Walk order for picking; by default the bin goes after the warehouse's last one. */
            pickSequence?: number;
            type: components["schemas"]["LocationType"];
        };
        CreateOutboundOrderDto: {
            /** @example live-video */
            channel: string;
            customs?: components["schemas"]["CustomsInputDto"];
            /**
             * @description The shop's order number; sending it again returns the same order.
             * @example SHOP-100234
             */
            externalId: string;
            lines: components["schemas"]["OrderLineInputDto"][];
            /** @description When the customer placed it (ISO 8601 with offset). */
            placedAt: string;
            serviceLevel: components["schemas"]["ServiceLevel"];
            shipTo: components["schemas"]["ShipToDto"];
        };
        CreatePartnerDto: {
            /** @description Short unique code, e.g. `DHL-ECOM` (letters, digits, dash). */
            code: string;
            /** Format: email */
            contactEmail?: string;
            /** @enum {string} */
            kind: "carrier" | "forwarder" | "supplier" | "shop";
            name: string;
        };
        CreateProductDto: {
            /** @description ISO 3166-1 alpha-2 country where the goods were made, e.g. `CN`. */
            countryOfOrigin: string;
            /** @description What it is, of what material, for whom, e.g. `Men's T-shirt, knitted, 100% cotton`; "gifts" or "goods" alone are refused. */
            customsDescription: string;
            customsDescriptionZh?: string | null;
            /** @description ISO 4217, e.g. `USD`. */
            declaredValueCurrency: string;
            /** @description Declared customs value of one unit in minor units (cents) of `declaredValueCurrency`. */
            declaredValueMinor: number;
            /** @description Lots carry an expiry date; needs `lotTracked`. */
            expiryTracked?: boolean;
            /** @description GTIN-8, -12, -13 or -14 with a valid check digit; stored and returned as 14 digits. */
            gtin?: string | null;
            heightMm: number;
            /** @description 6-digit HS subheading, e.g. `610910` (`6109.10` is accepted). */
            hsCode: string;
            /**
             * @description National tariff codes by destination: `US` 10-digit HTSUS, `EU` 8-digit CN or 10-digit TARIC,
             *     any other ISO alpha-2 country 8 or 10 digits. Each must start with `hsCode`. Dots are removed.
             * @example {
             *       "US": "6109100012",
             *       "EU": "61091000"
             *     }
             */
            hsCodes?: {
                [key: string]: string;
            };
            /** @description Packed dimensions of one unit in millimetres. */
            lengthMm: number;
            /** @description Stock of this product is kept per lot (batch). */
            lotTracked?: boolean;
            nameEn: string;
            /** @description Chinese name as the supplier knows it, e.g. `男士短袖T恤`. */
            nameZh?: string | null;
            /** @description Net weight of one unit in grams. */
            netWeightG: number;
            /** @description Stored in capitals, e.g. `TSH-M-BLK-L`: 2–40 letters, digits, dots, underscores or dashes. */
            sku: string;
            widthMm: number;
        };
        CreatePurchaseOrderDto: {
            /**
             * Format: currency
             * @description ISO 4217; every price on the order is in this currency.
             */
            currency?: string;
            incoterm?: components["schemas"]["Incoterm"];
            /**
             * @description The incoterm's named place.
             * @example Shenzhen
             */
            incotermPlace?: string;
            lines?: components["schemas"]["PurchaseOrderLineInputDto"][];
            notes?: string | null;
            paymentTerms?: string;
            /** @description When the goods should be ready at the supplier. */
            requestedReadyDate?: string | null;
            /** Format: uuid */
            supplierId: string;
            /** @description When known; FAS, FOB, CFR and CIF are refused for anything but sea. */
            transportMode?: components["schemas"]["TransportMode"] | null;
            /**
             * Format: uuid
             * @description Destination warehouse (ship-to).
             */
            warehouseId: string;
        };
        CreateReturnDto: {
            lines: components["schemas"]["ReturnLineInputDto"][];
            /** Format: uuid */
            orderId: string;
        };
        CreateShipmentCostDto: {
            /**
             * @description Minor units of `currency`. For `duty_by_hs` it may be left out: the rates × customs values give it.
             * @example 185000
             */
            amountMinor?: number;
            /**
             * @description ISO 4217; converted to the base currency with the FX table.
             * @example CNY
             */
            currency?: string;
            /** @example Ocean freight SZX→LAX, 1×40HC */
            description?: string | null;
            /**
             * @description For `duty_by_hs`: 6-digit HS code → duty rate as a decimal (0.165 = 16.5 %).
             * @example {
             *       "610910": "0.165"
             *     }
             */
            hsRates?: {
                [key: string]: string;
            } | null;
            method: components["schemas"]["AllocationMethod"];
            status?: components["schemas"]["CostStatus"];
            type: components["schemas"]["CostType"];
        };
        CreateShipmentDto: {
            /**
             * @description Air waybill, check digit verified.
             * @example 176-12345675
             */
            airWaybill?: string | null;
            /**
             * @description Shipping line, airline, railway or courier.
             * @example COSCO
             */
            carrier?: string | null;
            /**
             * @description ISO 6346 container numbers (check digit verified); spaces are ignored.
             * @example [
             *       "CSQU3054383"
             *     ]
             */
            containerNumbers?: string[];
            /** @example USLAX */
            destinationPort: string;
            /**
             * @description Estimated arrival at the warehouse, with its time zone.
             * @example 2026-05-18T09:00:00-04:00
             */
            eta: string;
            /**
             * @description Estimated departure, with its time zone.
             * @example 2026-04-20T18:00:00+08:00
             */
            etd?: string | null;
            /** @example CA987 */
            flightNumber?: string | null;
            /**
             * Format: uuid
             * @description The forwarder (a partner of kind `forwarder`) whose API keys report milestones.
             */
            forwarderId: string;
            /**
             * @description House bill of lading, issued by the forwarder.
             * @example SZXLAX2604117
             */
            houseBillOfLading?: string | null;
            lines: components["schemas"]["ShipmentLineInputDto"][];
            /**
             * @description Master bill of lading, issued by the carrier.
             * @example COSU6291837450
             */
            masterBillOfLading?: string | null;
            mode: components["schemas"]["ShipmentMode"];
            /** @example CNSZX */
            originPort: string;
            /** @example COSCO SHIPPING UNIVERSE */
            vessel?: string | null;
            /** @example 052E */
            voyage?: string | null;
            /** Format: uuid */
            warehouseId: string;
        };
        CreateSupplierDto: {
            addressLine1: string;
            addressLine2?: string | null;
            city: string;
            /**
             * @description Unique, 2–20 letters, digits or dashes; stored upper-case.
             * @example SZ-HUAXIN
             */
            code: string;
            /** @description The first contact with an e-mail address receives purchase orders. */
            contacts?: components["schemas"]["SupplierContactDto"][];
            /**
             * @description ISO 3166-1 alpha-2.
             * @example CN
             */
            country: string;
            /**
             * Format: currency
             * @description ISO 4217.
             * @example CNY
             */
            defaultCurrency: string;
            /**
             * @description One of the eleven Incoterms 2020 rules.
             * @example FOB
             */
            defaultIncoterm: components["schemas"]["Incoterm"];
            /**
             * @description The incoterm's named place.
             * @example Shenzhen
             */
            defaultIncotermPlace: string;
            /**
             * @description Days from order to goods ready.
             * @example 35
             */
            leadTimeDays: number;
            legalNameEn: string;
            /** @example 深圳华信服饰有限公司 */
            legalNameZh?: string | null;
            /**
             * Format: uuid
             * @description A partner of kind `supplier` whose API keys act for this supplier (one supplier per partner).
             */
            partnerId?: string | null;
            paymentTerms: string;
            postcode?: string | null;
            region?: string | null;
        };
        CreateSupplierProductDto: {
            cartonGrossWeightG?: number | null;
            cartonHeightMm?: number | null;
            cartonLengthMm?: number | null;
            cartonWidthMm?: number | null;
            /**
             * Format: currency
             * @description ISO 4217 currency of the price; the supplier's default currency when left out.
             * @example CNY
             */
            currency?: string;
            /** @description Overrides the supplier's lead time for this item, in days. */
            leadTimeDays?: number | null;
            /** @description Minimum order quantity in units; default 1. */
            moq?: number;
            /** @description Make this the product's preferred supplier (any other supplier of the product stops being preferred). */
            preferred?: boolean;
            /**
             * Format: uuid
             * @description Our catalog product.
             */
            productId: string;
            /**
             * @description The supplier's own code for the item; unique per supplier.
             * @example HX-T180-BLK
             */
            supplierItemCode: string;
            /** @description The supplier's name for the item. */
            supplierItemName: string;
            /**
             * @description Price of one unit in minor units of the currency (fen, cents), at most 9007199254740991.
             * @example 1850
             */
            unitPriceMinor: number;
            /** @description Units packed in one carton; order lines that are not a multiple get a warning. Default 1. */
            unitsPerCarton?: number;
        };
        CreateUserDto: {
            /** Format: email */
            email: string;
            name: string;
            password: string;
            roles: ("admin" | "procurement" | "procurement_manager" | "warehouse" | "warehouse_lead" | "logistics")[];
        };
        CreateWarehouseDto: {
            addressLine1: string;
            addressLine2?: string;
            city: string;
            /**
             * @description Unique, 2–20 letters, digits or dashes; stored upper-case. Printed in every bin barcode, so it cannot change later.
             * @example US-NJ1
             */
            code: string;
            /**
             * @description ISO 3166-1 alpha-2.
             * @example US
             */
            country: string;
            /** @description Shown to people; need not be unique. */
            name: string;
            postcode: string;
            /**
             * @description State, province or county.
             * @example NJ
             */
            region?: string;
            /**
             * @description IANA time zone.
             * @example America/New_York
             */
            timezone: string;
        };
        CreateWaveDto: {
            /** @description Only orders placed before this instant (the carrier's cut-off). */
            cutoffBefore?: string;
            /**
             * @description Pick lines (one per bin and component) in the wave.
             * @example 200
             */
            maxLines: number;
            /** @example 40 */
            maxOrders: number;
            serviceLevel?: components["schemas"]["ServiceLevel"];
            /** Format: uuid */
            warehouseId: string;
        };
        CreateWebhookSubscriptionDto: {
            /** @description Default `true`. */
            active?: boolean;
            description?: string | null;
            /**
             * @example [
             *       "parcel.shipped",
             *       "parcel.delivered"
             *     ]
             */
            eventTypes: ("purchase_order.approved" | "purchase_order.sent" | "inbound_shipment.eta_changed" | "inbound_shipment.delivered" | "receipt.closed" | "order.allocated" | "order.backordered" | "order.shipped" | "order.delivered" | "parcel.label_created" | "parcel.shipped" | "parcel.delivered" | "parcel.exception" | "stock.low")[];
            /**
             * Format: uuid
             * @description Admins only: subscribe on behalf of a partner, who then receives only events naming it. Partner keys always subscribe for themselves.
             */
            partnerId?: string | null;
            /**
             * Format: uri
             * @description Where events are POSTed. Internal addresses are refused unless the operator allows them.
             */
            url: string;
        };
        CustomsDeclarationDto: {
            category: components["schemas"]["ContentsCategory"];
            categoryExplanation: string | null;
            /** Format: date-time */
            createdAt: string;
            currency: string;
            declaredBy: string;
            deMinimis: boolean;
            destinationCountry: string;
            estimatedDuties: components["schemas"]["EstimatedDutyDto"][];
            /** @enum {string} */
            form: "cn22" | "cn23" | "commercial_invoice";
            fxRates: components["schemas"]["FxSnapshotDto"];
            grossWeightG: number;
            id: string;
            importerOfRecord: components["schemas"]["ImporterOfRecordDto"];
            /** @enum {string} */
            incoterm: "DDP" | "DAP";
            invoiceNumber: string;
            iossApplies: boolean;
            /** @description Electronic customs data only (H7 / ITMATT): present on the IOSS path, never printed on label or forms. */
            iossNumber?: string | null;
            items: components["schemas"]["DeclarationLineDto"][];
            labelId: string;
            parcelId: string;
            reasonForExport: components["schemas"]["ReasonForExport"];
            recipient: components["schemas"]["DeclarationPartyDto"];
            /** @description Codes of the pre-flight rules in force on the ship date. */
            rulesApplied: string[];
            sender: components["schemas"]["DeclarationPartyDto"];
            shipDate: string;
            territory: string;
            totalNetWeightG: number;
            totalValueMinor: number;
            valueEurMinor: number | null;
            valueSdrMinor: number | null;
            valueUsdMinor: number | null;
        };
        CustomsInputDto: {
            /**
             * @description Import One-Stop Shop number, for EU consignments up to €150: `IM` + 10 digits.
             * @example IM3720000014
             */
            iossNumber?: string | null;
        };
        CustomsSummaryDto: {
            /** @description Contents category, e.g. `sale_of_goods`. */
            category: string;
            currency: string;
            /** @description `CN22`, `CN23` or `commercial_invoice`. */
            form: string;
            /** @description Tariff codes declared, one per line. */
            hsCodes: string[];
            /** @description `DDP` or `DAP`. */
            incoterm: string;
            iossApplies: boolean;
            /** @description Units declared. */
            itemCount: number;
            totalValueMinor: number;
        };
        CycleCountDto: {
            /** @description What the lifecycle allows next (each still needs its role). */
            allowedActions: ("count" | "submit" | "recount" | "approve" | "cancel")[];
            /** Format: date-time */
            approvedAt: string | null;
            approvedBy: string | null;
            /** @description True when the caller counts blind: expected quantities, variances and totals are withheld (role `warehouse` without lead or admin). */
            blind: boolean;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            id: string;
            lines: components["schemas"]["CycleCountLineDto"][];
            /** @description Bins in the count; frozen for every movement but the count's own while it is open or counted. */
            locationCount: number;
            locations: components["schemas"]["CycleCountLocationDto"][];
            /** @description The count is limited to these products; empty = everything in its bins. */
            productIds: string[];
            progress: components["schemas"]["CycleCountProgressDto"];
            status: components["schemas"]["CycleCountStatus"];
            /** @description Withheld from blind counters. */
            totals?: components["schemas"]["CycleCountTotalsDto"];
            /** Format: date-time */
            updatedAt: string;
            warehouseId: string;
        };
        CycleCountLineDto: {
            counted: number | null;
            /** Format: date-time */
            countedAt: string | null;
            countedBy: string | null;
            /** @description ISO 4217 currency of the product's declared value. Withheld from blind counters. */
            currency?: string;
            /** @description Stock on hand when the count was created (0 for stock found by counting). Withheld from blind counters. */
            expected?: number;
            id: string;
            locationCode: string;
            locationId: string;
            lotCode: string | null;
            lotId: string | null;
            productId: string;
            recountRequested: boolean;
            sku: string;
            /** @description counted − expected; null until counted. Withheld from blind counters. */
            variance?: number | null;
            /** @description variance × the product's declared unit value, in minor units of `currency`. Withheld from blind counters. */
            varianceValueMinor?: number | null;
        };
        CycleCountLocationDto: {
            code: string;
            id: string;
        };
        CycleCountPageDto: {
            items: components["schemas"]["CycleCountSummaryDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor?: string | null;
            /** @description Number of items matching the filters. */
            total: number;
        };
        CycleCountProgressDto: {
            /** @description Lines with a count. */
            counted: number;
            /** @description Lines listed by the snapshot or found by counting. */
            lines: number;
            /** @description Lines a lead sent back to be counted again. */
            recountRequested: number;
        };
        /** @enum {string} */
        CycleCountStatus: "open" | "counted" | "approved" | "cancelled";
        CycleCountSummaryDto: {
            /** @description What the lifecycle allows next (each still needs its role). */
            allowedActions: ("count" | "submit" | "recount" | "approve" | "cancel")[];
            /** Format: date-time */
            approvedAt: string | null;
            approvedBy: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            id: string;
            /** @description Bins in the count; frozen for every movement but the count's own while it is open or counted. */
            locationCount: number;
            /** @description The count is limited to these products; empty = everything in its bins. */
            productIds: string[];
            progress: components["schemas"]["CycleCountProgressDto"];
            status: components["schemas"]["CycleCountStatus"];
            /** Format: date-time */
            updatedAt: string;
            warehouseId: string;
        };
        CycleCountTotalsDto: {
            /** @description Over the counted lines. */
            countedUnits: number;
            /** @description Over every line. */
            expectedUnits: number;
            /** @description The same sums as declared value, one entry per currency (expected over every line, the rest over counted lines). */
            value: components["schemas"]["CycleCountValueDto"][];
            /** @description counted − expected over the counted lines. */
            varianceUnits: number;
        };
        CycleCountValueDto: {
            countedMinor: number;
            currency: string;
            expectedMinor: number;
            varianceMinor: number;
        };
        CycleCountVariancesDto: {
            cycleCountId: string;
            /** @description Counted lines whose count differs from the snapshot. */
            lines: components["schemas"]["CycleCountLineDto"][];
            status: components["schemas"]["CycleCountStatus"];
            /** @description Over these lines. */
            totals: components["schemas"]["CycleCountTotalsDto"];
        };
        DeclarationLineDto: {
            currency: string;
            description: string;
            descriptionZh: string | null;
            gtin: string | null;
            /** @description The destination's tariff code (HTS-10 for the US, CN8/TARIC for the EU), else the HS subheading. */
            hsCode: string;
            /** @description Line total, grams. */
            netWeightG: number;
            originCountry: string;
            productId: string;
            quantity: number;
            sku: string;
            unitValueMinor: number;
            /** @description unitValueMinor × quantity. */
            valueMinor: number;
        };
        DeclarationPartyDto: {
            addressLines: string[];
            city: string;
            country: string;
            email: string | null;
            name: string;
            phone: string | null;
            references: components["schemas"]["PartyReferencesDto"];
        };
        DiscrepancyDto: {
            expected: number;
            lineNo: number;
            purchaseOrderNumber: string | null;
            quantity: number;
            received: number;
            scannedCode: string | null;
            sku: string | null;
            /** @description `short`, `over`, `damaged` or `unexpected`. */
            type: string;
        };
        DiscrepancyReportDto: {
            /** Format: date-time */
            closedAt: string;
            closedBy: string;
            discrepancies: components["schemas"]["DiscrepancyDto"][];
            purchaseOrderNumbers: string[];
            receiptId: string;
            receiptNumber: string;
            shipmentNumber: string | null;
            warehouse: string;
        };
        DismissSuggestionDto: {
            /** @description Why it is not acted on; shown to the next planner. */
            reason: string;
        };
        EffectivePolicyDto: {
            airFreightPerKgMinor: number;
            airTransitDays: number;
            preferredSupplierId: string | null;
            /** @description Null: the supplier's lead time applies. */
            productionLeadDays: number | null;
            reviewPeriodDays: number;
            safetyStockDays: number;
            seaFreightPerKgMinor: number;
            seaTransitDays: number;
            spikeHalfLifeDays: number;
            spikeMinUnits: number;
            spikeThreshold: number;
            targetCoverDays: number;
        };
        EstimatedDutyDto: {
            amountMinor: number;
            basis: string;
            currency: string;
            rule: string;
        };
        EtaChangeDto: {
            /**
             * @description The new estimated arrival, with its time zone.
             * @example 2026-05-21T09:00:00-04:00
             */
            eta: string;
            /** @example Vessel rolled over at Yantian */
            reason?: string;
        };
        EtaChangeEntryDto: {
            actorLabel: string;
            actorType: string;
            /** Format: date-time */
            changedAt: string;
            /** Format: date-time */
            newEta: string;
            /** Format: date-time */
            oldEta: string;
            reason: string | null;
        };
        ExpectedItemDto: {
            remaining: number;
            sku: string;
        };
        FieldErrorDto: {
            /** @description Path of the offending field, e.g. `lines[0].quantity`. */
            field: string;
            /** @description The rule it breaks. */
            message: string;
        };
        FxRateDto: {
            /** @description BASE_CURRENCY, the currency the rate is in. */
            baseCurrency: string;
            currency: string;
            date: string;
            rate: string;
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
        };
        FxRatePageDto: {
            items: components["schemas"]["FxRateDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor?: string | null;
            /** @description Number of items matching the filters. */
            total: number;
        };
        FxSnapshotDto: {
            baseCurrency: string;
            date: string;
            rates: {
                [key: string]: string;
            };
        };
        ImportCartonsDto: {
            /**
             * @description The packing list as CSV text (RFC 4180): a header row, then one row per product per carton.
             *     Columns `sku` and `quantity` are required; `sscc`, `lot`, `expiry` (YYYY-MM-DD) and `gross_weight_g` are optional.
             *     Rows sharing an SSCC form one carton; a row without SSCC is a carton of its own with a generated SSCC.
             * @example sscc,sku,lot,expiry,quantity,gross_weight_g\n,TEE-M-BLK-L,,,50,9800\n
             */
            csv: string;
        };
        ImporterOfRecordDto: {
            name: string;
            /** @enum {string} */
            party: "sender" | "recipient";
            references: components["schemas"]["PartyReferencesDto"];
        };
        /**
         * @description One of the eleven Incoterms 2020 rules.
         * @enum {string}
         */
        Incoterm: "EXW" | "FCA" | "CPT" | "CIP" | "DAP" | "DPU" | "DDP" | "FAS" | "FOB" | "CFR" | "CIF";
        JobDto: {
            attempts: number;
            /** Format: date-time */
            availableAt: string;
            businessKey: string;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            id: string;
            jobName: string;
            lastError: string | null;
            maxAttempts: number;
            payload: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            status: "pending" | "dispatched" | "completed" | "failed";
            /** Format: date-time */
            updatedAt: string;
        };
        JobPageDto: {
            items: components["schemas"]["JobDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor?: string | null;
            /** @description Number of items matching the filters. */
            total: number;
        };
        KitAvailabilityDto: {
            /** @description Kits (or units of an ordinary product) that can be promised; each from one warehouse. */
            available: number;
            /** @description Empty for an ordinary product. */
            components: components["schemas"]["ComponentAvailabilityDto"][];
            isKit: boolean;
            productId: string;
            sku: string;
            warehouses: components["schemas"]["WarehouseKitAvailabilityDto"][];
        };
        KitComponentDto: {
            nameEn: string;
            productId: string;
            quantity: number;
            sku: string;
        };
        KitComponentInputDto: {
            /**
             * Format: uuid
             * @description A product that is not itself a kit.
             */
            productId: string;
            /**
             * @description Units of the component in one kit.
             * @example 1
             */
            quantity: number;
        };
        KitDto: {
            components: components["schemas"]["KitComponentDto"][];
            /** @description True when the product has components; a kit holds no stock of its own. */
            isKit: boolean;
            productId: string;
            sku: string;
        };
        LabelPrinterDto: {
            /** @description 203 or 300: the ZPL is rendered for it. */
            dpi: number;
            host: string;
            name: string;
            port: number;
        };
        /** @enum {string} */
        LabelStatus: "active" | "manifested" | "voided";
        LandedCostDto: {
            baseCurrency: string;
            costs: components["schemas"]["AllocatedCostDto"][];
            lines: components["schemas"]["LandedCostLineDto"][];
            /** @description Exchange rates used are the latest on or before this date (the day of receipt; today before that). */
            rateDate: string;
            /** @description False while the goods are not received: shipped quantities are costed instead. */
            received: boolean;
            shipmentId: string;
            totalCostsMinor: number;
            totalLandedMinor: number;
            totalValueMinor: number;
        };
        LandedCostLineDto: {
            /** @description Value plus every share. */
            landedTotalMinor: number;
            /** @description landedTotalMinor / quantity, half up. */
            landedUnitCostMinor: number;
            /** @description Receipt line id once received, shipment line id before. */
            lineId: string;
            productId: string;
            quantity: number;
            shares: components["schemas"]["CostShareDto"][];
            sku: string;
            /** @description Supplier price × quantity in the base currency: the customs value. */
            valueMinor: number;
        };
        LineConfirmationDto: {
            /** @description Date the supplier commits to; default: the promised date. */
            confirmedDate?: string | null;
            /** @description Units the supplier will deliver; at most what is ordered. Default: as ordered. */
            confirmedQuantity?: number;
            /** Format: uuid */
            lineId: string;
        };
        LineRevisionDto: {
            /** Format: uuid */
            lineId: string;
            promisedDate?: string | null;
            quantity?: number;
            /** @description Units no longer wanted (the total cancelled on the line, not an increment). */
            quantityCancelled?: number;
            unitPriceMinor?: number;
        };
        LocationDto: {
            active: boolean;
            aisle: string | null;
            /** @description Value to print on the bin label. */
            barcode: string;
            capacity: number | null;
            code: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            level: string | null;
            pickSequence: number;
            rack: string | null;
            type: components["schemas"]["LocationType"];
            /** Format: date-time */
            updatedAt: string;
            warehouseId: string;
            zone: string | null;
        };
        LocationPageDto: {
            items: components["schemas"]["LocationDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor?: string | null;
            /** @description Number of items matching the filters. */
            total: number;
        };
        /** @enum {string} */
        LocationType: "receiving" | "storage" | "pick_face" | "packing" | "shipping" | "quarantine";
        LoginDto: {
            /** Format: email */
            email: string;
            password: string;
        };
        LogisticsLabelsDto: {
            /**
             * @default 203
             * @enum {number}
             */
            dpi: 203 | 300;
            /**
             * @default pdf
             * @enum {string}
             */
            format: "pdf" | "zpl";
            /**
             * @description `sheet`: A4 with several labels a page; `roll`: one label a page. ZPL is always a roll.
             * @default roll
             * @enum {string}
             */
            layout: "sheet" | "roll";
            units: components["schemas"]["LogisticsUnitDto"][];
        };
        LogisticsUnitDto: {
            /** @description How many trade items, AI (37); needs gtin. */
            count?: number;
            /** @description GTIN of the trade items inside when they are all the same, AI (02); stored as 14 digits. */
            gtin?: string;
            /** @description AI (400). */
            purchaseOrder?: string;
            shipFrom?: string[];
            shipTo?: string[];
            /** @description AI (420). */
            shipToPostcode?: string;
            /**
             * @description 18-digit SSCC with its check digit, as allocated when the carton or pallet was built.
             * @example 106141411234567897
             */
            sscc: string;
        };
        /**
         * @description `letter_post` (CN 22 up to 300 SDR and 2 kg, else CN 23), `parcel_post` (CN 23), `courier` (commercial invoice).
         * @enum {string}
         */
        MailClass: "letter_post" | "parcel_post" | "courier";
        ManifestDto: {
            carrierCode: string;
            carrierId: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            id: string;
            lines: components["schemas"]["ManifestLineDto"][];
            manifestDate: string;
            number: string;
            parcelCount: number;
            /** @description The manifest PDF, one barcode per parcel. */
            pdfHref: string;
            /**
             * Format: date-time
             * @description When the carrier confirmed the pickup; null while the parcels wait.
             */
            pickedUpAt: string | null;
            pickedUpBy: string | null;
            totalWeightG: number;
            warehouseId: string;
        };
        ManifestLineDto: {
            destinationCountry: string;
            grossWeightG: number;
            incoterm: string | null;
            labelId: string;
            lineNo: number;
            parcelId: string;
            serviceCode: string;
            trackingNumber: string;
        };
        MeDto: {
            email?: string;
            id: string;
            /** @enum {string} */
            kind: "user" | "api_key";
            partnerId?: string;
            roles?: ("admin" | "procurement" | "procurement_manager" | "warehouse" | "warehouse_lead" | "logistics")[];
            scopes?: string[];
        };
        MilestoneDto: {
            /**
             * @description Where: a UN/LOCODE or a place name.
             * @example CNSZX
             */
            location?: string;
            milestone: components["schemas"]["ReportableMilestone"];
            /**
             * @description When it happened, with its time zone; default now.
             * @example 2026-04-21T06:30:00+08:00
             */
            occurredAt?: string;
        };
        MilestoneEventDto: {
            actorLabel: string;
            actorType: string;
            location: string | null;
            milestone: string;
            /** Format: date-time */
            occurredAt: string;
            /** Format: date-time */
            recordedAt: string;
        };
        MovementDto: {
            actorId: string | null;
            actorType: string;
            fromLocationId: string | null;
            id: string;
            lotId: string | null;
            /** Format: date-time */
            occurredAt: string;
            productId: string;
            quantity: number;
            reasonCode: string | null;
            referenceId: string | null;
            referenceType: string | null;
            toLocationId: string | null;
            type?: components["schemas"]["MovementType"];
        };
        MovementPageDto: {
            items: components["schemas"]["MovementDto"][];
            nextCursor: string | null;
        };
        /** @enum {string} */
        MovementType: "receipt" | "putaway" | "move" | "pick" | "pack" | "ship" | "adjustment" | "count" | "return";
        OpenParcelDto: {
            /**
             * @description The box the packer took; leave out to use the suggested box.
             * @example BOX-M
             */
            boxTypeCode?: string;
        };
        OpenQuantityDto: {
            /** @description Earliest confirmed, else promised, else requested ready date among those lines. */
            earliestDueDate: string | null;
            /** @description Ordered − received − cancelled over approved, sent, confirmed and partially received orders. */
            openQuantity: number;
            productId: string;
            purchaseOrders: number;
            sku: string;
            warehouseId: string;
        };
        OpenReceiptDto: {
            /**
             * @description For a blind receipt of an unannounced delivery: the purchase order's id or number.
             * @example PO-2026-00017
             */
            purchaseOrder?: string;
            /**
             * Format: uuid
             * @description The delivered shipment to receive. Give this or `purchaseOrder`.
             */
            shipmentId?: string;
        };
        OrderAllocationDto: {
            id: string;
            locationCode: string;
            locationId: string;
            lotId: string | null;
            pickedQuantity: number;
            quantity: number;
            releasedQuantity: number;
            sku: string;
            status: string;
            warehouseId: string;
        };
        OrderComponentDto: {
            allocatedQuantity: number;
            pickedQuantity: number;
            productId: string;
            quantity: number;
            requirementId: string;
            sku: string;
        };
        OrderedPurchaseOrderDto: {
            purchaseOrderId: string;
            purchaseOrderNumber: string;
            suggestionIds: string[];
            supplierId: string;
            transportMode: string;
            warehouseId: string;
        };
        OrderEventDto: {
            action: string;
            actorLabel: string;
            details: {
                [key: string]: unknown;
            };
            fromStatus: string | null;
            /** Format: date-time */
            occurredAt: string;
            reason: string | null;
            toStatus: string;
        };
        OrderLineDto: {
            /** @description What the line needs from the shelves: the product itself, or a kit's components. */
            components: components["schemas"]["OrderComponentDto"][];
            isKit: boolean;
            lineNo: number;
            productId: string;
            quantity: number;
            sku: string;
            unitPriceMinor: number;
        };
        OrderLineInputDto: {
            /**
             * @description ISO 4217; every line of an order must use the same one.
             * @example GBP
             */
            currency: string;
            /** @example 1 */
            quantity: number;
            /** @example OUTFIT-RED-M */
            sku: string;
            /**
             * @description Price paid for one unit, in minor units (cents).
             * @example 4999
             */
            unitPriceMinor: number;
        };
        OrderSuggestionsDto: {
            /** @description Open reorder and expedite_air suggestions; one draft is created per supplier, warehouse, mode and currency. */
            suggestionIds: string[];
        };
        OrderSuggestionsResultDto: {
            purchaseOrders: components["schemas"]["OrderedPurchaseOrderDto"][];
        };
        OutboundOrderDto: {
            allocations: components["schemas"]["OrderAllocationDto"][];
            /** @description Lifecycle actions the order's state allows. */
            allowedActions: string[];
            channel: string;
            /** Format: date-time */
            createdAt: string;
            currency: string;
            externalId: string;
            history: components["schemas"]["OrderEventDto"][];
            id: string;
            iossNumber: string | null;
            lines: components["schemas"]["OrderLineDto"][];
            /** Format: date-time */
            placedAt: string;
            serviceLevel: components["schemas"]["ServiceLevel"];
            shipTo: components["schemas"]["ShipToViewDto"];
            status: components["schemas"]["OutboundOrderStatus"];
            totalMinor: number;
            /** @description Set once allocated. */
            warehouseId: string | null;
        };
        OutboundOrderPageDto: {
            items: components["schemas"]["OutboundOrderSummaryDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor?: string | null;
            /** @description Number of items matching the filters. */
            total: number;
        };
        /** @enum {string} */
        OutboundOrderStatus: "received" | "allocated" | "backordered" | "picking" | "picked" | "packed" | "shipped" | "delivered" | "cancelled" | "returned";
        OutboundOrderSummaryDto: {
            channel: string;
            /** Format: date-time */
            createdAt: string;
            currency: string;
            externalId: string;
            id: string;
            iossNumber: string | null;
            /** Format: date-time */
            placedAt: string;
            serviceLevel: components["schemas"]["ServiceLevel"];
            shipTo: components["schemas"]["ShipToViewDto"];
            status: components["schemas"]["OutboundOrderStatus"];
            totalMinor: number;
            /** @description Set once allocated. */
            warehouseId: string | null;
        };
        PackItemDto: {
            /**
             * @description The scanned item: GTIN, GS1 element string or SKU.
             * @example 05901234123457
             */
            item: string;
            /** @description Units; defaults to the count in the barcode (AI 30/37), else 1. */
            quantity?: number;
        };
        PackLineDto: {
            lineId: string;
            packed: number;
            picked: number;
            productId: string;
            quantity: number;
            remaining: number;
            requirementId: string;
            sku: string;
        };
        PackSessionDto: {
            /** @description Still to be packed, per SKU. */
            expected: components["schemas"]["ExpectedItemDto"][];
            id: string;
            lines: components["schemas"]["PackLineDto"][];
            openParcelId: string | null;
            orderExternalId: string;
            orderId: string;
            orderStatus: components["schemas"]["OutboundOrderStatus"];
            parcels: components["schemas"]["ParcelDto"][];
            /** @description Smallest active box that holds everything still to be packed; null when none does (split into parcels) or nothing is left. */
            suggestedBox: components["schemas"]["SuggestedBoxDto"] | null;
        };
        ParcelDestinationDto: {
            city: string | null;
            /** @description ISO 3166-1 alpha-2. */
            country: string;
            postcode: string | null;
        };
        ParcelDimensionsDto: {
            heightMm: number;
            lengthMm: number;
            widthMm: number;
        };
        ParcelDocumentsDto: {
            documents: components["schemas"]["ShippingDocumentDto"][];
            /** @description Every kind this label has; those not in `documents` yet are rendered on first download. */
            kinds: ("label_pdf" | "label_zpl" | "cn22" | "cn23" | "commercial_invoice" | "manifest_pdf")[];
            labelId: string;
            trackingNumber: string;
        };
        ParcelDto: {
            boxTypeCode: string;
            /** Format: date-time */
            closedAt: string | null;
            /** @description Items' net weight plus the tare. */
            computedWeightG: number;
            grossWeightG: number | null;
            heightMm: number;
            id: string;
            lengthMm: number;
            lines: components["schemas"]["ParcelLineDto"][];
            maxGrossWeightG: number;
            orderId: string;
            /** @description m of "parcel n of m": the order's parcels so far; final once the order is packed. */
            parcelCount: number;
            /** @description n of "parcel n of m". */
            sequence: number;
            shippingLocationId: string | null;
            status: components["schemas"]["ParcelStatus"];
            tareWeightG: number;
            weightOverridden: boolean;
            widthMm: number;
        };
        ParcelLineDto: {
            lineId: string;
            lotId: string | null;
            productId: string;
            quantity: number;
            requirementId: string;
            sku: string;
            unitNetWeightG: number;
        };
        /** @enum {string} */
        ParcelStatus: "open" | "closed" | "shipped" | "delivered";
        ParcelTrackingDto: {
            carrierCode: string | null;
            /** @description Oldest first. */
            events: components["schemas"]["ParcelTrackingEventDto"][];
            orderId: string;
            orderReference: string;
            parcelId: string;
            /** @description Fulfillment's parcel status: open, closed, shipped, delivered. */
            parcelStatus: string;
            serviceCode: string | null;
            trackingNumber: string | null;
            trackingStatus: components["schemas"]["TrackingStatus"] | null;
            /** Format: date-time */
            trackingStatusAt: string | null;
            trackingUrl: string | null;
        };
        ParcelTrackingEventDto: {
            /** @description Whether the event set the parcel's status (late or older events are kept but do not). */
            applied: boolean;
            /** @description The carrier's own event code. */
            carrierCode: string;
            description: string | null;
            /**
             * @description The scan's time as the carrier sent it, with the local offset.
             * @example 2026-03-03T14:05:00.000+01:00
             */
            localTime: string;
            location: components["schemas"]["TrackingEventLocationDto"];
            /**
             * Format: date-time
             * @description In UTC.
             */
            occurredAt: string;
            /** Format: date-time */
            receivedAt: string;
            status: components["schemas"]["TrackingStatus"];
        };
        PartnerCloseManifestDto: {
            /** Format: uuid */
            carrierId?: string;
            /**
             * @description The hand-over day: every ready label shipping on or before it is closed.
             * @example 2026-03-02
             */
            date: string;
            /** Format: uuid */
            warehouseId: string;
        };
        PartnerDto: {
            active: boolean;
            code: string;
            contactEmail: string | null;
            /** Format: date-time */
            createdAt: string;
            id: string;
            /** @enum {string} */
            kind: "carrier" | "forwarder" | "supplier" | "shop";
            name: string;
        };
        PartnerPageDto: {
            items: components["schemas"]["PartnerDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor?: string | null;
            /** @description Number of items matching the filters. */
            total: number;
        };
        PartnerShipmentDto: {
            airWaybill: string | null;
            allowedActions: ("cancel" | "cargo_ready" | "departed" | "arrived_port" | "customs_cleared" | "out_for_delivery" | "delivered_to_warehouse" | "start_receiving" | "finish_receiving" | "cancel_receiving")[];
            carrier: string | null;
            cartonCount: number;
            containerNumbers: string[];
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            destinationPort: string;
            /** Format: date-time */
            eta: string;
            /** @description Every ETA change, oldest first. */
            etaHistory: components["schemas"]["EtaChangeEntryDto"][];
            /** @description How far the current ETA is behind the original, in hours (negative: ahead). */
            etaSlipHours: number;
            /** Format: date-time */
            etd: string | null;
            flightNumber: string | null;
            forwarderId: string;
            houseBillOfLading: string | null;
            id: string;
            lines: components["schemas"]["PartnerShipmentLineDto"][];
            masterBillOfLading: string | null;
            /** @description Milestones in the order they were reached (a late report may carry an earlier time). */
            milestones: components["schemas"]["MilestoneEventDto"][];
            mode: components["schemas"]["ShipmentMode"];
            number: string;
            /** Format: date-time */
            originalEta: string;
            originPort: string;
            status: components["schemas"]["ShipmentStatus"];
            /** Format: date-time */
            updatedAt: string;
            vessel: string | null;
            voyage: string | null;
            warehouseId: string;
        };
        PartnerShipmentLineDto: {
            id: string;
            lineNo: number;
            productId: string;
            purchaseOrderId: string;
            purchaseOrderLineId: string;
            purchaseOrderNumber: string;
            quantityShipped: number;
            sku: string;
        };
        PartyReferencesDto: {
            eori?: string;
            taxId?: string;
            vatNumber?: string;
        };
        PickExceptionDto: {
            /** Format: date-time */
            confirmedAt: string | null;
            confirmedBy: string | null;
            /** Format: date-time */
            createdAt: string;
            foundQuantity: number;
            id: string;
            locationId: string;
            lotId: string | null;
            missingQuantity: number;
            orderId: string;
            pickListId: string;
            pickListLineId: string;
            productId: string;
            reportedBy: string;
            resolution: {
                [key: string]: unknown;
            };
            status: string;
            warehouseId: string;
        };
        PickExceptionPageDto: {
            items: components["schemas"]["PickExceptionDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor?: string | null;
            /** @description Number of items matching the filters. */
            total: number;
        };
        /** @enum {string} */
        PickExceptionStatus: "open" | "confirmed";
        PickLineDto: {
            id: string;
            locationCode: string;
            locationId: string;
            lotId: string | null;
            /** @description Still to pick. */
            openQuantity: number;
            orderId: string;
            pickedQuantity: number;
            productId: string;
            quantity: number;
            /** @description Position along the walk path. */
            seq: number;
            shortQuantity: number;
            sku: string;
            status: string;
            toteSlot: number;
        };
        PickListDto: {
            /** Format: date-time */
            completedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            id: string;
            kind: string;
            /** @description In walk order. */
            lines: components["schemas"]["PickLineDto"][];
            packingLocationId: string;
            status: string;
            totes: components["schemas"]["ToteDto"][];
            warehouseId: string;
            waveId: string;
        };
        /** @enum {string} */
        PickListStatus: "open" | "in_progress" | "completed";
        PickListSummaryDto: {
            /** Format: date-time */
            createdAt: string;
            id: string;
            kind: string;
            packingLocationId: string;
            status: string;
        };
        PickListSummaryPageDto: {
            items: components["schemas"]["PickListSummaryDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor?: string | null;
            /** @description Number of items matching the filters. */
            total: number;
        };
        PickScanDto: {
            /**
             * @description Scanned GTIN or SKU.
             * @example 05901234123457
             */
            item: string;
            /**
             * @description Scanned bin barcode.
             * @example LOC:US-NJ1:A-01-01-01
             */
            location: string;
            /** @example 1 */
            quantity: number;
            /** @description Tote slot on a batch cart; needed when several orders take the item from the bin. */
            tote?: number;
        };
        PlanningRunDto: {
            durationMs: number;
            /** Format: date-time */
            finishedAt: string;
            id: string;
            items: number;
            planDate: string;
            spikes: number;
            /** Format: date-time */
            startedAt: string;
            suggestions: number;
            /** @description `manual` or `nightly`. */
            trigger: string;
        };
        PolicyDto: {
            /** @example 650 */
            airFreightPerKgMinor?: number | null;
            /** @example 7 */
            airTransitDays?: number | null;
            category: string | null;
            id: string;
            /**
             * Format: uuid
             * @description Order from this supplier instead of the product's preferred one (when it sells the product).
             */
            preferredSupplierId?: string | null;
            productId: string | null;
            /** @description Overrides the supplier's production lead time. */
            productionLeadDays?: number | null;
            /** @example 7 */
            reviewPeriodDays?: number | null;
            /** @example 14 */
            safetyStockDays?: number | null;
            /**
             * @description Minor units of the base currency per kg gross.
             * @example 150
             */
            seaFreightPerKgMinor?: number | null;
            /**
             * @description Door to door by sea on this lane (the warehouse scope is the lane).
             * @example 35
             */
            seaTransitDays?: number | null;
            /** @example 10 */
            spikeHalfLifeDays?: number | null;
            /** @example 15 */
            spikeMinUnits?: number | null;
            /**
             * @description Recent ÷ baseline from which demand counts as a spike.
             * @example 3
             */
            spikeThreshold?: number | null;
            /** @example 60 */
            targetCoverDays?: number | null;
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            warehouseId: string | null;
        };
        PrintJobDto: {
            /** @description Bytes of ZPL sent. */
            bytes: number;
            parcelId: string;
            printer: string;
            trackingNumber: string;
        };
        PrintParcelLabelDto: {
            /** Format: uuid */
            parcelId: string;
            /**
             * @description A printer name from `LABEL_PRINTERS`.
             * @example pack-1
             */
            printer: string;
        };
        ProblemDto: {
            /**
             * @description Stable machine-readable code.
             * @example VALIDATION_FAILED
             */
            code: string;
            detail: string;
            errors?: components["schemas"]["FieldErrorDto"][];
            instance?: string;
            requestId?: string;
            /** @example 400 */
            status: number;
            /** @example Validation failed */
            title: string;
            /** @example urn:problem:wms:validation-failed */
            type: string;
        };
        ProductCategoryDto: {
            category: string | null;
            productId: string;
        };
        ProductDto: {
            /** @description `false` once deactivated; inactive products stay readable because other records refer to them. */
            active: boolean;
            countryOfOrigin: string;
            /** Format: date-time */
            createdAt: string;
            customsDescription: string;
            customsDescriptionZh: string | null;
            declaredValueCurrency: string;
            declaredValueMinor: number;
            expiryTracked: boolean;
            /** @description GTIN-14 form (shorter GTINs left-padded with zeros). */
            gtin: string | null;
            heightMm: number;
            /** @description 6-digit HS subheading. */
            hsCode: string;
            /**
             * @description National tariff codes by destination.
             * @example {
             *       "US": "6109100012",
             *       "EU": "61091000"
             *     }
             */
            hsCodes: {
                [key: string]: string;
            };
            id: string;
            lengthMm: number;
            lotTracked: boolean;
            nameEn: string;
            nameZh: string | null;
            netWeightG: number;
            sku: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Send back with a PATCH to have it refused if someone else changed the product meanwhile. */
            version: number;
            widthMm: number;
        };
        ProductLabelItemDto: {
            /** @example 12 */
            copies?: number;
            /** Format: uuid */
            productId: string;
        };
        ProductLabelsDto: {
            /**
             * @default 203
             * @enum {number}
             */
            dpi: 203 | 300;
            /**
             * @default pdf
             * @enum {string}
             */
            format: "pdf" | "zpl";
            items: components["schemas"]["ProductLabelItemDto"][];
            /**
             * @description `sheet`: A4 with several labels a page; `roll`: one label a page. ZPL is always a roll.
             * @default roll
             * @enum {string}
             */
            layout: "sheet" | "roll";
        };
        ProductPageDto: {
            items: components["schemas"]["ProductDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor?: string | null;
            /** @description Number of items matching the filters. */
            total: number;
        };
        ProductSlottingDto: {
            /**
             * Format: uuid
             * @description A pick-face location of this warehouse the product is always replenished into; null to clear.
             */
            fixedPickFaceLocationId?: string | null;
            /**
             * @description The zone (first part of a bin code) where the product is stored; null to clear.
             * @example A
             */
            preferredZone?: string | null;
        };
        ProductSlottingViewDto: {
            fixedPickFaceLocationId: string | null;
            preferredZone: string | null;
            productId: string;
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            warehouseId: string;
        };
        ProjectedDayDto: {
            arrivals: number;
            date: string;
            /** @description Forecast units (one decimal). */
            demand: number;
            /** @description Forecast units that cannot be served that day. */
            short: number;
            /** @description End-of-day stock; negative while backorders are owed. */
            stock: number;
        };
        ProjectionDto: {
            airArrivalDate: string;
            arrivals: components["schemas"]["ArrivalDto"][];
            /** @description The UTC day the projection starts from. */
            asOf: string;
            /** @description Sellable on hand less reserved. */
            available: number;
            /** @description Ordered and not allocated. */
            backordered: number;
            baselinePerDay: number;
            /** @description 120 days from tomorrow. */
            days: components["schemas"]["ProjectedDayDto"][];
            daysOfCover: number;
            policy: components["schemas"]["EffectivePolicyDto"];
            productId: string;
            productionLeadDays: number;
            /** @description Received, not put away yet. */
            receiving: number;
            recentPerDay: number;
            /** @description When a sea order placed today would arrive. */
            seaArrivalDate: string;
            sku: string;
            spike: boolean;
            spikeMultiple: number | null;
            spikeStartDate: string | null;
            stockoutDate: string | null;
            /** @description What a recompute would suggest right now. */
            suggestions: components["schemas"]["ComputedSuggestionDto"][];
            supplierId: string | null;
            unitsShort: number;
            warehouseId: string;
        };
        PurchaseOrderDto: {
            /** @description Actions the order's state allows now (`edit`, `submit`, `approve`, …). */
            allowedActions: string[];
            /** @description Whether the total in the base currency is over the approval threshold; null without a rate. */
            approvalRequired: boolean | null;
            /** Format: date-time */
            approvedAt: string | null;
            approvedBy: string | null;
            /** @description Null while no exchange rate exists for the order date (see `warnings`). */
            baseTotal: components["schemas"]["BaseTotalDto"] | null;
            /** Format: date-time */
            confirmedAt: string | null;
            confirmedBy: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            currency: string;
            /** @description Latest revision with a downloadable document, or null. */
            documentRevision: number | null;
            events: components["schemas"]["PurchaseOrderEventDto"][];
            id: string;
            incoterm: components["schemas"]["Incoterm"];
            incotermPlace: string;
            lines: components["schemas"]["PurchaseOrderLineDto"][];
            notes: string | null;
            number: string;
            /** @description The day the order was created (UTC); exchange rates are taken for this day. */
            orderDate: string;
            paymentTerms: string;
            requestedReadyDate: string | null;
            revision: number;
            /** Format: date-time */
            sentAt: string | null;
            sentBy: string | null;
            status: components["schemas"]["PurchaseOrderStatus"];
            /** Format: date-time */
            submittedAt: string | null;
            supplier: components["schemas"]["SupplierRefDto"];
            totalMinor: number;
            transportMode: components["schemas"]["TransportMode"] | null;
            /** Format: date-time */
            updatedAt: string;
            warehouseId: string;
            warnings: components["schemas"]["PurchaseOrderWarningDto"][];
        };
        PurchaseOrderEventDto: {
            action: string;
            actorId: string | null;
            actorLabel: string;
            actorType: string;
            details: {
                [key: string]: unknown;
            };
            fromStatus: string | null;
            /** Format: date-time */
            occurredAt: string;
            reason: string | null;
            revision: number;
            toStatus: string;
        };
        PurchaseOrderLineDto: {
            confirmedDate: string | null;
            confirmedQuantity: number | null;
            id: string;
            lineNo: number;
            /** @description (quantity − quantityCancelled) × unitPriceMinor. */
            lineTotalMinor: number;
            /** @description quantity − cancelled − received, not below 0. */
            openQuantity: number;
            productId: string;
            productNameEn: string;
            productNameZh: string | null;
            promisedDate: string | null;
            quantity: number;
            quantityCancelled: number;
            quantityReceived: number;
            sku: string;
            supplierItemCode: string;
            supplierProductId: string;
            unitPriceMinor: number;
        };
        PurchaseOrderLineInputDto: {
            /**
             * Format: uuid
             * @description A catalog product the supplier sells (it must be among the supplier's products).
             */
            productId: string;
            /**
             * @description Date the supplier promised the goods ready.
             * @example 2026-04-15
             */
            promisedDate?: string | null;
            /**
             * @description Units to order: a whole number from 1. Below the supplier's MOQ or not whole cartons gives a warning, not an error.
             * @example 600
             */
            quantity: number;
            /**
             * @description Price of one unit in minor units of the order's currency. Defaults to the supplier's price when that is in the same currency.
             * @example 1850
             */
            unitPriceMinor?: number;
        };
        PurchaseOrderRevisionDto: {
            /** @description `{ lines: [{ lineId, lineNo, sku, changes: { field: { from, to } } }] }`. */
            changes: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            reason: string;
            revision: number;
        };
        /** @enum {string} */
        PurchaseOrderStatus: "draft" | "submitted" | "approved" | "sent" | "confirmed" | "partially_received" | "received" | "closed" | "cancelled";
        PurchaseOrderSummaryDto: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            currency: string;
            id: string;
            number: string;
            requestedReadyDate: string | null;
            revision: number;
            /** Format: date-time */
            sentAt: string | null;
            status: components["schemas"]["PurchaseOrderStatus"];
            supplier: components["schemas"]["SupplierRefDto"];
            totalMinor: number;
            warehouseId: string;
        };
        PurchaseOrderSummaryPageDto: {
            items: components["schemas"]["PurchaseOrderSummaryDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor?: string | null;
            /** @description Number of items matching the filters. */
            total: number;
        };
        PurchaseOrderWarningDto: {
            /** @description `BELOW_MOQ`, `NOT_CARTON_MULTIPLE` or `FX_RATE_MISSING`. */
            code: string;
            /** @description e.g. `lines[2].quantity`. */
            field: string;
            lineNo?: number;
            message: string;
        };
        /**
         * @description Rules in the order they are tried; rules left out are not used.
         * @enum {string}
         */
        PutawayRule: "fixed_pick_face" | "same_product_lot" | "empty_in_preferred_zone" | "any_with_capacity";
        PutawayRulesDto: {
            /** @description Rules in the order they are tried; rules left out are not used. */
            rules: components["schemas"]["PutawayRule"][];
        };
        PutawayRulesViewDto: {
            /** @description True when the warehouse has no rules of its own and uses the default order. */
            isDefault: boolean;
            /** @description Rules in the order they are tried; rules left out are not used. */
            rules: components["schemas"]["PutawayRule"][];
            warehouseId: string;
        };
        PutawayScanDto: {
            /**
             * @description The bin's barcode as scanned. Any bin of the warehouse may be chosen; the suggestion is advice.
             * @example LOC:US-NJ1:A-01-01-02
             */
            location: string;
            /**
             * @description Units put into the bin; default everything the task still has.
             * @example 40
             */
            quantity?: number;
        };
        PutawayTaskDto: {
            /** Format: date-time */
            completedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            fromLocationId: string;
            id: string;
            lotCode: string | null;
            lotId: string | null;
            productId: string;
            quantity: number;
            quantityPutAway: number;
            receiptId: string;
            sku: string;
            status: components["schemas"]["PutawayTaskStatus"];
            suggestedLocationCode: string | null;
            suggestedLocationId: string | null;
            /** @description The rule that made the suggestion: `fixed_pick_face`, `same_product_lot`, `empty_in_preferred_zone` or `any_with_capacity`. */
            suggestionRule: string | null;
            warehouseId: string;
        };
        PutawayTaskPageDto: {
            items: components["schemas"]["PutawayTaskDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor?: string | null;
            /** @description Number of items matching the filters. */
            total: number;
        };
        /** @enum {string} */
        PutawayTaskStatus: "open" | "done";
        PutFxRateDto: {
            /**
             * @description Units of the base currency for one unit of `currency`, as a decimal string (a JSON number is accepted) with up to 10 integer and 8 decimal digits.
             * @example 0.13850000
             */
            rate: string;
        };
        PutPolicyDto: {
            /** @example 650 */
            airFreightPerKgMinor?: number | null;
            /** @example 7 */
            airTransitDays?: number | null;
            /**
             * @description A planning category (see PUT /planning/product-categories/:productId); not together with productId.
             * @example apparel
             */
            category?: string | null;
            /**
             * Format: uuid
             * @description Order from this supplier instead of the product's preferred one (when it sells the product).
             */
            preferredSupplierId?: string | null;
            /** Format: uuid */
            productId?: string | null;
            /** @description Overrides the supplier's production lead time. */
            productionLeadDays?: number | null;
            /** @example 7 */
            reviewPeriodDays?: number | null;
            /** @example 14 */
            safetyStockDays?: number | null;
            /**
             * @description Minor units of the base currency per kg gross.
             * @example 150
             */
            seaFreightPerKgMinor?: number | null;
            /**
             * @description Door to door by sea on this lane (the warehouse scope is the lane).
             * @example 35
             */
            seaTransitDays?: number | null;
            /** @example 10 */
            spikeHalfLifeDays?: number | null;
            /** @example 15 */
            spikeMinUnits?: number | null;
            /**
             * @description Recent ÷ baseline from which demand counts as a spike.
             * @example 3
             */
            spikeThreshold?: number | null;
            /** @example 60 */
            targetCoverDays?: number | null;
            /** Format: uuid */
            warehouseId?: string | null;
        };
        PutProductCategoryDto: {
            /**
             * @description The product's planning category; null takes it out of its category.
             * @example apparel
             */
            category: string | null;
        };
        ReadyParcelDto: {
            carrierCode: string;
            /** @description Null when the parcel crosses no customs border. */
            customs: components["schemas"]["CustomsSummaryDto"] | null;
            destination: components["schemas"]["ParcelDestinationDto"];
            dimensions: components["schemas"]["ParcelDimensionsDto"] | null;
            grossWeightG: number;
            links: components["schemas"]["ReadyParcelLinksDto"];
            manifestId: string | null;
            /** @description The shop's order number, as printed on the label. */
            orderReference: string | null;
            parcelId: string;
            serviceCode: string;
            shipDate: string;
            /**
             * @description `labelled`: waiting to be manifested; `manifested`: on a manifest not yet picked up.
             * @enum {string}
             */
            status: "labelled" | "manifested";
            trackingNumber: string;
            warehouseId: string;
        };
        ReadyParcelLinksDto: {
            documents: string;
            labelPdf: string;
            labelZpl: string;
            tracking: string;
        };
        ReadyParcelPageDto: {
            items: components["schemas"]["ReadyParcelDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor?: string | null;
            /** @description Number of items matching the filters. */
            total: number;
        };
        ReallocationDto: {
            orderId: string;
            reserved: number;
            short: number;
            status: string;
        };
        ReasonDto: {
            /** @description Why; kept in the order's history and the audit log. */
            reason: string;
        };
        /**
         * @description Commercial invoice; default follows the category.
         * @enum {string}
         */
        ReasonForExport: "sale" | "gift" | "sample" | "return_or_repair" | "personal_effects";
        ReceiptDto: {
            /** Format: date-time */
            closedAt: string | null;
            closedBy: string | null;
            /** Format: date-time */
            createdAt: string;
            id: string;
            lines: components["schemas"]["ReceiptLineDto"][];
            number: string;
            openedBy: string;
            /** @description Per product (or unknown code): expected against scanned so far. */
            progress: components["schemas"]["ScanProgressDto"][];
            purchaseOrderId: string | null;
            shipmentId: string | null;
            status: components["schemas"]["ReceiptStatus"];
            warehouseId: string;
        };
        ReceiptLineDto: {
            damagedQuantity: number;
            expectedQuantity: number;
            id: string;
            lineNo: number;
            overQuantity: number;
            productId: string | null;
            purchaseOrderId: string | null;
            purchaseOrderLineId: string | null;
            purchaseOrderNumber: string | null;
            /** @description Units booked against the purchase-order line. */
            purchaseOrderQuantity: number;
            /** @description Filled in at close: good and damaged units. */
            receivedQuantity: number;
            /** @description The code scanned when it matched no product. */
            scannedCode: string | null;
            shortQuantity: number;
            sku: string | null;
        };
        ReceiptScanDto: {
            /**
             * @description What the scanner read: an SSCC (`(00)…`, `00…` or a GS1-128 string with AI 00) receives the carton's declared contents;
             *     a GTIN, GS1 string (with lot AI 10, expiry AI 17, count AI 30/37) or SKU receives units of one product.
             * @example ]C100106141410000000017
             */
            code: string;
            /** @description The units (or the whole carton) are damaged: they go to quarantine at close and on the discrepancy report. */
            damaged?: boolean;
            /** @description Expiry `YYYY-MM-DD`, when the barcode does not carry it. */
            expiry?: string;
            /**
             * @description Lot, when the barcode does not carry it.
             * @example L2604-A
             */
            lot?: string;
            /** @description A warehouse lead accepts more than the over-receipt tolerance allows; recorded with the lead's name. */
            override?: boolean;
            /**
             * @description Units of the product; default the count in the barcode, else 1. Not used with an SSCC.
             * @example 12
             */
            quantity?: number;
        };
        /** @enum {string} */
        ReceiptScanKind: "carton" | "item" | "unknown";
        ReceiptScanResultDto: {
            /** @description Progress of the products this scan touched. */
            progress: components["schemas"]["ScanProgressDto"][];
            receiptId: string;
            units: components["schemas"]["ScannedUnitDto"][];
        };
        /** @enum {string} */
        ReceiptStatus: "open" | "closed" | "cancelled";
        ReceiveReturnItemDto: {
            disposition: components["schemas"]["ReturnDisposition"];
            /**
             * @description The scanned item: GTIN, GS1 element string (with lot) or SKU.
             * @example 05901234123457
             */
            item: string;
            /**
             * @description For `restock`: the storage or pick-face bin (`LOC:<warehouse>:<code>`). For `quarantine`, a quarantine bin; by default the warehouse's first one.
             * @example LOC:US-NJ1:A-01-01-01
             */
            location?: string;
            /** @description Lot of a lot-tracked product, when the barcode does not carry it. */
            lot?: string;
            /** @description Units; defaults to the count in the barcode, else 1. */
            quantity?: number;
        };
        RecomputeAcceptedDto: {
            /** @description The outbox job's business key. */
            jobKey: string;
            /** @description Always `queued`: the recompute runs as a background job; see GET /planning/runs/latest. */
            status: string;
        };
        RecountDto: {
            /** @description Ids of the lines to count again, as listed in `lines[].id`. */
            lineIds: string[];
            /** @description Why; kept in the audit log. */
            reason: string;
        };
        RefreshDto: {
            refreshToken: string;
        };
        /** @enum {string} */
        ReportableMilestone: "cargo_ready" | "departed" | "arrived_port" | "customs_cleared" | "out_for_delivery" | "delivered_to_warehouse";
        /** @enum {string} */
        ReturnDisposition: "restock" | "quarantine" | "scrap";
        ReturnDto: {
            authorizedBy: string;
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            id: string;
            lines: components["schemas"]["ReturnLineDto"][];
            orderExternalId: string;
            orderId: string;
            /** Format: date-time */
            receivedAt: string | null;
            status: components["schemas"]["ReturnStatus"];
            warehouseId: string;
        };
        ReturnLineDto: {
            id: string;
            lineNo: number;
            /** @description Units still expected at the dock. */
            openQuantity: number;
            productId: string;
            quantity: number;
            quarantinedQuantity: number;
            reasonCode: components["schemas"]["ReturnReason"];
            restockedQuantity: number;
            scrappedQuantity: number;
            sku: string;
        };
        ReturnLineInputDto: {
            /**
             * Format: uuid
             * @description The product, by id; or give `sku`.
             */
            productId?: string;
            /** @example 1 */
            quantity: number;
            reasonCode: components["schemas"]["ReturnReason"];
            /**
             * @description The product, by SKU; or give `productId`.
             * @example TEE-BLK-M
             */
            sku?: string;
        };
        ReturnPageDto: {
            items: components["schemas"]["ReturnDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor?: string | null;
            /** @description Number of items matching the filters. */
            total: number;
        };
        /** @enum {string} */
        ReturnReason: "wrong_size" | "damaged" | "not_as_described" | "changed_mind" | "defective" | "other";
        ReturnReceiptDto: {
            disposition: components["schemas"]["ReturnDisposition"];
            /** @description Where the units went; null for scrap. */
            locationCode: string | null;
            /** @description The `return` stock movements written; empty for scrap. */
            movementIds: string[];
            quantity: number;
            return: components["schemas"]["ReturnDto"];
            sku: string;
        };
        /** @enum {string} */
        ReturnStatus: "authorized" | "received" | "closed";
        RevisePurchaseOrderDto: {
            lines: components["schemas"]["LineRevisionDto"][];
            /** @description Why; kept in the order's history and the audit log. */
            reason: string;
        };
        ScanDto: {
            /** @enum {string} */
            action: "receive" | "putaway" | "move" | "pick" | "count";
            /** @description Expiry date `YYYY-MM-DD`, when the barcode does not carry it (AI 17). */
            expiry?: string;
            /** @description The scanned item: GTIN, GS1-128/DataMatrix element string (with lot, expiry, count) or our SKU. */
            item: string;
            /** @description The scanned location barcode (`LOC:<warehouse>:<code>`): where the stock is, or arrives when receiving. */
            location: string;
            /** @description Lot code, when the barcode does not carry it (AI 10). */
            lot?: string;
            /** @description Units; defaults to the count in the barcode (AI 30/37), else 1. For `count`, the quantity counted (0 allowed). */
            quantity?: number;
            reference?: components["schemas"]["ScanReferenceDto"];
            /**
             * Format: uuid
             * @description For `pick`: the reservation the picked units come out of.
             */
            reservationId?: string;
            /** @description The destination bin barcode for putaway and move (and a tote or packing bench for pick). */
            toLocation?: string;
        };
        ScannedThingDto: {
            code: string;
            id: string;
        };
        ScannedUnitDto: {
            damaged: boolean;
            kind: components["schemas"]["ReceiptScanKind"];
            lotCode: string | null;
            overriddenBy: string | null;
            productId: string | null;
            quantity: number;
            scannedCode: string;
            sku: string | null;
            sscc: string | null;
            /** @description `within`, `over_flagged` (accepted, over the expected quantity), `over_limit` (accepted by override), `unexpected` or `unknown`. */
            verdict: string;
        };
        ScanProgressDto: {
            damaged: number;
            expected: number;
            productId: string | null;
            scanned: number;
            scannedCode: string | null;
            sku: string | null;
        };
        ScanReferenceDto: {
            id: string;
            /** @description Document type, e.g. `receipt`, `outbound_order`. */
            type: string;
        };
        ScanResultDto: {
            /** @enum {string} */
            action: "receive" | "putaway" | "move" | "pick" | "count";
            /** @description For `count`: the cycle count the quantity was recorded in. */
            cycleCountId?: string;
            location: components["schemas"]["ScannedThingDto"];
            lot: {
                code: string;
                expiryDate: string | null;
                id: string;
            };
            /** @description Ids of the stock movements written (none for `count`, which records into the open count). */
            movementIds: string[];
            product: Record<string, never>;
            quantity: number;
            toLocation: components["schemas"]["ScannedThingDto"] | null;
        };
        /** @enum {string} */
        ServiceLevel: "standard" | "express";
        SetKitComponentsDto: {
            /** @description The full list; it replaces the current one. An empty list makes the product an ordinary product again. */
            components: components["schemas"]["KitComponentInputDto"][];
        };
        ShipmentCostDto: {
            amountMinor: number | null;
            /** Format: date-time */
            createdAt: string;
            currency: string;
            description: string | null;
            /**
             * @description For `duty_by_hs`: 6-digit HS code → duty rate as a decimal (0.165 = 16.5 %).
             * @example {
             *       "610910": "0.165"
             *     }
             */
            hsRates?: {
                [key: string]: string;
            } | null;
            id: string;
            method: components["schemas"]["AllocationMethod"];
            shipmentId: string;
            status: components["schemas"]["CostStatus"];
            type: components["schemas"]["CostType"];
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
        };
        ShipmentDto: {
            airWaybill: string | null;
            allowedActions: ("cancel" | "cargo_ready" | "departed" | "arrived_port" | "customs_cleared" | "out_for_delivery" | "delivered_to_warehouse" | "start_receiving" | "finish_receiving" | "cancel_receiving")[];
            carrier: string | null;
            cartonCount: number;
            containerNumbers: string[];
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            destinationPort: string;
            /** Format: date-time */
            eta: string;
            /** @description Every ETA change, oldest first. */
            etaHistory: components["schemas"]["EtaChangeEntryDto"][];
            /** @description How far the current ETA is behind the original, in hours (negative: ahead). */
            etaSlipHours: number;
            /** Format: date-time */
            etd: string | null;
            flightNumber: string | null;
            forwarderId: string;
            houseBillOfLading: string | null;
            id: string;
            lines: components["schemas"]["ShipmentLineDto"][];
            masterBillOfLading: string | null;
            /** @description Milestones in the order they were reached (a late report may carry an earlier time). */
            milestones: components["schemas"]["MilestoneEventDto"][];
            mode: components["schemas"]["ShipmentMode"];
            number: string;
            /** Format: date-time */
            originalEta: string;
            originPort: string;
            status: components["schemas"]["ShipmentStatus"];
            /** Format: date-time */
            updatedAt: string;
            vessel: string | null;
            voyage: string | null;
            warehouseId: string;
        };
        ShipmentLabelDto: {
            carrierCode: string;
            carrierId: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** @enum {string|null} */
            customsForm?: "cn22" | "cn23" | "commercial_invoice" | null;
            destinationCountry: string;
            grossWeightG: number;
            id: string;
            /** @enum {string|null} */
            incoterm?: "DDP" | "DAP" | null;
            orderId: string;
            parcelId: string;
            routingCode: string;
            serviceCode: string;
            shipDate: string;
            status: components["schemas"]["LabelStatus"];
            trackingNumber: string;
            /** @description The carrier's tracking page for this number. */
            trackingUrl: string;
            /** Format: date-time */
            voidedAt: string | null;
            voidedBy: string | null;
            voidReason: string | null;
            warehouseId: string;
        };
        ShipmentLineDto: {
            currency: string;
            id: string;
            lineNo: number;
            productId: string;
            purchaseOrderId: string;
            purchaseOrderLineId: string;
            purchaseOrderNumber: string;
            quantityShipped: number;
            sku: string;
            /** @description Supplier price per unit, in minor units of `currency`. */
            unitPriceMinor: number;
        };
        ShipmentLineInputDto: {
            /**
             * Format: uuid
             * @description A line of an approved (or later) purchase order for the shipment's warehouse.
             */
            purchaseOrderLineId: string;
            /**
             * @description Units on this shipment: at most the line's open quantity, less what other shipments carry, plus INBOUND_OVER_SHIPMENT_PERCENT.
             * @example 100
             */
            quantity: number;
        };
        /** @enum {string} */
        ShipmentListView: "in_transit" | "late";
        /** @enum {string} */
        ShipmentMode: "sea_fcl" | "sea_lcl" | "air" | "rail" | "courier";
        /** @enum {string} */
        ShipmentStatus: "booked" | "cargo_ready" | "departed" | "arrived_port" | "customs_cleared" | "out_for_delivery" | "delivered_to_warehouse" | "receiving" | "received" | "cancelled";
        ShipmentSummaryDto: {
            airWaybill: string | null;
            carrier: string | null;
            containerNumbers: string[];
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            destinationPort: string;
            /** Format: date-time */
            eta: string;
            /** @description How far the current ETA is behind the original, in hours (negative: ahead). */
            etaSlipHours: number;
            /** Format: date-time */
            etd: string | null;
            flightNumber: string | null;
            forwarderId: string;
            houseBillOfLading: string | null;
            id: string;
            masterBillOfLading: string | null;
            mode: components["schemas"]["ShipmentMode"];
            number: string;
            /** Format: date-time */
            originalEta: string;
            originPort: string;
            status: components["schemas"]["ShipmentStatus"];
            /** Format: date-time */
            updatedAt: string;
            vessel: string | null;
            voyage: string | null;
            warehouseId: string;
        };
        ShipmentSummaryPageDto: {
            items: components["schemas"]["ShipmentSummaryDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor?: string | null;
            /** @description Number of items matching the filters. */
            total: number;
        };
        ShippingDocumentDto: {
            contentType: string;
            /** Format: date-time */
            createdAt: string;
            fileName: string;
            /** @description Where to download it. */
            href: string;
            id: string;
            /** @enum {string} */
            kind: "label_pdf" | "label_zpl" | "cn22" | "cn23" | "commercial_invoice" | "manifest_pdf";
            /** @description SHA-256 of the stored bytes, hex. */
            sha256: string;
            sizeBytes: number;
        };
        /** @enum {string} */
        ShippingDocumentKind: "label_pdf" | "label_zpl" | "cn22" | "cn23" | "commercial_invoice";
        ShipToDto: {
            /**
             * @description Street, house number, apartment: one to three lines.
             * @example [
             *       "221B Baker Street"
             *     ]
             */
            addressLines: string[];
            /** @example London */
            city: string;
            /**
             * @description ISO 3166-1 alpha-2; `UK` is accepted for `GB`.
             * @example GB
             */
            country: string;
            /** Format: email */
            email?: string | null;
            name: string;
            phone?: string | null;
            /**
             * @description Checked for US, GB, DE, FR, IT, ES and NL; required there.
             * @example NW1 6XE
             */
            postcode?: string | null;
            /** @description State, province or county where the postal system uses one. */
            region?: string | null;
        };
        ShipToViewDto: {
            addressLines: string[];
            city: string;
            country: string;
            email: string | null;
            name: string;
            phone: string | null;
            postcode: string | null;
            region: string | null;
        };
        ShortPickConfirmationDto: {
            exception: components["schemas"]["PickExceptionDto"];
            /** @description Orders that lost stock in the bin, allocated again (from other bins) or backordered. */
            reallocation: components["schemas"]["ReallocationDto"][];
        };
        ShortPickDto: {
            /** @description Units found in the bin (and taken); the bin is empty afterwards. Fewer than the line asks for. */
            found: number;
        };
        SpikeDto: {
            available: number;
            /** @description Units/day, exponentially weighted over the weeks before. */
            baselinePerDay: number;
            /** Format: date-time */
            computedAt: string;
            daysOfCover: number;
            /** @description recentPerDay ÷ baselinePerDay. */
            multiple: number;
            productId: string;
            /** @description Units/day over the recent days. */
            recentPerDay: number;
            sku: string;
            /** @description First day of the elevated run. */
            startDate: string;
            stockoutDate: string | null;
            unitsShort: number;
            warehouseId: string;
        };
        SpikePageDto: {
            items: components["schemas"]["SpikeDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor?: string | null;
            /** @description Number of items matching the filters. */
            total: number;
        };
        StartPackSessionDto: {
            /**
             * @description What the packer scanned: the order id from the order slip, the shop's order number, or the tote.
             * @example SO-100234
             */
            order: string;
        };
        StockMismatchDto: {
            activeReservations: number;
            locationId: string;
            lotId: string | null;
            onHand: number;
            productId: string;
            replayedOnHand: number;
            reserved: number;
        };
        StockVerificationDto: {
            balanceRows: number;
            consistent: boolean;
            mismatches: components["schemas"]["StockMismatchDto"][];
            movements: number;
        };
        SuggestedBoxDto: {
            code: string;
            innerHeightMm: number;
            innerLengthMm: number;
            innerWidthMm: number;
            maxGrossWeightG: number;
            name: string;
            tareWeightG: number;
        };
        SuggestionDto: {
            /** @description expedite_po only: `switch_to_air` or `pull_forward`. */
            action: string | null;
            /** @description When the units would arrive if ordered (or changed) today. */
            arrivalDate: string;
            baselinePerDay: number;
            /** Format: date-time */
            computedAt: string;
            daysOfCover: number;
            /** Format: date-time */
            dismissedAt: string | null;
            dismissedBy: string | null;
            dismissedReason: string | null;
            /** @description Air freight above sea freight for these units, in minor units of `freightCurrency`. */
            extraFreightMinor: number;
            freightCurrency: string;
            id: string;
            kind: components["schemas"]["SuggestionKind"];
            /** @description Lost sales this suggestion avoids. */
            lostUnitsAvoided: number;
            /** Format: date-time */
            orderedAt: string | null;
            orderedBy: string | null;
            orderedPurchaseOrderId: string | null;
            orderedPurchaseOrderNumber: string | null;
            productId: string;
            /** @description pull_forward: days sooner the supplier would need the goods ready. */
            pullForwardDays: number | null;
            purchaseOrderId: string | null;
            purchaseOrderLineId: string | null;
            purchaseOrderNumber: string | null;
            /** @description Units to order (or to move), after MOQ and carton rounding. */
            quantity: number;
            /** @description Units needed before rounding. */
            rawQuantity: number;
            recentPerDay: number;
            /**
             * Format: date-time
             * @description Set when a dismissed suggestion came back because its figures moved materially.
             */
            resurfacedAt: string | null;
            sku: string;
            spike: boolean;
            spikeMultiple: number | null;
            status: components["schemas"]["SuggestionStatus"];
            /** @description First day with demand the projected stock cannot serve; null when none within 120 days. */
            stockoutDate: string | null;
            supplierId: string | null;
            supplierProductId: string | null;
            /** @description `sea` or `air`. */
            transportMode: string;
            /** @description Units projected lost within 120 days if nothing is done. */
            unitsShort: number;
            /** @description Days to the stock-out (121 without one): lower is more urgent. */
            urgency: number;
            warehouseId: string;
        };
        /** @enum {string} */
        SuggestionKind: "reorder" | "expedite_air" | "expedite_po";
        SuggestionPageDto: {
            items: components["schemas"]["SuggestionDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor?: string | null;
            /** @description Number of items matching the filters. */
            total: number;
        };
        /** @enum {string} */
        SuggestionStatus: "open" | "dismissed" | "ordered";
        SupplierContactDto: {
            /** Format: email */
            email?: string | null;
            name: string;
            /** @example +86 755 1234 5678 */
            phone?: string | null;
            /** @example liwei_hx */
            wechatId?: string | null;
        };
        SupplierDto: {
            active: boolean;
            addressLine1: string;
            addressLine2: string | null;
            city: string;
            code: string;
            contacts: components["schemas"]["SupplierContactDto"][];
            country: string;
            /** Format: date-time */
            createdAt: string;
            defaultCurrency: string;
            defaultIncoterm: components["schemas"]["Incoterm"];
            defaultIncotermPlace: string;
            id: string;
            leadTimeDays: number;
            legalNameEn: string;
            legalNameZh: string | null;
            partnerId: string | null;
            paymentTerms: string;
            postcode: string | null;
            region: string | null;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        SupplierPageDto: {
            items: components["schemas"]["SupplierDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor?: string | null;
            /** @description Number of items matching the filters. */
            total: number;
        };
        SupplierProductDto: {
            active: boolean;
            cartonGrossWeightG: number | null;
            cartonHeightMm: number | null;
            cartonLengthMm: number | null;
            cartonWidthMm: number | null;
            /** Format: date-time */
            createdAt: string;
            currency: string;
            id: string;
            leadTimeDays: number | null;
            moq: number;
            preferred: boolean;
            productId: string;
            supplierId: string;
            supplierItemCode: string;
            supplierItemName: string;
            unitPriceMinor: number;
            unitsPerCarton: number;
            /** Format: date-time */
            updatedAt: string;
        };
        SupplierProductPageDto: {
            items: components["schemas"]["SupplierProductDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor?: string | null;
            /** @description Number of items matching the filters. */
            total: number;
        };
        SupplierPurchaseOrderDto: {
            /** Format: date-time */
            confirmedAt: string | null;
            currency: string;
            id: string;
            incoterm: components["schemas"]["Incoterm"];
            incotermPlace: string;
            lines: components["schemas"]["SupplierPurchaseOrderLineDto"][];
            number: string;
            orderDate: string;
            paymentTerms: string;
            requestedReadyDate: string | null;
            /** @description Confirm this revision; a newer revision needs a new confirmation. */
            revision: number;
            /** Format: date-time */
            sentAt: string | null;
            status: components["schemas"]["PurchaseOrderStatus"];
            totalMinor: number;
        };
        SupplierPurchaseOrderLineDto: {
            confirmedDate: string | null;
            confirmedQuantity: number | null;
            id: string;
            lineNo: number;
            lineTotalMinor: number;
            productNameEn: string;
            productNameZh: string | null;
            promisedDate: string | null;
            quantity: number;
            quantityCancelled: number;
            quantityReceived: number;
            sku: string;
            supplierItemCode: string;
            unitPriceMinor: number;
        };
        SupplierPurchaseOrderSummaryDto: {
            /** Format: date-time */
            confirmedAt: string | null;
            currency: string;
            id: string;
            number: string;
            revision: number;
            /** Format: date-time */
            sentAt: string | null;
            status: components["schemas"]["PurchaseOrderStatus"];
            totalMinor: number;
        };
        SupplierPurchaseOrderSummaryPageDto: {
            items: components["schemas"]["SupplierPurchaseOrderSummaryDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor?: string | null;
            /** @description Number of items matching the filters. */
            total: number;
        };
        SupplierRefDto: {
            code: string;
            id: string;
            legalNameEn: string;
            legalNameZh: string | null;
        };
        TokenPairDto: {
            /** @description JWT to send as `Authorization: Bearer …`. */
            accessToken: string;
            /** @description Lifetime of the access token in seconds. */
            expiresIn: number;
            /** @description Opaque, single-use token for `POST /auth/refresh`. */
            refreshToken: string;
            tokenType: string;
        };
        ToteDto: {
            orderId: string;
            toteSlot: number;
        };
        TrackingBatchResultDto: {
            accepted: number;
            duplicates: number;
            rejected: number;
            results: components["schemas"]["TrackingEventResultDto"][];
        };
        TrackingEventBatchDto: {
            events: components["schemas"]["TrackingEventItemDto"][];
        };
        TrackingEventItemDto: {
            /**
             * @description The carrier's own event code, kept as sent.
             * @example DLV
             */
            carrier_code: string;
            description?: string;
            location?: components["schemas"]["TrackingLocationDto"];
            /**
             * @description When the scan happened, with the offset of the place it happened.
             * @example 2026-03-03T14:05:00+01:00
             */
            occurred_at: string;
            status: components["schemas"]["TrackingStatus"];
            /** @example LX000000011GB */
            tracking_number: string;
        };
        TrackingEventLocationDto: {
            city: string | null;
            country: string | null;
            postcode: string | null;
            region: string | null;
        };
        TrackingEventResultDto: {
            applied?: boolean;
            errors?: components["schemas"]["FieldErrorDto"][];
            /** @description Position of the item in the batch, from 0. */
            index: number;
            /** @description The parcel's status after this item. */
            parcelStatus?: components["schemas"]["TrackingStatus"] | null;
            /**
             * @description `accepted`: recorded (and `applied` says whether it moved the parcel's status); `duplicate`:
             *     the same scan was recorded before; `rejected`: see `errors`, nothing was recorded.
             * @enum {string}
             */
            result: "accepted" | "duplicate" | "rejected";
            trackingNumber?: string;
        };
        TrackingLocationDto: {
            city?: string;
            /**
             * @description ISO 3166-1 alpha-2.
             * @example CN
             */
            country?: string;
            postcode?: string;
            region?: string;
        };
        /** @enum {string} */
        TrackingStatus: "pre_transit" | "in_transit" | "out_for_delivery" | "available_for_pickup" | "delivered" | "return_to_sender" | "failure" | "exception" | "cancelled" | "unknown";
        TransitionDto: {
            /** @description Why, or a note for the order's history. */
            reason?: string;
        };
        /**
         * @description When known; FAS, FOB, CFR and CIF are refused for anything but sea.
         * @enum {string}
         */
        TransportMode: "sea" | "air" | "road" | "rail";
        UpdateBoxTypeDto: {
            active?: boolean;
            /** @example 150 */
            innerHeightMm?: number;
            /** @example 350 */
            innerLengthMm?: number;
            /** @example 250 */
            innerWidthMm?: number;
            /**
             * @description Box plus contents; must exceed the tare.
             * @example 10000
             */
            maxGrossWeightG?: number;
            name?: string;
            /**
             * @description Empty box with filling material.
             * @example 180
             */
            tareWeightG?: number;
        };
        UpdateCarrierDto: {
            active?: boolean;
            name?: string;
            /** Format: uuid */
            partnerId?: string | null;
            settings?: {
                [key: string]: unknown;
            };
            trackingUrlTemplate?: string;
        };
        UpdateCarrierServiceDto: {
            active?: boolean;
            labelFormats?: ("pdf" | "zpl")[];
            name?: string;
            settings?: {
                [key: string]: unknown;
            };
        };
        UpdateLocationDto: {
            active?: boolean;
            capacity?: number | null;
            pickSequence?: number;
            type?: components["schemas"]["LocationType"];
        };
        UpdatePartnerDto: {
            /** @description `false` stops every key of the partner from working. */
            active?: boolean;
            /** Format: email */
            contactEmail?: string | null;
            name?: string;
        };
        UpdateProductDto: {
            /** @description ISO 3166-1 alpha-2 country where the goods were made, e.g. `CN`. */
            countryOfOrigin?: string;
            /** @description What it is, of what material, for whom, e.g. `Men's T-shirt, knitted, 100% cotton`; "gifts" or "goods" alone are refused. */
            customsDescription?: string;
            customsDescriptionZh?: string | null;
            /** @description ISO 4217, e.g. `USD`. */
            declaredValueCurrency?: string;
            /** @description Declared customs value of one unit in minor units (cents) of `declaredValueCurrency`. */
            declaredValueMinor?: number;
            /** @description Lots carry an expiry date; needs `lotTracked`. */
            expiryTracked?: boolean;
            /** @description GTIN-8, -12, -13 or -14 with a valid check digit; stored and returned as 14 digits. */
            gtin?: string | null;
            heightMm?: number;
            /** @description 6-digit HS subheading, e.g. `610910` (`6109.10` is accepted). */
            hsCode?: string;
            /**
             * @description National tariff codes by destination: `US` 10-digit HTSUS, `EU` 8-digit CN or 10-digit TARIC,
             *     any other ISO alpha-2 country 8 or 10 digits. Each must start with `hsCode`. Dots are removed.
             * @example {
             *       "US": "6109100012",
             *       "EU": "61091000"
             *     }
             */
            hsCodes?: {
                [key: string]: string;
            };
            /** @description Packed dimensions of one unit in millimetres. */
            lengthMm?: number;
            /** @description Stock of this product is kept per lot (batch). */
            lotTracked?: boolean;
            nameEn?: string;
            /** @description Chinese name as the supplier knows it, e.g. `男士短袖T恤`. */
            nameZh?: string | null;
            /** @description Net weight of one unit in grams. */
            netWeightG?: number;
            /** @description The `version` you read; if the product changed since, the update is refused with 409. */
            version?: number;
            widthMm?: number;
        };
        UpdatePurchaseOrderDto: {
            /**
             * Format: currency
             * @description ISO 4217; every price on the order is in this currency.
             */
            currency?: string;
            incoterm?: components["schemas"]["Incoterm"];
            /**
             * @description The incoterm's named place.
             * @example Shenzhen
             */
            incotermPlace?: string;
            lines?: components["schemas"]["PurchaseOrderLineInputDto"][];
            notes?: string | null;
            paymentTerms?: string;
            /** @description When the goods should be ready at the supplier. */
            requestedReadyDate?: string | null;
            /** @description When known; FAS, FOB, CFR and CIF are refused for anything but sea. */
            transportMode?: components["schemas"]["TransportMode"] | null;
            /** Format: uuid */
            warehouseId?: string;
        };
        UpdateShipmentCostDto: {
            /**
             * @description Minor units of `currency`. For `duty_by_hs` it may be left out: the rates × customs values give it.
             * @example 185000
             */
            amountMinor?: number;
            /**
             * @description ISO 4217; converted to the base currency with the FX table.
             * @example CNY
             */
            currency?: string;
            /** @example Ocean freight SZX→LAX, 1×40HC */
            description?: string | null;
            /**
             * @description For `duty_by_hs`: 6-digit HS code → duty rate as a decimal (0.165 = 16.5 %).
             * @example {
             *       "610910": "0.165"
             *     }
             */
            hsRates?: {
                [key: string]: string;
            } | null;
            method?: components["schemas"]["AllocationMethod"];
            status?: components["schemas"]["CostStatus"];
        };
        UpdateShipmentDto: {
            /**
             * @description Air waybill, check digit verified.
             * @example 176-12345675
             */
            airWaybill?: string | null;
            /**
             * @description Shipping line, airline, railway or courier.
             * @example COSCO
             */
            carrier?: string | null;
            /**
             * @description ISO 6346 container numbers (check digit verified); spaces are ignored.
             * @example [
             *       "CSQU3054383"
             *     ]
             */
            containerNumbers?: string[];
            /**
             * @description Estimated departure, with its time zone.
             * @example 2026-04-20T18:00:00+08:00
             */
            etd?: string | null;
            /** @example CA987 */
            flightNumber?: string | null;
            /**
             * @description House bill of lading, issued by the forwarder.
             * @example SZXLAX2604117
             */
            houseBillOfLading?: string | null;
            /**
             * @description Master bill of lading, issued by the carrier.
             * @example COSU6291837450
             */
            masterBillOfLading?: string | null;
            /** @example COSCO SHIPPING UNIVERSE */
            vessel?: string | null;
            /** @example 052E */
            voyage?: string | null;
        };
        UpdateSupplierDto: {
            /** @description `false` stops new purchase orders to this supplier. */
            active?: boolean;
            addressLine1?: string;
            addressLine2?: string | null;
            city?: string;
            /** @description The first contact with an e-mail address receives purchase orders. */
            contacts?: components["schemas"]["SupplierContactDto"][];
            /**
             * @description ISO 3166-1 alpha-2.
             * @example CN
             */
            country?: string;
            /**
             * Format: currency
             * @description ISO 4217.
             * @example CNY
             */
            defaultCurrency?: string;
            /**
             * @description One of the eleven Incoterms 2020 rules.
             * @example FOB
             */
            defaultIncoterm?: components["schemas"]["Incoterm"];
            /**
             * @description The incoterm's named place.
             * @example Shenzhen
             */
            defaultIncotermPlace?: string;
            /**
             * @description Days from order to goods ready.
             * @example 35
             */
            leadTimeDays?: number;
            legalNameEn?: string;
            /** @example 深圳华信服饰有限公司 */
            legalNameZh?: string | null;
            /**
             * Format: uuid
             * @description A partner of kind `supplier` whose API keys act for this supplier (one supplier per partner).
             */
            partnerId?: string | null;
            paymentTerms?: string;
            postcode?: string | null;
            region?: string | null;
            /** @description The `version` you read; if the supplier changed since, the update is refused with 409. */
            version?: number;
        };
        UpdateSupplierProductDto: {
            /** @description `false` stops the item from being ordered. */
            active?: boolean;
            cartonGrossWeightG?: number | null;
            cartonHeightMm?: number | null;
            cartonLengthMm?: number | null;
            cartonWidthMm?: number | null;
            /**
             * Format: currency
             * @description ISO 4217 currency of the price; the supplier's default currency when left out.
             * @example CNY
             */
            currency?: string;
            /** @description Overrides the supplier's lead time for this item, in days. */
            leadTimeDays?: number | null;
            /** @description Minimum order quantity in units; default 1. */
            moq?: number;
            /** @description Make this the product's preferred supplier (any other supplier of the product stops being preferred). */
            preferred?: boolean;
            /**
             * @description The supplier's own code for the item; unique per supplier.
             * @example HX-T180-BLK
             */
            supplierItemCode?: string;
            /** @description The supplier's name for the item. */
            supplierItemName?: string;
            /**
             * @description Price of one unit in minor units of the currency (fen, cents), at most 9007199254740991.
             * @example 1850
             */
            unitPriceMinor?: number;
            /** @description Units packed in one carton; order lines that are not a multiple get a warning. Default 1. */
            unitsPerCarton?: number;
        };
        UpdateUserDto: {
            /** @description `false` disables sign-in and ends the user's sessions. */
            active?: boolean;
            name?: string;
            /** @description Sets a new password and ends the user's sessions. */
            password?: string;
            roles?: ("admin" | "procurement" | "procurement_manager" | "warehouse" | "warehouse_lead" | "logistics")[];
        };
        UpdateWarehouseDto: {
            /** @description `false` stops new locations from being added. */
            active?: boolean;
            addressLine1?: string;
            addressLine2?: string | null;
            city?: string;
            country?: string;
            name?: string;
            postcode?: string;
            region?: string | null;
            timezone?: string;
        };
        UpdateWebhookSubscriptionDto: {
            /** @description `false` stops deliveries: pending ones are marked failed instead of sent. */
            active?: boolean;
            /** @description `null` clears it. */
            description?: string | null;
            eventTypes?: ("purchase_order.approved" | "purchase_order.sent" | "inbound_shipment.eta_changed" | "inbound_shipment.delivered" | "receipt.closed" | "order.allocated" | "order.backordered" | "order.shipped" | "order.delivered" | "parcel.label_created" | "parcel.shipped" | "parcel.delivered" | "parcel.exception" | "stock.low")[];
            /** Format: uri */
            url?: string;
        };
        UserDto: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            email: string;
            id: string;
            /** Format: date-time */
            lastLoginAt: string | null;
            name: string;
            roles: ("admin" | "procurement" | "procurement_manager" | "warehouse" | "warehouse_lead" | "logistics")[];
            /** Format: date-time */
            updatedAt: string;
        };
        UserPageDto: {
            items: components["schemas"]["UserDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor?: string | null;
            /** @description Number of items matching the filters. */
            total: number;
        };
        ValuationLineDto: {
            /** @description Weighted average cost per unit in minor units of the base currency; null when the product has no cost yet. */
            averageCostMinor: number | null;
            onHand: number;
            productId: string;
            sku: string;
            /** @description onHand × averageCostMinor. */
            valueMinor: number | null;
        };
        ValuationReportDto: {
            /** Format: date-time */
            asOf: string;
            /** @description The base currency every value is in. */
            currency: string;
            totalValueMinor: number;
            warehouses: components["schemas"]["WarehouseValuationDto"][];
        };
        VoidLabelDto: {
            reason: string;
        };
        WarehouseAvailabilityDto: {
            /** @description Free to promise: on hand − reserved in storage and pick-face bins not frozen by a count. */
            available: number;
            onHand: number;
            reserved: number;
            warehouseCode: string;
            warehouseId: string;
        };
        WarehouseDto: {
            active: boolean;
            addressLine1: string;
            addressLine2: string | null;
            city: string;
            code: string;
            country: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
            name: string;
            postcode: string;
            region: string | null;
            timezone: string;
            /** Format: date-time */
            updatedAt: string;
        };
        WarehouseKitAvailabilityDto: {
            available: number;
            warehouseCode: string;
            warehouseId: string;
        };
        WarehousePageDto: {
            items: components["schemas"]["WarehouseDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor?: string | null;
            /** @description Number of items matching the filters. */
            total: number;
        };
        WarehouseValuationDto: {
            lines: components["schemas"]["ValuationLineDto"][];
            totalValueMinor: number;
            uncostedProducts: number;
            warehouseCode: string;
            warehouseId: string;
        };
        WaveDto: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** Format: date-time */
            cutoffBefore: string | null;
            id: string;
            lineCount: number;
            maxLines: number;
            maxOrders: number;
            orderCount: number;
            /** @description Oldest first. */
            orderIds: string[];
            /** @description Created on release. */
            pickLists: components["schemas"]["PickListSummaryDto"][];
            /** Format: date-time */
            releasedAt: string | null;
            serviceLevel: string | null;
            status: components["schemas"]["WaveStatus"];
            warehouseId: string;
        };
        /** @enum {string} */
        WaveStatus: "planned" | "released" | "completed";
        WebhookDeliveryAttemptDto: {
            attemptNo: number;
            durationMs: number;
            error: string | null;
            /** @description The first 2 KB of the response body. */
            responseBody: string | null;
            /** @description Null when no response came back (refused target, DNS, connection error, timeout). */
            responseStatus: number | null;
            /** Format: date-time */
            startedAt: string;
        };
        WebhookDeliveryDetailDto: {
            attemptCount: number;
            attempts: components["schemas"]["WebhookDeliveryAttemptDto"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
            /** @description Also the `Webhook-Id` header: the same for every delivery of the event. */
            eventId: string;
            eventType: string;
            id: string;
            /** Format: date-time */
            lastAttemptAt: string | null;
            lastError: string | null;
            lastStatusCode: number | null;
            maxAttempts: number;
            /** @description Set on a manual redelivery: the first delivery of the same event. */
            redeliveryOf: string | null;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
            subscriptionId: string;
        };
        WebhookDeliveryDto: {
            attemptCount: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
            /** @description Also the `Webhook-Id` header: the same for every delivery of the event. */
            eventId: string;
            eventType: string;
            id: string;
            /** Format: date-time */
            lastAttemptAt: string | null;
            lastError: string | null;
            lastStatusCode: number | null;
            maxAttempts: number;
            /** @description Set on a manual redelivery: the first delivery of the same event. */
            redeliveryOf: string | null;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
            subscriptionId: string;
        };
        WebhookDeliveryPageDto: {
            items: components["schemas"]["WebhookDeliveryDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor?: string | null;
            /** @description Number of items matching the filters. */
            total: number;
        };
        WebhookSubscriptionDto: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            description: string | null;
            eventTypes: ("purchase_order.approved" | "purchase_order.sent" | "inbound_shipment.eta_changed" | "inbound_shipment.delivered" | "receipt.closed" | "order.allocated" | "order.backordered" | "order.shipped" | "order.delivered" | "parcel.label_created" | "parcel.shipped" | "parcel.delivered" | "parcel.exception" | "stock.low")[];
            id: string;
            /** @description Null: an operator subscription, which receives every event of its types. */
            partnerId: string | null;
            /** Format: date-time */
            updatedAt: string;
            url: string;
        };
        WebhookSubscriptionPageDto: {
            items: components["schemas"]["WebhookSubscriptionDto"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor?: string | null;
            /** @description Number of items matching the filters. */
            total: number;
        };
        WebhookSubscriptionWithSecretDto: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            description: string | null;
            eventTypes: ("purchase_order.approved" | "purchase_order.sent" | "inbound_shipment.eta_changed" | "inbound_shipment.delivered" | "receipt.closed" | "order.allocated" | "order.backordered" | "order.shipped" | "order.delivered" | "parcel.label_created" | "parcel.shipped" | "parcel.delivered" | "parcel.exception" | "stock.low")[];
            id: string;
            /** @description Null: an operator subscription, which receives every event of its types. */
            partnerId: string | null;
            /** @description HMAC key for `Webhook-Signature`. Shown only on creation and rotation; store it now. */
            secret: string;
            /** Format: date-time */
            updatedAt: string;
            url: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuditController_list: {
        parameters: {
            query?: {
                /** @description Prefix match: `product.` finds every product action. */
                action?: string;
                actorId?: string;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                entityId?: string;
                entityType?: string;
                /** @description ISO 8601; events at or after. */
                from?: string;
                /** @description Items per page (1–200, default 50). */
                limit?: number;
                /** @description ISO 8601; events before. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPageDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    KitAvailabilityController_forSku: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sku: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KitAvailabilityDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BoxTypesController_list: {
        parameters: {
            query?: {
                active?: boolean;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page (1–200, default 50). */
                limit?: number;
                /** @description `code`, `name`, `createdAt`; prefix `-` for descending. Default `code`. */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoxTypePageDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BoxTypesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBoxTypeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoxTypeDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `BOX_TYPE_CODE_TAKEN` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `BOX_TYPE_WEIGHTS_INVALID`: the maximum gross weight must exceed the tare */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BoxTypesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoxTypeDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BoxTypesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBoxTypeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoxTypeDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `BOX_TYPE_WEIGHTS_INVALID` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CarriersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CarrierDto"][];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CarriersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCarrierDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CarrierDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `CARRIER_CODE_TAKEN`, `CARRIER_SERVICE_CODE_TAKEN` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `CARRIER_ADAPTER_UNKNOWN`, `PARTNER_NOT_CARRIER` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CarriersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CarrierDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CarriersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCarrierDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CarrierDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `CARRIER_ADAPTER_UNKNOWN`, `PARTNER_NOT_CARRIER` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CarriersController_addService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CarrierServiceInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CarrierServiceDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `CARRIER_SERVICE_CODE_TAKEN` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CarriersController_updateService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCarrierServiceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CarrierServiceDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CycleCountsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page (1–200, default 50). */
                limit?: number;
                status?: components["schemas"]["CycleCountStatus"];
                warehouseId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleCountPageDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CycleCountsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCycleCountDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleCountDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `LOCATION_IN_OPEN_COUNT`: a bin is already in an open or counted count */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `CYCLE_COUNT_SCOPE_INVALID`: unknown warehouse, unknown, foreign or inactive bins, unknown products */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CycleCountsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleCountDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CycleCountsController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleCountDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `CYCLE_COUNT_ILLEGAL_TRANSITION`, `CYCLE_COUNT_STOCK_CHANGED` (stock moved in a frozen bin; cancel and count again), or a ledger refusal such as `STOCK_INSUFFICIENT` when reserved stock exceeds the count */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CycleCountsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleCountDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `CYCLE_COUNT_ILLEGAL_TRANSITION`: the count’s `state` does not allow it; `allowedActions` lists what does */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CycleCountsController_countLine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                lineId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CountLineDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleCountDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `CYCLE_COUNT_ILLEGAL_TRANSITION`: the count’s `state` does not allow it; `allowedActions` lists what does */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CycleCountsController_recount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecountDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleCountDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `CYCLE_COUNT_ILLEGAL_TRANSITION`: the count’s `state` does not allow it; `allowedActions` lists what does */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `CYCLE_COUNT_LINE_UNKNOWN`: a line id is not in this count */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CycleCountsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleCountDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `CYCLE_COUNT_ILLEGAL_TRANSITION` or `CYCLE_COUNT_INCOMPLETE` (lists the lines) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CycleCountsController_variances: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleCountVariancesDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FxRatesController_list: {
        parameters: {
            query?: {
                currency?: string;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                /** @description Rates on or after this day. */
                from?: string;
                /** @description Items per page (1–200, default 50). */
                limit?: number;
                /** @description Rates on or before this day. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FxRatePageDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FxRatesController_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ISO 4217 currency that the rate prices in the base currency. */
                currency: string;
                /** @description First day the rate applies; it holds until a later date has its own. */
                date: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutFxRateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FxRateDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `FX_RATE_FOR_BASE_CURRENCY` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ShipmentsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                forwarderId?: string;
                /** @description Items per page (1–200, default 50). */
                limit?: number;
                /** @description Shipments carrying a line of this purchase order. */
                purchaseOrderId?: string;
                /** @description `eta`, `createdAt`, `number`; prefix `-` for descending. Default `eta`. */
                sort?: string;
                /** @description One status or several separated by commas, e.g. `departed,arrived_port`. */
                status?: string;
                view?: components["schemas"]["ShipmentListView"];
                warehouseId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentSummaryPageDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ShipmentsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateShipmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `OVER_SHIPMENT`, `PURCHASE_ORDER_NOT_SHIPPABLE`, `PARTNER_NOT_FORWARDER`, … */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ShipmentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ShipmentsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateShipmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `SHIPMENT_NOT_EDITABLE` once delivered or cancelled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ShipmentsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `SHIPMENT_ILLEGAL_TRANSITION` once delivered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CartonsController_labelsPdf: {
        parameters: {
            query?: {
                /** @description Only these SSCCs, comma-separated; default every carton of the shipment. */
                sscc?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF, as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such shipment, or no carton to label */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CartonsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page (1–200, default 50). */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CartonPageDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CartonsController_add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCartonDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CartonDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `SHIPMENT_NOT_EDITABLE` once receiving started; `SSCC_TAKEN` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `CARTONS_INVALID` with `errors[]` naming each bad field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CartonsController_import: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportCartonsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CartonImportResultDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `SHIPMENT_NOT_EDITABLE` once receiving started; `SSCC_TAKEN` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `CARTONS_INVALID`: `errors[]` like `{ field: "rows[7].sku", message }`; nothing was registered */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LandedCostController_add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateShipmentCostDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentCostDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `FX_RATE_MISSING`, `LANDED_COST_NO_BASIS` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LandedCostController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                costId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentCostDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LandedCostController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                costId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateShipmentCostDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentCostDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `FX_RATE_MISSING`, `LANDED_COST_NO_BASIS` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ShipmentsController_eta: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EtaChangeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `SHIPMENT_NOT_EDITABLE` once delivered or cancelled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LandedCostController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LandedCostDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `FX_RATE_MISSING`, `LANDED_COST_NO_BASIS` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ShipmentsController_milestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MilestoneDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `SHIPMENT_ILLEGAL_TRANSITION`: milestones only move forward */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ShipmentsController_arriving: {
        parameters: {
            query: {
                warehouseId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArrivingThisWeekDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ValuationController_report: {
        parameters: {
            query?: {
                /** @description One warehouse; default all. */
                warehouseId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValuationReportDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    JobsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                jobName?: string;
                /** @description Items per page (1–200, default 50). */
                limit?: number;
                status?: "pending" | "dispatched" | "completed" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobPageDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    JobsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    JobsController_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The job has not failed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FloorLabelsController_bins: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BinLabelsDto"];
            };
        };
        responses: {
            /** @description The file, as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.zebra-zpl": string;
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FloorLabelsController_logistics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogisticsLabelsDto"];
            };
        };
        responses: {
            /** @description The file, as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.zebra-zpl": string;
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FloorLabelsController_products: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductLabelsDto"];
            };
        };
        responses: {
            /** @description The file, as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.zebra-zpl": string;
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LocationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocationDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LocationsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateLocationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocationDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LocationsController_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocationDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LocationsController_getByBarcode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                barcode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocationDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ManifestsController_list: {
        parameters: {
            query?: {
                carrierId?: string;
                /** @description The manifest day. */
                date?: string;
                warehouseId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManifestDto"][];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ManifestsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseManifestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManifestDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `MANIFEST_EMPTY`: no parcel is waiting */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ManifestsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManifestDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ManifestsController_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ManifestsController_pickup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManifestDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OutboundOrdersController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                externalId?: string;
                /** @description Items per page (1–200, default 50). */
                limit?: number;
                /** @description `placedAt`, `-placedAt` (default), `createdAt`, `-createdAt`. */
                sort?: string;
                status?: components["schemas"]["OutboundOrderStatus"];
                warehouseId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboundOrderPageDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OutboundOrdersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOutboundOrderDto"];
            };
        };
        responses: {
            /** @description The order had been sent before with the same content. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboundOrderDto"];
                };
            };
            /** @description The order was taken; allocation follows in the background. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboundOrderDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `ORDER_EXTERNAL_ID_CONFLICT`: the external id was used for a different order */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `ORDER_INVALID`: bad address (country, postcode), IOSS number, currency or unknown SKU; `errors` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OutboundOrdersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboundOrderDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OutboundOrdersController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelOrderDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboundOrderDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `ORDER_ILLEGAL_TRANSITION` with `state` and `allowedActions` (picking started), or `ORDER_PICKING_STARTED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OutboundOrdersController_allocateBackorders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackorderRunDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PackSessionsController_start: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartPackSessionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackSessionDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `ORDER_NOT_READY_FOR_PACKING` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PACK_ORDER_UNKNOWN`, `PACK_ORDER_AMBIGUOUS` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PackSessionsController_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackSessionDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PackSessionsController_openParcel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenParcelDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackSessionDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PARCEL_ALREADY_OPEN`, `ORDER_FULLY_PACKED`, `ORDER_NOT_READY_FOR_PACKING` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `NO_BOX_FITS` (choose a box and split), `BOX_TYPE_INACTIVE` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PackSessionsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                parcelId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseParcelDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackSessionDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `WEIGHT_OVERRIDE_NEEDS_LEAD` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PARCEL_ILLEGAL_TRANSITION`, `NO_SHIPPING_LOCATION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PARCEL_WEIGHT_MISMATCH` with both weights, `PARCEL_EMPTY` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PackSessionsController_addItem: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique per intended change (e.g. a UUID). Repeats with the same body replay the first response; another body gives 422. */
                "Idempotency-Key": string;
            };
            path: {
                id: string;
                parcelId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PackItemDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackSessionDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PARCEL_ILLEGAL_TRANSITION` (the parcel is closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PACK_WRONG_ITEM`, `PACK_QUANTITY_EXCEEDS`, `ITEM_DOES_NOT_FIT`, `PARCEL_OVERWEIGHT`, `SCAN_UNREADABLE` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ParcelDocumentsController_declaration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomsDeclarationDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ParcelDocumentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParcelDocumentsDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ParcelDocumentsController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                kind: components["schemas"]["ShippingDocumentKind"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.zebra-zpl": string;
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ParcelLabelsController_download: {
        parameters: {
            query?: {
                /** @description ZPL only: the printer's resolution. */
                dpi?: 203 | 300;
                format?: "pdf" | "zpl";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.zebra-zpl": string;
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `LABEL_FORMAT_NOT_OFFERED` by the carrier service */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ParcelLabelsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLabelDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentLabelDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PARCEL_ALREADY_LABELLED`: void the current label first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `CUSTOMS_PREFLIGHT_FAILED` with every violation in `errors[]` (`field`, `message`, `rule`); `CARRIER_INACTIVE` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ParcelLabelsController_void: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoidLabelDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentLabelDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `LABEL_ILLEGAL_TRANSITION`: a manifested label was handed over and cannot be voided */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ParcelLabelsController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentLabelDto"][];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ParcelTrackingController_timeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParcelTrackingDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnerShipmentsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page (1–200, default 50). */
                limit?: number;
                /** @description Shipments carrying a line of this purchase order. */
                purchaseOrderId?: string;
                /** @description `eta`, `createdAt`, `number`; prefix `-` for descending. Default `eta`. */
                sort?: string;
                /** @description One status or several separated by commas, e.g. `departed,arrived_port`. */
                status?: string;
                view?: components["schemas"]["ShipmentListView"];
                warehouseId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentSummaryPageDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnerShipmentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerShipmentDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnerShipmentsController_eta: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EtaChangeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerShipmentDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `SHIPMENT_NOT_EDITABLE` once delivered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnerShipmentsController_milestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MilestoneDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerShipmentDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `SHIPMENT_ILLEGAL_TRANSITION`: milestones only move forward */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnerManifestsController_list: {
        parameters: {
            query?: {
                carrierId?: string;
                /** @description The manifest day. */
                date?: string;
                warehouseId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManifestDto"][];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnerManifestsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartnerCloseManifestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManifestDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `MANIFEST_EMPTY`: no parcel is waiting */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnerManifestsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManifestDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnerManifestsController_pickup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManifestDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnerParcelsController_ready: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page (1–200, default 50). */
                limit?: number;
                /** @description The carrier's service code, e.g. `INTL-PARCEL`. */
                serviceCode?: string;
                /** @description Labels shipping on this day. */
                shipDate?: string;
                warehouseId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadyParcelPageDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnerParcelsController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadyParcelDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnerPurchaseOrdersController_list: {
        parameters: {
            query?: {
                /** @description Created on or after this day (UTC), `YYYY-MM-DD`. */
                createdFrom?: string;
                /** @description Created on or before this day (UTC), `YYYY-MM-DD`. */
                createdTo?: string;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page (1–200, default 50). */
                limit?: number;
                /** @description Start of the order number, e.g. `PO-2026-000`. */
                q?: string;
                /** @description `number`, `createdAt`; prefix `-` for descending. Default `-createdAt`. */
                sort?: string;
                /** @description One status or several separated by commas, e.g. `sent,confirmed`. */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierPurchaseOrderSummaryPageDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnerPurchaseOrdersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierPurchaseOrderDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnerPurchaseOrdersController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmPurchaseOrderDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierPurchaseOrderDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PO_ILLEGAL_TRANSITION` or `PO_REVISION_MISMATCH` (confirm the current revision) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnerPurchaseOrdersController_document: {
        parameters: {
            query?: {
                /** @description An earlier revision; default the current one. */
                revision?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF, as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PO_DOCUMENT_NOT_READY`: still rendering; try again shortly */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnerTrackingController_report: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrackingEventBatchDto"];
            };
        };
        responses: {
            /** @description Every item was accepted or a duplicate. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackingBatchResultDto"];
                };
            };
            /** @description At least one item was rejected; see `results[].errors`. */
            207: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackingBatchResultDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnersController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                kind?: "carrier" | "forwarder" | "supplier" | "shop";
                /** @description Items per page (1–200, default 50). */
                limit?: number;
                q?: string;
                /** @description `code`, `name`, `createdAt`; prefix `-` for descending. */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerPageDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePartnerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePartnerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnersController_listKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyDto"][];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnersController_createKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnersController_revokeKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PickExceptionsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page (1–200, default 50). */
                limit?: number;
                status?: components["schemas"]["PickExceptionStatus"];
                warehouseId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PickExceptionPageDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PickExceptionsController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmShortPickDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShortPickConfirmationDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PICK_EXCEPTION_CONFIRMED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PickListsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page (1–200, default 50). */
                limit?: number;
                status?: components["schemas"]["PickListStatus"];
                warehouseId?: string;
                waveId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PickListSummaryPageDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PickListsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PickListDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PickListsController_short: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique per intended change (e.g. a UUID). Repeats with the same body replay the first response; another body gives 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                lineId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShortPickDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PickExceptionDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PICK_LINE_NOT_OPEN`, `PICK_LIST_COMPLETED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PICK_NOT_SHORT`: what was found covers the line */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PickListsController_pick: {
        parameters: {
            query?: never;
            header?: {
                /** @description Unique per intended change (e.g. a UUID). Repeats with the same body replay the first response; another body gives 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PickScanDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PickLineDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PICK_LIST_COMPLETED`, `PICK_LINE_NOT_OPEN` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PICK_WRONG_LOCATION`, `PICK_WRONG_ITEM`, `PICK_TOTE_REQUIRED`, `PICK_QUANTITY_EXCEEDS`, `SCAN_UNKNOWN` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PlanningPoliciesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyDto"][];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PlanningPoliciesController_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutPolicyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PLANNING_REFERENCE_NOT_FOUND` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PlanningPoliciesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PlanningPoliciesController_effective: {
        parameters: {
            query: {
                productId: string;
                warehouseId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EffectivePolicyDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PLANNING_REFERENCE_NOT_FOUND` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PlanningPoliciesController_setCategory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                productId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutProductCategoryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductCategoryDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PLANNING_REFERENCE_NOT_FOUND` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PlanningController_projection: {
        parameters: {
            query: {
                warehouseId: string;
            };
            header?: never;
            path: {
                productId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectionDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PRODUCT_NOT_FOUND`, `WAREHOUSE_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PlanningController_recompute: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecomputeAcceptedDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PlanningController_latestRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanningRunDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PLANNING_RUN_NOT_FOUND` before the first recompute */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PlanningController_spikes: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page (1–200, default 50). */
                limit?: number;
                warehouseId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpikePageDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PlanningSuggestionsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                kind?: components["schemas"]["SuggestionKind"];
                /** @description Items per page (1–200, default 50). */
                limit?: number;
                productId?: string;
                /** @description Default `urgency` (soonest stock-out first). */
                sort?: "urgency" | "-urgency" | "unitsShort" | "-unitsShort" | "lostUnitsAvoided" | "-lostUnitsAvoided" | "sku" | "-sku" | "createdAt" | "-createdAt";
                /** @description `true`: only items whose demand is spiking. */
                spike?: boolean;
                /** @description Default `open`. */
                status?: components["schemas"]["SuggestionStatus"];
                /** @description The supplier that would be ordered from (or whose purchase order would change). */
                supplierId?: string;
                warehouseId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionPageDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PlanningSuggestionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PlanningSuggestionsController_dismiss: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DismissSuggestionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `SUGGESTION_NOT_OPEN` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PlanningSuggestionsController_order: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderSuggestionsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderSuggestionsResultDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `SUGGESTION_NOT_OPEN` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `SUGGESTION_NOT_ORDERABLE`, or procurement refusing the draft (`SUPPLIER_INACTIVE`, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PrintingController_print: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrintParcelLabelDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrintJobDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PRINTER_UNKNOWN`: not a configured printer */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PRINTER_UNREACHABLE`: the printer refused the connection or did not answer */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PrintingController_printers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LabelPrinterDto"][];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProductsController_list: {
        parameters: {
            query?: {
                active?: boolean;
                /** @description ISO 3166-1 alpha-2. */
                countryOfOrigin?: string;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                /** @description Prefix of the 6-digit HS code: chapter `61`, heading `6109` or subheading `610910`. */
                hsCode?: string;
                /** @description Items per page (1–200, default 50). */
                limit?: number;
                lotTracked?: boolean;
                /** @description SKU prefix, a GTIN in any of its 8/12/13/14-digit forms, or part of the English or Chinese name. */
                q?: string;
                /** @description `sku`, `nameEn`, `createdAt`, `updatedAt`; prefix `-` for descending. Default `sku`. */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductPageDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProductsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProductDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description SKU_TAKEN or GTIN_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProductsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProductsController_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProductsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProductDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description PRODUCT_VERSION_CONFLICT or GTIN_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    KitComponentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KitDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    KitComponentsController_set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetKitComponentsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KitDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `KIT_IS_COMPONENT`: the product is a component of another kit */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `KIT_COMPONENT_INVALID`: unknown, repeated or nested component, or the kit itself */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProductsController_reactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProductsController_lookup: {
        parameters: {
            query: {
                /** @description What a scanner read: a GTIN-8/12/13/14 or a SKU. */
                code: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PurchaseOrdersController_list: {
        parameters: {
            query?: {
                /** @description Submitted orders you may approve: not created by you (managers only; empty for others). */
                awaitingMyApproval?: boolean;
                /** @description Created on or after this day (UTC), `YYYY-MM-DD`. */
                createdFrom?: string;
                /** @description Created on or before this day (UTC), `YYYY-MM-DD`. */
                createdTo?: string;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                /** @description Approved or later, not fully received, with a line due (confirmed, else promised, else requested ready date) before today. */
                late?: boolean;
                /** @description Items per page (1–200, default 50). */
                limit?: number;
                /** @description Orders with a line of this product. */
                productId?: string;
                /** @description Start of the order number, e.g. `PO-2026-000`. */
                q?: string;
                /** @description `number`, `createdAt`; prefix `-` for descending. Default `-createdAt`. */
                sort?: string;
                /** @description One status or several separated by commas, e.g. `sent,confirmed`. */
                status?: string;
                supplierId?: string;
                warehouseId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderSummaryPageDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PurchaseOrdersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePurchaseOrderDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `SUPPLIER_NOT_FOUND`, `SUPPLIER_INACTIVE`, `PRODUCT_NOT_SUPPLIED`, `PRICE_REQUIRED`, … */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PurchaseOrdersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PurchaseOrdersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePurchaseOrderDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PO_ILLEGAL_TRANSITION` with `state` and `allowedActions` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PurchaseOrderActionsController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description `FOUR_EYES_REQUIRED`: the order’s creator cannot do this
             *
             *     The caller lacks the role or scope.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PO_ILLEGAL_TRANSITION`: the order’s `state` does not allow it; `allowedActions` lists what does */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PurchaseOrderActionsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PO_ILLEGAL_TRANSITION`: the order’s `state` does not allow it; `allowedActions` lists what does */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PurchaseOrderActionsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PO_ILLEGAL_TRANSITION`: the order’s `state` does not allow it; `allowedActions` lists what does */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PurchaseOrderActionsController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmPurchaseOrderDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PO_ILLEGAL_TRANSITION` or `PO_REVISION_MISMATCH` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PurchaseOrdersController_document: {
        parameters: {
            query?: {
                /** @description An earlier revision; default the current one. */
                revision?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF, as an attachment named like PO-2026-00001-r1.pdf. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PO_DOCUMENT_NOT_READY`: not approved yet, or still rendering (try again shortly) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PurchaseOrderActionsController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description `FOUR_EYES_REQUIRED`: the order’s creator cannot do this
             *
             *     The caller lacks the role or scope.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PO_ILLEGAL_TRANSITION`: the order’s `state` does not allow it; `allowedActions` lists what does */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PurchaseOrdersController_revisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderRevisionDto"][];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PurchaseOrderActionsController_revise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevisePurchaseOrderDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description `MANAGER_REQUIRED` or `FOUR_EYES_REQUIRED` to raise the total over the approval threshold
             *
             *     The caller lacks the role or scope.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PO_ILLEGAL_TRANSITION`: the order’s `state` does not allow it; `allowedActions` lists what does */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PO_REVISION_EMPTY`, `PO_LINE_NOT_FOUND`, `PO_LINE_INVALID`, `FX_RATE_MISSING` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PurchaseOrderActionsController_send: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PO_ILLEGAL_TRANSITION`: the order’s `state` does not allow it; `allowedActions` lists what does */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PurchaseOrderActionsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseOrderDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PO_ILLEGAL_TRANSITION`: the order’s `state` does not allow it; `allowedActions` lists what does */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `FX_RATE_MISSING` or `PO_HAS_NO_LINES` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PurchaseOrdersController_openQuantities: {
        parameters: {
            query?: {
                productId?: string;
                warehouseId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenQuantityDto"][];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PutawayController_list: {
        parameters: {
            query: {
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page (1–200, default 50). */
                limit?: number;
                /** @description Default `open`. */
                status?: components["schemas"]["PutawayTaskStatus"];
                warehouseId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PutawayTaskPageDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PutawayController_scan: {
        parameters: {
            query?: never;
            header: {
                "idempotency-key": string;
                /** @description Unique per intended change (e.g. a UUID). Repeats with the same body replay the first response; another body gives 422. */
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutawayScanDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PutawayTaskDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PUTAWAY_EXCEEDS_TASK`, `PUTAWAY_TASK_DONE`, `STOCK_INSUFFICIENT`, `LOCATION_UNUSABLE` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `SCAN_UNREADABLE`, `LOCATION_OTHER_WAREHOUSE` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReceiptsController_open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenReceiptDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `RECEIPT_ALREADY_OPEN`, `SHIPMENT_ILLEGAL_TRANSITION` (not delivered yet), `PURCHASE_ORDER_NOT_RECEIVABLE` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReceiptsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReceiptsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `RECEIPT_ILLEGAL_TRANSITION` once closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReceiptsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `RECEIPT_ILLEGAL_TRANSITION`, `PO_ILLEGAL_TRANSITION`, `LOCATION_MISSING` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReceiptsController_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscrepancyReportDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `RECEIPT_NOT_CLOSED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReceiptsController_reportPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF, as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `RECEIPT_NOT_CLOSED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReceiptsController_scan: {
        parameters: {
            query?: never;
            header: {
                "idempotency-key": string;
                /** @description Unique per intended change (e.g. a UUID). Repeats with the same body replay the first response; another body gives 422. */
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiptScanDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptScanResultDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `OVER_RECEIPT` beyond tolerance (a lead may override), `SSCC_ALREADY_RECEIVED`, receipt not open */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `SCAN_UNREADABLE`, `SSCC_NOT_ON_SHIPMENT`, `LOT_REQUIRED`, `EXPIRY_REQUIRED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReturnsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page (1–200, default 50). */
                limit?: number;
                orderId?: string;
                status?: components["schemas"]["ReturnStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnPageDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReturnsController_authorize: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReturnDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `RETURN_ORDER_NOT_SHIPPED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `RETURN_LINES_INVALID`: a product not shipped, or more than can still be returned */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReturnsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReturnsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `RETURN_ILLEGAL_TRANSITION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReturnsController_receive: {
        parameters: {
            query?: never;
            header: {
                "idempotency-key": string;
                /** @description Unique per intended change (e.g. a UUID). Repeats with the same body replay the first response; another body gives 422. */
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiveReturnItemDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnReceiptDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `RETURN_ILLEGAL_TRANSITION`, `NO_QUARANTINE_LOCATION`, a frozen bin */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `RETURN_WRONG_ITEM`, `RETURN_QUANTITY_EXCEEDS`, `RESTOCK_LOCATION_REQUIRED`, `RESTOCK_LOCATION_UNSUITABLE`, `LOT_REQUIRED`, `SCAN_UNREADABLE` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ScansController_scan: {
        parameters: {
            query?: never;
            header: {
                "idempotency-key": string;
                /** @description Unique per intended change (e.g. a UUID). Repeats with the same body replay the first response; another body gives 422. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScanDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScanResultDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description STOCK_INSUFFICIENT, a frozen or inactive location, no open count */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A barcode could not be read or resolved (SCAN_UNREADABLE, SCAN_WRONG_KIND, LOT_REQUIRED…) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StockController_balances: {
        parameters: {
            query?: {
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Include rows whose stock went to 0 (default false). */
                includeEmpty?: boolean;
                limit?: number;
                locationId?: string;
                lotId?: string;
                productId?: string;
                warehouseId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BalancePageDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StockController_movements: {
        parameters: {
            query?: {
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                /** @description ISO 8601; movements at or after. */
                from?: string;
                limit?: number;
                /** @description Movements leaving or arriving at this location. */
                locationId?: string;
                productId?: string;
                referenceId?: string;
                referenceType?: string;
                /** @description ISO 8601; movements before. */
                to?: string;
                type?: "receipt" | "putaway" | "move" | "pick" | "pack" | "ship" | "adjustment" | "count" | "return";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MovementPageDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StockController_availability: {
        parameters: {
            query?: {
                warehouseId?: string;
            };
            header?: never;
            path: {
                sku: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailabilityDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StockController_adjust: {
        parameters: {
            query?: never;
            header: {
                "idempotency-key": string;
                /** @description Unique per intended change (e.g. a UUID). Repeats with the same body replay the first response; another body gives 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdjustmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MovementDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description STOCK_INSUFFICIENT or the location is frozen by a count */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StockController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockVerificationDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SupplierProductsController_listForProduct: {
        parameters: {
            query: {
                /** @description Lists the suppliers of this product, the preferred one first. */
                productId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierProductDto"][];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SupplierProductsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierProductDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SupplierProductsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSupplierProductDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierProductDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `SUPPLIER_PRODUCT_EXISTS` (item code) or `PREFERRED_SUPPLIER_CHANGED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SuppliersController_list: {
        parameters: {
            query?: {
                active?: boolean;
                country?: string;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page (1–200, default 50). */
                limit?: number;
                /** @description Part of the code or of the English or Chinese name. */
                q?: string;
                /** @description `code`, `legalNameEn`, `createdAt`; prefix `-` for descending. Default `code`. */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierPageDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SuppliersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSupplierDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `SUPPLIER_CODE_TAKEN` or `PARTNER_ALREADY_LINKED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PARTNER_NOT_SUPPLIER` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SuppliersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SuppliersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSupplierDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `SUPPLIER_VERSION_CONFLICT` or `PARTNER_ALREADY_LINKED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PARTNER_NOT_SUPPLIER` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SuppliersController_listProducts: {
        parameters: {
            query?: {
                active?: boolean;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page (1–200, default 50). */
                limit?: number;
                /** @description `supplierItemCode`, `createdAt`; prefix `-` for descending. */
                sort?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierProductPageDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SuppliersController_addProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSupplierProductDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierProductDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `SUPPLIER_PRODUCT_EXISTS` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `PRODUCT_NOT_FOUND` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                active?: boolean;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page (1–200, default 50). */
                limit?: number;
                /** @description Matches e-mail or name. */
                q?: string;
                role?: "admin" | "procurement" | "procurement_manager" | "warehouse" | "warehouse_lead" | "logistics";
                /** @description `email`, `name`, `createdAt`; prefix `-` for descending. */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPageDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WarehousesController_list: {
        parameters: {
            query?: {
                active?: boolean;
                country?: string;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page (1–200, default 50). */
                limit?: number;
                /** @description Matches code or name. */
                q?: string;
                /** @description `code`, `name`, `createdAt`; prefix `-` for descending. */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarehousePageDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WarehousesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWarehouseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarehouseDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `WAREHOUSE_CODE_TAKEN` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WarehousesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarehouseDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WarehousesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWarehouseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarehouseDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WarehousesController_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarehouseDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WarehouseLocationsController_list: {
        parameters: {
            query?: {
                active?: boolean;
                aisle?: string;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page (1–200, default 50). */
                limit?: number;
                /** @description Code prefix, e.g. `A-01-`. */
                q?: string;
                /** @description `code`, `pickSequence`; prefix `-` for descending. */
                sort?: string;
                type?: components["schemas"]["LocationType"];
                zone?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocationPageDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WarehouseLocationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLocationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocationDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `LOCATION_EXISTS` or `WAREHOUSE_INACTIVE` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WarehouseLocationsController_bulkCreate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkCreateLocationsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkCreateLocationsResultDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `LOCATION_EXISTS` (nothing created; lists up to 20 codes) or `WAREHOUSE_INACTIVE` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PutawayController_slotting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                productId: string;
                warehouseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductSlottingViewDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PutawayController_setSlotting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                productId: string;
                warehouseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductSlottingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductSlottingViewDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `NOT_A_PICK_FACE`, `LOCATION_OTHER_WAREHOUSE` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PutawayController_rules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                warehouseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PutawayRulesViewDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PutawayController_setRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                warehouseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutawayRulesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PutawayRulesViewDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WavesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWaveDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaveDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `WAVE_EMPTY`: no allocated order matches */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WavesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaveDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WavesController_release: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaveDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `WAVE_NOT_PLANNED` (released already) or `NO_PACKING_LOCATION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhookDeliveriesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDetailDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhookDeliveriesController_redeliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `WEBHOOK_SUBSCRIPTION_INACTIVE`: activate the subscription first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhookSubscriptionsController_list: {
        parameters: {
            query?: {
                active?: boolean;
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page (1–200, default 50). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionPageDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhookSubscriptionsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookSubscriptionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionWithSecretDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `WEBHOOK_TARGET_REFUSED`: the URL resolves to an internal address (SSRF guard); `WEBHOOK_PARTNER_UNKNOWN`, `WEBHOOK_PARTNER_NOT_OWN` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhookSubscriptionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhookSubscriptionsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhookSubscriptionsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookSubscriptionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description `WEBHOOK_TARGET_REFUSED`: the URL resolves to an internal address (SSRF guard); `WEBHOOK_PARTNER_UNKNOWN`, `WEBHOOK_PARTNER_NOT_OWN` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhookSubscriptionsController_deliveries: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page (1–200, default 50). */
                limit?: number;
                status?: "pending" | "delivered" | "failed";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPageDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhookSubscriptionsController_rotateSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionWithSecretDto"];
                };
            };
            /** @description Malformed request: wrong types, unknown fields or broken field rules (`errors` lists them). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing or invalid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller lacks the role or scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ObservabilityController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example ok */
                        status?: string;
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
}
