import { CN22_MAX_GROSS_WEIGHT_G, CN22_MAX_VALUE_SDR_MINOR, customsFormFor, MailClass } from './customs-forms';
import { chooseIncoterm } from './incoterm-policy';

describe('customs form choice', () => {
  it('uses CN 22 for letter post up to 300 SDR and 2 kg, CN 23 above either', () => {
    expect(customsFormFor(MailClass.LetterPost, CN22_MAX_VALUE_SDR_MINOR, CN22_MAX_GROSS_WEIGHT_G)).toBe('cn22');
    expect(customsFormFor(MailClass.LetterPost, CN22_MAX_VALUE_SDR_MINOR + 1, 100)).toBe('cn23');
    expect(customsFormFor(MailClass.LetterPost, 100, CN22_MAX_GROSS_WEIGHT_G + 1)).toBe('cn23');
  });

  it('uses CN 23 for letter post of unknown SDR value and for any parcel post', () => {
    expect(customsFormFor(MailClass.LetterPost, null, 100)).toBe('cn23');
    expect(customsFormFor(MailClass.ParcelPost, 1, 100)).toBe('cn23');
  });

  it('uses a commercial invoice for courier services', () => {
    expect(customsFormFor(MailClass.Courier, 1, 100)).toBe('commercial_invoice');
  });
});

describe('incoterm choice', () => {
  it('ships duty-paid on the IOSS path or to a configured territory, otherwise DAP', () => {
    expect(chooseIncoterm('EU', true, new Set())).toBe('DDP');
    expect(chooseIncoterm('EU', false, new Set())).toBe('DAP');
    expect(chooseIncoterm('US', false, new Set(['US']))).toBe('DDP');
  });
});
