import { MigrationInterface, QueryRunner } from "typeorm";

export class PackingAndReturns1795629314859 implements MigrationInterface {
    name = 'PackingAndReturns1795629314859'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "box_type" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(30) NOT NULL, "name" character varying(100) NOT NULL, "inner_length_mm" integer NOT NULL, "inner_width_mm" integer NOT NULL, "inner_height_mm" integer NOT NULL, "tare_weight_g" integer NOT NULL, "max_gross_weight_g" integer NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_box_type_max_weight_above_tare" CHECK ("max_gross_weight_g" > "tare_weight_g"), CONSTRAINT "ck_box_type_tare_non_negative" CHECK ("tare_weight_g" >= 0), CONSTRAINT "ck_box_type_dimensions_positive" CHECK ("inner_length_mm" > 0 AND "inner_width_mm" > 0 AND "inner_height_mm" > 0), CONSTRAINT "ck_box_type_code_format" CHECK ("code" ~ '^[A-Z0-9][A-Z0-9._-]{0,29}$'), CONSTRAINT "PK_af122d3719b5ca586c940a51778" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_box_type_code" ON "box_type"  ("code") `);
        await queryRunner.query(`CREATE TABLE "parcel" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "warehouse_id" uuid NOT NULL, "sequence" integer NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'open', "box_type_id" uuid NOT NULL, "box_type_code" character varying(30) NOT NULL, "length_mm" integer NOT NULL, "width_mm" integer NOT NULL, "height_mm" integer NOT NULL, "tare_weight_g" integer NOT NULL, "max_gross_weight_g" integer NOT NULL, "computed_weight_g" integer NOT NULL, "gross_weight_g" integer, "weight_overridden" boolean NOT NULL DEFAULT false, "shipping_location_id" uuid, "opened_by" character varying(254) NOT NULL, "closed_by" character varying(254), "closed_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_parcel_order_sequence" UNIQUE ("order_id", "sequence"), CONSTRAINT "ck_parcel_closed_weighed" CHECK ("status" <> 'closed' OR ("gross_weight_g" > 0 AND "closed_at" IS NOT NULL AND "shipping_location_id" IS NOT NULL)), CONSTRAINT "ck_parcel_weights" CHECK ("tare_weight_g" >= 0 AND "computed_weight_g" >= "tare_weight_g" AND "max_gross_weight_g" > "tare_weight_g"), CONSTRAINT "ck_parcel_dimensions" CHECK ("length_mm" > 0 AND "width_mm" > 0 AND "height_mm" > 0), CONSTRAINT "ck_parcel_sequence" CHECK ("sequence" >= 1), CONSTRAINT "ck_parcel_status" CHECK ("status" IN ('open', 'closed')), CONSTRAINT "PK_c01e9fed31b7433a00942d506b1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_parcel_warehouse_status" ON "parcel"  ("warehouse_id", "status", "closed_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_parcel_one_open_per_order" ON "parcel"  ("order_id") WHERE "status" = 'open'`);
        await queryRunner.query(`CREATE TABLE "parcel_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "parcel_id" uuid NOT NULL, "order_id" uuid NOT NULL, "line_id" uuid NOT NULL, "requirement_id" uuid NOT NULL, "product_id" uuid NOT NULL, "sku" character varying(40) NOT NULL, "lot_id" uuid, "packing_location_id" uuid NOT NULL, "quantity" integer NOT NULL, "unit_net_weight_g" integer NOT NULL, CONSTRAINT "ck_parcel_line_weight" CHECK ("unit_net_weight_g" > 0), CONSTRAINT "ck_parcel_line_quantity" CHECK ("quantity" > 0), CONSTRAINT "PK_266a7e88cd23a77c59c9062bd19" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_parcel_line_requirement" ON "parcel_line"  ("requirement_id") `);
        await queryRunner.query(`CREATE INDEX "ix_parcel_line_parcel" ON "parcel_line"  ("parcel_id", "requirement_id") `);
        await queryRunner.query(`CREATE TABLE "return_order" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "order_external_id" character varying(64) NOT NULL, "warehouse_id" uuid NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'authorized', "authorized_by" character varying(254) NOT NULL, "received_at" TIMESTAMP(3) WITH TIME ZONE, "closed_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_return_order_status" CHECK ("status" IN ('authorized', 'received', 'closed')), CONSTRAINT "PK_d4bd17f918fc6c332b74a368c36" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_return_order_status" ON "return_order"  ("status", "created_at") `);
        await queryRunner.query(`CREATE INDEX "ix_return_order_order" ON "return_order"  ("order_id") `);
        await queryRunner.query(`CREATE TABLE "return_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "return_order_id" uuid NOT NULL, "line_no" integer NOT NULL, "product_id" uuid NOT NULL, "sku" character varying(40) NOT NULL, "quantity" integer NOT NULL, "reason_code" character varying(20) NOT NULL, "restocked_quantity" integer NOT NULL DEFAULT '0', "quarantined_quantity" integer NOT NULL DEFAULT '0', "scrapped_quantity" integer NOT NULL DEFAULT '0', CONSTRAINT "ck_return_line_quantities" CHECK ("quantity" > 0 AND "restocked_quantity" + "quarantined_quantity" + "scrapped_quantity" <= "quantity"), CONSTRAINT "ck_return_line_counts" CHECK ("restocked_quantity" >= 0 AND "quarantined_quantity" >= 0 AND "scrapped_quantity" >= 0), CONSTRAINT "ck_return_line_line_no" CHECK ("line_no" >= 1), CONSTRAINT "ck_return_line_reason" CHECK ("reason_code" IN ('wrong_size', 'damaged', 'not_as_described', 'changed_mind', 'defective', 'other')), CONSTRAINT "PK_33d1e29e01c777eda9e9c05cc1d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_return_line_no" ON "return_line"  ("return_order_id", "line_no") `);
        await queryRunner.query(`ALTER TABLE "parcel" ADD CONSTRAINT "FK_93c1cd6b0a6f5d2de251ee6891a" FOREIGN KEY ("box_type_id") REFERENCES "box_type"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "parcel_line" ADD CONSTRAINT "FK_64a97c3e2d776bacc9951e9609d" FOREIGN KEY ("parcel_id") REFERENCES "parcel"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "return_line" ADD CONSTRAINT "FK_6ed74a2dbdf810d9396e08e7318" FOREIGN KEY ("return_order_id") REFERENCES "return_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "return_line" DROP CONSTRAINT "FK_6ed74a2dbdf810d9396e08e7318"`);
        await queryRunner.query(`ALTER TABLE "parcel_line" DROP CONSTRAINT "FK_64a97c3e2d776bacc9951e9609d"`);
        await queryRunner.query(`ALTER TABLE "parcel" DROP CONSTRAINT "FK_93c1cd6b0a6f5d2de251ee6891a"`);
        await queryRunner.query(`DROP INDEX "public"."uq_return_line_no"`);
        await queryRunner.query(`DROP TABLE "return_line"`);
        await queryRunner.query(`DROP INDEX "public"."ix_return_order_order"`);
        await queryRunner.query(`DROP INDEX "public"."ix_return_order_status"`);
        await queryRunner.query(`DROP TABLE "return_order"`);
        await queryRunner.query(`DROP INDEX "public"."ix_parcel_line_parcel"`);
        await queryRunner.query(`DROP INDEX "public"."ix_parcel_line_requirement"`);
        await queryRunner.query(`DROP TABLE "parcel_line"`);
        await queryRunner.query(`DROP INDEX "public"."uq_parcel_one_open_per_order"`);
        await queryRunner.query(`DROP INDEX "public"."ix_parcel_warehouse_status"`);
        await queryRunner.query(`DROP TABLE "parcel"`);
        await queryRunner.query(`DROP INDEX "public"."uq_box_type_code"`);
        await queryRunner.query(`DROP TABLE "box_type"`);
    }

}
