import { MigrationInterface, QueryRunner } from "typeorm";

export class Fulfillment1795628922672 implements MigrationInterface {
    name = 'Fulfillment1795628922672'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "kit_component" ("kit_product_id" uuid NOT NULL, "component_product_id" uuid NOT NULL, "quantity" integer NOT NULL, CONSTRAINT "ck_kit_component_not_self" CHECK ("kit_product_id" <> "component_product_id"), CONSTRAINT "ck_kit_component_quantity" CHECK ("quantity" > 0), CONSTRAINT "PK_8045f4f40daecbcbdb20d92e802" PRIMARY KEY ("kit_product_id", "component_product_id"))`);
        await queryRunner.query(`CREATE INDEX "ix_kit_component_component" ON "kit_component"  ("component_product_id") `);
        await queryRunner.query(`CREATE TABLE "outbound_order" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid NOT NULL, "external_id" character varying(64) NOT NULL, "request_hash" character(64) NOT NULL, "channel" character varying(40) NOT NULL, "placed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "status" character varying(20) NOT NULL, "service_level" character varying(10) NOT NULL, "ship_to_name" character varying(200) NOT NULL, "ship_to_address_line1" character varying(200) NOT NULL, "ship_to_address_line2" character varying(200), "ship_to_address_line3" character varying(200), "ship_to_city" character varying(100) NOT NULL, "ship_to_region" character varying(100), "ship_to_postcode" character varying(20), "ship_to_country" character(2) NOT NULL, "ship_to_phone" character varying(40), "ship_to_email" character varying(254), "currency" character(3) NOT NULL, "total_minor" bigint NOT NULL, "ioss_number" character varying(12), "warehouse_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_outbound_order_external" UNIQUE ("partner_id", "external_id"), CONSTRAINT "ck_outbound_order_total" CHECK ("total_minor" >= 0), CONSTRAINT "ck_outbound_order_ioss" CHECK ("ioss_number" ~ '^IM[0-9]{10}$'), CONSTRAINT "ck_outbound_order_service_level" CHECK ("service_level" IN ('standard', 'express')), CONSTRAINT "ck_outbound_order_status" CHECK ("status" IN ('received', 'allocated', 'backordered', 'picking', 'picked', 'packed', 'shipped', 'delivered', 'cancelled', 'returned')), CONSTRAINT "PK_a2dae73882b32d50cdabea6bbb6" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_outbound_order_warehouse_status" ON "outbound_order"  ("warehouse_id", "status") `);
        await queryRunner.query(`CREATE INDEX "ix_outbound_order_status" ON "outbound_order"  ("status", "placed_at") `);
        await queryRunner.query(`CREATE TABLE "outbound_order_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "line_no" integer NOT NULL, "sku" character varying(40) NOT NULL, "product_id" uuid NOT NULL, "quantity" integer NOT NULL, "unit_price_minor" integer NOT NULL, "is_kit" boolean NOT NULL DEFAULT false, CONSTRAINT "uq_outbound_order_line_no" UNIQUE ("order_id", "line_no"), CONSTRAINT "ck_outbound_order_line_price" CHECK ("unit_price_minor" >= 0), CONSTRAINT "ck_outbound_order_line_quantity" CHECK ("quantity" > 0), CONSTRAINT "PK_a805e0f4a02c6217d8a19948023" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "order_requirement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "line_id" uuid NOT NULL, "product_id" uuid NOT NULL, "sku" character varying(40) NOT NULL, "quantity" integer NOT NULL, "allocated_quantity" integer NOT NULL DEFAULT '0', "picked_quantity" integer NOT NULL DEFAULT '0', CONSTRAINT "ck_order_requirement_quantities" CHECK ("quantity" > 0 AND "picked_quantity" >= 0 AND "picked_quantity" <= "allocated_quantity" AND "allocated_quantity" <= "quantity"), CONSTRAINT "PK_bdd20eba7020475bc0334e318bc" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_order_requirement_order" ON "order_requirement"  ("order_id") `);
        await queryRunner.query(`CREATE TABLE "order_allocation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "requirement_id" uuid NOT NULL, "reservation_id" uuid NOT NULL, "warehouse_id" uuid NOT NULL, "product_id" uuid NOT NULL, "sku" character varying(40) NOT NULL, "location_id" uuid NOT NULL, "location_code" character varying(40) NOT NULL, "lot_id" uuid, "quantity" integer NOT NULL, "picked_quantity" integer NOT NULL DEFAULT '0', "released_quantity" integer NOT NULL DEFAULT '0', "status" character varying(10) NOT NULL DEFAULT 'active', "wave_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_order_allocation_quantities" CHECK ("quantity" > 0 AND "picked_quantity" >= 0 AND "released_quantity" >= 0 AND "picked_quantity" + "released_quantity" <= "quantity"), CONSTRAINT "ck_order_allocation_status" CHECK ("status" IN ('active', 'closed')), CONSTRAINT "PK_fdcc9523757be784aa3134ee44b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_order_allocation_reservation" ON "order_allocation"  ("reservation_id") `);
        await queryRunner.query(`CREATE INDEX "ix_order_allocation_bin" ON "order_allocation"  ("product_id", "location_id", "status") `);
        await queryRunner.query(`CREATE INDEX "ix_order_allocation_requirement" ON "order_allocation"  ("requirement_id") `);
        await queryRunner.query(`CREATE INDEX "ix_order_allocation_order" ON "order_allocation"  ("order_id") `);
        await queryRunner.query(`CREATE TABLE "outbound_order_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "action" character varying(30) NOT NULL, "from_status" character varying(20), "to_status" character varying(20) NOT NULL, "actor_type" character varying(10) NOT NULL, "actor_id" character varying(64), "actor_label" character varying(254) NOT NULL, "reason" text, "details" jsonb NOT NULL DEFAULT '{}', "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1b05fa30abac778c5b439aa4b09" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_outbound_order_event_order" ON "outbound_order_event"  ("order_id", "occurred_at") `);
        await queryRunner.query(`CREATE TABLE "pick_exception" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "pick_list_id" uuid NOT NULL, "pick_list_line_id" uuid NOT NULL, "order_id" uuid NOT NULL, "warehouse_id" uuid NOT NULL, "product_id" uuid NOT NULL, "location_id" uuid NOT NULL, "lot_id" uuid, "found_quantity" integer NOT NULL, "missing_quantity" integer NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'open', "reported_by" character varying(254) NOT NULL, "confirmed_by" character varying(254), "resolution" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "confirmed_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "ck_pick_exception_quantities" CHECK ("found_quantity" >= 0 AND "missing_quantity" > 0), CONSTRAINT "ck_pick_exception_status" CHECK ("status" IN ('open', 'confirmed')), CONSTRAINT "PK_47a5d6988a377fc7be2efab939d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_pick_exception_list" ON "pick_exception"  ("pick_list_id") `);
        await queryRunner.query(`CREATE INDEX "ix_pick_exception_status" ON "pick_exception"  ("status", "created_at") `);
        await queryRunner.query(`CREATE TABLE "pick_list_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "pick_list_id" uuid NOT NULL, "seq" integer NOT NULL, "allocation_id" uuid NOT NULL, "order_id" uuid NOT NULL, "tote_slot" integer NOT NULL, "product_id" uuid NOT NULL, "sku" character varying(40) NOT NULL, "location_id" uuid NOT NULL, "location_code" character varying(40) NOT NULL, "lot_id" uuid, "quantity" integer NOT NULL, "picked_quantity" integer NOT NULL DEFAULT '0', "short_quantity" integer NOT NULL DEFAULT '0', "status" character varying(10) NOT NULL DEFAULT 'open', CONSTRAINT "ck_pick_list_line_quantities" CHECK ("quantity" > 0 AND "picked_quantity" >= 0 AND "short_quantity" >= 0 AND "picked_quantity" + "short_quantity" <= "quantity"), CONSTRAINT "ck_pick_list_line_status" CHECK ("status" IN ('open', 'picked', 'short')), CONSTRAINT "PK_d73ce8e57e117de32e27a29a8ad" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_pick_list_line_allocation" ON "pick_list_line"  ("allocation_id") `);
        await queryRunner.query(`CREATE INDEX "ix_pick_list_line_list" ON "pick_list_line"  ("pick_list_id", "seq") `);
        await queryRunner.query(`CREATE TABLE "pick_list" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "wave_id" uuid NOT NULL, "warehouse_id" uuid NOT NULL, "kind" character varying(10) NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'open', "packing_location_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "ck_pick_list_status" CHECK ("status" IN ('open', 'in_progress', 'completed')), CONSTRAINT "ck_pick_list_kind" CHECK ("kind" IN ('single', 'batch')), CONSTRAINT "PK_18769422674e32f9cdbf20c3598" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_pick_list_warehouse_status" ON "pick_list"  ("warehouse_id", "status") `);
        await queryRunner.query(`CREATE INDEX "ix_pick_list_wave" ON "pick_list"  ("wave_id") `);
        await queryRunner.query(`CREATE TABLE "pick_list_order" ("id" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL, "pick_list_id" uuid NOT NULL, "order_id" uuid NOT NULL, "tote_slot" integer NOT NULL, CONSTRAINT "uq_pick_list_tote" UNIQUE ("pick_list_id", "tote_slot"), CONSTRAINT "uq_pick_list_order" UNIQUE ("pick_list_id", "order_id"), CONSTRAINT "ck_pick_list_order_slot" CHECK ("tote_slot" >= 1), CONSTRAINT "PK_4ce95376db5a2f038125c9b8652" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_pick_list_order_order" ON "pick_list_order"  ("order_id") `);
        await queryRunner.query(`CREATE TABLE "wave" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "warehouse_id" uuid NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'planned', "service_level" character varying(10), "cutoff_before" TIMESTAMP(3) WITH TIME ZONE, "max_orders" integer NOT NULL, "max_lines" integer NOT NULL, "order_count" integer NOT NULL DEFAULT '0', "line_count" integer NOT NULL DEFAULT '0', "created_by" character varying(254) NOT NULL, "released_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_wave_limits" CHECK ("max_orders" > 0 AND "max_lines" > 0), CONSTRAINT "ck_wave_status" CHECK ("status" IN ('planned', 'released', 'completed')), CONSTRAINT "PK_07d28eef1d84d7bfc8cbd86339c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_wave_warehouse" ON "wave"  ("warehouse_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "wave_order" ("id" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL, "wave_id" uuid NOT NULL, "order_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "uq_wave_order" UNIQUE ("wave_id", "order_id"), CONSTRAINT "PK_3f967ec23a5f1598b6c139c8d84" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_wave_order_order" ON "wave_order"  ("order_id") `);
        await queryRunner.query(`ALTER TABLE "kit_component" ADD CONSTRAINT "FK_958c8f7383b5dcbc35df537edb3" FOREIGN KEY ("kit_product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "kit_component" ADD CONSTRAINT "FK_180ca8fec7ae7f4bae351fa112e" FOREIGN KEY ("component_product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "outbound_order_line" ADD CONSTRAINT "FK_ecd1ce03eb5fdc93e842fe4dc98" FOREIGN KEY ("order_id") REFERENCES "outbound_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "order_requirement" ADD CONSTRAINT "FK_139c6bfe6388ac918dd48fdb03f" FOREIGN KEY ("line_id") REFERENCES "outbound_order_line"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "outbound_order_event" ADD CONSTRAINT "FK_02899096560df2cda5c3b9dbd5b" FOREIGN KEY ("order_id") REFERENCES "outbound_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "outbound_order_event" DROP CONSTRAINT "FK_02899096560df2cda5c3b9dbd5b"`);
        await queryRunner.query(`ALTER TABLE "order_requirement" DROP CONSTRAINT "FK_139c6bfe6388ac918dd48fdb03f"`);
        await queryRunner.query(`ALTER TABLE "outbound_order_line" DROP CONSTRAINT "FK_ecd1ce03eb5fdc93e842fe4dc98"`);
        await queryRunner.query(`ALTER TABLE "kit_component" DROP CONSTRAINT "FK_180ca8fec7ae7f4bae351fa112e"`);
        await queryRunner.query(`ALTER TABLE "kit_component" DROP CONSTRAINT "FK_958c8f7383b5dcbc35df537edb3"`);
        await queryRunner.query(`DROP INDEX "public"."ix_wave_order_order"`);
        await queryRunner.query(`DROP TABLE "wave_order"`);
        await queryRunner.query(`DROP INDEX "public"."ix_wave_warehouse"`);
        await queryRunner.query(`DROP TABLE "wave"`);
        await queryRunner.query(`DROP INDEX "public"."ix_pick_list_order_order"`);
        await queryRunner.query(`DROP TABLE "pick_list_order"`);
        await queryRunner.query(`DROP INDEX "public"."ix_pick_list_wave"`);
        await queryRunner.query(`DROP INDEX "public"."ix_pick_list_warehouse_status"`);
        await queryRunner.query(`DROP TABLE "pick_list"`);
        await queryRunner.query(`DROP INDEX "public"."ix_pick_list_line_list"`);
        await queryRunner.query(`DROP INDEX "public"."uq_pick_list_line_allocation"`);
        await queryRunner.query(`DROP TABLE "pick_list_line"`);
        await queryRunner.query(`DROP INDEX "public"."ix_pick_exception_status"`);
        await queryRunner.query(`DROP INDEX "public"."ix_pick_exception_list"`);
        await queryRunner.query(`DROP TABLE "pick_exception"`);
        await queryRunner.query(`DROP INDEX "public"."ix_outbound_order_event_order"`);
        await queryRunner.query(`DROP TABLE "outbound_order_event"`);
        await queryRunner.query(`DROP INDEX "public"."ix_order_allocation_order"`);
        await queryRunner.query(`DROP INDEX "public"."ix_order_allocation_requirement"`);
        await queryRunner.query(`DROP INDEX "public"."ix_order_allocation_bin"`);
        await queryRunner.query(`DROP INDEX "public"."uq_order_allocation_reservation"`);
        await queryRunner.query(`DROP TABLE "order_allocation"`);
        await queryRunner.query(`DROP INDEX "public"."ix_order_requirement_order"`);
        await queryRunner.query(`DROP TABLE "order_requirement"`);
        await queryRunner.query(`DROP TABLE "outbound_order_line"`);
        await queryRunner.query(`DROP INDEX "public"."ix_outbound_order_status"`);
        await queryRunner.query(`DROP INDEX "public"."ix_outbound_order_warehouse_status"`);
        await queryRunner.query(`DROP TABLE "outbound_order"`);
        await queryRunner.query(`DROP INDEX "public"."ix_kit_component_component"`);
        await queryRunner.query(`DROP TABLE "kit_component"`);
    }

}
