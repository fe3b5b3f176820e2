import { checkTarget, forbiddenAddressRule, Resolver } from './target-guard';

const resolvesTo = (...addresses: string[]): Resolver => async () => addresses;

describe('forbiddenAddressRule', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.127.255.254', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'link-local'],
    ['febf::1', 'link-local'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456::1', 'unique-local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:a00:1', 'private'],
    ['64:ff9b::a00:1', 'NAT64'],
  ])('refuses %s as %s', (address, rule) => {
    expect(forbiddenAddressRule(address)).toMatch(new RegExp(`^${rule}`));
  });

  it.each(['8.8.8.8', '172.15.255.255', '172.32.0.1', '100.63.255.255', '100.128.0.1', '192.169.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])(
    'accepts the public address %s',
    (address) => {
      expect(forbiddenAddressRule(address)).toBeNull();
    },
  );
});

describe('checkTarget', () => {
  it('accepts an https URL whose every address is public', async () => {
    expect(await checkTarget('https://hooks.example.com/in', false, resolvesTo('93.184.216.34', '2606:2800:220:1::1'))).toEqual({ allowed: true });
  });

  it('refuses a host when any one of its addresses is internal', async () => {
    const verdict = await checkTarget('https://mixed.example.com/', false, resolvesTo('93.184.216.34', '10.0.0.5'));
    expect(verdict).toEqual({ allowed: false, rule: 'url host mixed.example.com resolves to 10.0.0.5, a private (10.0.0.0/8) address' });
  });

  it.each([
    ['http://localhost:8080/x', /localhost/],
    ['http://api.localhost/x', /localhost/],
    ['http://127.0.0.1/x', /loopback/],
    ['http://[::1]:3000/x', /loopback/],
    ['http://2130706433/x', /loopback/],
    ['http://[::ffff:7f00:1]/x', /loopback/],
    ['http://169.254.169.254/latest/meta-data', /link-local/],
  ])('refuses %s without asking DNS', async (url, rule) => {
    const verdict = await checkTarget(url, false, () => Promise.reject(new Error('DNS must not be asked')));
    expect(verdict.allowed).toBe(false);
    expect(!verdict.allowed && verdict.rule).toMatch(rule);
  });

  it.each([
    ['ftp://files.example.com/', /https or http/],
    ['https://user:pass@example.com/', /credentials/],
    ['not a url', /absolute/],
  ])('refuses %s whatever the setting', async (url, rule) => {
    const verdict = await checkTarget(url, true, resolvesTo('93.184.216.34'));
    expect(!verdict.allowed && verdict.rule).toMatch(rule);
  });

  it('refuses a host that does not resolve, naming the error', async () => {
    const failing: Resolver = () => Promise.reject(Object.assign(new Error('nope'), { code: 'ENOTFOUND' }));
    expect(await checkTarget('https://nowhere.invalid/', false, failing)).toEqual({ allowed: false, rule: 'url host nowhere.invalid does not resolve (ENOTFOUND)' });
  });

  it('allows internal targets when the operator says so', async () => {
    expect(await checkTarget('http://127.0.0.1:9000/hook', true)).toEqual({ allowed: true });
  });
});
