import { Transactions } from '../../src/common/database/transactions.service';
import { OutboxService } from '../../src/common/jobs';
import { OutboxRelay } from '../../src/common/jobs/outbox-relay.service';
import { Role } from '../../src/identity/roles';
import { RecordingJobHandler, RecordingJobModule } from '../support/recording-job.handler';
import { createTestApp, TestApp } from '../support/test-app';

const NO_POLLING = { RUN_WORKERS: 'true', OUTBOX_POLL_INTERVAL_MS: '3600000', OUTBOX_MAX_ATTEMPTS: '3', OUTBOX_BACKOFF_BASE_MS: '10' };

async function outboxRow(t: TestApp, key: string) {
  const [row] = await t.dataSource.query('SELECT * FROM outbox WHERE business_key = $1', [key]);
  return row as { id: string; status: string; attempts: number; last_error: string | null; available_at: Date } | undefined;
}

async function enqueue(t: TestApp, key: string, value = key) {
  await t.app.get(Transactions).run((em) => t.app.get(OutboxService).enqueue(em, { job: 'test.record', key, payload: { value } }));
}

async function waitFor<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('Jobs through the transactional outbox, in-process (no Redis)', () => {
  let t: TestApp;
  let handler: RecordingJobHandler;
  let relay: OutboxRelay;

  beforeAll(async () => {
    t = await createTestApp(NO_POLLING, [RecordingJobModule]);
    handler = t.app.get(RecordingJobHandler);
    relay = t.app.get(OutboxRelay);
  });
  beforeEach(async () => {
    await t.truncate();
    handler.runs.length = 0;
    handler.failNext = 0;
  });
  afterAll(() => t.close());

  it('runs a job written in a committed transaction, once', async () => {
    await enqueue(t, 'po-1');
    expect(await relay.tick()).toBe(1);
    expect(handler.runs).toEqual([{ value: 'po-1', attempt: 1 }]);
    expect((await outboxRow(t, 'po-1'))?.status).toBe('completed');
    expect(await relay.tick()).toBe(0);
    expect(handler.runs).toHaveLength(1);
  });

  it('writes no job when the business transaction rolls back', async () => {
    await expect(
      t.app.get(Transactions).run(async (em) => {
        await t.app.get(OutboxService).enqueue(em, { job: 'test.record', key: 'rolled-back', payload: { value: 'x' } });
        throw new Error('business rule broken');
      }),
    ).rejects.toThrow('business rule broken');
    expect(await outboxRow(t, 'rolled-back')).toBeUndefined();
  });

  it('enqueueing the same business key twice gives one job', async () => {
    await enqueue(t, 'label-7');
    await enqueue(t, 'label-7');
    const [{ n }] = await t.dataSource.query("SELECT count(*)::int AS n FROM outbox WHERE business_key = 'label-7'");
    expect(n).toBe(1);
  });

  it('retries with backoff, fails after the last attempt, and an admin can list and retry it', async () => {
    handler.failNext = 3;
    await enqueue(t, 'flaky');
    await relay.tick();
    const afterFirst = await outboxRow(t, 'flaky');
    expect(afterFirst).toMatchObject({ status: 'pending', attempts: 1, last_error: 'Error: planned failure of flaky' });
    expect(new Date(afterFirst!.available_at).getTime()).toBeGreaterThan(Date.now() - 1000);
    for (let i = 0; i < 2; i++) {
      await new Promise((r) => setTimeout(r, 100)); // past the (10 ms based) backoff
      await relay.tick();
    }
    expect(await outboxRow(t, 'flaky')).toMatchObject({ status: 'failed', attempts: 3 });

    const admin = await t.tokenFor(Role.Admin);
    const failed = await t.http.get('/api/v1/jobs').query({ status: 'failed' }).set('Authorization', `Bearer ${admin}`).expect(200);
    expect(failed.body.items).toHaveLength(1);
    const id = failed.body.items[0].id;
    const retried = await t.http.post(`/api/v1/jobs/${id}/retry`).set('Authorization', `Bearer ${admin}`).expect(200);
    expect(retried.body).toMatchObject({ status: 'pending', attempts: 3, maxAttempts: 6 });
    await relay.tick();
    expect(await outboxRow(t, 'flaky')).toMatchObject({ status: 'completed', attempts: 4 });
    const again = await t.http.post(`/api/v1/jobs/${id}/retry`).set('Authorization', `Bearer ${admin}`).expect(409);
    expect(again.body.code).toBe('JOB_NOT_FAILED');
    await t.http.get('/api/v1/jobs/abc').set('Authorization', `Bearer ${admin}`).expect(400);
    await t.http.get('/api/v1/jobs/999999').set('Authorization', `Bearer ${admin}`).expect(404);
  });

  it('a job without a handler fails visibly instead of vanishing', async () => {
    await t.app.get(Transactions).run((em) => t.app.get(OutboxService).enqueue(em, { job: 'test.nobody', key: 'orphan', payload: {}, maxAttempts: 1 }));
    await relay.tick();
    expect(await outboxRow(t, 'orphan')).toMatchObject({ status: 'failed', last_error: 'Error: No handler is registered for job "test.nobody"' });
  });

  it('reports job counts and outbox lag on /metrics', async () => {
    await enqueue(t, 'waiting');
    const res = await t.http.get('/metrics').expect(200);
    expect(res.text).toMatch(/^jobs\{status="pending"\} 1$/m);
    expect(res.text).toMatch(/^outbox_lag_seconds \d/m);
    expect(res.text).toMatch(/http_request_duration_seconds_bucket\{.*route="\/health"|http_request_duration_seconds/);
  });
});

describe('Jobs on BullMQ (real Redis)', () => {
  let t: TestApp;
  let handler: RecordingJobHandler;
  const prefix = `wms-test-${process.pid}-${Date.now()}`;

  beforeAll(async () => {
    t = await createTestApp({ ...NO_POLLING, REDIS_URL: 'redis://127.0.0.1:6379', QUEUE_PREFIX: prefix }, [RecordingJobModule]);
    handler = t.app.get(RecordingJobHandler);
  });
  beforeEach(async () => {
    await t.truncate();
    handler.runs.length = 0;
    handler.failNext = 0;
  });
  afterAll(() => t.close());

  it('hands the job to the queue and the BullMQ worker runs it', async () => {
    await enqueue(t, 'po-42');
    await waitFor(async () => ((await t.app.get(OutboxRelay).tick()) === 1 ? true : undefined), 'the relay to hand the job over');
    const row = await waitFor(async () => {
      const r = await outboxRow(t, 'po-42');
      return r?.status === 'completed' ? r : undefined;
    }, 'the worker to complete the job');
    expect(row.attempts).toBe(1);
    expect(handler.runs).toEqual([{ value: 'po-42', attempt: 1 }]);
  });

  it('retries a failing job through the outbox with a new queue job per attempt', async () => {
    handler.failNext = 1;
    await enqueue(t, 'retry-me');
    const relay = t.app.get(OutboxRelay);
    await waitFor(async () => {
      await relay.tick();
      const r = await outboxRow(t, 'retry-me');
      return r?.status === 'completed' ? r : undefined;
    }, 'the retried job to complete');
    expect(handler.runs.map((r) => r.attempt)).toEqual([1, 2]);
  });

  it('reports Redis in /health', async () => {
    const res = await t.http.get('/health').expect(200);
    expect(res.body.details.redis.status).toBe('up');
  });
});

describe('Jobs while Redis is down', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Nothing listens on this port: every Redis call fails at once.
    t = await createTestApp({ ...NO_POLLING, REDIS_URL: 'redis://127.0.0.1:6390' }, [RecordingJobModule]);
  });
  beforeEach(() => t.truncate());
  afterAll(() => t.close());

  it('keeps the job in the outbox, not lost and not charged an attempt, and API requests still succeed', async () => {
    const admin = await t.tokenFor(Role.Admin);
    await t.http.post('/api/v1/partners').set('Authorization', `Bearer ${admin}`).send({ code: 'ACME', name: 'Acme', kind: 'shop' }).expect(201);
    await enqueue(t, 'during-outage');
    expect(await t.app.get(OutboxRelay).tick()).toBe(0);
    const row = await outboxRow(t, 'during-outage');
    expect(row).toMatchObject({ status: 'pending', attempts: 0 });
    expect(new Date(row!.available_at).getTime()).toBeGreaterThan(Date.now());
  });

  it('reports Redis down in /health without failing it: the API still serves requests', async () => {
    const res = await t.http.get('/health').expect(200);
    expect(res.body.details.redis.status).toBe('down');
  });
});
