import type { RequestHandler } from 'express';
import { MetricsService } from './metrics.service';

/**
 * Times every request, including those refused by guards or matching no route, labelled by route
 * template (not the raw URL) to keep label cardinality low.
 */
export function httpMetrics(metrics: MetricsService): RequestHandler {
  return (req, res, next) => {
    const end = metrics.httpDuration.startTimer();
    res.once('finish', () => {
      const route = (req.route as { path?: string } | undefined)?.path ?? 'unmatched';
      end({ method: req.method, route, status: String(res.statusCode) });
    });
    next();
  };
}
