import { HttpException, HttpStatus } from '@nestjs/common';

/**
 * 429 with the seconds to wait, which the global filter also sends as Retry-After (RFC 9110), so an
 * app can wait without parsing the message.
 */
export class TooManyRequestsException extends HttpException {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super({ statusCode: HttpStatus.TOO_MANY_REQUESTS, error: 'Too Many Requests', message, retryAfterSeconds }, HttpStatus.TOO_MANY_REQUESTS);
  }
}
