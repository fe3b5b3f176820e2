import { EntityManager } from 'typeorm';
import { isValidSscc } from '../../common/codes';
import { Environment } from '../../config/environment';
import { SsccGenerator } from './sscc.generator';

/** A manager whose sequence hands out the given serials. */
const sequence = (serials: string[]) => ({ query: jest.fn().mockResolvedValue(serials.map((serial) => ({ serial }))) }) as unknown as EntityManager;

const generator = (prefix: string, extension = 0) => new SsccGenerator(Object.assign(new Environment(), { GS1_COMPANY_PREFIX: prefix, SSCC_EXTENSION_DIGIT: extension }));

describe('SsccGenerator', () => {
  it('builds extension digit + company prefix + zero-padded serial + GS1 check digit', async () => {
    // The GS1 reference: extension 1, prefix 0614141, serial 123456789 → 106141411234567897.
    expect(await generator('0614141', 1).next(sequence(['123456789']), 1)).toEqual(['106141411234567897']);
    const [first, second] = await generator('0614141').next(sequence(['1', '2']), 2);
    expect(first).toBe('006141410000000012');
    expect(second.slice(0, 17)).toBe('00614141000000002');
    expect([first, second].every(isValidSscc)).toBe(true);
  });

  it('leaves fewer serial digits to a longer prefix', async () => {
    expect(await generator('0614141999').next(sequence(['42']), 1)).toEqual([expect.stringMatching(/^00614141999000042\d$/)]);
  });

  it('refuses a serial that no longer fits instead of reusing digits', async () => {
    await expect(generator('0614141999').next(sequence(['1000000']), 1)).rejects.toMatchObject({ code: 'SSCC_RANGE_EXHAUSTED', status: 409 });
  });

  it('asks the sequence for nothing when no SSCC is needed', async () => {
    const manager = sequence([]);
    expect(await generator('0614141').next(manager, 0)).toEqual([]);
    expect(manager.query).not.toHaveBeenCalled();
  });
});
