import { DomainError } from '../errors/domain-error';

/**
 * 429 with the seconds to wait, which the exception filter also sends as Retry-After (RFC 9110), so
 * an app can wait without parsing the message.
 */
export class TooManyRequests extends DomainError {
  readonly kind = 'too-many';

  constructor(
    text: { en: string; zh: string; field?: string },
    readonly retryAfterSeconds: number,
    readonly code = 'too-many-requests',
  ) {
    super(text);
  }

  details(): Record<string, unknown> {
    return { retryAfterSeconds: this.retryAfterSeconds };
  }
}
