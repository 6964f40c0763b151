import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { LoginThrottledException } from './login-throttle';

/** A throttled login answers 429 with Retry-After, so a client knows when to try again. */
@Catch(LoginThrottledException)
export class RetryAfterFilter implements ExceptionFilter {
  catch(exception: LoginThrottledException, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<ServerResponse>();
    response.writeHead(exception.getStatus(), {
      'content-type': 'application/json; charset=utf-8',
      'retry-after': String(exception.retryAfterSeconds),
    });
    response.end(JSON.stringify({ statusCode: exception.getStatus(), error: 'Too Many Requests', message: exception.message }));
  }
}
