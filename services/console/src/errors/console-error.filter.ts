import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { ConsoleError, ConsoleErrorCode, consoleErrorBody } from './console-error';

/** Known statuses Nest or Express raise themselves (an unknown route, a body parser's refusal), in the console's shape. */
const CODE_OF_STATUS: Partial<Record<number, ConsoleErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: 'invalid-body',
  [HttpStatus.NOT_FOUND]: 'not-found',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'body-too-large',
};

/** Every error the console answers itself has one shape: {statusCode, code, message, messageEn}. */
@Catch()
export class ConsoleErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ConsoleErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const code = this.codeOf(exception);
    if (code === 'console-error') this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const body = consoleErrorBody(code);
    res.status(body.statusCode).json(body);
  }

  private codeOf(exception: unknown): ConsoleErrorCode {
    if (exception instanceof ConsoleError) return exception.code;
    const status = exception instanceof HttpException ? exception.getStatus() : (exception as { status?: unknown })?.status;
    return (typeof status === 'number' && CODE_OF_STATUS[status]) || 'console-error';
  }
}
