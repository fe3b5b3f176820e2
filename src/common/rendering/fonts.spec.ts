import { FONT, fontFor } from './fonts';

describe('fontFor', () => {
  it.each(['男士圆领T恤 白色', 'Colour 白色', '（含税）', 'ラベル'])('picks the CJK font for %s', (text) => {
    expect(fontFor(text)).toBe(FONT.cjk);
    expect(fontFor(text, 'bold')).toBe(FONT.cjkBold);
  });

  it.each(['PO-2026-00042', 'Łódź, Ősz utca 5', 'Москва', ''])('picks the Latin font for %s', (text) => {
    expect(fontFor(text)).toBe(FONT.sans);
    expect(fontFor(text, 'bold')).toBe(FONT.sansBold);
  });
});
