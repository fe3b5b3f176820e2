import { ValidationFailedError } from '../../common/errors';
import {
  canonicalGtin, hsCodeMismatches, isVagueCustomsDescription, nationalHsCodeProblem, normalizeHsCodeMap,
  productRuleViolations, ProductRuleInput,
} from './product-rules';

const tShirt: ProductRuleInput = {
  customsDescription: "Men's T-shirt, knitted, 100% cotton",
  hsCode: '610910',
  hsCodes: { US: '6109100012', EU: '61091000' },
  lotTracked: false,
  expiryTracked: false,
};

describe('isVagueCustomsDescription', () => {
  it.each([
    "Men's T-shirt, knitted, 100% cotton",
    "Women's shoulder handbag, outer surface of polyurethane plastic sheeting, polyester lining",
    'Crew socks, knitted, 80% polyester 20% spandex, without lace or net',
    'Bicycle parts: chain rings of steel',
    'Sample of woven cotton twill fabric',
  ])('accepts "%s"', (text) => expect(isVagueCustomsDescription(text)).toBe(false));

  it.each(['Gifts', 'gift', 'clothes', 'CLOTHES', 'some goods', 'SAMPLE', 'samples', 'Various parts', 'a gift', 'misc. goods', 'Gifts & samples'])(
    'rejects "%s"',
    (text) => expect(isVagueCustomsDescription(text)).toBe(true),
  );
});

describe('nationalHsCodeProblem', () => {
  it('wants 10 digits for the US and accepts its national chapters 98/99', () => {
    expect(nationalHsCodeProblem('US', '6109.10.00.12')).toBeNull();
    expect(nationalHsCodeProblem('US', '9802000060')).toBeNull();
    expect(nationalHsCodeProblem('US', '61091000')).toMatch(/has 8 digits; expected 10/);
  });

  it('takes 8-digit CN or 10-digit TARIC codes for the EU, but no national chapters', () => {
    expect(nationalHsCodeProblem('EU', '61091000')).toBeNull();
    expect(nationalHsCodeProblem('EU', '6109100010')).toBeNull();
    expect(nationalHsCodeProblem('EU', '99050000')).toMatch(/reserved for national use/);
  });

  it('takes 8 or 10 digits for any other real country and refuses unknown keys', () => {
    expect(nationalHsCodeProblem('GB', '6109100010')).toBeNull();
    expect(nationalHsCodeProblem('CA', '610910')).toMatch(/has 6 digits/);
    expect(nationalHsCodeProblem('XX', '61091000')).toMatch(/not US, EU or an ISO 3166 alpha-2/);
    expect(nationalHsCodeProblem('gb', '61091000')).toMatch(/in capitals/);
    expect(nationalHsCodeProblem('constructor', '61091000')).toMatch(/not US, EU/);
  });
});

describe('hsCodeMismatches', () => {
  it('accepts national codes under the base subheading', () => {
    expect(hsCodeMismatches('610910', { US: '6109100012', EU: '61091000' })).toEqual([]);
  });

  it('names each destination whose code belongs to another subheading', () => {
    expect(hsCodeMismatches('610910', { US: '6110202041', EU: '61091000' })).toEqual([
      { field: 'hsCodes.US', message: 'hsCodes.US "6110202041" must start with the base HS code 610910' },
    ]);
  });
});

describe('productRuleViolations', () => {
  it('passes a complete, consistent product', () => {
    expect(productRuleViolations(tShirt)).toEqual([]);
    expect(productRuleViolations({ ...tShirt, lotTracked: true, expiryTracked: true })).toEqual([]);
  });

  it('refuses expiry tracking without lot tracking', () => {
    expect(productRuleViolations({ ...tShirt, expiryTracked: true })).toEqual([expect.objectContaining({ field: 'expiryTracked' })]);
  });

  it('reports every broken rule at once', () => {
    const fields = productRuleViolations({ ...tShirt, customsDescription: 'Gifts', hsCodes: { US: '6110202041' }, expiryTracked: true }).map(
      (e) => e.field,
    );
    expect(fields).toEqual(['customsDescription', 'hsCodes.US', 'expiryTracked']);
  });
});

describe('codes', () => {
  it('stores every GTIN length as 14 digits', () => {
    expect(canonicalGtin('5901234123457')).toBe('05901234123457');
    expect(canonicalGtin('96385074')).toBe('00000096385074');
  });

  it('refuses a GTIN with a wrong check digit as a validation error on gtin', () => {
    expect(() => canonicalGtin('5901234123458')).toThrow(ValidationFailedError);
  });

  it('removes separators from national codes', () => {
    expect(normalizeHsCodeMap({ US: '6109.10.00.12', EU: '6109 10 00' })).toEqual({ US: '6109100012', EU: '61091000' });
  });
});
