import { ConflictError, ValidationFailedError } from '../common/errors';

/** A conflict lists this many clashing codes at most; `existingCount` says how many there are. */
const MAX_LISTED_CODES = 20;

export const warehouseCodeTaken = (code: string) =>
  new ConflictError('WAREHOUSE_CODE_TAKEN', `A warehouse with code ${code} already exists.`, { warehouseCode: code });

export const warehouseInactive = (code: string) =>
  new ConflictError('WAREHOUSE_INACTIVE', `Warehouse ${code} is inactive; reactivate it before adding locations.`, { warehouseCode: code });

export const locationsExist = (warehouseCode: string, codes: string[]) => {
  const listed = codes.slice(0, MAX_LISTED_CODES);
  const more = codes.length > listed.length ? ` and ${codes.length - listed.length} more` : '';
  return new ConflictError('LOCATION_EXISTS', `Warehouse ${warehouseCode} already has location ${listed.join(', ')}${more}; nothing was created.`, {
    warehouseCode,
    existing: listed,
    existingCount: codes.length,
  });
};

export const invalidLocationRange = (rule: string) => new ValidationFailedError([{ field: 'pattern', message: `pattern is invalid: ${rule}` }]);
