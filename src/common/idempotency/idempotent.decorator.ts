import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';

export const IDEMPOTENCY_METADATA = 'wms:idempotency';
export const IDEMPOTENCY_HEADER = 'idempotency-key';

/**
 * Accepts an `Idempotency-Key` header on this route (required when `required` is true): a repeat
 * with the same key and body returns the first response and changes nothing.
 */
export const Idempotent = (options: { required: boolean } = { required: false }) =>
  applyDecorators(
    SetMetadata(IDEMPOTENCY_METADATA, options),
    ApiHeader({
      name: 'Idempotency-Key',
      required: options.required,
      description: 'Unique per intended change (e.g. a UUID). Repeats with the same body replay the first response; another body gives 422.',
      schema: { type: 'string', maxLength: 200 },
    }),
  );
