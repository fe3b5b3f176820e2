import { MigrationInterface, QueryRunner } from "typeorm";

export class WarehousesAndLocations1795626087064 implements MigrationInterface {
    name = 'WarehousesAndLocations1795626087064'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "warehouse" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(20) NOT NULL, "name" character varying(200) NOT NULL, "address_line1" character varying(200) NOT NULL, "address_line2" character varying(200), "city" character varying(100) NOT NULL, "region" character varying(100), "postcode" character varying(20) NOT NULL, "country" character(2) NOT NULL, "timezone" character varying(64) NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_965abf9f99ae8c5983ae74ebde8" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_warehouse_code" ON "warehouse"  ("code") `);
        await queryRunner.query(`CREATE TABLE "location" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "warehouse_id" uuid NOT NULL, "code" character varying(40) NOT NULL, "zone" character varying(40), "aisle" character varying(40), "rack" character varying(40), "level" character varying(40), "type" character varying(20) NOT NULL, "capacity" integer, "barcode" character varying(80) NOT NULL, "pick_sequence" integer NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_location_warehouse_code" UNIQUE ("warehouse_id", "code"), CONSTRAINT "ck_location_pick_sequence" CHECK ("pick_sequence" >= 0), CONSTRAINT "ck_location_capacity" CHECK ("capacity" > 0), CONSTRAINT "ck_location_type" CHECK ("type" IN ('receiving', 'storage', 'pick_face', 'packing', 'shipping', 'quarantine')), CONSTRAINT "PK_876d7bdba03c72251ec4c2dc827" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_location_barcode" ON "location"  ("barcode") `);
        await queryRunner.query(`CREATE INDEX "ix_location_walk" ON "location"  ("warehouse_id", "pick_sequence") `);
        await queryRunner.query(`ALTER TABLE "location" ADD CONSTRAINT "FK_bb9ebb4fcef9e26c138f8f17b7c" FOREIGN KEY ("warehouse_id") REFERENCES "warehouse"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "location" DROP CONSTRAINT "FK_bb9ebb4fcef9e26c138f8f17b7c"`);
        await queryRunner.query(`DROP INDEX "public"."ix_location_walk"`);
        await queryRunner.query(`DROP INDEX "public"."uq_location_barcode"`);
        await queryRunner.query(`DROP TABLE "location"`);
        await queryRunner.query(`DROP INDEX "public"."uq_warehouse_code"`);
        await queryRunner.query(`DROP TABLE "warehouse"`);
    }

}
