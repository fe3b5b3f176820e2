/**
 * Raised when an identifier (GTIN, SSCC, container number, …) fails validation.
 * `kind` and `value` are kept as fields so callers can map the error to an API
 * response or a log line without parsing the message.
 */
export class InvalidCodeError extends Error {
  override readonly name = 'InvalidCodeError';
  readonly reason: string;

  constructor(
    public readonly kind: string,
    public readonly value: string,
    reason: string,
  ) {
    super(`Invalid ${kind} "${value}": ${reason}`);
    this.reason = reason;
  }
}
