import { UnprocessableError } from '../common/errors';
import { LABEL_PRINTERS_VARIABLE } from '../config/label-printers';

export const printerUnknown = (name: string, known: string[]) =>
  new UnprocessableError('PRINTER_UNKNOWN', `No label printer "${name}"; configured: ${known.length ? known.join(', ') : 'none'}.`, [
    { field: 'printer', message: `must be one of the printers in ${LABEL_PRINTERS_VARIABLE}` },
  ]);
