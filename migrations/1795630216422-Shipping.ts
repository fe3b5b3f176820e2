import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Shipping: carriers and services, labels, customs declarations, stored documents, manifests.
 * The S10 serial sequence is written by hand (entities cannot declare sequences); it cycles after
 * 99,999,999 as S10 serials have eight digits.
 */
export class Shipping1795630216422 implements MigrationInterface {
    name = 'Shipping1795630216422'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE SEQUENCE "shipping_s10_serial" AS integer MINVALUE 1 MAXVALUE 99999999 START WITH 1 CYCLE`);
        await queryRunner.query(`CREATE TABLE "carrier" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(30) NOT NULL, "name" character varying(100) NOT NULL, "adapter" character varying(30) NOT NULL, "tracking_url_template" character varying(500) NOT NULL, "partner_id" uuid, "settings" jsonb NOT NULL DEFAULT '{}', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_carrier_tracking_url" CHECK ("tracking_url_template" LIKE '%{trackingNumber}%'), CONSTRAINT "ck_carrier_code_format" CHECK ("code" ~ '^[A-Z0-9][A-Z0-9_-]{1,29}$'), CONSTRAINT "PK_f615ebd1906f0270d41b3a5a8b0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_carrier_code" ON "carrier"  ("code") `);
        await queryRunner.query(`CREATE INDEX "ix_carrier_partner" ON "carrier"  ("partner_id") `);
        await queryRunner.query(`CREATE TABLE "carrier_service" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "carrier_id" uuid NOT NULL, "code" character varying(30) NOT NULL, "name" character varying(100) NOT NULL, "mail_class" character varying(20) NOT NULL, "label_formats" text array NOT NULL, "settings" jsonb NOT NULL DEFAULT '{}', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_carrier_service_code" UNIQUE ("carrier_id", "code"), CONSTRAINT "ck_carrier_service_label_formats" CHECK (cardinality("label_formats") > 0 AND "label_formats" <@ ARRAY['pdf', 'zpl']::text[]), CONSTRAINT "ck_carrier_service_mail_class" CHECK ("mail_class" IN ('letter_post', 'parcel_post', 'courier')), CONSTRAINT "ck_carrier_service_code_format" CHECK ("code" ~ '^[A-Z0-9][A-Z0-9_-]{0,29}$'), CONSTRAINT "PK_d00de1f86caa585581d3761caea" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "shipment_label" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "parcel_id" uuid NOT NULL, "order_id" uuid NOT NULL, "warehouse_id" uuid NOT NULL, "carrier_id" uuid NOT NULL, "carrier_service_id" uuid NOT NULL, "tracking_number" character varying(40) NOT NULL, "status" character varying(20) NOT NULL, "ship_date" date NOT NULL, "destination_country" character(2) NOT NULL, "gross_weight_g" integer NOT NULL, "incoterm" character varying(3), "customs_form" character varying(20), "content" jsonb NOT NULL, "created_by" character varying(254) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "voided_by" character varying(254), "voided_at" TIMESTAMP(3) WITH TIME ZONE, "void_reason" character varying(500), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_shipment_label_tracking" UNIQUE ("carrier_id", "tracking_number", "ship_date"), CONSTRAINT "ck_shipment_label_voided" CHECK (("status" = 'voided') = ("voided_at" IS NOT NULL)), CONSTRAINT "ck_shipment_label_status" CHECK ("status" IN ('active', 'manifested', 'voided')), CONSTRAINT "PK_44d09ccfa1a85ef810e4b3d4698" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_shipment_label_ready" ON "shipment_label"  ("carrier_id", "warehouse_id", "status", "ship_date") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_shipment_label_current" ON "shipment_label"  ("parcel_id") WHERE "status" <> 'voided'`);
        await queryRunner.query(`CREATE TABLE "customs_declaration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "label_id" uuid NOT NULL, "parcel_id" uuid NOT NULL, "invoice_number" character varying(60) NOT NULL, "ship_date" date NOT NULL, "destination_country" character(2) NOT NULL, "territory" character varying(2) NOT NULL, "form" character varying(20) NOT NULL, "category" character varying(20) NOT NULL, "category_explanation" character varying(200), "reason_for_export" character varying(20) NOT NULL, "incoterm" character varying(3) NOT NULL, "currency" character(3) NOT NULL, "items" jsonb NOT NULL, "total_value_minor" integer NOT NULL, "total_net_weight_g" integer NOT NULL, "gross_weight_g" integer NOT NULL, "value_eur_minor" integer, "value_usd_minor" integer, "value_sdr_minor" integer, "ioss_number" character varying(12), "ioss_applies" boolean NOT NULL, "de_minimis" boolean NOT NULL, "estimated_duties" jsonb NOT NULL DEFAULT '[]', "sender" jsonb NOT NULL, "recipient" jsonb NOT NULL, "importer_of_record" jsonb NOT NULL, "fx_rates" jsonb NOT NULL, "rules_applied" text array NOT NULL, "declared_by" character varying(254) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_customs_declaration_ioss_path" CHECK ("ioss_number" IS NULL OR "ioss_applies"), CONSTRAINT "ck_customs_declaration_other_explained" CHECK ("category" <> 'other' OR "category_explanation" IS NOT NULL), CONSTRAINT "ck_customs_declaration_category" CHECK ("category" IN ('sale_of_goods', 'gift', 'documents', 'commercial_sample', 'returned_goods', 'other')), CONSTRAINT "PK_f6ac98fb5285fe77f4ed6d18c0c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_customs_declaration_label" ON "customs_declaration"  ("label_id") `);
        await queryRunner.query(`CREATE INDEX "ix_customs_declaration_parcel" ON "customs_declaration"  ("parcel_id") `);
        await queryRunner.query(`CREATE TABLE "manifest" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" character varying(80) NOT NULL, "carrier_id" uuid NOT NULL, "warehouse_id" uuid NOT NULL, "manifest_date" date NOT NULL, "parcel_count" integer NOT NULL, "total_weight_g" integer NOT NULL, "created_by" character varying(254) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c3196a2394e46f459c708f78bff" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_manifest_number" ON "manifest"  ("number") `);
        await queryRunner.query(`CREATE INDEX "ix_manifest_carrier_warehouse_date" ON "manifest"  ("carrier_id", "warehouse_id", "manifest_date") `);
        await queryRunner.query(`CREATE TABLE "manifest_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "manifest_id" uuid NOT NULL, "line_no" integer NOT NULL, "label_id" uuid NOT NULL, "parcel_id" uuid NOT NULL, "tracking_number" character varying(40) NOT NULL, "service_code" character varying(30) NOT NULL, "destination_country" character(2) NOT NULL, "gross_weight_g" integer NOT NULL, "incoterm" character varying(3), CONSTRAINT "uq_manifest_line_no" UNIQUE ("manifest_id", "line_no"), CONSTRAINT "PK_54bf84457ba800e7881834854e1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_manifest_line_label" ON "manifest_line"  ("label_id") `);
        await queryRunner.query(`CREATE TABLE "shipping_document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "label_id" uuid, "manifest_id" uuid, "parcel_id" uuid, "kind" character varying(20) NOT NULL, "file_name" character varying(100) NOT NULL, "content_type" character varying(60) NOT NULL, "content" bytea NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_shipping_document_sha256" CHECK ("sha256" ~ '^[0-9a-f]{64}$'), CONSTRAINT "ck_shipping_document_owner" CHECK (("label_id" IS NULL) <> ("manifest_id" IS NULL)), CONSTRAINT "ck_shipping_document_kind" CHECK ("kind" IN ('label_pdf', 'label_zpl', 'cn22', 'cn23', 'commercial_invoice', 'manifest_pdf')), CONSTRAINT "PK_edf5be05382cd5e6fb6dc266eac" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_shipping_document_parcel" ON "shipping_document"  ("parcel_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_shipping_document_manifest_kind" ON "shipping_document"  ("manifest_id", "kind") WHERE "manifest_id" IS NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_shipping_document_label_kind" ON "shipping_document"  ("label_id", "kind") WHERE "label_id" IS NOT NULL`);
        await queryRunner.query(`ALTER TABLE "carrier_service" ADD CONSTRAINT "FK_a903dded32ad54d6b6a4e4bf2dc" FOREIGN KEY ("carrier_id") REFERENCES "carrier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "shipment_label" ADD CONSTRAINT "FK_ee0f596032495a3077bdd62d662" FOREIGN KEY ("carrier_id") REFERENCES "carrier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "shipment_label" ADD CONSTRAINT "FK_62102c9a2228c504e285a32f975" FOREIGN KEY ("carrier_service_id") REFERENCES "carrier_service"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "customs_declaration" ADD CONSTRAINT "FK_123fef2f40a3302bd722173b14a" FOREIGN KEY ("label_id") REFERENCES "shipment_label"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "manifest" ADD CONSTRAINT "FK_ec2eed6681a04119bcc2e84eb6e" FOREIGN KEY ("carrier_id") REFERENCES "carrier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "manifest_line" ADD CONSTRAINT "FK_405e6197ec8657365a80f7f844e" FOREIGN KEY ("manifest_id") REFERENCES "manifest"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "manifest_line" ADD CONSTRAINT "FK_ac8f08bcc79b2e27e66c2e13fe8" FOREIGN KEY ("label_id") REFERENCES "shipment_label"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "shipping_document" ADD CONSTRAINT "FK_4877899490e616b1b308578278d" FOREIGN KEY ("label_id") REFERENCES "shipment_label"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "shipping_document" ADD CONSTRAINT "FK_fe5d502a65c931b331d87dcca3f" FOREIGN KEY ("manifest_id") REFERENCES "manifest"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "shipping_document" DROP CONSTRAINT "FK_fe5d502a65c931b331d87dcca3f"`);
        await queryRunner.query(`ALTER TABLE "shipping_document" DROP CONSTRAINT "FK_4877899490e616b1b308578278d"`);
        await queryRunner.query(`ALTER TABLE "manifest_line" DROP CONSTRAINT "FK_ac8f08bcc79b2e27e66c2e13fe8"`);
        await queryRunner.query(`ALTER TABLE "manifest_line" DROP CONSTRAINT "FK_405e6197ec8657365a80f7f844e"`);
        await queryRunner.query(`ALTER TABLE "manifest" DROP CONSTRAINT "FK_ec2eed6681a04119bcc2e84eb6e"`);
        await queryRunner.query(`ALTER TABLE "customs_declaration" DROP CONSTRAINT "FK_123fef2f40a3302bd722173b14a"`);
        await queryRunner.query(`ALTER TABLE "shipment_label" DROP CONSTRAINT "FK_62102c9a2228c504e285a32f975"`);
        await queryRunner.query(`ALTER TABLE "shipment_label" DROP CONSTRAINT "FK_ee0f596032495a3077bdd62d662"`);
        await queryRunner.query(`ALTER TABLE "carrier_service" DROP CONSTRAINT "FK_a903dded32ad54d6b6a4e4bf2dc"`);
        await queryRunner.query(`DROP INDEX "public"."uq_shipping_document_label_kind"`);
        await queryRunner.query(`DROP INDEX "public"."uq_shipping_document_manifest_kind"`);
        await queryRunner.query(`DROP INDEX "public"."ix_shipping_document_parcel"`);
        await queryRunner.query(`DROP TABLE "shipping_document"`);
        await queryRunner.query(`DROP INDEX "public"."uq_manifest_line_label"`);
        await queryRunner.query(`DROP TABLE "manifest_line"`);
        await queryRunner.query(`DROP INDEX "public"."ix_manifest_carrier_warehouse_date"`);
        await queryRunner.query(`DROP INDEX "public"."uq_manifest_number"`);
        await queryRunner.query(`DROP TABLE "manifest"`);
        await queryRunner.query(`DROP INDEX "public"."ix_customs_declaration_parcel"`);
        await queryRunner.query(`DROP INDEX "public"."uq_customs_declaration_label"`);
        await queryRunner.query(`DROP TABLE "customs_declaration"`);
        await queryRunner.query(`DROP INDEX "public"."uq_shipment_label_current"`);
        await queryRunner.query(`DROP INDEX "public"."ix_shipment_label_ready"`);
        await queryRunner.query(`DROP TABLE "shipment_label"`);
        await queryRunner.query(`DROP TABLE "carrier_service"`);
        await queryRunner.query(`DROP INDEX "public"."ix_carrier_partner"`);
        await queryRunner.query(`DROP INDEX "public"."uq_carrier_code"`);
        await queryRunner.query(`DROP TABLE "carrier"`);
        await queryRunner.query(`DROP SEQUENCE "shipping_s10_serial"`);
    }

}
