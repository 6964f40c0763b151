import { ArgumentsHost, Catch, HttpServer, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { ServerResponse } from 'node:http';
import { errorMessage } from '@lc/messaging';
import { errorAnswerOf } from './error-response';

/**
 * The one place errors become HTTP answers, for every service: named domain errors, validation
 * failures, Nest's own HTTP exceptions and a database that cannot serve the request just now all
 * answer the same shape (status, stable code, English and Chinese message, the field at fault).
 * Anything else is a fault of the service and goes to Nest's handling (logged, 500).
 */
@Catch()
export class ErrorResponseFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('ErrorResponse');

  constructor(private readonly server: HttpServer) {
    super(server);
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    const answer = host.getType() === 'http' ? errorAnswerOf(exception) : undefined;
    if (!answer) {
      super.catch(exception, host);
      return;
    }
    if (answer.status === 503) this.logger.warn(`request refused while the database could not serve it: ${errorMessage(exception)}`);
    const response = host.switchToHttp().getResponse<ServerResponse>();
    if (response.headersSent) return;
    for (const [name, value] of Object.entries(answer.headers)) response.setHeader(name, value);
    this.server.reply(response, answer.body, answer.status);
  }
}
