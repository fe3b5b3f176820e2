import { NestExpressApplication } from '@nestjs/platform-express';
import express, { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Paths the API owns; everything else is the web app's. */
const API_PATHS = /^\/(api|docs|docs-json|health|metrics)(\/|$)/;

/**
 * Serves the web app's build (`vite build src/web` writes dist/web) at `/`: its files as they are
 * (hashed assets cached for a year), and its index.html for any other page a browser asks for, so
 * deep links and reloads work. Returns false when there is no build to serve.
 */
export function serveWebApp(app: NestExpressApplication, webRoot: string): boolean {
  const index = join(webRoot, 'index.html');
  if (!existsSync(index)) return false;
  const files = express.static(webRoot, {
    index: false,
    setHeaders: (res, path) => res.setHeader('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (API_PATHS.test(req.path) || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    files(req, res, () => {
      if (!req.accepts('html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  });
  return true;
}
