import { rmSync } from 'node:fs';
import { withAdminClient } from '../../support/test-database';
import type { WebTestApp } from './web-global-setup';

export default async function webGlobalTeardown(): Promise<void> {
  const app = (globalThis as { __WMS_WEB_APP__?: WebTestApp }).__WMS_WEB_APP__;
  if (!app) return;
  if (app.child.exitCode === null) {
    const exited = new Promise((resolve) => app.child.once('exit', resolve));
    app.child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 10_000)))]);
    clearTimeout(timer);
  }
  await withAdminClient((admin) => admin.query(`DROP DATABASE IF EXISTS ${app.database} WITH (FORCE)`));
  rmSync(app.dataDir, { recursive: true, force: true });
}
