import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { FieldError } from '../../common/errors';
import { flattenValidationErrors } from '../../common/validation/validation-exception.factory';
import { TrackingEventItemDto } from '../api/tracking-event.dto';

export type CheckedItem = { ok: true; item: TrackingEventItemDto; occurredAt: Date; utcOffset: string } | { ok: false; errors: FieldError[] };

/** Validates one batch item with the same rules (and messages) the global pipe applies to bodies. */
export function checkTrackingItem(raw: Record<string, unknown>, index: number): CheckedItem {
  const item = plainToInstance(TrackingEventItemDto, raw);
  const problems = validateSync(item, { whitelist: true, forbidNonWhitelisted: true });
  const prefix = `events[${index}]`;
  if (problems.length) return { ok: false, errors: flattenValidationErrors(problems, prefix) };
  const occurredAt = new Date(item.occurred_at);
  if (Number.isNaN(occurredAt.getTime())) {
    return { ok: false, errors: [{ field: `${prefix}.occurred_at`, message: 'occurred_at must be a real date and time' }] };
  }
  const offset = item.occurred_at.endsWith('Z') ? '+00:00' : item.occurred_at.slice(-6);
  return { ok: true, item, occurredAt, utcOffset: offset };
}
