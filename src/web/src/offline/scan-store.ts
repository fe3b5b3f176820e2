import { DBSchema, IDBPDatabase, openDB } from 'idb';
import type { Problem } from '../api/problem';
import type { ScanRoute } from './scan-routes';

export type QueuedScanStatus = 'pending' | 'failed';

/** A scan waiting to reach the server, in the order it was made. */
export interface QueuedScan {
  seq?: number;
  idempotencyKey: string;
  route: ScanRoute;
  pathParams: Record<string, string> | undefined;
  body: unknown;
  /** What the worker scanned, for the pending list. */
  label: string;
  userId: string;
  createdAt: string;
  status: QueuedScanStatus;
  /** Why the server refused it on replay. */
  problem?: Problem;
  attempts: number;
}

interface OfflineDb extends DBSchema {
  scans: { key: number; value: QueuedScan };
}

let db: Promise<IDBPDatabase<OfflineDb>> | null = null;

function open(): Promise<IDBPDatabase<OfflineDb>> {
  db ??= openDB<OfflineDb>('wms-offline', 1, {
    upgrade(database) {
      database.createObjectStore('scans', { keyPath: 'seq', autoIncrement: true });
    },
  });
  return db;
}

export async function addScan(scan: QueuedScan): Promise<QueuedScan> {
  const seq = await (await open()).add('scans', scan);
  return { ...scan, seq };
}

/** Oldest first: the auto-increment key is the order the scans were made in. */
export async function allScans(): Promise<QueuedScan[]> {
  return (await open()).getAll('scans');
}

export async function putScan(scan: QueuedScan): Promise<void> {
  await (await open()).put('scans', scan);
}

export async function deleteScan(seq: number): Promise<void> {
  await (await open()).delete('scans', seq);
}
