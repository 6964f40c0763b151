import { ArgumentsHost, Catch, HttpStatus, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { ServerResponse } from 'node:http';
import { errorMessage, isTransientError } from '@lc/messaging';
import { TooManyRequestsException } from './too-many-requests';

/** What a person is told when the database cannot serve the request just now, by SQLSTATE. */
function explain(err: unknown): string {
  const code = (err as { code?: unknown }).code;
  if (code === '55P03') return 'the record is being changed by another request and was not free in time; try again in a moment';
  if (code === '57014') return 'the database took too long to answer; try again in a moment';
  if (code === '40001' || code === '40P01') return 'the change met another change of the same records; try again';
  return 'the database cannot be reached just now; try again in a moment';
}

/**
 * A request that failed because the database could not serve it just now (a lock not granted within
 * lock_timeout, a statement past statement_timeout, a deadlock, the database down or restarting)
 * answers 503 with Retry-After, saying so, instead of 500: nothing was written (its transaction rolled
 * back), and the same request may go through a moment later. Anything else goes to Nest's handling
 * (a TooManyRequestsException with its Retry-After header).
 */
@Catch()
export class DatabaseUnavailableFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('DatabaseUnavailable');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() === 'http' && exception instanceof TooManyRequestsException) {
      host.switchToHttp().getResponse<ServerResponse>().setHeader('retry-after', String(Math.max(1, Math.ceil(exception.retryAfterSeconds))));
    }
    if (host.getType() !== 'http' || !isTransientError(exception)) {
      super.catch(exception, host);
      return;
    }
    this.logger.warn(`request refused while the database could not serve it: ${errorMessage(exception)}`);
    const response = host.switchToHttp().getResponse<ServerResponse>();
    response.writeHead(HttpStatus.SERVICE_UNAVAILABLE, { 'content-type': 'application/json; charset=utf-8', 'retry-after': '1' });
    response.end(JSON.stringify({ statusCode: HttpStatus.SERVICE_UNAVAILABLE, error: 'Service Unavailable', message: explain(exception) }));
  }
}
