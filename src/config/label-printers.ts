export interface LabelPrinter {
  name: string;
  host: string;
  port: number;
  dpi: 203 | 300;
}

/** The variable naming the networked label printers; see README (Configuration). */
export const LABEL_PRINTERS_VARIABLE = 'LABEL_PRINTERS';

const ENTRY = /^([A-Za-z0-9][A-Za-z0-9._-]{0,39})=([A-Za-z0-9.-]+|\[[0-9a-fA-F:]+\])(?::(\d{1,5}))?(?:@(203|300))?$/;

/** Whether `parseLabelPrinters` accepts the value; the environment check uses it. */
export function isLabelPrinterList(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    parseLabelPrinters(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Parses `pack-1=10.0.20.31:9100@203,pack-2=zebra-2.local`: a name, a host, the raw port (9100 by
 * default) and the printer's resolution (203 dpi by default). A bad entry stops the boot, naming it.
 */
export function parseLabelPrinters(value: string | undefined): LabelPrinter[] {
  const entries = (value ?? '').split(',').map((e) => e.trim()).filter(Boolean);
  return entries.map((entry) => {
    const m = ENTRY.exec(entry);
    const port = Number(m?.[3] ?? 9100);
    if (!m || port < 1 || port > 65535) {
      throw new Error(`${LABEL_PRINTERS_VARIABLE}: "${entry}" is not name=host[:port][@203|@300]`);
    }
    return { name: m[1], host: m[2].replace(/^\[|\]$/g, ''), port, dpi: m[4] === '300' ? 300 : 203 };
  });
}
