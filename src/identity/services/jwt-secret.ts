import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Environment } from '../../config/environment';
import { randomToken } from './secret-tokens';

/**
 * JWT_SECRET when set (required in production). Otherwise a random secret kept in the data
 * directory, so sessions survive restarts of a single-machine install with no set-up.
 */
export function resolveJwtSecret(env: Environment): string {
  if (env.JWT_SECRET) return env.JWT_SECRET;
  const file = join(env.DATA_DIR, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(env.DATA_DIR, { recursive: true });
  const secret = randomToken(48);
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
