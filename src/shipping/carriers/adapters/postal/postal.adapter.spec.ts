import { isValidS10 } from '../../../../common/codes';
import { postalSettingsProblems } from './postal-settings';
import { s10FromSerial } from './postal.adapter';

describe('postal adapter', () => {
  it('turns the sequence number into an S10 id with the service indicator and country of the configuration', () => {
    expect(s10FromSerial(12_345_678, { s10ServiceIndicator: 'LX' }, { s10Country: 'US' })).toBe('LX123456785US');
    expect(s10FromSerial(1, { s10ServiceIndicator: 'CP' }, { s10Country: 'NL' })).toBe('CP000000014NL');
    expect(isValidS10(s10FromSerial(99_999_999, { s10ServiceIndicator: 'EE' }, { s10Country: 'DE' }))).toBe(true);
  });

  it('names the settings a postal carrier and its services need', () => {
    expect(postalSettingsProblems({ s10Country: 'US' }, { s10ServiceIndicator: 'LX' })).toEqual([]);
    expect(postalSettingsProblems({ s10Country: 'USA' }, { s10ServiceIndicator: 'lx' }).map((p) => p.field)).toEqual([
      'settings.s10Country', 'settings.s10ServiceIndicator',
    ]);
    expect(postalSettingsProblems({ s10Country: 'US' }, null)).toEqual([]);
  });
});
