import { MigrationInterface, QueryRunner } from "typeorm";

export class MillisecondTimestamps1795626796186 implements MigrationInterface {
    name = 'MillisecondTimestamps1795626796186'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "idempotency_record" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "occurred_at" TYPE TIMESTAMP(3) WITH TIME ZONE`);
        await queryRunner.query(`DROP INDEX "public"."ix_outbox_due"`);
        await queryRunner.query(`ALTER TABLE "outbox" ALTER COLUMN "available_at" TYPE TIMESTAMP(3) WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "outbox" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "outbox" ALTER COLUMN "updated_at" TYPE TIMESTAMP(3) WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "partner" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "partner" ALTER COLUMN "updated_at" TYPE TIMESTAMP(3) WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "app_user" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "app_user" ALTER COLUMN "updated_at" TYPE TIMESTAMP(3) WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "refresh_token" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "warehouse" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "warehouse" ALTER COLUMN "updated_at" TYPE TIMESTAMP(3) WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "location" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "location" ALTER COLUMN "updated_at" TYPE TIMESTAMP(3) WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "api_key" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE`);
        await queryRunner.query(`CREATE INDEX "ix_outbox_due" ON "outbox"  ("status", "available_at") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_outbox_due"`);
        await queryRunner.query(`ALTER TABLE "api_key" ALTER COLUMN "created_at" TYPE TIMESTAMP(6) WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "location" ALTER COLUMN "updated_at" TYPE TIMESTAMP(6) WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "location" ALTER COLUMN "created_at" TYPE TIMESTAMP(6) WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "warehouse" ALTER COLUMN "updated_at" TYPE TIMESTAMP(6) WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "warehouse" ALTER COLUMN "created_at" TYPE TIMESTAMP(6) WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "refresh_token" ALTER COLUMN "created_at" TYPE TIMESTAMP(6) WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "app_user" ALTER COLUMN "updated_at" TYPE TIMESTAMP(6) WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "app_user" ALTER COLUMN "created_at" TYPE TIMESTAMP(6) WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "partner" ALTER COLUMN "updated_at" TYPE TIMESTAMP(6) WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "partner" ALTER COLUMN "created_at" TYPE TIMESTAMP(6) WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "outbox" ALTER COLUMN "updated_at" TYPE TIMESTAMP(6) WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "outbox" ALTER COLUMN "created_at" TYPE TIMESTAMP(6) WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "outbox" ALTER COLUMN "available_at" TYPE TIMESTAMP(6) WITH TIME ZONE`);
        await queryRunner.query(`CREATE INDEX "ix_outbox_due" ON "outbox" USING btree ("status", "available_at") `);
        await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "occurred_at" TYPE TIMESTAMP(6) WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "idempotency_record" ALTER COLUMN "created_at" TYPE TIMESTAMP(6) WITH TIME ZONE`);
    }

}
