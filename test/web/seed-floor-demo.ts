import { allocatedShopOrder, floorWorld, releasedWave } from './support/floor-world';

/**
 * `npm run seed:web-demo`: after `npm run seed:demo`, gives the scan station something to do on a
 * running app (WMS_URL, default http://localhost:3000): a confirmed purchase order whose shipment
 * (a carton of 12 T-shirts and 6 loose caps) has arrived at the Newark DC, a sandbox carrier and a
 * box type. `npm run seed:web-demo -- order` then sends a shop order for stock already put away and
 * releases a wave for it.
 */
async function main(): Promise<void> {
  const baseUrl = process.env.WMS_URL ?? 'http://localhost:3000';
  const w = await floorWorld(baseUrl);
  if (process.argv.includes('order')) {
    const externalId = `SO-DEMO-${Date.now().toString(36).toUpperCase()}`;
    await allocatedShopOrder(w, externalId, [{ sku: w.tee.sku, quantity: 2 }, { sku: w.cap.sku, quantity: 1 }]);
    await releasedWave(w);
    console.log(`Order ${externalId} is allocated and on a released pick list: pick it at Scan station → Pick, then pack it (scan ${externalId}).`);
    return;
  }
  console.log(
    [
      `Shipment ${w.shipment.number} has arrived. Sign in at ${baseUrl} as lead@demo.wms (password demo-password), open Scan station → Receive and type:`,
      `  ${w.shipment.id}    (the shipment barcode on the ASN)`,
      `  ${w.sscc}    (the carton: 12 × ${w.tee.sku})`,
      `  ${w.cap.gtin}  then 6    (loose caps)`,
      'Close the receipt, put the tasks away, then run `npm run seed:web-demo -- order` for something to pick and pack.',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
