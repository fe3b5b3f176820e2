import { parseLabelPrinters } from './label-printers';

describe('LABEL_PRINTERS', () => {
  it('reads name=host[:port][@dpi] entries, raw port 9100 and 203 dpi by default', () => {
    expect(parseLabelPrinters('pack-1=10.0.20.31:9101@300, pack-2=zebra-2.local ,dock=[fd00::7]')).toEqual([
      { name: 'pack-1', host: '10.0.20.31', port: 9101, dpi: 300 },
      { name: 'pack-2', host: 'zebra-2.local', port: 9100, dpi: 203 },
      { name: 'dock', host: 'fd00::7', port: 9100, dpi: 203 },
    ]);
  });

  it('is empty when unset', () => {
    expect(parseLabelPrinters(undefined)).toEqual([]);
    expect(parseLabelPrinters(' ')).toEqual([]);
  });

  it('stops the boot naming a bad entry', () => {
    expect(() => parseLabelPrinters('pack-1=10.0.0.1:99999')).toThrow('LABEL_PRINTERS: "pack-1=10.0.0.1:99999" is not name=host[:port][@203|@300]');
    expect(() => parseLabelPrinters('10.0.0.1')).toThrow(/is not name=host/);
    expect(() => parseLabelPrinters('pack-1=10.0.0.1@600')).toThrow(/is not name=host/);
  });
});
