import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';

/** PostgreSQL codes after which running the whole transaction again is safe and usually succeeds. */
const RETRYABLE = new Set(['40P01', '40001']);
const MAX_ATTEMPTS = 5;

export function isRetryableTransactionError(error: unknown): boolean {
  return error instanceof QueryFailedError && RETRYABLE.has((error.driverError as { code?: string }).code ?? '');
}

/**
 * Explicit transactions for services that write. The work function may run more than once (after a
 * deadlock or serialization failure), so it must not have effects outside the given manager.
 */
@Injectable()
export class Transactions {
  private readonly logger = new Logger('Transactions');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `isolation` defaults to the server's (READ COMMITTED); naming it costs a round trip per transaction. */
  async run<T>(work: (manager: EntityManager) => Promise<T>, isolation?: IsolationLevel): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await (isolation ? this.dataSource.transaction(isolation, work) : this.dataSource.transaction(work));
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS || !isRetryableTransactionError(error)) throw error;
        const delay = Math.round(10 * 2 ** attempt * (0.5 + Math.random()));
        this.logger.warn(`Transaction conflict (${(error as QueryFailedError<Error & { code?: string }>).driverError.code}), retry ${attempt} in ${delay} ms`);
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }
}
