import { EnvironmentError, NodeEnv, validateEnvironment } from './environment';

describe('validateEnvironment', () => {
  it('gives working defaults for an empty environment', () => {
    const env = validateEnvironment({});
    expect(env).toMatchObject({ PORT: 3000, DATA_DIR: './data', DB_RUN_MIGRATIONS: true, RUN_WORKERS: true, NODE_ENV: NodeEnv.Development });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.REDIS_URL).toBeUndefined();
  });

  it('converts numbers and booleans', () => {
    const env = validateEnvironment({ PORT: '8080', DB_RUN_MIGRATIONS: 'false', RUN_WORKERS: '0' });
    expect(env).toMatchObject({ PORT: 8080, DB_RUN_MIGRATIONS: false, RUN_WORKERS: false });
  });

  it('treats an empty value as unset', () => {
    const env = validateEnvironment({ PORT: '', DATABASE_URL: '' });
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it.each([
    ['PORT', 'eighty', /^Invalid environment variable PORT="eighty": /],
    ['DATABASE_URL', 'mysql://x', /DATABASE_URL="mysql:\/\/x": must be a postgres:\/\/ or postgresql:\/\/ URL/],
    ['REDIS_URL', 'localhost:6379', /REDIS_URL=.*must be a redis:\/\/ or rediss:\/\/ URL/],
    ['JWT_SECRET', 'short', /JWT_SECRET=.*must be at least 32 characters/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL="loud"/],
  ])('stops on a bad %s with one line naming it', (name, value, message) => {
    let error: unknown;
    try {
      validateEnvironment({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvironmentError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message.split('\n')).toHaveLength(1);
  });

  it('requires JWT_SECRET in production', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production' })).toThrow('JWT_SECRET: required when NODE_ENV=production');
  });

  it('reads the label printers and refuses a malformed list', () => {
    expect(validateEnvironment({ LABEL_PRINTERS: 'pack-1=10.0.20.31:9100@203,pack-2=zebra-2.local' }).LABEL_PRINTERS).toBe('pack-1=10.0.20.31:9100@203,pack-2=zebra-2.local');
    expect(validateEnvironment({}).LABEL_PRINTERS).toBeUndefined();
    expect(() => validateEnvironment({ LABEL_PRINTERS: 'pack-1 10.0.20.31' })).toThrow(/^Invalid environment variable LABEL_PRINTERS="pack-1 10.0.20.31": must be name=host/);
  });

  it('keeps the webhook SSRF guard on by default and reads the webhook settings', () => {
    expect(validateEnvironment({})).toMatchObject({ WEBHOOK_ALLOW_PRIVATE_TARGETS: false, WEBHOOK_MAX_ATTEMPTS: 15, WEBHOOK_TIMEOUT_MS: 10000 });
    const env = validateEnvironment({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', WEBHOOK_MAX_ATTEMPTS: '3', WEBHOOK_TIMEOUT_MS: '2500' });
    expect(env).toMatchObject({ WEBHOOK_ALLOW_PRIVATE_TARGETS: true, WEBHOOK_MAX_ATTEMPTS: 3, WEBHOOK_TIMEOUT_MS: 2500 });
    expect(() => validateEnvironment({ WEBHOOK_MAX_ATTEMPTS: '0' })).toThrow(/^Invalid environment variable WEBHOOK_MAX_ATTEMPTS="0"/);
    expect(() => validateEnvironment({ WEBHOOK_TIMEOUT_MS: 'soon' })).toThrow(/^Invalid environment variable WEBHOOK_TIMEOUT_MS="soon"/);
  });

  it('ignores variables it does not know', () => {
    expect(() => validateEnvironment({ HOME: '/root', PATH: '/bin' })).not.toThrow();
  });
});
