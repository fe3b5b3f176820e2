import { newWebhookSecret, signatureHeader, webhookBody, webhookHeaders } from './webhook-signature';

describe('webhook signature', () => {
  it('is hex HMAC-SHA256 over "<timestamp>.<body>" (value computed with openssl)', () => {
    // printf '%s' '1700000000.{"a":1}' | openssl dgst -sha256 -hmac 'test-secret'
    expect(signatureHeader('test-secret', 1700000000, '{"a":1}')).toBe('v1=8cb2c3355fca388e9ac2caec004f4d5d7045d74937ab5faad61dc11682247a9f');
  });

  it('changes with the timestamp, the body and the secret', () => {
    const base = signatureHeader('s', 1, 'b');
    expect(signatureHeader('s', 2, 'b')).not.toBe(base);
    expect(signatureHeader('s', 1, 'c')).not.toBe(base);
    expect(signatureHeader('t', 1, 'b')).not.toBe(base);
  });

  it('issues 32-byte base64url secrets, different each time', () => {
    const a = newWebhookSecret();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(newWebhookSecret()).not.toBe(a);
  });

  it('builds the documented body and headers', () => {
    const body = webhookBody({
      id: 'e1', type: 'parcel.delivered', occurredAt: new Date('2026-03-01T10:00:00Z'), createdAt: new Date('2026-03-01T10:00:01.5Z'), data: { parcelId: 'p1' },
    });
    expect(JSON.parse(body)).toEqual({
      id: 'e1', type: 'parcel.delivered', occurred_at: '2026-03-01T10:00:00.000Z', created_at: '2026-03-01T10:00:01.500Z', data: { parcelId: 'p1' },
    });
    expect(webhookHeaders('e1', 'k', body, new Date('2026-03-01T10:00:05.900Z'))).toEqual({
      'Content-Type': 'application/json',
      'User-Agent': 'wms-webhooks/1',
      'Webhook-Id': 'e1',
      'Webhook-Timestamp': '1772359205',
      'Webhook-Signature': signatureHeader('k', 1772359205, body),
    });
  });
});
