import { SetMetadata } from '@nestjs/common';

export const AUDIT_METADATA = 'wms:audit';

export interface AuditSpec {
  action: string;
  entityType: string;
}

/** Names the audit action and entity type of a state-changing route (otherwise derived from the route). */
export const Audit = (action: string, entityType: string) => SetMetadata(AUDIT_METADATA, { action, entityType } satisfies AuditSpec);

/** For routes whose service writes its own, more precise audit events (e.g. login). */
export const NoAudit = () => SetMetadata(AUDIT_METADATA, false);
