import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { buildSscc, InvalidCodeError } from '../../common/codes';
import { Environment } from '../../config/environment';
import { ssccRangeExhausted } from '../inbound.errors';

/**
 * SSCCs of our own: extension digit + GS1 company prefix + a serial reference from the
 * `inbound_sscc_serial_seq` sequence + the GS1 check digit. A sequence never hands out a number
 * twice, even across processes, and a rolled-back import only leaves gaps.
 */
@Injectable()
export class SsccGenerator {
  constructor(private readonly env: Environment) {}

  async next(manager: EntityManager, count: number): Promise<string[]> {
    if (count === 0) return [];
    const rows: { serial: string }[] = await manager.query(
      `SELECT nextval('inbound_sscc_serial_seq')::text AS serial FROM generate_series(1, $1)`,
      [count],
    );
    return rows.map((row) => {
      try {
        return buildSscc(this.env.SSCC_EXTENSION_DIGIT, this.env.GS1_COMPANY_PREFIX, BigInt(row.serial));
      } catch (error) {
        // The serial no longer fits the digits the prefix leaves: reusing a number would break SSCC uniqueness.
        if (error instanceof InvalidCodeError) throw ssccRangeExhausted(this.env.GS1_COMPANY_PREFIX);
        throw error;
      }
    });
  }
}
