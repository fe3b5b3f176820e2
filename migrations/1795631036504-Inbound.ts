import { MigrationInterface, QueryRunner } from "typeorm";

export class Inbound1795631036504 implements MigrationInterface {
    name = 'Inbound1795631036504'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // Added by hand (the generator knows no sequences, and the schema-drift check ignores them):
        // shipment (ASN-<year>-<n>) and receipt (RCV-<year>-<n>) numbers, and the serial reference of
        // the SSCCs generated from our GS1 company prefix. None is ever restarted.
        await queryRunner.query(`CREATE SEQUENCE "inbound_shipment_number_seq" AS bigint START WITH 1`);
        await queryRunner.query(`CREATE SEQUENCE "receipt_number_seq" AS bigint START WITH 1`);
        await queryRunner.query(`CREATE SEQUENCE "inbound_sscc_serial_seq" AS bigint START WITH 1`);
        await queryRunner.query(`CREATE TABLE "inbound_shipment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" character varying(20) NOT NULL, "mode" character varying(10) NOT NULL, "forwarder_id" uuid NOT NULL, "carrier" character varying(100), "vessel" character varying(100), "voyage" character varying(40), "flight_number" character varying(10), "origin_port" character(5) NOT NULL, "destination_port" character(5) NOT NULL, "container_numbers" jsonb NOT NULL DEFAULT '[]', "master_bill_of_lading" character varying(40), "house_bill_of_lading" character varying(40), "air_waybill" character varying(12), "etd" TIMESTAMP(3) WITH TIME ZONE, "eta" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "original_eta" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "warehouse_id" uuid NOT NULL, "status" character varying(30) NOT NULL, "created_by_id" character varying(64) NOT NULL, "created_by" character varying(254) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_inbound_shipment_ports" CHECK ("origin_port" ~ '^[A-Z]{2}[A-Z2-9]{3}$' AND "destination_port" ~ '^[A-Z]{2}[A-Z2-9]{3}$'), CONSTRAINT "ck_inbound_shipment_status" CHECK ("status" IN ('booked', 'cargo_ready', 'departed', 'arrived_port', 'customs_cleared', 'out_for_delivery', 'delivered_to_warehouse', 'receiving', 'received', 'cancelled')), CONSTRAINT "ck_inbound_shipment_mode" CHECK ("mode" IN ('sea_fcl', 'sea_lcl', 'air', 'rail', 'courier')), CONSTRAINT "ck_inbound_shipment_number" CHECK ("number" ~ '^ASN-[0-9]{4}-[0-9]{5,}$'), CONSTRAINT "PK_c71cff17cc4360633db6a3fb1c6" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_inbound_shipment_number" ON "inbound_shipment"  ("number") `);
        await queryRunner.query(`CREATE INDEX "ix_inbound_shipment_forwarder" ON "inbound_shipment"  ("forwarder_id") `);
        await queryRunner.query(`CREATE INDEX "ix_inbound_shipment_warehouse_eta" ON "inbound_shipment"  ("warehouse_id", "eta") `);
        await queryRunner.query(`CREATE INDEX "ix_inbound_shipment_status_eta" ON "inbound_shipment"  ("status", "eta") `);
        await queryRunner.query(`CREATE TABLE "inbound_carton" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "shipment_id" uuid NOT NULL, "sscc" character(18) NOT NULL, "source" character varying(10) NOT NULL, "gross_weight_g" integer, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_inbound_carton_weight" CHECK ("gross_weight_g" > 0), CONSTRAINT "ck_inbound_carton_source" CHECK ("source" IN ('generated', 'supplied')), CONSTRAINT "ck_inbound_carton_sscc" CHECK ("sscc" ~ '^[0-9]{18}$'), CONSTRAINT "PK_85ce76d72cbb8942d0f2a0f6cfb" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_inbound_carton_sscc" ON "inbound_carton"  ("sscc") `);
        await queryRunner.query(`CREATE INDEX "ix_inbound_carton_shipment" ON "inbound_carton"  ("shipment_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "inbound_carton_content" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "carton_id" uuid NOT NULL, "line_no" smallint NOT NULL, "product_id" uuid NOT NULL, "sku" character varying(40) NOT NULL, "lot_code" character varying(20), "expiry_date" date, "quantity" integer NOT NULL, CONSTRAINT "uq_inbound_carton_content_line" UNIQUE ("carton_id", "line_no"), CONSTRAINT "ck_inbound_carton_content_quantity" CHECK ("quantity" > 0), CONSTRAINT "PK_fc5d30e5c9e00d5991a2456498e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "inbound_shipment_eta_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "shipment_id" uuid NOT NULL, "old_eta" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "new_eta" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "reason" character varying(500), "actor_type" character varying(10) NOT NULL, "actor_id" character varying(64), "actor_label" character varying(254) NOT NULL, "changed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c3db69f3f7b2c1baf1d2a337c92" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_inbound_shipment_eta_change_shipment" ON "inbound_shipment_eta_change"  ("shipment_id", "changed_at") `);
        await queryRunner.query(`CREATE TABLE "inbound_shipment_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "shipment_id" uuid NOT NULL, "milestone" character varying(30) NOT NULL, "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "location" character varying(100), "actor_type" character varying(10) NOT NULL, "actor_id" character varying(64), "actor_label" character varying(254) NOT NULL, "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_inbound_shipment_event_milestone" UNIQUE ("shipment_id", "milestone"), CONSTRAINT "PK_9426c5947383759567e43db1529" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "inbound_shipment_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "shipment_id" uuid NOT NULL, "line_no" integer NOT NULL, "purchase_order_id" uuid NOT NULL, "purchase_order_number" character varying(20) NOT NULL, "purchase_order_line_id" uuid NOT NULL, "product_id" uuid NOT NULL, "sku" character varying(40) NOT NULL, "quantity_shipped" integer NOT NULL, "unit_price_minor" bigint NOT NULL, "currency" character(3) NOT NULL, CONSTRAINT "uq_inbound_shipment_line_po_line" UNIQUE ("shipment_id", "purchase_order_line_id"), CONSTRAINT "ck_inbound_shipment_line_quantity" CHECK ("quantity_shipped" > 0), CONSTRAINT "PK_471f0ddc7332d0fc58d08276bf7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_inbound_shipment_line_po_line" ON "inbound_shipment_line"  ("purchase_order_line_id") `);
        await queryRunner.query(`CREATE TABLE "product_cost" ("warehouse_id" uuid NOT NULL, "product_id" uuid NOT NULL, "average_cost_micros" bigint NOT NULL, "currency" character(3) NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_product_cost_average" CHECK ("average_cost_micros" >= 0), CONSTRAINT "PK_f1f052a12ed79f76d4c335a2b81" PRIMARY KEY ("warehouse_id", "product_id"))`);
        await queryRunner.query(`CREATE TABLE "product_slotting" ("warehouse_id" uuid NOT NULL, "product_id" uuid NOT NULL, "fixed_pick_face_location_id" uuid, "preferred_zone" character varying(40), "updated_by" character varying(254) NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d9768384e995a0604a4be69b691" PRIMARY KEY ("warehouse_id", "product_id"))`);
        await queryRunner.query(`CREATE TABLE "putaway_rule_config" ("warehouse_id" uuid NOT NULL, "rules" jsonb NOT NULL, "updated_by" character varying(254) NOT NULL, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b409e2c59665aa640041d915e0b" PRIMARY KEY ("warehouse_id"))`);
        await queryRunner.query(`CREATE TABLE "receipt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" character varying(20) NOT NULL, "shipment_id" uuid, "purchase_order_id" uuid, "warehouse_id" uuid NOT NULL, "status" character varying(10) NOT NULL, "opened_by_id" character varying(64) NOT NULL, "opened_by" character varying(254) NOT NULL, "closed_at" TIMESTAMP(3) WITH TIME ZONE, "closed_by" character varying(254), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_receipt_source" CHECK ("shipment_id" IS NOT NULL OR "purchase_order_id" IS NOT NULL), CONSTRAINT "ck_receipt_status" CHECK ("status" IN ('open', 'closed', 'cancelled')), CONSTRAINT "ck_receipt_number" CHECK ("number" ~ '^RCV-[0-9]{4}-[0-9]{5,}$'), CONSTRAINT "PK_b4b9ec7d164235fbba023da9832" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_receipt_number" ON "receipt"  ("number") `);
        await queryRunner.query(`CREATE INDEX "ix_receipt_warehouse_status" ON "receipt"  ("warehouse_id", "status") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_receipt_open_shipment" ON "receipt"  ("shipment_id") WHERE "status" = 'open'`);
        await queryRunner.query(`CREATE TABLE "putaway_task" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "warehouse_id" uuid NOT NULL, "receipt_id" uuid NOT NULL, "product_id" uuid NOT NULL, "sku" character varying(40) NOT NULL, "lot_id" uuid, "lot_code" character varying(20), "from_location_id" uuid NOT NULL, "quantity" integer NOT NULL, "quantity_put_away" integer NOT NULL DEFAULT '0', "suggested_location_id" uuid, "suggested_location_code" character varying(40), "suggestion_rule" character varying(30), "status" character varying(10) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "ck_putaway_task_quantity" CHECK ("quantity" > 0 AND "quantity_put_away" >= 0 AND "quantity_put_away" <= "quantity"), CONSTRAINT "ck_putaway_task_status" CHECK ("status" IN ('open', 'done')), CONSTRAINT "PK_85cc067145d3ba85db7d6496052" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_putaway_task_queue" ON "putaway_task"  ("warehouse_id", "status", "created_at") `);
        await queryRunner.query(`CREATE TABLE "receipt_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "receipt_id" uuid NOT NULL, "line_no" integer NOT NULL, "purchase_order_id" uuid, "purchase_order_number" character varying(20), "purchase_order_line_id" uuid, "product_id" uuid, "sku" character varying(40), "scanned_code" character varying(200), "expected_quantity" integer NOT NULL, "received_quantity" integer NOT NULL DEFAULT '0', "damaged_quantity" integer NOT NULL DEFAULT '0', "over_quantity" integer NOT NULL DEFAULT '0', "short_quantity" integer NOT NULL DEFAULT '0', "purchase_order_quantity" integer NOT NULL DEFAULT '0', "unit_price_minor" bigint, "currency" character(3), "landed_value_minor" bigint, CONSTRAINT "uq_receipt_line_no" UNIQUE ("receipt_id", "line_no"), CONSTRAINT "ck_receipt_line_quantities" CHECK ("expected_quantity" >= 0 AND "received_quantity" >= 0 AND "damaged_quantity" >= 0 AND "damaged_quantity" <= "received_quantity" AND "purchase_order_quantity" >= 0), CONSTRAINT "PK_a3268abea941f004250ff3135de" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "receipt_scan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "receipt_id" uuid NOT NULL, "idempotency_key" character varying(300) NOT NULL, "line_no" smallint NOT NULL DEFAULT '0', "kind" character varying(10) NOT NULL, "scanned_code" character varying(200) NOT NULL, "sscc" character(18), "product_id" uuid, "sku" character varying(40), "lot_id" uuid, "lot_code" character varying(20), "quantity" integer NOT NULL, "damaged" boolean NOT NULL DEFAULT false, "verdict" character varying(15) NOT NULL, "overridden_by" character varying(254), "actor_type" character varying(10) NOT NULL, "actor_id" character varying(64), "scanned_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_receipt_scan_quantity" CHECK ("quantity" > 0), CONSTRAINT "ck_receipt_scan_kind" CHECK ("kind" IN ('carton', 'item', 'unknown')), CONSTRAINT "PK_4d7c399d7e9263d2ac2bcfc5c10" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_receipt_scan_receipt" ON "receipt_scan"  ("receipt_id", "scanned_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_receipt_scan_key" ON "receipt_scan"  ("receipt_id", "idempotency_key", "line_no") `);
        await queryRunner.query(`CREATE TABLE "received_carton" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sscc" character(18) NOT NULL, "carton_id" uuid NOT NULL, "receipt_id" uuid NOT NULL, "received_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a1a1d40f85c7a5e0c688a5ccd98" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_received_carton_sscc" ON "received_carton"  ("sscc") `);
        await queryRunner.query(`CREATE TABLE "shipment_cost" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "shipment_id" uuid NOT NULL, "type" character varying(20) NOT NULL, "method" character varying(15) NOT NULL, "amount_minor" bigint, "currency" character(3) NOT NULL, "hs_rates" jsonb, "status" character varying(10) NOT NULL, "description" character varying(200), "updated_by" character varying(254) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_shipment_cost_amount_given" CHECK ("amount_minor" IS NOT NULL OR "method" = 'duty_by_hs'), CONSTRAINT "ck_shipment_cost_amount" CHECK ("amount_minor" >= 0), CONSTRAINT "ck_shipment_cost_status" CHECK ("status" IN ('estimated', 'actual')), CONSTRAINT "ck_shipment_cost_method" CHECK ("method" IN ('value', 'quantity', 'gross_weight', 'volume', 'duty_by_hs')), CONSTRAINT "ck_shipment_cost_type" CHECK ("type" IN ('freight', 'insurance', 'duty', 'customs_brokerage', 'port_fees', 'handling')), CONSTRAINT "PK_a243a400b2c8cee3e7e80229c9d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_shipment_cost_shipment" ON "shipment_cost"  ("shipment_id", "created_at") `);
        await queryRunner.query(`ALTER TABLE "inbound_carton" ADD CONSTRAINT "FK_9fb5b86621d8892e5c2b3cbe55e" FOREIGN KEY ("shipment_id") REFERENCES "inbound_shipment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "inbound_carton_content" ADD CONSTRAINT "FK_b89652411c403b720859842530b" FOREIGN KEY ("carton_id") REFERENCES "inbound_carton"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "inbound_shipment_eta_change" ADD CONSTRAINT "FK_1507bf60142bb5ed217d32f27b7" FOREIGN KEY ("shipment_id") REFERENCES "inbound_shipment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "inbound_shipment_event" ADD CONSTRAINT "FK_78650e24e600568db9498c98e3d" FOREIGN KEY ("shipment_id") REFERENCES "inbound_shipment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "inbound_shipment_line" ADD CONSTRAINT "FK_76fffddf6f0cf40955ab0d2da13" FOREIGN KEY ("shipment_id") REFERENCES "inbound_shipment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "receipt" ADD CONSTRAINT "FK_a6b43e15f4e3e694c78826b5bf1" FOREIGN KEY ("shipment_id") REFERENCES "inbound_shipment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "putaway_task" ADD CONSTRAINT "FK_31ebec01e1cd8a545dbba0a86fa" FOREIGN KEY ("receipt_id") REFERENCES "receipt"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "receipt_line" ADD CONSTRAINT "FK_94172cf5d5fdf40f16eb2e549d9" FOREIGN KEY ("receipt_id") REFERENCES "receipt"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "receipt_scan" ADD CONSTRAINT "FK_3ac96f3789c14d1b05c794d69c5" FOREIGN KEY ("receipt_id") REFERENCES "receipt"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "received_carton" ADD CONSTRAINT "FK_b273944b2b630ff84b3a3a53335" FOREIGN KEY ("receipt_id") REFERENCES "receipt"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "shipment_cost" ADD CONSTRAINT "FK_c950c4557a76cbf769a3b158ea7" FOREIGN KEY ("shipment_id") REFERENCES "inbound_shipment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "shipment_cost" DROP CONSTRAINT "FK_c950c4557a76cbf769a3b158ea7"`);
        await queryRunner.query(`ALTER TABLE "received_carton" DROP CONSTRAINT "FK_b273944b2b630ff84b3a3a53335"`);
        await queryRunner.query(`ALTER TABLE "receipt_scan" DROP CONSTRAINT "FK_3ac96f3789c14d1b05c794d69c5"`);
        await queryRunner.query(`ALTER TABLE "receipt_line" DROP CONSTRAINT "FK_94172cf5d5fdf40f16eb2e549d9"`);
        await queryRunner.query(`ALTER TABLE "putaway_task" DROP CONSTRAINT "FK_31ebec01e1cd8a545dbba0a86fa"`);
        await queryRunner.query(`ALTER TABLE "receipt" DROP CONSTRAINT "FK_a6b43e15f4e3e694c78826b5bf1"`);
        await queryRunner.query(`ALTER TABLE "inbound_shipment_line" DROP CONSTRAINT "FK_76fffddf6f0cf40955ab0d2da13"`);
        await queryRunner.query(`ALTER TABLE "inbound_shipment_event" DROP CONSTRAINT "FK_78650e24e600568db9498c98e3d"`);
        await queryRunner.query(`ALTER TABLE "inbound_shipment_eta_change" DROP CONSTRAINT "FK_1507bf60142bb5ed217d32f27b7"`);
        await queryRunner.query(`ALTER TABLE "inbound_carton_content" DROP CONSTRAINT "FK_b89652411c403b720859842530b"`);
        await queryRunner.query(`ALTER TABLE "inbound_carton" DROP CONSTRAINT "FK_9fb5b86621d8892e5c2b3cbe55e"`);
        await queryRunner.query(`DROP INDEX "public"."ix_shipment_cost_shipment"`);
        await queryRunner.query(`DROP TABLE "shipment_cost"`);
        await queryRunner.query(`DROP INDEX "public"."uq_received_carton_sscc"`);
        await queryRunner.query(`DROP TABLE "received_carton"`);
        await queryRunner.query(`DROP INDEX "public"."uq_receipt_scan_key"`);
        await queryRunner.query(`DROP INDEX "public"."ix_receipt_scan_receipt"`);
        await queryRunner.query(`DROP TABLE "receipt_scan"`);
        await queryRunner.query(`DROP TABLE "receipt_line"`);
        await queryRunner.query(`DROP INDEX "public"."ix_putaway_task_queue"`);
        await queryRunner.query(`DROP TABLE "putaway_task"`);
        await queryRunner.query(`DROP INDEX "public"."uq_receipt_open_shipment"`);
        await queryRunner.query(`DROP INDEX "public"."ix_receipt_warehouse_status"`);
        await queryRunner.query(`DROP INDEX "public"."uq_receipt_number"`);
        await queryRunner.query(`DROP TABLE "receipt"`);
        await queryRunner.query(`DROP TABLE "putaway_rule_config"`);
        await queryRunner.query(`DROP TABLE "product_slotting"`);
        await queryRunner.query(`DROP TABLE "product_cost"`);
        await queryRunner.query(`DROP INDEX "public"."ix_inbound_shipment_line_po_line"`);
        await queryRunner.query(`DROP TABLE "inbound_shipment_line"`);
        await queryRunner.query(`DROP TABLE "inbound_shipment_event"`);
        await queryRunner.query(`DROP INDEX "public"."ix_inbound_shipment_eta_change_shipment"`);
        await queryRunner.query(`DROP TABLE "inbound_shipment_eta_change"`);
        await queryRunner.query(`DROP TABLE "inbound_carton_content"`);
        await queryRunner.query(`DROP INDEX "public"."ix_inbound_carton_shipment"`);
        await queryRunner.query(`DROP INDEX "public"."uq_inbound_carton_sscc"`);
        await queryRunner.query(`DROP TABLE "inbound_carton"`);
        await queryRunner.query(`DROP INDEX "public"."ix_inbound_shipment_status_eta"`);
        await queryRunner.query(`DROP INDEX "public"."ix_inbound_shipment_warehouse_eta"`);
        await queryRunner.query(`DROP INDEX "public"."ix_inbound_shipment_forwarder"`);
        await queryRunner.query(`DROP INDEX "public"."uq_inbound_shipment_number"`);
        await queryRunner.query(`DROP TABLE "inbound_shipment"`);
        await queryRunner.query(`DROP SEQUENCE "inbound_sscc_serial_seq"`);
        await queryRunner.query(`DROP SEQUENCE "receipt_number_seq"`);
        await queryRunner.query(`DROP SEQUENCE "inbound_shipment_number_seq"`);
    }

}
