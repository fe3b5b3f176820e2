import { MigrationInterface, QueryRunner } from "typeorm";

export class Catalog1795626057455 implements MigrationInterface {
    name = 'Catalog1795626057455'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "product" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sku" character varying(40) NOT NULL, "name_en" character varying(200) NOT NULL, "name_zh" character varying(200), "gtin" character(14), "hs_code" character(6) NOT NULL, "hs_codes" jsonb NOT NULL DEFAULT '{}', "country_of_origin" character(2) NOT NULL, "net_weight_g" integer NOT NULL, "length_mm" integer NOT NULL, "width_mm" integer NOT NULL, "height_mm" integer NOT NULL, "customs_description" character varying(200) NOT NULL, "customs_description_zh" character varying(200), "declared_value_minor" integer NOT NULL, "declared_value_currency" character(3) NOT NULL, "lot_tracked" boolean NOT NULL DEFAULT false, "expiry_tracked" boolean NOT NULL DEFAULT false, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_product_expiry_needs_lot" CHECK (NOT "expiry_tracked" OR "lot_tracked"), CONSTRAINT "ck_product_declared_value_non_negative" CHECK ("declared_value_minor" >= 0), CONSTRAINT "ck_product_dimensions_positive" CHECK ("length_mm" > 0 AND "width_mm" > 0 AND "height_mm" > 0), CONSTRAINT "ck_product_net_weight_positive" CHECK ("net_weight_g" > 0), CONSTRAINT "ck_product_hs_code_format" CHECK ("hs_code" ~ '^[0-9]{6}$'), CONSTRAINT "ck_product_gtin_format" CHECK ("gtin" ~ '^[0-9]{14}$'), CONSTRAINT "ck_product_sku_format" CHECK ("sku" ~ '^[A-Z0-9][A-Z0-9._-]{1,39}$'), CONSTRAINT "PK_bebc9158e480b949565b4dc7a82" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_product_sku" ON "product"  ("sku") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_product_gtin" ON "product"  ("gtin") WHERE "gtin" IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "IDX_64a0953bec01113c38d425a9c8" ON "product"  ("hs_code") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_64a0953bec01113c38d425a9c8"`);
        await queryRunner.query(`DROP INDEX "public"."uq_product_gtin"`);
        await queryRunner.query(`DROP INDEX "public"."uq_product_sku"`);
        await queryRunner.query(`DROP TABLE "product"`);
    }

}
