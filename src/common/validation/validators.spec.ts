import { isCountryCode, isTimeZone } from './validators';

describe('isCountryCode', () => {
  it.each(['US', 'NL', 'CN', 'DE'])('accepts %s', (code) => expect(isCountryCode(code)).toBe(true));
  it.each(['XX', 'nl', 'NLD', '528', 'N', '', 528, null])('rejects %p', (code) => expect(isCountryCode(code)).toBe(false));
});

describe('isTimeZone', () => {
  it.each(['America/New_York', 'Europe/Amsterdam', 'Europe/Kyiv', 'Asia/Kolkata', 'America/Argentina/Buenos_Aires', 'Etc/GMT+1', 'UTC'])(
    'accepts %s',
    (zone) => expect(isTimeZone(zone)).toBe(true),
  );
  it.each(['Mars/Olympus', 'america/new_york', 'EST5EDT', '+01:00', 'utc', '', 42, null])('rejects %p', (zone) => expect(isTimeZone(zone)).toBe(false));
});
