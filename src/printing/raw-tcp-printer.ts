import { connect } from 'node:net';
import { DomainError } from '../common/errors';

const TIMEOUT_MS = 5_000;

export const printerUnreachable = (printer: string, reason: string) =>
  new DomainError('PRINTER_UNREACHABLE', 502, 'Printer unreachable', `Label printer ${printer} did not take the label: ${reason}.`, { printer });

/**
 * Sends a job to a printer's raw port (JetDirect, TCP 9100): connect, write, close. Zebra printers
 * print what arrives and answer nothing, so a clean close is the only receipt there is.
 */
export function sendRaw(name: string, host: string, port: number, data: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    const fail = (reason: string) => {
      socket.destroy();
      reject(printerUnreachable(name, reason));
    };
    socket.setTimeout(TIMEOUT_MS, () => fail(`no answer from ${host}:${port} within ${TIMEOUT_MS / 1000} s`));
    socket.once('error', (error) => fail(error.message));
    socket.once('connect', () => socket.end(data, 'utf8'));
    socket.once('close', (hadError) => hadError || resolve());
  });
}
