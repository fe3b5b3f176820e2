import { parseFlags, required, UsageError } from './arguments';

describe('parseFlags', () => {
  it('reads --name value, --name=value and bare flags', () => {
    expect(parseFlags(['--email', 'a@b.co', '--password=x y', '--force'])).toEqual({ email: 'a@b.co', password: 'x y', force: 'true' });
  });

  it('refuses stray arguments', () => {
    expect(() => parseFlags(['oops'])).toThrow(UsageError);
  });

  it('required() names the missing flag', () => {
    expect(() => required({}, 'email')).toThrow('--email is required');
    expect(() => required({ email: 'true' }, 'email')).toThrow('--email is required');
    expect(required({ email: 'a@b.co' }, 'email')).toBe('a@b.co');
  });
});
