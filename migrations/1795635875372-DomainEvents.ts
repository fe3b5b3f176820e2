import { MigrationInterface, QueryRunner } from "typeorm";

export class DomainEvents1795635875372 implements MigrationInterface {
    name = 'DomainEvents1795635875372'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "domain_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "position" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "type" character varying(60) NOT NULL, "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "data" jsonb NOT NULL, "partner_ids" uuid array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f901502d0301da69fb8cebbb8f2" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_domain_event_position" ON "domain_event"  ("position") `);
        await queryRunner.query(`CREATE INDEX "ix_domain_event_type_time" ON "domain_event"  ("type", "occurred_at") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_domain_event_type_time"`);
        await queryRunner.query(`DROP INDEX "public"."uq_domain_event_position"`);
        await queryRunner.query(`DROP TABLE "domain_event"`);
    }

}
