import type { ApiPaths } from '../api/client';

/** The scan writes a station may queue offline: each accepts an Idempotency-Key, so a replay changes nothing twice. */
export type ScanRoute =
  | '/api/v1/scans'
  | '/api/v1/receipts/{id}/scans'
  | '/api/v1/putaway-tasks/{id}/scans'
  | '/api/v1/pick-lists/{id}/picks'
  | '/api/v1/pack-sessions/{id}/parcels/{parcelId}/items';

type Post<R extends ScanRoute> = ApiPaths[R]['post'];
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type ScanBody<R extends ScanRoute> = Json<Post<R>['requestBody']>;
/** The route's path parameters; `undefined` for a route without any. */
export type ScanPathParams<R extends ScanRoute> = Post<R>['parameters'] extends { path?: infer P } ? ([NonNullable<P>] extends [never] ? undefined : P) : undefined;
export type ScanResult<R extends ScanRoute> = Post<R>['responses'] extends { 201: infer Created }
  ? Json<Created>
  : Post<R>['responses'] extends { 200: infer Ok }
    ? Json<Ok>
    : never;
