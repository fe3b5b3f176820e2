import { MigrationInterface, QueryRunner } from "typeorm";

export class PartnerApi1795636233890 implements MigrationInterface {
    name = 'PartnerApi1795636233890'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "tracking_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "label_id" uuid NOT NULL, "parcel_id" uuid NOT NULL, "tracking_number" character varying(40) NOT NULL, "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "utc_offset" character varying(6) NOT NULL, "status" character varying(24) NOT NULL, "carrier_code" character varying(40) NOT NULL, "description" character varying(500), "city" character varying(100), "region" character varying(100), "postcode" character varying(20), "country" character(2), "applied" boolean NOT NULL, "reported_by" character varying(254) NOT NULL, "received_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_tracking_event_scan" UNIQUE ("label_id", "occurred_at", "carrier_code"), CONSTRAINT "ck_tracking_event_status" CHECK ("status" IN ('pre_transit', 'in_transit', 'out_for_delivery', 'available_for_pickup', 'delivered', 'return_to_sender', 'failure', 'exception', 'cancelled', 'unknown')), CONSTRAINT "PK_83bccdd8f9ff869cc45d04e2ca4" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ix_tracking_event_parcel" ON "tracking_event"  ("parcel_id", "occurred_at") `);
        await queryRunner.query(`ALTER TABLE "parcel" ADD "shipped_at" TIMESTAMP(3) WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "parcel" ADD "delivered_at" TIMESTAMP(3) WITH TIME ZONE`);
        // Check constraints are not diffed by the generator: parcels can now be shipped and delivered.
        await queryRunner.query(`ALTER TABLE "parcel" DROP CONSTRAINT "ck_parcel_status"`);
        await queryRunner.query(`ALTER TABLE "parcel" ADD CONSTRAINT "ck_parcel_status" CHECK ("status" IN ('open', 'closed', 'shipped', 'delivered'))`);
        await queryRunner.query(`ALTER TABLE "parcel" DROP CONSTRAINT "ck_parcel_closed_weighed"`);
        await queryRunner.query(`ALTER TABLE "parcel" ADD CONSTRAINT "ck_parcel_closed_weighed" CHECK ("status" = 'open' OR ("gross_weight_g" > 0 AND "closed_at" IS NOT NULL AND "shipping_location_id" IS NOT NULL))`);
        await queryRunner.query(`ALTER TABLE "api_key" ADD "rate_limit_per_minute" integer`);
        await queryRunner.query(`ALTER TABLE "shipment_label" ADD "tracking_status" character varying(24)`);
        await queryRunner.query(`ALTER TABLE "shipment_label" ADD "tracking_status_at" TIMESTAMP(3) WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "manifest" ADD "picked_up_at" TIMESTAMP(3) WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "manifest" ADD "picked_up_by" character varying(254)`);
        await queryRunner.query(`ALTER TABLE "tracking_event" ADD CONSTRAINT "FK_ff1f20a5a10da432d43be057639" FOREIGN KEY ("label_id") REFERENCES "shipment_label"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "tracking_event" DROP CONSTRAINT "FK_ff1f20a5a10da432d43be057639"`);
        await queryRunner.query(`ALTER TABLE "manifest" DROP COLUMN "picked_up_by"`);
        await queryRunner.query(`ALTER TABLE "manifest" DROP COLUMN "picked_up_at"`);
        await queryRunner.query(`ALTER TABLE "shipment_label" DROP COLUMN "tracking_status_at"`);
        await queryRunner.query(`ALTER TABLE "shipment_label" DROP COLUMN "tracking_status"`);
        await queryRunner.query(`ALTER TABLE "api_key" DROP COLUMN "rate_limit_per_minute"`);
        await queryRunner.query(`ALTER TABLE "parcel" DROP CONSTRAINT "ck_parcel_closed_weighed"`);
        await queryRunner.query(`ALTER TABLE "parcel" ADD CONSTRAINT "ck_parcel_closed_weighed" CHECK ("status" <> 'closed' OR ("gross_weight_g" > 0 AND "closed_at" IS NOT NULL AND "shipping_location_id" IS NOT NULL))`);
        await queryRunner.query(`ALTER TABLE "parcel" DROP CONSTRAINT "ck_parcel_status"`);
        await queryRunner.query(`ALTER TABLE "parcel" ADD CONSTRAINT "ck_parcel_status" CHECK ("status" IN ('open', 'closed'))`);
        await queryRunner.query(`ALTER TABLE "parcel" DROP COLUMN "delivered_at"`);
        await queryRunner.query(`ALTER TABLE "parcel" DROP COLUMN "shipped_at"`);
        await queryRunner.query(`DROP INDEX "public"."ix_tracking_event_parcel"`);
        await queryRunner.query(`DROP TABLE "tracking_event"`);
    }

}
