import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { Transactions } from './transactions.service';

const pgError = (code: string) => new QueryFailedError('SELECT 1', [], Object.assign(new Error(`pg ${code}`), { code }));

/** A DataSource whose transactions fail with the given errors first, then run the work. */
function flakyDataSource(failures: Error[]): { dataSource: DataSource; calls: () => number } {
  let calls = 0;
  const dataSource = {
    transaction: async (...args: unknown[]) => {
      calls++;
      const work = args[args.length - 1] as (em: EntityManager) => Promise<unknown>;
      const failure = failures.shift();
      if (failure) throw failure;
      return work({} as EntityManager);
    },
  } as unknown as DataSource;
  return { dataSource, calls: () => calls };
}

describe('Transactions.run', () => {
  it('runs the work again after a deadlock or a serialization failure', async () => {
    const { dataSource, calls } = flakyDataSource([pgError('40P01'), pgError('40001')]);
    await expect(new Transactions(dataSource).run(async () => 'done')).resolves.toBe('done');
    expect(calls()).toBe(3);
  });

  it('gives up after a bounded number of attempts', async () => {
    const { dataSource, calls } = flakyDataSource(Array.from({ length: 10 }, () => pgError('40P01')));
    await expect(new Transactions(dataSource).run(async () => 'never')).rejects.toThrow('pg 40P01');
    expect(calls()).toBe(5);
  });

  it('does not retry other errors', async () => {
    const { dataSource, calls } = flakyDataSource([pgError('23505')]);
    await expect(new Transactions(dataSource).run(async () => 'never')).rejects.toThrow('pg 23505');
    expect(calls()).toBe(1);
  });
});
